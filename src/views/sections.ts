/**
 * The notice's sections as disclosures (WAI-ARIA APG): a heading holding a
 * button with `aria-expanded` / `aria-controls`, and a panel. A collapsed
 * panel is `hidden="until-found"`, so find-in-page still finds its text and
 * opens it (`beforematch`); print styles show every panel.
 */
import {html, nothing} from 'lit';
import {html as staticHtml} from 'lit/static-html.js';
import {sectionKinds, type NoticeDocument, type NoticeSection} from '../document/schema.js';
import {msg} from '../localization.js';
import {formatDuration} from '../document/duration.js';
import {
  defaultSectionHeading,
  legalBasisLabel,
  legalBasisPrefix,
  legitimateInterestPrefix,
  rightLabel,
  rightNotGrantedLabel,
} from './labels.js';
import {guardView, headingTag, plain, rich} from './text.js';
import type {ViewContext} from './view-context.js';

/** A section as shown: the document's own, or the list of rights on its own. */
export interface ShownSection {
  section: NoticeSection;
  /** Shows the document's `rights` list in this section. */
  withRights: boolean;
  /** Its place among the shown sections, from 1 ("Section 3" when it has no better name). */
  position: number;
}

/**
 * The sections to show, in order. The document's `rights` list goes into its
 * first `rights` section, or into a section of its own at the end.
 */
export function shownSections(notice: NoticeDocument): ShownSection[] {
  const shown = notice.sections.map((section, i) => ({section, withRights: false, position: i + 1}));
  if (!notice.rights?.length) return shown;
  const home = shown.find(({section}) => sectionKinds(section).includes('rights'));
  if (home) {
    home.withRights = true;
  } else {
    const taken = new Set(notice.sections.map(({id}) => id));
    let id = 'rights';
    for (let n = 2; taken.has(id); n++) id = `rights-${n}`;
    shown.push({section: {id, kind: 'rights', body: ''}, withRights: true, position: shown.length + 1});
  }
  return shown;
}

/**
 * Ids inside the shadow root. The two prefixes differ before the section id
 * starts, so no section's panel id can equal another's button id ("button-x"
 * and "x" once made `section-button-x` twice), and neither can equal an id
 * of ours that does not start with `section-`.
 */
export const buttonId = (id: string) => `section-button-${id}`;
const panelId = (id: string) => `section-panel-${id}`;

export interface SectionActions {
  isOpen(id: string): boolean;
  toggle(id: string): void;
  /** Find-in-page is about to reveal a collapsed panel. */
  reveal(id: string): void;
  copyLink(id: string): void;
  // Properties, not methods: the toolbar binds them unbound.
  expandAll: () => void;
  collapseAll: () => void;
}

/** Renders the sections, the first `limit` of them (see the element's slicing). */
export function sections(view: ViewContext, actions: SectionActions, limit = Infinity) {
  const ui = view.uiLang ?? nothing;
  const list = shownSections(view.notice).slice(0, limit);
  return html`<div class="toolbar" part="toolbar" lang=${ui}>
      <button type="button" part="toggle-all" @click=${actions.expandAll}>
        ${msg('Expand all', {desc: 'Button that opens every section of the privacy notice.'})}
      </button>
      <button type="button" part="toggle-all" @click=${actions.collapseAll}>
        ${msg('Collapse all', {desc: 'Button that closes every section of the privacy notice.'})}
      </button>
    </div>
    <div class="sections">${list.map((shown) =>
      // Without the guard each slice of a long notice, and each click on one
      // section, would rebuild every section already on screen.
      guardView(view, [shown.section, shown.withRights, actions.isOpen(shown.section.id)], () => disclosure(view, actions, shown))
    )}</div>`;
}

