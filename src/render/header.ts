/** The notice's header: its title and dates, then its summary and introduction. */
import {lastUpdated} from '../document/schema.js';
import {formatDate} from '../views/format.js';
import {heading, plain, rich, uiText, type Render} from './context.js';
import {escapeHtml as esc} from './escape.js';
import * as label from './labels.js';

export function header(r: Render): string {
  const {notice, uiLocale} = r;
  const h = heading(r.level);
  const title = r.placeholders.includes('title') ? uiText(r, label.noticeTitleLabel()) : plain(r.pick(notice.title));
  const date = lastUpdated(notice);
  const dates = [
    date && `<time datetime="${esc(date)}">${esc(label.updatedLabel(formatDate(date, uiLocale)))}</time>`,
    notice.effective &&
      `<time datetime="${esc(notice.effective)}">${esc(label.effectiveLabel(formatDate(notice.effective, uiLocale)))}</time>`,
    notice.version && `<span>${esc(label.versionLabel(notice.version))}</span>`,
  ].filter(Boolean);
  return (
    `<header>\n<${h}>${title}</${h}>\n` +
    (dates.length ? `<p${r.ui}>${dates.join(' <span aria-hidden="true">·</span> ')}</p>\n` : '') +
    `</header>\n` +
    rich(r.pick(notice.summary), 'summary') +
    rich(r.pick(notice.introduction), 'introduction')
  );
}
