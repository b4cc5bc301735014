/**
 * The rendered notice: the `<article>` around the header, the contact cards,
 * the sections, the form and the cookie panel (or their placeholders), the
 * change history and the legal references. What the element's controllers
 * render comes in as `parts`.
 */
import {html, nothing} from 'lit';
import {negotiateLanguage, pickText, primaryLanguage} from '../document/language.js';
import type {NoticeDocument} from '../document/schema.js';
import type {UiLocale} from '../localization.js';
import {contactCards} from './controller-card.js';
import {directionOf} from './format.js';
import {legalReferences, noticeHeader} from './header.js';
import {sections, shownSections, type SectionActions} from './sections.js';
import type {ViewContext} from './view-context.js';

/** What every view of this render needs: the document language negotiated from the reader's. */
export function viewContext(
  {notice, placeholders}: {notice: NoticeDocument; placeholders: readonly string[]},
  wanted: readonly string[],
  uiLocale: UiLocale,
  headingLevel: number
): ViewContext {
  const language = negotiateLanguage([...wanted], notice.languages);
  return {
    notice,
    language,
    uiLocale,
    uiLang: primaryLanguage(uiLocale) === primaryLanguage(language) ? undefined : uiLocale,
    headingLevel,
    placeholders,
    pick: (value) => pickText(value, language, notice.languages),
  };
}

/** What the element's controllers render into the notice. */
export interface NoticeSlots {
  /** The language switcher, or nothing. */
  switcher: unknown;
  /** "Changed since your last visit", or nothing. */
  changedMark: unknown;
  sectionActions: SectionActions;
  /** How many sections to render now (the rest follow in slices). */
  sectionLimit: number;
  /** The form and the cookie panel (or their placeholders). */
  chunks: unknown;
  changeHistory: unknown;
}

export function noticeView(view: ViewContext, slots: NoticeSlots) {
  const {language, notice} = view;
  // Until the last slice of a long notice is in, assistive technology may wait for it.
  const busy = slots.sectionLimit < shownSections(notice).length;
  return html`<article
    class="notice"
    part="notice"
    lang=${language}
    dir=${directionOf(language)}
    aria-labelledby="title"
    aria-busy=${busy ? 'true' : nothing}
  >
    ${noticeHeader(view, slots.switcher, slots.changedMark)}
    ${contactCards(view)} ${sections(view, slots.sectionActions, slots.sectionLimit)}
    ${slots.chunks}
    ${slots.changeHistory} ${legalReferences(view)}
  </article>`;
}
