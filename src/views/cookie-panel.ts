/**
 * The cookie and analytics panel's templates: the document's services grouped
 * by category, each with a table of its cookies and storage items; a switch
 * per optional category for the visitor's consent; and, with `audit`, what the
 * page stores that the document does not declare. Plain functions of the view
 * and the panel's state (./cookie-panel-controller.ts); styles in
 * ./cookie-panel.styles.ts.
 */
import {html, nothing} from 'lit';
import {html as staticHtml} from 'lit/static-html.js';
import type {UndeclaredItem} from '../consent/audit.js';
import {OPTIONAL_CATEGORIES, type OptionalCategory} from '../consent/categories.js';
import type {ConsentState} from '../consent/record.js';
import {formatDuration} from '../document/duration.js';
import {COOKIE_CATEGORIES, type CookieCategory, type CookieItem, type CookieService} from '../document/schema.js';
import {msg, str} from '../localization.js';
import {isSafeUrl} from '../sanitize.js';
import {
  categoryAbout,
  categoryName,
  cookieColumns,
  cookiePanelHeading,
  cookieTableCaption,
  formatDateTime,
  linkText,
  serviceLabels,
  storageTypeName,
  transferText,
} from './cookie-panel-names.js';
import {formatList} from './labels.js';
import {PART_IDS} from './lazy-part.js';
import {guardView, headingTag, plain, rich} from './text.js';
import type {ViewContext} from './view-context.js';

/** What the last change did, for the status line. */
export type LastChange = {kind: 'saved'; revoked: boolean} | {kind: 'reset'} | undefined;

/** What the templates read of the panel's state, and the handlers they bind. */
export interface CookiePanelModel {
  /** The consent in force. */
  readonly state: ConsentState;
  readonly services: readonly CookieService[];
  readonly lastChange: LastChange;
  /** Whether to show the site owner's audit, and what it found. */
  readonly showAudit: boolean;
  readonly audit: UndeclaredItem[] | undefined;
  /** Rows still to render in this pass; below zero, some were held back. */
  readonly rows: {left: number};
  choose(choices: Partial<Record<OptionalCategory, boolean>>): void;
  readonly checkAgain: () => void;
}

/** Ids inside the shadow root. */
const categoryHeadingId = (category: CookieCategory) => `cookie-category-${category}`;
const categoryAboutId = (category: CookieCategory) => `cookie-category-about-${category}`;
const switchId = (category: CookieCategory) => `consent-switch-${category}`;

/** The panel for a document with `cookies`. */
export function cookiePanel(view: ViewContext, panel: CookiePanelModel) {
  const cookies = view.notice.cookies!;
  const {state} = panel;
  const ui = view.uiLang ?? nothing;
  const h = headingTag(view.headingLevel + 1);
  const shown = COOKIE_CATEGORIES.filter((category) => cookies.services.some((service) => service.category === category));
  const choosable = shown.filter((c): c is OptionalCategory => c !== 'necessary');
  return html`<section class="cookie-panel" part="cookie-panel" id=${PART_IDS.cookies} tabindex="-1" aria-labelledby="cookie-panel-heading">
    ${staticHtml`<${h} id="cookie-panel-heading" class="cookie-panel-heading" part="cookie-panel-heading" lang=${ui}>${cookiePanelHeading()}</${h}>`}
    ${rich(view.pick(cookies.description))}
    ${
      shown.length === 0
        ? html`<p lang=${ui}>${msg('The site declares no cookies or similar storage.', {desc: 'Cookie panel, when the document lists no cookie services.'})}</p>`
        : nothing
    }
    ${signalNote(view, state)} ${staleNote(panel, view, state)}
    ${choosable.length > 0 ? actions(panel, view, state, choosable) : nothing}
    <div class="cookie-categories">
      ${shown.map((category) => categoryView(panel, view, state, category))}
    </div>
    ${panel.showAudit ? auditView(panel, view) : nothing}
  </section>`;
}

function signalNote(view: ViewContext, state: ConsentState) {
  if (state.source !== 'gpc' && state.source !== 'dnt') return nothing;
  const text =
    state.source === 'gpc'
      ? msg('Your browser sends a Global Privacy Control signal, so analytics and marketing stay off. You can still switch them on here.', {
          desc: 'Cookie panel note when the browser sends Global Privacy Control (GPC).',
        })
      : msg(
          'Your browser asks sites not to track you (Do Not Track), so analytics and marketing stay off. You can still switch them on here.',
          {desc: 'Cookie panel note when the browser sends Do Not Track (DNT).'}
        );
  return html`<p class="consent-note signal-note" part="consent-note" lang=${view.uiLang ?? nothing}>${text}</p>`;
}

