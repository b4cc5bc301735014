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
 */
import {formatDuration} from '../document/duration.js';
import {negotiateLanguage, pickText, primaryLanguage, type PickedText} from '../document/language.js';
import {repairNotice} from '../document/repair.js';
import {
  COOKIE_CATEGORIES,
  emailsOf,
  lastUpdated,
  phonesOf,
  sectionKinds,
  type CookieService,
  type LocalizedText,
  type NoticeChange,
  type NoticeDocument,
  type NoticeSection,
  type PostalAddress,
} from '../document/schema.js';
import type {Issue} from '../document/shape.js';
import {contactEmail, mailHref, telHref} from '../form/mailto.js';
import {inLocale, loadUiLocale, pickUiLocale, type UiLocale} from '../localization.js';
import {isSafeUrl} from '../sanitize/rules.js';
import {countryName, directionOf, formatDate} from '../views/format.js';
import {escapeHtml as esc} from './escape.js';
import * as label from './labels.js';
import {sanitizeHtml} from './sanitize-html.js';
import {cardList, type CardData} from '../views/controller-card.js';
import {shownSections} from '../views/sections.js';
import {headingLevel} from '../views/text.js';

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

/** Context of one render, as the views' ViewContext. */
interface Render {
  notice: NoticeDocument;
  language: string;
  uiLocale: UiLocale;
  /** ` lang="…"` for interface text when it differs from the document language, else "". */
  ui: string;
  level: number;
  placeholders: readonly string[];
  pick(value: LocalizedText | undefined): PickedText | undefined;
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

// ---- Text ----

const heading = (level: number) => `h${headingLevel(level)}`;

/** Plain document text, escaped; with its own `lang` when it fell back to another language. */
const plain = (picked: PickedText | undefined) =>
  !picked ? '' : picked.fallback ? `<span lang="${esc(picked.lang)}">${esc(picked.text)}</span>` : esc(picked.text);

/** Rich document text, sanitised, in a block. */
const rich = (picked: PickedText | undefined, className = 'rich') =>
  picked?.text
    ? `<div class="${className}"${picked.fallback ? ` lang="${esc(picked.lang)}"` : ''}>${sanitizeHtml(picked.text)}</div>\n`
    : '';

/** Interface text, escaped, with `lang` when it differs from the document's. */
const uiText = (r: Render, text: string, tag = 'span') => `<${tag}${r.ui}>${esc(text)}</${tag}>`;

// ---- Header ----

function header(r: Render): string {
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

// ---- Contact cards ----

const link = (href: string, text: string, external = false) =>
  `<a href="${esc(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${esc(text)}</a>`;

function contactCards(r: Render): string {
  const cards = cardList(r.notice, r.placeholders);
  if (!cards.length) return '';
  return `<div class="cards">\n${cards.map((card) => contactCard(r, card)).join('')}</div>\n`;
}

function contactCard(r: Render, card: CardData): string {
  const h = heading(r.level + 1);
  const labels = label.cardLabels();
  const detail = (name: string, value: string) => `<dt${r.ui}>${esc(name)}</dt><dd>${value}</dd>\n`;
  const entryLabel = (text: LocalizedText | undefined) => (text ? ` — ${plain(r.pick(text))}` : '');
  const details = [
    card.businessId ? detail(labels.businessId, esc(card.businessId)) : '',
    ...emailsOf(card).map(({address, label: what}) => detail(labels.email, link(mailHref(address), address) + entryLabel(what))),
    ...phonesOf(card).map(({number, label: what}) => detail(labels.phone, link(telHref(number), number) + entryLabel(what))),
    card.url && isSafeUrl(card.url)
      ? detail(labels.website, link(card.url, card.url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, ''), true))
      : '',
  ].join('');
  return (
    `<div class="card">\n<${h}${r.ui}>${esc(card.heading)}</${h}>\n` +
    (card.name ? `<p>${plain(r.pick(card.name))}</p>\n` : '') +
    (card.title ? `<p>${plain(r.pick(card.title))}</p>\n` : '') +
    (card.address ? postalAddress(r, card.address) : '') +
    (details ? `<dl>\n${details}</dl>\n` : '') +
    `</div>\n`
  );
}

function postalAddress(r: Render, address: PostalAddress): string {
  const locality = [address.postalCode && esc(address.postalCode), plain(r.pick(address.locality))].filter(Boolean);
  const lines = [
    address.street ? plain(r.pick(address.street)) : '',
    locality.join(' '),
    address.country ? uiText(r, countryName(address.country, r.uiLocale)) : '',
  ].filter(Boolean);
  return `<address>${lines.join('<br>')}</address>\n`;
}

// ---- Sections ----

function sections(r: Render): string {
  const h = heading(r.level + 1);
  return shownSections(r.notice)
    .map(
      ({section, withRights, position}) =>
        `<section id="${esc(section.id)}">\n<${h}>${sectionTitle(r, section, position)}</${h}>\n` +
        rich(r.pick(section.body)) +
        purposes(r, section) +
        retention(r, section) +
        (withRights ? rights(r) : '') +
        `</section>\n`
    )
    .join('');
}

/** "3. Title"; without a title the default heading of its kinds, else "Section 3" (as the element). */
function sectionTitle(r: Render, section: NoticeSection, position: number): string {
  const {number} = section;
  const numbered = number ? `${esc(/\./.test(number) ? number : `${number}.`)} ` : '';
  if (section.title) return numbered + plain(r.pick(section.title));
  const kinds = sectionKinds(section);
  if (kinds.every((kind) => kind === 'other')) return uiText(r, label.defaultSectionHeading(kinds, number ?? String(position), r.uiLocale));
  return numbered + uiText(r, label.defaultSectionHeading(kinds, '', r.uiLocale));
}

function purposes(r: Render, section: NoticeSection): string {
  if (!section.purposes?.length) return '';
  const items = section.purposes.map((item) => {
    const parts = [`<strong>${plain(r.pick(item.purpose))}</strong>`];
    if (item.legalBasis?.length)
      parts.push(uiText(r, `${label.legalBasisPrefix()} ${item.legalBasis.map(label.legalBasisLabel).join(', ')}`));
    if (item.legitimateInterest) parts.push(`${uiText(r, label.legitimateInterestPrefix())} ${plain(r.pick(item.legitimateInterest))}`);
    return `<li>${parts.join('<br>')}</li>\n`;
  });
  return `<ul>\n${items.join('')}</ul>\n`;
}

function retention(r: Render, section: NoticeSection): string {
  if (!section.retention?.length) return '';
  const items = section.retention.map((item) => {
    const head = [
      item.data ? `<strong>${plain(r.pick(item.data))}</strong>` : '',
      item.duration ? uiText(r, formatDuration(item.duration, r.uiLocale)) : '',
    ].filter(Boolean);
    return `<li>${head.join(': ')}\n${rich(r.pick(item.criteria))}${rich(r.pick(item.text))}</li>\n`;
  });
  return `<ul>\n${items.join('')}</ul>\n`;
}

/** A right the controller does not grant is named as such, never as a right. */
function rights(r: Render): string {
  const items = r.notice.rights!.map(
    (right) =>
      `<li>${uiText(r, right.offered === false ? label.rightNotGrantedLabel(right.type) : label.rightLabel(right.type), 'strong')}\n` +
      `${rich(r.pick(right.text))}</li>\n`
  );
  return `<ul>\n${items.join('')}</ul>\n`;
}

// ---- Instead of the form ----

/**
 * Where the form would be: its heading and introduction, then a link that
 * writes to the address the form's email fallback uses; with no email, the
 * phone numbers and the postal address of whoever has them.
 */
function request(r: Render): string {
  const {notice} = r;
  const h = heading(r.level);
  const to = contactEmail(notice);
  let how: string;
  if (to) {
    how = `<p>${link(mailHref(to), label.writeToLabel(to))}</p>\n`;
  } else {
    const who = [
      ...['register-contact', 'privacy-team', 'dpo'].flatMap((role) => (notice.contacts ?? []).filter((contact) => contact.role === role)),
      notice.controller,
    ];
    const phones = who.map(phonesOf).find((list) => list.length) ?? [];
    const address = who.find((contact) => contact.address)?.address;
    const {phone} = label.cardLabels();
    how =
      phones.map(({number}) => `<p>${esc(phone)}: ${link(telHref(number), number)}</p>\n`).join('') +
      (address ? postalAddress(r, address) : '');
  }
  return `<section class="request"${r.ui}>\n<${h}>${esc(label.requestHeading())}</${h}>\n<p>${esc(label.requestIntro())}</p>\n${how}</section>\n`;
}

// ---- Cookies ----

function cookies(r: Render): string {
  const declared = r.notice.cookies;
  if (!declared) return '';
  const h = heading(r.level + 1);
  const sub = heading(r.level + 2);
  const categories = COOKIE_CATEGORIES.filter((category) => declared.services.some((service) => service.category === category)).map(
    (category) =>
      `<section>\n<${sub}${r.ui}>${esc(label.categoryName(category))}</${sub}>\n` +
      declared.services
        .filter((service) => service.category === category)
        .map((service) => cookieService(r, service))
        .join('') +
      `</section>\n`
  );
  return (
    `<section class="cookies">\n<${h}${r.ui}>${esc(label.cookiePanelHeading())}</${h}>\n` +
    rich(r.pick(declared.description)) +
    categories.join('') +
    `</section>\n`
  );
}

/** "https://policies.google.com/privacy" → "policies.google.com/privacy". */
function linkText(url: string): string {
  try {
    const {host, pathname} = new URL(url);
    return pathname === '/' ? host : host + pathname;
  } catch {
    return url;
  }
}

function cookieService(r: Render, service: CookieService): string {
  const h = heading(r.level + 3);
  const labels = label.serviceLabels();
  const name = r.pick(service.name);
  const facts: string[] = [];
  const fact = (term: string, value: string) => facts.push(`<dt${r.ui}>${esc(term)}</dt><dd>${value}</dd>\n`);
  if (service.provider) fact(labels.provider, plain(r.pick(service.provider)));
  if (service.purpose) fact(labels.purpose, rich(r.pick(service.purpose)));
  if (service.privacyPolicy) {
    const url = service.privacyPolicy;
    fact(labels.privacyPolicy, isSafeUrl(url) ? link(url, linkText(url), true) : esc(url));
  }
  if (service.transferCountry) {
    const code = service.transferCountry;
    fact(labels.country, uiText(r, label.transferText(code, r.uiLocale)));
  }
  return (
    `<div class="cookie-service">\n<${h}>${plain(name)}</${h}>\n` +
    (facts.length ? `<dl>\n${facts.join('')}</dl>\n` : '') +
    (service.items.length ? cookieTable(r, service, name?.text ?? service.id) : '') +
    `</div>\n`
  );
}

function cookieTable(r: Render, service: CookieService, serviceName: string): string {
  const columns = label.cookieColumns();
  const rows = service.items.map((item) => {
    const description = r.pick(item.description);
    return (
      `<tr><th scope="row"><code>${esc(item.name)}</code></th>` +
      `<td${r.ui}>${esc(label.storageTypeName(item.type))}</td>` +
      `<td${r.ui}>${esc(formatDuration(item.duration, r.uiLocale))}</td>` +
      `<td>${description ? rich(description).trimEnd() : ''}</td></tr>\n`
    );
  });
  return (
    `<table>\n<caption${r.ui}>${esc(label.cookieTableCaption(serviceName))}</caption>\n` +
    `<thead${r.ui}><tr><th scope="col">${esc(columns.name)}</th><th scope="col">${esc(columns.type)}</th>` +
    `<th scope="col">${esc(columns.duration)}</th><th scope="col">${esc(columns.description)}</th></tr></thead>\n` +
    `<tbody>\n${rows.join('')}</tbody>\n</table>\n`
  );
}

// ---- Change history and legal references ----

/** The changes, newest first (the order of equal dates kept), as the element lists them. */
const newestFirst = (changes: readonly NoticeChange[]) => [...changes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

function changeHistory(r: Render): string {
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

function legalReferences(r: Render): string {
  const references = r.notice.legalReferences;
  if (!references?.length) return '';
  return (
    `<footer>\n<p${r.ui}>${esc(label.legalReferencesLabel())}</p>\n<ul>\n` +
    references.map((reference) => `<li>${plain(r.pick(reference))}</li>\n`).join('') +
    `</ul>\n</footer>\n`
  );
}

// ---- Inline JSON ----

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
