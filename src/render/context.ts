/**
 * One render's context, and the ways the static renderer writes text from
 * it: document text escaped or sanitised, interface text with its own
 * `lang`, headings at their level, links.
 */
import type {PickedText} from '../document/language.js';
import type {LocalizedText, NoticeDocument} from '../document/schema.js';
import type {UiLocale} from '../localization.js';
import {headingLevel} from '../views/text.js';
import {escapeHtml as esc} from './escape.js';
import {sanitizeHtml} from './sanitize-html.js';

/** Context of one render, as the views' ViewContext. */
export interface Render {
  notice: NoticeDocument;
  language: string;
  uiLocale: UiLocale;
  /** ` lang="…"` for interface text when it differs from the document language, else "". */
  ui: string;
  level: number;
  placeholders: readonly string[];
  pick(value: LocalizedText | undefined): PickedText | undefined;
}

export const heading = (level: number) => `h${headingLevel(level)}`;

/** Plain document text, escaped; with its own `lang` when it fell back to another language. */
export const plain = (picked: PickedText | undefined) =>
  !picked ? '' : picked.fallback ? `<span lang="${esc(picked.lang)}">${esc(picked.text)}</span>` : esc(picked.text);

/** Rich document text, sanitised, in a block. */
export const rich = (picked: PickedText | undefined, className = 'rich') =>
  picked?.text
    ? `<div class="${className}"${picked.fallback ? ` lang="${esc(picked.lang)}"` : ''}>${sanitizeHtml(picked.text)}</div>\n`
    : '';

/** Interface text, escaped, with `lang` when it differs from the document's. */
export const uiText = (r: Render, text: string, tag = 'span') => `<${tag}${r.ui}>${esc(text)}</${tag}>`;

export const link = (href: string, text: string, external = false) =>
  `<a href="${esc(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${esc(text)}</a>`;