function staleNote(panel: CookiePanelModel, view: ViewContext, state: ConsentState) {
  if (!state.stale || !state.time) return nothing;
  const when = formatDateTime(state.time, view.uiLocale);
  const paused = state.staleCategories.filter((c) => state.previousChoices?.[c]);
  const names = formatList(
    paused.map((c) => categoryName(c).toLocaleLowerCase(view.uiLocale)),
    view.uiLocale
  );
  return html`<div class="consent-note stale-note" part="consent-note" lang=${view.uiLang ?? nothing}>
    <p>
      ${msg(str`The list of cookies has changed since you made your choices on ${when}.`, {desc: "Cookie panel note: the document's cookie list changed after the visitor chose; the date is already formatted."})}
      ${
        paused.length
          ? msg(str`Your consent to ${names} is paused until you give it again.`, {
              desc: 'Cookie panel note: consent to the named categories (a list like "analytics and marketing") no longer applies because their cookies changed.',
            })
          : msg('Your choices still apply.', {
              desc: 'Cookie panel note: the cookie list changed, but not in a category the visitor had allowed.',
            })
      }
    </p>
    <button type="button" part="consent-button" @click=${() => panel.choose(state.previousChoices ?? {})}>
      ${
        paused.length
          ? msg('Restore my earlier choices', {desc: 'Button: give again the consent that was paused because the cookie list changed.'})
          : msg('Keep my choices', {desc: 'Button: confirm the current cookie choices after the cookie list changed.'})
      }
    </button>
  </div>`;
}

function actions(panel: CookiePanelModel, view: ViewContext, state: ConsentState, choosable: OptionalCategory[]) {
  const all = (granted: boolean) => Object.fromEntries(OPTIONAL_CATEGORIES.map((c) => [c, granted && choosable.includes(c)]));
  return html`<div class="consent-actions" part="consent-actions" lang=${view.uiLang ?? nothing}>
    <button type="button" part="consent-button" @click=${() => panel.choose(all(true))}>
      ${msg('Allow all', {desc: 'Button in the cookie panel: consent to every cookie category.'})}
    </button>
    <button type="button" part="consent-button" @click=${() => panel.choose(all(false))}>
      ${msg('Only necessary', {desc: 'Button in the cookie panel: refuse every category except the necessary cookies.'})}
    </button>
    <p class="consent-status" role="status">${statusText(panel, view, state)}</p>
  </div>`;
}

function statusText(panel: CookiePanelModel, view: ViewContext, state: ConsentState): string {
  if (panel.lastChange?.kind === 'saved') {
    const saved = msg('Your choices have been saved.', {desc: 'Cookie panel status right after the visitor changed a consent switch.'});
    return panel.lastChange.revoked
      ? `${saved} ${msg('What you switched off is fully stopped when you reload the page.', {desc: 'Cookie panel status after withdrawing consent: scripts that already run stop only on reload.'})}`
      : saved;
  }
  if (state.time && !state.stale) {
    const when = formatDateTime(state.time, view.uiLocale);
    return msg(str`You made your choices on ${when}.`, {
      desc: 'Cookie panel status: when the visitor last chose; the date is already formatted.',
    });
  }
  if (state.source !== 'stored') {
    return msg('You have not chosen yet: only necessary cookies are in use.', {
      desc: 'Cookie panel status before the visitor has made any consent choice.',
    });
  }
  return '';
}

function categoryView(panel: CookiePanelModel, view: ViewContext, state: ConsentState, category: CookieCategory) {
  const ui = view.uiLang ?? nothing;
  const h = headingTag(view.headingLevel + 2);
  const services = panel.services.filter((s) => s.category === category);
  const granted = state.choices[category];
  const control =
    category === 'necessary'
      ? html`<span class="always-on" part="always-on" lang=${ui}>${msg('Always on', {desc: 'Shown instead of a switch for necessary cookies, which cannot be refused.'})}</span>`
      : html`<button
          type="button"
          role="switch"
          class="consent-switch"
          part="consent-switch"
          id=${switchId(category)}
          aria-checked=${granted ? 'true' : 'false'}
          aria-labelledby=${categoryHeadingId(category)}
          aria-describedby=${categoryAboutId(category)}
          @click=${() => panel.choose({[category]: !granted})}
        ><span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span
        ><span class="switch-state" aria-hidden="true" lang=${ui}
            >${
              granted
                ? msg('On', {id: 'cookies-switch-on', desc: 'Visible state of a cookie consent switch that is on.'})
                : msg('Off', {id: 'cookies-switch-off', desc: 'Visible state of a cookie consent switch that is off.'})
            }</span
        ></button>`;
  return html`<section class="cookie-category" part="cookie-category" data-category=${category} aria-labelledby=${categoryHeadingId(category)}>
    <div class="category-head">
      ${staticHtml`<${h} class="category-heading" id=${categoryHeadingId(category)} lang=${ui}>${categoryName(category)}</${h}>`}
      ${control}
    </div>
    <p class="category-about" id=${categoryAboutId(category)} lang=${ui}>${categoryAbout(category)}</p>
    ${services.map((service) => serviceView(panel, view, service))}
  </section>`;
}

