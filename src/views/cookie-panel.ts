/**
 * The cookie and analytics panel: the document's services grouped by
 * category, each with a table of its cookies and storage items; a switch per
 * optional category for the visitor's consent; and, with `audit`, what the
 * page stores that the document does not declare.
 */
import {html, nothing, type ReactiveController} from 'lit';
import {html as staticHtml} from 'lit/static-html.js';
import {
  findUndeclared,
  readPresentStorage,
  type UndeclaredItem,
} from '../consent/audit.js';
import {OPTIONAL_CATEGORIES, type OptionalCategory} from '../consent/categories.js';
import {ConsentManager, type ConsentApi} from '../consent/consent-manager.js';
import type {ConsentState} from '../consent/record.js';
import {isInEea} from '../consent/transfer.js';
import {formatDuration} from '../document/duration.js';
import {cachedFormatter} from '../intl-cache.js';
import {
  COOKIE_CATEGORIES,
  type CookieCategory,
  type CookieItem,
  type CookieService,
  type StorageType,
} from '../document/schema.js';
import {PrivacyConsentChangeEvent} from '../events.js';
import {msg, str} from '../localization.js';
import type {PrivacyNoticeElement} from '../privacy-notice.js';
import {isSafeUrl} from '../sanitize.js';
import {countryName} from './format.js';
import {formatList} from './labels.js';
import {RenderSlices} from './render-slices.js';
import {guardView, headingTag, plain, rich} from './text.js';
import type {ViewContext} from './view-context.js';

// ---- Interface names (call during render, inside inLocale) ----

export function categoryName(category: CookieCategory): string {
  switch (category) {
    case 'necessary':
      return msg('Necessary', {id: 'cookies-category-necessary', desc: 'Cookie category: cookies the site cannot work without (Finnish "välttämättömät").'});
    case 'preferences':
      return msg('Preferences', {id: 'cookies-category-preferences', desc: 'Cookie category: cookies that remember the visitor\'s settings such as language.'});
    case 'analytics':
      return msg('Analytics', {id: 'cookies-category-analytics', desc: 'Cookie category: statistics on how the site is used (Finnish "analytiikka").'});
    case 'marketing':
      return msg('Marketing', {id: 'cookies-category-marketing', desc: 'Cookie category: advertising and its measurement (Finnish "markkinointi").'});
  }
}

function categoryAbout(category: CookieCategory): string {
  switch (category) {
    case 'necessary':
      return msg('Needed for the site to work, for example to keep you signed in and to remember the choices you make here. They cannot be switched off.', {desc: 'Explains the necessary cookie category.'});
    case 'preferences':
      return msg('Remember your settings, such as language or region, between visits.', {desc: 'Explains the preferences cookie category.'});
    case 'analytics':
      return msg('Tell us how the site is used, such as which pages are visited, so that we can improve it.', {desc: 'Explains the analytics cookie category.'});
    case 'marketing':
      return msg('Used to show and measure advertising, also on other sites.', {desc: 'Explains the marketing cookie category.'});
  }
}

function storageTypeName(type: StorageType): string {
  switch (type) {
    case 'cookie':
      return msg('Cookie', {id: 'cookies-type-cookie', desc: 'Kind of browser storage in the cookie table: an HTTP cookie.'});
    case 'localStorage':
      return msg('Local storage', {desc: 'Kind of browser storage in the cookie table: the browser\'s localStorage (kept until deleted).'});
    case 'sessionStorage':
      return msg('Session storage', {desc: 'Kind of browser storage in the cookie table: the browser\'s sessionStorage (kept while the tab is open).'});
    case 'pixel':
      return msg('Pixel', {id: 'cookies-type-pixel', desc: 'Kind of browser storage in the cookie table: a tracking pixel (a tiny image that reports a visit).'});
  }
}

const formatDateTime = (iso: string, locale: string) =>
  cachedFormatter(
    `date-time|${locale}`,
    () => new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeStyle: 'short'})
  ).format(new Date(iso));

/** Ids inside the shadow root. */
const categoryHeadingId = (category: CookieCategory) => `cookie-category-${category}`;
const categoryAboutId = (category: CookieCategory) => `cookie-category-about-${category}`;
const switchId = (category: CookieCategory) => `consent-switch-${category}`;

