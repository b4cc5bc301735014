/** The notice's last parts: its change history and the laws it refers to. */
import type {NoticeChange} from '../document/schema.js';
import {formatDate} from '../views/format.js';
import {heading, plain, rich, type Render} from './context.js';
import {escapeHtml as esc} from './escape.js';
import * as label from './labels.js';

/** The changes, newest first (the order of equal dates kept), as the element lists them. */
const newestFirst = (changes: readonly NoticeChange[]) => [...changes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

export function changeHistory(r: Render): string {
  const changes = r.notice.changes;
  if (!changes?.length) return '';
  const h = heading(r.level + 1);
  const items = newestFirst(changes).map(
    (change) =>
      `<li><p${r.ui}><time datetime="${esc(change.date)}">${esc(formatDate(change.date, r.uiLocale))}</time>` +
      (change.version ? ` <span aria-hidden="true">·</span> ${esc(label.versionLabel(change.version))}` : '') +
      `</p>\n${rich(r.pick(change.summary))}</li>\n`
  );
  return `<section class="history">\n<${h}${r.ui}>${esc(label.changeHistoryLabel())}</${h}>\n<ol>\n${items.join('')}</ol>\n</section>\n`;
}

export function legalReferences(r: Render): string {
  const references = r.notice.legalReferences;
  if (!references?.length) return '';
  return (
    `<footer>\n<p${r.ui}>${esc(label.legalReferencesLabel())}</p>\n<ul>\n` +
    references.map((reference) => `<li>${plain(r.pick(reference))}</li>\n`).join('') +
    `</ul>\n</footer>\n`
  );
}
