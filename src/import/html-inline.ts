import {decodeEntities, escapeHtml} from './blocks.js';
import {furnitureReason} from './html-furniture.js';
import {isElement, type Element, type Node} from './html-tree.js';

/** An element's content as the format's inline HTML: a, strong, em, br. */
export function inline(el: Element, pre = false): string {
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    if (!isElement(node)) {
      const text = escapeHtml(decodeEntities(node.text));
      out.push(pre ? text.replace(/\n/g, '<br>') : text);
      return;
    }
    if (furnitureReason(node) && node.tag !== 'header') return;
    const kids = () => node.children.forEach((c) => walk(c, depth + 1));
    switch (node.tag) {
      case 'br':
        out.push('<br>');
        return;
      case 'script':
      case 'style':
      case 'template':
      case 'img':
        return;
      case 'a': {
        const href = node.attrs.href ?? '';
        if (/^(https?:|mailto:)/i.test(href)) {
          out.push(`<a href="${escapeHtml(href)}">`);
          kids();
          out.push('</a>');
        } else kids();
        return;
      }
      case 'strong':
      case 'b':
        out.push('<strong>');
        kids();
        out.push('</strong>');
        return;
      case 'em':
      case 'i':
        out.push('<em>');
        kids();
        out.push('</em>');
        return;
      case 'p':
      case 'div':
      case 'li':
      case 'ul':
      case 'ol':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (out.length) out.push('<br>');
        kids();
        return;
      default:
        kids();
    }
  };
  el.children.forEach((c) => walk(c, 0));
  return out
    .join('')
    .replace(/<(strong|em)>(\s*)<\/\1>/g, '$2')
    .replace(/(<br>\s*){2,}/g, '<br>');
}
