import {html, nothing} from 'lit';
import {html as staticHtml} from 'lit/static-html.js';
import {lastUpdated} from '../document/schema.js';
import {formatDate} from './format.js';
import {effectiveLabel, legalReferencesLabel, noticeTitleLabel, updatedLabel, versionLabel} from './labels.js';
import {headingTag, plain, rich} from './text.js';
import type {ViewContext} from './view-context.js';

/**
 * Title, dates and version (and `mark`, such as "changed since your last
 * visit"), then the summary as the notice's first layer and the introduction.
 * A title the document lacks is the interface's "Privacy notice".
 */
export function noticeHeader(view: ViewContext, languageSwitcher: unknown, mark: unknown = nothing) {
  const {notice, uiLocale} = view;
  const title = view.placeholders.includes('title')
    ? html`<span lang=${view.uiLang ?? nothing}>${noticeTitleLabel()}</span>`
    : plain(view.pick(notice.title));
  const h = headingTag(view.headingLevel);
  const date = lastUpdated(notice);
  const updated = date && formatDate(date, uiLocale);
  const effective = notice.effective && formatDate(notice.effective, uiLocale);
  return html`<header class="header" part="header">
      ${staticHtml`<${h} class="title" part="title" id="title">${title}</${h}>`}
      ${mark}
      <p class="dates" part="dates" lang=${view.uiLang ?? nothing}>
        ${
          updated
            ? html`<time datetime=${date}
              >${updatedLabel(updated)}</time
            >`
            : nothing
        }
        ${
          effective
            ? html`<time datetime=${notice.effective!}
              >${effectiveLabel(effective)}</time
            >`
            : nothing
        }
        ${notice.version ? html`<span>${versionLabel(notice.version)}</span>` : nothing}
      </p>
      ${languageSwitcher}
    </header>
    ${notice.summary ? html`<div class="summary" part="summary">${rich(view.pick(notice.summary))}</div>` : nothing}
    ${notice.introduction ? html`<div class="introduction" part="introduction">${rich(view.pick(notice.introduction))}</div>` : nothing}`;
}

/** The laws the notice cites, in small print at its end. */
export function legalReferences(view: ViewContext) {
  const references = view.notice.legalReferences;
  if (!references?.length) return nothing;
  return html`<footer class="legal" part="legal-references">
    <span lang=${view.uiLang ?? nothing}
      >${legalReferencesLabel()}</span
    >
    <ul>
      ${references.map((reference) => html`<li>${plain(view.pick(reference))}</li>`)}
    </ul>
  </footer>`;
}
