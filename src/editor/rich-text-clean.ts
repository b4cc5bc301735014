/**
 * Rich text from the editing area or the clipboard, brought down to the
 * format's HTML subset by the project's one sanitiser (src/sanitize.ts, its
 * rules in src/sanitize/rules.ts). Before it runs, block elements the subset
 * lacks become paragraphs (a heading: a bold paragraph), so their text does
 * not run into the next; Word's and browsers' markup then simply goes.
 */
import {sanitizeToFragment} from '../sanitize.js';

const BLOCKS = new Set(['p', 'ul', 'ol', 'table']);

/** HTML from anywhere → the format's subset, as a string. */
export function cleanHtml(html: string): string {
  const blocks = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(h[1-6])\b[^>]*>/gi, '<p><strong>')
    .replace(/<\/h[1-6]\s*>/gi, '</strong></p>')
    .replace(/<(div|section|article|blockquote|header|footer|main|aside|address|pre|dt|dd|figure|figcaption)\b[^>]*>/gi, '<p>')
    .replace(/<\/(div|section|article|blockquote|header|footer|main|aside|address|pre|dt|dd|figure|figcaption)\s*>/gi, '</p>');
  const box = document.createElement('div');
  box.append(sanitizeToFragment(blocks));
  // Paragraphs the conversion left empty, and bare text between blocks.
  for (const p of [...box.querySelectorAll('p')]) if (!p.textContent?.trim() && !p.querySelector('br')) p.remove();
  let run: HTMLParagraphElement | undefined;
  for (const node of [...box.childNodes]) {
    const inline = node.nodeType === Node.TEXT_NODE || !BLOCKS.has((node as Element).localName);
    if (!inline) {
      run = undefined;
      continue;
    }
    if (!run) {
      if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) {
        node.remove();
        continue;
      }
      run = document.createElement('p');
      node.before(run);
    }
    run.append(node);
  }
  return box.innerHTML.replace(/<p><br><\/p>$/, '');
}

/** Plain text as paragraphs (a blank line between them), escaped. */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escape(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
