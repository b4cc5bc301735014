/**
 * Copies text: the async Clipboard API where the page may use it, else the
 * old selection + `execCommand('copy')` way (older browsers, iframes without
 * the clipboard-write permission). Resolves to whether it worked.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text, root);
  }
}

function copyWithSelection(text: string, root: ShadowRoot): boolean {
  const focused = root.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'offscreen';
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  root.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus({preventScroll: true});
  }
}