function serviceView(panel: CookiePanelModel, view: ViewContext, service: CookieService) {
  const ui = view.uiLang ?? nothing;
  const h = headingTag(view.headingLevel + 3);
  const name = view.pick(service.name);
  const labels = serviceLabels();
  const facts = [];
  if (service.provider) {
    facts.push(html`<dt lang=${ui}>${labels.provider}</dt>
      <dd>${plain(view.pick(service.provider))}</dd>`);
  }
  if (service.purpose) {
    facts.push(html`<dt lang=${ui}>${labels.purpose}</dt>
      <dd>${rich(view.pick(service.purpose))}</dd>`);
  }
  if (service.privacyPolicy) {
    const url = service.privacyPolicy;
    facts.push(html`<dt lang=${ui}>${labels.privacyPolicy}</dt>
      <dd>${isSafeUrl(url) ? html`<a href=${url} rel="noopener noreferrer">${linkText(url)}</a>` : url}</dd>`);
  }
  if (service.transferCountry) {
    facts.push(html`<dt lang=${ui}>${labels.country}</dt>
      <dd lang=${ui}>${transferText(service.transferCountry, view.uiLocale)}</dd>`);
  }
  return html`<article class="cookie-service" part="cookie-service" data-service=${service.id}>
    ${staticHtml`<${h} class="service-heading">${plain(name)}</${h}>`}
    ${facts.length ? html`<dl class="service-facts">${facts}</dl>` : nothing}
    ${service.items.length ? cookieTable(panel, view, service, name?.text ?? service.id) : nothing}
  </article>`;
}

function cookieTable(panel: CookiePanelModel, view: ViewContext, service: CookieService, serviceName: string) {
  const ui = view.uiLang ?? nothing;
  const labels = cookieColumns();
  const rows = service.items.slice(0, Math.max(0, panel.rows.left));
  panel.rows.left -= service.items.length;
  return html`<table class="cookie-table" part="cookie-table" aria-busy=${rows.length < service.items.length ? 'true' : nothing}>
    <caption lang=${ui}>${cookieTableCaption(serviceName)}</caption>
    <thead lang=${ui}>
      <tr>
        <th scope="col">${labels.name}</th>
        <th scope="col">${labels.type}</th>
        <th scope="col">${labels.duration}</th>
        <th scope="col">${labels.description}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((item) =>
        // Built again only when the item or the languages change, not on every switch click.
        guardView(view, [item], () => cookieRow(view, item, labels))
      )}
    </tbody>
  </table>`;
}

function cookieRow(view: ViewContext, item: CookieItem, labels: Record<'type' | 'duration' | 'description', string>) {
  const ui = view.uiLang ?? nothing;
  const description = view.pick(item.description);
  // data-label gives each cell its header in the stacked (narrow) layout.
  return html`<tr>
    <th scope="row"><code>${item.name}</code></th>
    <td data-label=${labels.type} lang=${ui}>${storageTypeName(item.type)}</td>
    <td class="duration" data-label=${labels.duration} lang=${ui}>${formatDuration(item.duration, view.uiLocale)}</td>
    <td data-label=${labels.description}>${description ? rich(description) : nothing}</td>
  </tr>`;
}

function auditView(panel: CookiePanelModel, view: ViewContext) {
  const h = headingTag(view.headingLevel + 2);
  const found = panel.audit;
  return html`<section class="cookie-audit" part="cookie-audit" aria-labelledby="cookie-audit-heading" lang=${view.uiLang ?? nothing}>
    ${staticHtml`<${h} id="cookie-audit-heading" class="category-heading">${msg('Audit: undeclared cookies and storage', {desc: "Heading of the site owner's audit in the cookie panel (shown only with the audit attribute)."})}</${h}>`}
    <p>
      ${msg('For the site owner: cookies and storage keys on this page that the notice document does not declare. Add them to the document (details in the browser console).', {desc: 'Explains the audit list to the site owner.'})}
    </p>
    ${
      found === undefined
        ? nothing
        : found.length === 0
          ? html`<p class="audit-clean">${msg('Nothing undeclared was found.', {desc: 'Audit result: every cookie and storage key on the page is declared.'})}</p>`
          : html`<ul class="audit-list">
            ${found.map(
              (item) => html`<li data-name=${item.name} data-type=${item.type}>
                <code>${item.name}</code> (${storageTypeName(item.type)})${
                  item.likely
                    ? html` — ${msg(str`looks like ${item.likely.service}, category ${categoryName(item.likely.category)}`, {desc: 'Audit: a guess at which service set an undeclared cookie, and its category.'})}`
                    : nothing
                }
              </li>`
            )}
          </ul>`
    }
    <button type="button" part="consent-button" @click=${panel.checkAgain}>
      ${msg('Check again', {desc: 'Button in the audit: look again for undeclared cookies and storage keys.'})}
    </button>
  </section>`;
}
