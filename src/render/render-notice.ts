/**
 * A notice document as static, semantic HTML: the same notice the element
 * shows, as a fragment to paste inside `<privacy-notice>` as its children.
 * Without JavaScript, to a crawler, in reader mode or in print, that is the
 * notice; with the script, the element replaces it with its own rendering.
 *
 * Pure: a string in, a string out, no DOM; runs in Node (the CLI's `render`)
 * and in the browser. Document text is escaped (plain fields) or sanitised by
 * `sanitizeHtml` (rich text); interface text comes from the element's own
 * messages (./labels.ts) in the chosen interface language.
 *
 * Each part of the notice is written by its own module (./header.ts,
 * ./contact-cards.ts, ./sections.ts, ./request.ts, ./cookies.ts,
 * ./history.ts), with the render's context and text helpers of ./context.ts.
 */
import {negotiateLanguage, pickText, primaryLanguage} from '../document/language.js';
import {repairNotice} from '../document/repair.js';
import type {NoticeDocument} from '../document/schema.js';
import type {Issue} from '../document/shape.js';
import {inLocale, loadUiLocale, pickUiLocale, type UiLocale} from '../localization.js';
import {directionOf} from '../views/format.js';
import {headingLevel} from '../views/text.js';
import {contactCards} from './contact-cards.js';
import type {Render} from './context.js';
import {cookies} from './cookies.js';
import {escapeHtml as esc} from './escape.js';
import {header} from './header.js';
import {changeHistory, legalReferences} from './history.js';
import {request} from './request.js';
import {sections} from './sections.js';

export interface StaticRenderOptions {
  /**
   * The language wanted (a BCP 47 tag): the document language is negotiated
   * from it as the element does, and the interface text follows it. Default:
   * the document's first language.
   */
  lang?: string;
  /** Level of the notice's title heading, 1–6 (the element's `heading-level`); default 2. */
  headingLevel?: number;
  /**
   * Adds the document as `<script type="application/json">`, so the element
   * upgrades without fetching it (a `src` is then not needed).
   */
  inlineJson?: boolean;
}

export interface StaticRenderResult {
  /** The fragment; absent when the input has nothing to show. */
  html?: string;
  /** The document language rendered. */
  language?: string;
  /** The interface language of headings and labels. */
  uiLocale?: UiLocale;
  /** What `repairNotice` left out or normalised, errors and warnings alike. */
  issues: Issue[];
}

/**
 * Reads `input` leniently (`repairNotice`: JSON text or a parsed value) and
 * renders what can be shown. Loads the interface translations it needs.
 * Never throws.
 */
export async function renderStaticNotice(input: unknown, options: StaticRenderOptions = {}): Promise<StaticRenderResult> {
  const {notice, issues, placeholders} = repairNotice(input);
  if (!notice) return {issues};
  const language = negotiateLanguage(options.lang ? [options.lang] : [], notice.languages);
  const uiLocale = pickUiLocale([...(options.lang ? [options.lang] : []), language, notice.languages[0]]);
  // Static HTML holds the notice, the form's stand-in and the cookie tables at once.
  await loadUiLocale(uiLocale, ['core', 'form', 'cookies']);
  const html = renderNoticeHtml(notice, {...options, language, uiLocale, placeholders});
  return {html, language, uiLocale, issues};
}

export interface NoticeHtmlOptions extends StaticRenderOptions {
  /** The document language to render, one of `notice.languages`. */
  language: string;
  /** The interface language; its translations must be loaded (`loadUiLocale`). */
  uiLocale: UiLocale;
  /** Paths `repairNotice` filled with placeholder text (`title`, `controller.name`). */
  placeholders?: readonly string[];
}

/** A document that `repairNotice` or `validateNotice` returned, as static HTML. Synchronous. */
export function renderNoticeHtml(notice: NoticeDocument, options: NoticeHtmlOptions): string {
  const {language, uiLocale} = options;
  const r: Render = {
    notice,
    language,
    uiLocale,
    ui: primaryLanguage(uiLocale) === primaryLanguage(language) ? '' : ` lang="${esc(uiLocale)}"`,
    level: headingLevel(Number(options.headingLevel ?? 2)),
    placeholders: options.placeholders ?? [],
    pick: (value) => pickText(value, language, notice.languages),
  };
  const body = inLocale(uiLocale, () =>
    [header(r), contactCards(r), sections(r), request(r), cookies(r), changeHistory(r), legalReferences(r)].join('')
  );
  const json = options.inlineJson ? inlineJson(notice, r.placeholders) : '';
  return `${json}<article class="privacy-notice" lang="${esc(language)}" dir="${directionOf(language)}">\n${body}</article>\n`;
}

/**
 * The document as `<script type="application/json">`, for the element to read
 * instead of fetching. Only the document's own text: a placeholder that
 * repair filled in is left out again (the element fills it in itself). `<`,
 * `>` and `&` are written as \u escapes, so no text in it can end the script
 * or open a comment.
 */
function inlineJson(notice: NoticeDocument, placeholders: readonly string[]): string {
  const copy: Record<string, unknown> = {...notice};
  if (placeholders.includes('title')) delete copy.title;
  if (placeholders.includes('controller.name')) copy.controller = {...notice.controller, name: undefined};
  const json = JSON.stringify(copy).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json">${json}</script>\n`;
}