/**
 * A long cookie list renders in slices, one task each, like the sections: a
 * thousand rows (DOMPurify for each description) would block the page.
 */
const FIRST_ROWS = 100;
const MORE_ROWS = 200;

/** What the last change did, for the status line. */
type LastChange = {kind: 'saved'; revoked: boolean} | {kind: 'reset'} | undefined;

/**
 * Owns the consent for the shown document and renders the panel. The
 * element's `consent` property is `consent` here.
 */
export class CookiePanelController implements ReactiveController {
  readonly #manager: ConsentManager;
  #pendingApply = false;
  #applying = false;
  #lastChange: LastChange;
  #audit: UndeclaredItem[] | undefined;
  #auditPending = false;
  readonly #warned = new Set<string>();
  #services: readonly CookieService[] = [];
  /** The document whose rows `#rows` counts. */
  #rowsOf?: unknown;
  readonly #rows: RenderSlices;
  /** Rows still to render in this render pass; below zero, some were held back. */
  #rowsLeft = 0;

  constructor(private readonly host: PrivacyNoticeElement) {
    host.addController(this);
    this.#manager = new ConsentManager(host);
    this.#rows = new RenderSlices(host, FIRST_ROWS, MORE_ROWS, () => this.#rowsLeft < 0);
    // Changes through the API or another element re-render the panel; the
    // initial apply follows a render that already shows its state.
    this.#manager.api.subscribe(() => {
      if (!this.#applying) this.host.requestUpdate();
    });
  }

  /** The site's API: get, set, subscribe, reset. */
  get consent(): ConsentApi {
    return this.#manager.api;
  }

  // Another element on the page (same document) changed the consent.
  readonly #onConsentChange = (event: Event) => {
    if (!(event instanceof PrivacyConsentChangeEvent) || event.initial) return;
    if (event.target === this.host) return;
    if (event.consent.document !== this.#manager.state?.document) return;
    this.#manager.refresh();
  };

  hostConnected(): void {
    window.addEventListener(PrivacyConsentChangeEvent.eventName, this.#onConsentChange);
  }

  hostDisconnected(): void {
    window.removeEventListener(PrivacyConsentChangeEvent.eventName, this.#onConsentChange);
  }

  /** Every row now (printing). */
  renderAllRows(): void {
    this.#rows.showAll();
  }

  hostUpdated(): void {
    // Side effects of a newly shown document (events, Consent Mode, gated
    // scripts) happen after render, not during it.
    if (this.#pendingApply) {
      this.#pendingApply = false;
      this.#applying = true;
      try {
        this.#manager.apply();
      } finally {
        this.#applying = false;
      }
    }
  }

  render(view: ViewContext) {
    const cookies = view.notice.cookies;
    this.#rowsLeft = 0;
    if (!cookies) return nothing;
    this.#services = cookies.services;
    if (this.#rowsOf !== view.notice) {
      this.#rowsOf = view.notice;
      this.#rows.restart();
    }
    this.#rowsLeft = this.#rows.limit;
    if (this.#manager.load(view.notice, this.host.consentStorage)) {
      this.#pendingApply = true;
      this.#lastChange = undefined;
      this.#audit = undefined;
    }
    // Reading storage is cheap and has no side effects: done while rendering.
    if (this.host.audit && (this.#audit === undefined || this.#auditPending)) this.#audit = this.#runAudit();
    this.#auditPending = false;
    const state = this.#manager.state!;
    const ui = view.uiLang ?? nothing;
    const h = headingTag(view.headingLevel + 1);
    const shown = COOKIE_CATEGORIES.filter((category) =>
      cookies.services.some((service) => service.category === category)
    );
    const choosable = shown.filter((c): c is OptionalCategory => c !== 'necessary');
    return html`<section class="cookie-panel" part="cookie-panel" aria-labelledby="cookie-panel-heading">
      ${staticHtml`<${h} id="cookie-panel-heading" class="cookie-panel-heading" part="cookie-panel-heading" lang=${ui}>${msg('Cookies and similar technologies', {desc: 'Heading of the cookie panel (Finnish "evästeet ja vastaavat tekniikat").'})}</${h}>`}
      ${rich(view.pick(cookies.description))}
      ${shown.length === 0
        ? html`<p lang=${ui}>${msg('The site declares no cookies or similar storage.', {desc: 'Cookie panel, when the document lists no cookie services.'})}</p>`
        : nothing}
      ${this.#signalNote(view, state)} ${this.#staleNote(view, state)}
      ${choosable.length > 0 ? this.#actions(view, state, choosable) : nothing}
      <div class="cookie-categories">
        ${shown.map((category) => this.#category(view, state, category))}
      </div>
      ${this.host.audit ? this.#auditView(view) : nothing}
    </section>`;
  }

  #choose(choices: Partial<Record<OptionalCategory, boolean>>) {
    const before = this.#manager.state;
    const after = this.#manager.choose(choices, 'visitor');
    const revoked = OPTIONAL_CATEGORIES.some(
      (c) => before?.choices[c] === true && !after.choices[c]
    );
    this.#lastChange = {kind: 'saved', revoked};
    if (this.host.audit) this.#auditPending = true;
    this.host.requestUpdate();
  }

  #signalNote(view: ViewContext, state: ConsentState) {
    if (state.source !== 'gpc' && state.source !== 'dnt') return nothing;
    const text =
      state.source === 'gpc'
        ? msg('Your browser sends a Global Privacy Control signal, so analytics and marketing stay off. You can still switch them on here.', {desc: 'Cookie panel note when the browser sends Global Privacy Control (GPC).'})
        : msg('Your browser asks sites not to track you (Do Not Track), so analytics and marketing stay off. You can still switch them on here.', {desc: 'Cookie panel note when the browser sends Do Not Track (DNT).'});
    return html`<p class="consent-note signal-note" part="consent-note" lang=${view.uiLang ?? nothing}>${text}</p>`;
  }

  #staleNote(view: ViewContext, state: ConsentState) {
    if (!state.stale || !state.time) return nothing;
    const when = formatDateTime(state.time, view.uiLocale);
    const paused = state.staleCategories.filter((c) => state.previousChoices?.[c]);
    const names = formatList(
      paused.map((c) => categoryName(c).toLocaleLowerCase(view.uiLocale)),
      view.uiLocale
    );
    return html`<div class="consent-note stale-note" part="consent-note" lang=${view.uiLang ?? nothing}>
      <p>
        ${msg(str`The list of cookies has changed since you made your choices on ${when}.`, {desc: 'Cookie panel note: the document\'s cookie list changed after the visitor chose; the date is already formatted.'})}
        ${paused.length
          ? msg(str`Your consent to ${names} is paused until you give it again.`, {desc: 'Cookie panel note: consent to the named categories (a list like "analytics and marketing") no longer applies because their cookies changed.'})
          : msg('Your choices still apply.', {desc: 'Cookie panel note: the cookie list changed, but not in a category the visitor had allowed.'})}
      </p>
      <button type="button" part="consent-button" @click=${() => this.#choose(state.previousChoices ?? {})}>
        ${paused.length
          ? msg('Restore my earlier choices', {desc: 'Button: give again the consent that was paused because the cookie list changed.'})
          : msg('Keep my choices', {desc: 'Button: confirm the current cookie choices after the cookie list changed.'})}
      </button>
    </div>`;
  }

  #actions(view: ViewContext, state: ConsentState, choosable: OptionalCategory[]) {
    const all = (granted: boolean) =>
      Object.fromEntries(OPTIONAL_CATEGORIES.map((c) => [c, granted && choosable.includes(c)]));
    return html`<div class="consent-actions" part="consent-actions" lang=${view.uiLang ?? nothing}>
      <button type="button" part="consent-button" @click=${() => this.#choose(all(true))}>
        ${msg('Allow all', {desc: 'Button in the cookie panel: consent to every cookie category.'})}
      </button>
      <button type="button" part="consent-button" @click=${() => this.#choose(all(false))}>
        ${msg('Only necessary', {desc: 'Button in the cookie panel: refuse every category except the necessary cookies.'})}
      </button>
      <p class="consent-status" role="status">${this.#statusText(view, state)}</p>
    </div>`;
  }

  #statusText(view: ViewContext, state: ConsentState): string {
    if (this.#lastChange?.kind === 'saved') {
      const saved = msg('Your choices have been saved.', {desc: 'Cookie panel status right after the visitor changed a consent switch.'});
      return this.#lastChange.revoked
        ? `${saved} ${msg('What you switched off is fully stopped when you reload the page.', {desc: 'Cookie panel status after withdrawing consent: scripts that already run stop only on reload.'})}`
        : saved;
    }
    if (state.time && !state.stale) {
      const when = formatDateTime(state.time, view.uiLocale);
      return msg(str`You made your choices on ${when}.`, {desc: 'Cookie panel status: when the visitor last chose; the date is already formatted.'});
    }
    if (state.source !== 'stored') {
      return msg('You have not chosen yet: only necessary cookies are in use.', {desc: 'Cookie panel status before the visitor has made any consent choice.'});
    }
    return '';
  }

  #category(view: ViewContext, state: ConsentState, category: CookieCategory) {
    const ui = view.uiLang ?? nothing;
    const h = headingTag(view.headingLevel + 2);
    const services = this.#services.filter((s) => s.category === category);
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
            @click=${() => this.#choose({[category]: !granted})}
          ><span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span
          ><span class="switch-state" aria-hidden="true" lang=${ui}
              >${granted
                ? msg('On', {id: 'cookies-switch-on', desc: 'Visible state of a cookie consent switch that is on.'})
                : msg('Off', {id: 'cookies-switch-off', desc: 'Visible state of a cookie consent switch that is off.'})}</span
          ></button>`;
    return html`<section class="cookie-category" part="cookie-category" data-category=${category} aria-labelledby=${categoryHeadingId(category)}>
      <div class="category-head">
        ${staticHtml`<${h} class="category-heading" id=${categoryHeadingId(category)} lang=${ui}>${categoryName(category)}</${h}>`}
        ${control}
      </div>
      <p class="category-about" id=${categoryAboutId(category)} lang=${ui}>${categoryAbout(category)}</p>
      ${services.map((service) => this.#service(view, service))}
    </section>`;
  }

  #service(view: ViewContext, service: CookieService) {
    const ui = view.uiLang ?? nothing;
    const h = headingTag(view.headingLevel + 3);
    const name = view.pick(service.name);
    const facts = [];
    if (service.provider) {
      facts.push(html`<dt lang=${ui}>${msg('Provider', {id: 'cookies-provider', desc: 'Label in the cookie panel: the company that provides a service (for example Google Ireland Ltd).'})}</dt>
        <dd>${plain(view.pick(service.provider))}</dd>`);
    }
    if (service.purpose) {
      facts.push(html`<dt lang=${ui}>${msg('Purpose', {id: 'cookies-purpose', desc: 'Label in the cookie panel: why a service uses cookies.'})}</dt>
        <dd>${rich(view.pick(service.purpose))}</dd>`);
    }
    if (service.privacyPolicy) {
      const url = service.privacyPolicy;
      facts.push(html`<dt lang=${ui}>${msg('Privacy policy', {id: 'cookies-privacy-policy', desc: 'Label in the cookie panel: link to the privacy policy of a service\'s provider.'})}</dt>
        <dd>${isSafeUrl(url)
          ? html`<a href=${url} rel="noopener noreferrer">${linkText(url)}</a>`
          : url}</dd>`);
    }
    if (service.transferCountry) {
      facts.push(html`<dt lang=${ui}>${msg('Data processed in', {desc: 'Label in the cookie panel: the country where a service processes the data.'})}</dt>
        <dd lang=${ui}>${transferText(service.transferCountry, view.uiLocale)}</dd>`);
    }
    return html`<article class="cookie-service" part="cookie-service" data-service=${service.id}>
      ${staticHtml`<${h} class="service-heading">${plain(name)}</${h}>`}
      ${facts.length ? html`<dl class="service-facts">${facts}</dl>` : nothing}
      ${service.items.length ? this.#table(view, service, name?.text ?? service.id) : nothing}
    </article>`;
  }

  #table(view: ViewContext, service: CookieService, serviceName: string) {
    const ui = view.uiLang ?? nothing;
    const labels = {
      name: msg('Name', {id: 'cookies-column-name', desc: 'Cookie table column: the name of a cookie or storage key.'}),
      type: msg('Type', {id: 'cookies-column-type', desc: 'Cookie table column: cookie, local storage, session storage or pixel.'}),
      duration: msg('Duration', {id: 'cookies-column-duration', desc: 'Cookie table column: how long a cookie is kept (for example "2 years").'}),
      description: msg('Description', {id: 'cookies-column-description', desc: 'Cookie table column: what a cookie is for.'}),
    };
    const rows = service.items.slice(0, Math.max(0, this.#rowsLeft));
    this.#rowsLeft -= service.items.length;
    return html`<table class="cookie-table" part="cookie-table" aria-busy=${rows.length < service.items.length ? 'true' : nothing}>
      <caption lang=${ui}>${msg(str`Cookies and storage used by ${serviceName}`, {desc: 'Caption of the table listing one service\'s cookies; the name is the service\'s (for example Google Analytics).'})}</caption>
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
          guardView(view, [item], () => this.#row(view, item, labels))
        )}
      </tbody>
    </table>`;
  }

  #row(view: ViewContext, item: CookieItem, labels: Record<'type' | 'duration' | 'description', string>) {
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

  // ---- Audit ----

  readonly #checkAgain = () => {
    this.#auditPending = true;
    this.host.requestUpdate();
  };

  /** Undeclared items now on the page; each is logged once, with a hint. */
  #runAudit(): UndeclaredItem[] | undefined {
    const state = this.#manager.state;
    if (!state) return undefined;
    const found = findUndeclared(readPresentStorage(window), this.#services, state.document);
    for (const item of found) {
      const key = `${item.type}:${item.name}`;
      if (this.#warned.has(key)) continue;
      this.#warned.add(key);
      console.warn(
        `<privacy-notice audit> ${item.type} "${item.name}" is on this page but not declared in the notice document "${state.document}". ${item.hint}`
      );
    }
    return found;
  }

  #auditView(view: ViewContext) {
    const h = headingTag(view.headingLevel + 2);
    const found = this.#audit;
    return html`<section class="cookie-audit" part="cookie-audit" aria-labelledby="cookie-audit-heading" lang=${view.uiLang ?? nothing}>
      ${staticHtml`<${h} id="cookie-audit-heading" class="category-heading">${msg('Audit: undeclared cookies and storage', {desc: 'Heading of the site owner\'s audit in the cookie panel (shown only with the audit attribute).'})}</${h}>`}
      <p>
        ${msg('For the site owner: cookies and storage keys on this page that the notice document does not declare. Add them to the document (details in the browser console).', {desc: 'Explains the audit list to the site owner.'})}
      </p>
      ${found === undefined
        ? nothing
        : found.length === 0
          ? html`<p class="audit-clean">${msg('Nothing undeclared was found.', {desc: 'Audit result: every cookie and storage key on the page is declared.'})}</p>`
          : html`<ul class="audit-list">
              ${found.map(
                (item) => html`<li data-name=${item.name} data-type=${item.type}>
                  <code>${item.name}</code> (${storageTypeName(item.type)})${item.likely
                    ? html` — ${msg(str`looks like ${item.likely.service}, category ${categoryName(item.likely.category)}`, {desc: 'Audit: a guess at which service set an undeclared cookie, and its category.'})}`
                    : nothing}
                </li>`
              )}
            </ul>`}
      <button type="button" part="consent-button" @click=${this.#checkAgain}>
        ${msg('Check again', {desc: 'Button in the audit: look again for undeclared cookies and storage keys.'})}
      </button>
    </section>`;
  }
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

function transferText(country: string, locale: string): string {
  const name = countryName(country, locale);
  return isInEea(country)
    ? msg(str`${name} – in the EU/EEA`, {desc: 'Where a cookie service processes data: a country inside the EU or EEA (name already translated).'})
    : msg(str`${name} (outside the EU/EEA: your data is transferred there)`, {desc: 'Where a cookie service processes data: a country outside the EU and EEA, said plainly (name already translated).'});
}