/** The disclosure arrow, turned by `[aria-expanded=true] > .chevron`. */
export const chevron = html`<svg class="chevron" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M3.5 6 8 10.5 12.5 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const linkIcon = html`<svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 0 1 4 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 0 1-4-4L5 7.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg>`;

function disclosure(view: ViewContext, actions: SectionActions, {section, withRights, position}: ShownSection) {
  const {id} = section;
  const open = actions.isOpen(id);
  const h = headingTag(view.headingLevel + 1);
  const title = sectionTitle(view, section, position);
  return html`<div class="section" part="section" data-section=${id}>
    ${staticHtml`<${h} class="section-heading" part="section-heading">
      <button
        type="button"
        class="section-button"
        part="section-button"
        id=${buttonId(id)}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId(id)}
        @click=${() => actions.toggle(id)}
      ><span class="section-title">${title}</span>${chevron}</button>
    </${h}>`}
    <div
      class="section-body"
      part="section-body"
      id=${panelId(id)}
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => actions.reveal(id)}
    >
      ${rich(view.pick(section.body))} ${purposes(view, section)}
      ${retention(view, section)} ${withRights ? rights(view) : nothing}
      <button
        type="button"
        class="copy-link"
        part="copy-link"
        lang=${view.uiLang ?? nothing}
        @click=${() => actions.copyLink(id)}
      >
        ${linkIcon}${msg('Copy link to this section', {desc: 'Button at the end of a section that copies a web address leading straight to it.'})}
      </button>
    </div>
  </div>`;
}

/** "3. Title"; without a title the default heading of its kinds, else "Section 3". */
function sectionTitle(view: ViewContext, section: NoticeSection, position: number) {
  const {number} = section;
  const ui = view.uiLang ?? nothing;
  if (!section.title) {
    const kinds = sectionKinds(section);
    if (kinds.every((kind) => kind === 'other'))
      return html`<span lang=${ui}>${defaultSectionHeading(kinds, number ?? String(position), view.uiLocale)}</span>`;
    return html`${sectionNumber(number)}<span lang=${ui}>${defaultSectionHeading(kinds, '', view.uiLocale)}</span>`;
  }
  return html`${sectionNumber(number)}${plain(view.pick(section.title))}`;
}

/** "3" → "3. ", "2.1" → "2.1 " (a number with a point of its own needs no other). */
const sectionNumber = (number: string | undefined) =>
  number ? html`<span class="section-number">${/\./.test(number) ? number : `${number}.`}</span> ` : nothing;

function purposes(view: ViewContext, section: NoticeSection) {
  if (!section.purposes?.length) return nothing;
  const ui = view.uiLang ?? nothing;
  return html`<ul class="facts">
    ${section.purposes.map(
      (item) => html`<li>
        <span class="fact-name">${plain(view.pick(item.purpose))}</span>
        ${
          item.legalBasis?.length
            ? html`<span class="fact-detail" lang=${ui}
              >${legalBasisPrefix()}
              ${item.legalBasis.map(legalBasisLabel).join(', ')}</span
            >`
            : nothing
        }
        ${
          item.legitimateInterest
            ? html`<span class="fact-detail"
              ><span lang=${ui}
                >${legitimateInterestPrefix()}</span
              >
              ${plain(view.pick(item.legitimateInterest))}</span
            >`
            : nothing
        }
      </li>`
    )}
  </ul>`;
}

function retention(view: ViewContext, section: NoticeSection) {
  if (!section.retention?.length) return nothing;
  return html`<ul class="facts">
    ${section.retention.map(
      (item) => html`<li>
        ${item.data ? html`<span class="fact-name">${plain(view.pick(item.data))}</span>` : nothing}
        ${
          item.duration
            ? html`<span class="fact-detail" lang=${view.uiLang ?? nothing}
              >${formatDuration(item.duration, view.uiLocale)}</span
            >`
            : nothing
        }
        ${rich(view.pick(item.criteria), 'rich fact-text')}
        ${rich(view.pick(item.text), 'rich fact-text')}
      </li>`
    )}
  </ul>`;
}

/** A right the controller does not grant is named as such, never as a right. */
function rights(view: ViewContext) {
  return html`<ul class="facts">
    ${view.notice.rights!.map(
      (right) => html`<li class=${right.offered === false ? 'not-granted' : nothing}>
        <span class="fact-name" lang=${view.uiLang ?? nothing}
          >${right.offered === false ? rightNotGrantedLabel(right.type) : rightLabel(right.type)}</span
        >
        ${rich(view.pick(right.text), 'rich fact-text')}
      </li>`
    )}
  </ul>`;
}
