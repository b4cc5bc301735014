import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {NoticeDocument} from './document/schema.js';
import type {ConsentApi} from './consent/consent-manager.js';
import {ConsentController} from './consent/consent-controller.js';
import {FallbackAnchor} from './loading/fallback-anchor.js';
import {InlineJson} from './loading/inline-json.js';
import {reportLoad} from './loading/load-report.js';
import {DEFAULT_TIMEOUT} from './document/load.js';
import {NoticeLoader, noticeSource, type LoadState, type NoticeSource} from './loading/notice-loader.js';
import {SanitizerGate} from './loading/sanitizer-gate.js';
import {UiLanguage} from './loading/ui-language.js';
import {inLocale, type UiLocale} from './localization.js';
import {mediaStyles, styles} from './privacy-notice.styles.js';
import {ChangeHistoryController} from './views/change-history.js';
import {cardStyles} from './views/controller-card.styles.js';
import {changeHistoryStyles} from './views/change-history.styles.js';
import {languageSwitcher} from './views/language-switcher.js';
import {noticeView, viewContext} from './views/notice.js';
import {noticeStyles} from './views/notice.styles.js';
import {NoticeParts} from './views/notice-parts.js';
import {SectionState} from './views/section-state.js';
import {sectionStyles} from './views/sections.styles.js';
import {errorView, loadingText, loadingView} from './views/status.js';

/**
 * A privacy notice (GDPR Art. 13/14) rendered from a JSON notice document:
 * collapsible localised sections, a contact and objection form for the data
 * subject's requests, and a cookie and analytics panel with consent.
 *
 * The document comes from, in this order: the `notice` property, an inline
 * `<script type="application/json">` child, or the `src` attribute. A fetched
 * document must answer 2xx, be served as JSON (`application/json` or a
 * `+json` type; `text/plain` and no type are accepted too, `text/html` is not)
 * and be at most 2 MiB; it is fetched with `credentials` (`omit` by default)
 * and given up after `timeout` ms. Every document is read leniently
 * (`repairNotice`): what is invalid is left out, the rest is shown, and each
 * repair is reported to the page (`warnings`) and the console, never to
 * visitors. Only a document with nothing to show is an error: not JSON, not
 * an object, no section with any text, or over the size limit.
 *
 * The interface language is the element's `lang`, else the nearest ancestor's
 * `lang`, else the page's, else the browser's languages (fi, sv or en); the
 * document language is negotiated from the same list against the document's
 * `languages`, and its direction (`dir`) follows that language. A link to
 * `#<section-id>` opens and scrolls to that section.
 *
 * @summary Shows a privacy notice from a notice document.
 *
 * @fires privacy-notice-load - The document loaded and is shown, repaired where needed. `notice` (the repaired copy), `language`, `warnings: {path, message}[]` (what was left out or normalised; empty for a valid document).
 * @fires privacy-notice-error - The document could not be loaded or has nothing that can be shown. `error: {kind, message, url?, status?, details?}`.
 * @fires privacy-consent-change - The visitor's cookie consent is first known (`initial`) or changed. `consent: {document, choices, granted, denied, source, stale, staleCategories, time?}`, `initial`.
 * @fires privacy-request - Cancelable, before the form sends a request or offers the email; `preventDefault()` or `respondWith(promise)` to deliver it yourself. `request`, `action`.
 * @fires privacy-request-sent - A request was delivered. `request`, `reference`, `dueDate`.
 * @fires privacy-request-failed - A request could not be delivered; every field is kept. `request`, `failure: {kind, status?, retryAfter?, detail}`.
 *
 * @slot - Fallback content: shown by browsers without the script, and by the element until it can show the notice (for good if the document cannot be loaded), such as a link to a PDF or the static notice from `privacy-notice render`.
 *
 * @csspart base - Everything the element shows (the wrapper inside the shadow root).
 * @csspart loading - The placeholder shown while the document loads.
 * @csspart error - The message shown when the document cannot be shown.
 * @csspart notice - The rendered notice (an `<article>`).
 * @csspart header - Title, dates and language switcher.
 * @csspart title - The notice's title heading.
 * @csspart dates - The line with the updated and effective dates and version.
 * @csspart language-switcher - The group of language buttons.
 * @csspart language-button - One language button (`[aria-pressed=true]` when shown).
 * @csspart summary - The summary: the notice's first layer.
 * @csspart introduction - The introduction: the notice's text before its first section.
 * @csspart changed-mark - "Changed since your last visit" beside the title (only for a visitor who allowed preference storage).
 * @csspart change-history - The change history disclosure (a `<section>`).
 * @csspart change-history-button - The button that opens and closes the change history.
 * @csspart cards - The grid of contact cards.
 * @csspart card - One contact card (controller, representative, contact).
 * @csspart toolbar - The bar with the expand all / collapse all buttons.
 * @csspart toggle-all - The expand all and collapse all buttons.
 * @csspart section - One section: its heading and panel.
 * @csspart section-heading - The heading that holds a section's button.
 * @csspart section-button - The button that opens and closes a section.
 * @csspart section-body - A section's panel.
 * @csspart copy-link - The "copy link to this section" button.
 * @csspart legal-references - The small print listing the laws the notice cites.
 * @csspart cookie-panel - The cookie and analytics panel (a `<section>`).
 * @csspart cookie-panel-heading - The cookie panel's heading.
 * @csspart consent-note - A note above the choices: a privacy signal (GPC, Do Not Track) was honoured, or the cookie list changed since the visitor chose.
 * @csspart consent-actions - The bar with the "Allow all" and "Only necessary" buttons and the saved-choice status.
 * @csspart consent-button - Each button of the cookie panel: allow all, only necessary, restore my choices, check again.
 * @csspart cookie-category - One category (necessary, preferences, analytics, marketing) with its switch and services.
 * @csspart consent-switch - A category's on/off switch (`role=switch`, `[aria-checked=true]` when on).
 * @csspart always-on - "Always on", shown for necessary cookies instead of a switch.
 * @csspart cookie-service - One service (such as Google Analytics) with its facts and cookie table.
 * @csspart cookie-table - The table of one service's cookies and storage keys.
 * @csspart cookie-audit - The site owner's list of undeclared cookies (with `audit`).
 *
 * @cssprop [--privacy-notice-color=currentColor] - Text colour (the page's, by default).
 * @cssprop [--privacy-notice-background=transparent] - Background.
 * @cssprop [--privacy-notice-accent=color-mix(in srgb, #0b5cad 65%, currentColor)] - Links, focus ring, the summary's edge, the chosen language (#7cacf8 instead of #0b5cad when the visitor prefers dark).
 * @cssprop [--privacy-notice-error=color-mix(in srgb, #c5221f 70%, currentColor)] - The error message's edge.
 * @cssprop [--privacy-notice-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text: dates, labels, small print.
 * @cssprop [--privacy-notice-border=color-mix(in srgb, currentColor 22%, transparent)] - Lines between sections and around cards.
 * @cssprop [--privacy-notice-surface=color-mix(in srgb, currentColor 5%, transparent)] - Background of the summary.
 * @cssprop [--privacy-notice-focus=var(--privacy-notice-accent)] - Colour of the keyboard focus outline.
 * @cssprop [--privacy-notice-radius=0.5rem] - Corner radius of cards and boxes.
 * @cssprop [--privacy-notice-gap=1rem] - Basic spacing.
 * @cssprop [--privacy-notice-max-width=none] - Widest the element grows.
 * @cssprop [--privacy-notice-loading-min-height=16rem] - Space kept while loading, so the page does not jump.
 * @cssprop [--privacy-notice-form-min-height=64rem] - Space kept for the contact form, which loads right after the notice's first paint (and its least height after), so nothing below it moves.
 * @cssprop [--privacy-notice-cookie-panel-min-height=24rem] - Space kept for the cookie panel, which loads right after the notice's first paint (and its least height after).
 */
export class PrivacyNoticeElement extends LitElement {
  /** Address of the notice document (JSON). Fetched with a timeout and a size limit. */
  @property() src = '';

  /**
   * The notice document as an object, instead of `src` or an inline
   * `<script type="application/json">` child. Typed as the document format;
   * at run time whatever is set is checked like a fetched document (what is
   * invalid is left out and reported, see `privacy-notice-load`).
   */
  @property({attribute: false}) notice?: NoticeDocument;

  /**
   * Sections open at first: `all`, or section ids separated by spaces or
   * commas. Unset, with the static notice (`privacy-notice render`) inside: `all`.
   */
  @property() open = '';

  /** Level of the notice's top headings (1–6); section headings are one deeper. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** Credentials for fetching `src`: `omit`, `same-origin` or `include`. */
  @property() credentials: RequestCredentials = 'omit';

  /** Milliseconds to wait for `src` (body included) before showing an error; 0 waits for ever. */
  @property({type: Number}) timeout = DEFAULT_TIMEOUT;

  /**
   * Colour scheme: `auto` (the page's colours, so it follows the visitor's
   * setting whenever the page does), `light` or `dark` (colours of its own).
   */
  @property({reflect: true}) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Hides the language switcher shown when the document has several languages. */
  @property({attribute: 'no-language-switcher', type: Boolean})
  noLanguageSwitcher = false;

  /** Hides the contact and objection form. */
  @property({attribute: 'no-form', type: Boolean}) noForm = false;

  /**
   * Where the form POSTs requests (https:, or the page's own origin). Without
   * it the form offers a pre-filled email to the controller instead.
   */
  @property({attribute: 'form-action'}) formAction = '';

  /** Body encoding of form requests: `json` or `urlencoded`. */
  @property({attribute: 'form-encoding'}) formEncoding: 'json' | 'urlencoded' = 'json';

  /** Hides the cookie and analytics panel. */
  @property({attribute: 'no-cookies', type: Boolean}) noCookies = false;

  /** Where the visitor's consent is kept: `cookie` or `local-storage`. */
  @property({attribute: 'consent-storage'}) consentStorage: 'cookie' | 'local-storage' = 'cookie';

  /**
   * For site owners: lists cookies and storage keys on the page that the
   * document does not declare.
   */
  @property({type: Boolean}) audit = false;

  // In the order of the one sheet they were: later rules win ties.
  static override styles = [styles, noticeStyles, cardStyles, sectionStyles, mediaStyles, changeHistoryStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  private readonly inlineJson = new InlineJson(this);
  private readonly language: UiLanguage = new UiLanguage(this, () => ({
    documentLanguage: this.loadedNotice?.languages[0],
    features: this.parts.features(),
  }));
  private readonly sanitizer = new SanitizerGate(this);
  /** Without an `open` attribute, the static notice pasted inside (every section open) keeps its layout. */
  private readonly sections = new SectionState(this, () => ({
    notice: this.loadedNotice,
    open: this.open || (this.inlineJson.fallback === 'rendered' ? 'all' : ''),
  }));
  /** Whether the element has shown a notice of its own (then its children stay hidden for good). */
  #upgraded = false;
  protected readonly fallbackAnchor = new FallbackAnchor(this, {
    showingChildren: () => !this.#upgraded && Boolean(this.inlineJson.fallback),
    canShow: () => this.#canShow(),
    replacement: () => this.renderRoot.querySelector<HTMLElement>('.base'),
  });
  protected readonly changeHistory = new ChangeHistoryController(this, () => ({notice: this.loadedNotice, consent: this.consent.get()}));

  private readonly loader: NoticeLoader = new NoticeLoader(this, {
    source: () => this.source(),
    // Before a newly loaded document first renders: which sections start open.
    finished: (state) => state.status === 'ready' && this.sections.restart(state.notice),
    settled: (state) =>
      void reportLoad(this, state, {
        current: () => this.loader.state === state && this.isConnected,
        sanitizer: this.sanitizer,
        language: this.language,
        sections: this.sections,
        parts: this.parts,
      }),
  });

  /** After the loader, so a document it has just taken up is seen in the same update. */
  private readonly consentControl = new ConsentController(this, () => ({
    notice: this.noCookies ? undefined : this.loadedNotice,
    storage: this.consentStorage,
  }));
  /** The contact form and the cookie panel: chunks of their own, loaded right after the first paint. */
  private readonly parts = new NoticeParts(this, this.consentControl, () => ({
    notice: this.loadedNotice,
    noForm: this.noForm,
    noCookies: this.noCookies,
    form: {action: this.formAction, encoding: this.formEncoding},
    audit: this.audit,
    uiLocale: this.language.wantedLocale(),
  }));

  protected get contactForm() {
    return this.parts.form;
  }

  protected get cookiePanel() {
    return this.parts.cookies;
  }

  /**
   * The visitor's cookie consent: `get()`, `set({analytics: true})`,
   * `subscribe(listener)` and `reset()`. `get()` is null until the notice loads.
   */
  get consent(): ConsentApi {
    return this.consentControl.api;
  }

  /**
   * Where loading stands: `idle`, `loading`, `ready` or `error` (`ready` and
   * `error` once they can be shown in the interface language; `ready` once
   * rich text is in and the contact form and the cookie panel, loaded right
   * after the notice's first paint, are on screen too).
   */
  get status(): LoadState['status'] {
    const {state} = this.loader;
    if (state.status === 'error') return this.language.isReady() ? 'error' : 'loading';
    if (state.status !== 'ready') return state.status;
    const shown = this.language.isReady() && this.sanitizer.ready && this.parts.settledNow(state.notice);
    return shown ? 'ready' : 'loading';
  }

  /**
   * The document shown (repaired: a fresh copy with only what is valid), or
   * undefined while loading or after an error.
   */
  get loadedNotice(): NoticeDocument | undefined {
    const {state} = this.loader;
    return state.status === 'ready' ? state.notice : undefined;
  }

  /** Loads the document again (after a network error, say). */
  reload(): void {
    this.loader.reload();
  }

  /**
   * Loads the contact form and the cookie panel now and resolves once they
   * are rendered (rejects if one cannot be loaded). Each is a chunk of its
   * own, otherwise loaded right after the notice's first paint, or at once
   * when the page's address links to it (`#privacy-request`,
   * `#privacy-cookies`) and when the page is printed. Before the document has
   * loaded this only fetches them; `no-form` and `no-cookies` leave theirs out.
   */
  async loadAll(): Promise<void> {
    await this.parts.loadAll();
    await this.updateComplete;
  }

  /** Opens the section with this id and scrolls it into view. */
  async openSection(id: string): Promise<void> {
    await this.sections.reveal(id, false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.renderEverything);
    void this.parts
      .linked()
      ?.load()
      .catch(() => {});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.renderEverything);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.language.langSet();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open')) this.sections.reopen();
  }

  /** Whether the element can show the notice itself now (else its children, or loading or an error). */
  #canShow(): boolean {
    return this.loader.state.status === 'ready' && this.sanitizer.ready && this.language.isReady();
  }

  override render() {
    const {state} = this.loader;
    // Until a new locale's translations arrive, the one on screen (on first load, an empty placeholder).
    const uiLocale = this.language.current();
    const canShow = this.#canShow();
    // Fallback children (the static notice from `privacy-notice render`) stay
    // on screen until the element can show the notice itself — and instead of
    // an error: they are the same notice.
    if (canShow) this.#upgraded = true;
    if (!this.#upgraded && this.inlineJson.fallback) return html`<slot></slot>`;
    return html`<div class="base" part="base" lang=${uiLocale ?? nothing}>
      ${
        uiLocale
          ? inLocale(uiLocale, () =>
              state.status === 'ready' && this.sanitizer.ready
                ? this.renderNotice(state, uiLocale)
                : state.status === 'error'
                  ? errorView(state.error, this.headingLevelOrDefault, () => this.reload())
                  : loadingView()
            )
          : html`<div class="loading" part="loading" aria-hidden="true"></div>`
      }
      <div class="vh announcer" role="status">${uiLocale ? inLocale(uiLocale, () => (state.status === 'loading' ? loadingText() : this.sections.announcementText())) : nothing}</div>
    </div>`;
  }

  private renderNotice(state: {notice: NoticeDocument; placeholders: readonly string[]}, uiLocale: UiLocale) {
    const view = viewContext(state, this.language.wanted(), uiLocale, this.headingLevelOrDefault);
    return noticeView(view, {
      switcher: this.noLanguageSwitcher ? nothing : languageSwitcher(view, this.language.choose),
      changedMark: this.changeHistory.mark(view),
      sectionActions: this.sections.actions,
      sectionLimit: this.sections.slices.limit,
      chunks: this.parts.render(view),
      changeHistory: this.changeHistory.render(view),
    });
  }

  private get headingLevelOrDefault(): number {
    const level = Math.round(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 2;
  }

  private source(): NoticeSource {
    const {notice, src, credentials, timeout} = this;
    return noticeSource({notice, inline: this.inlineJson.text, src, credentials, timeout});
  }

  /** Printing needs every section and every cookie row now. */
  private readonly renderEverything = () => {
    this.sections.slices.showAll();
    this.parts.printAll();
  };

  private readonly onHashChange = () => {
    const notice = this.loadedNotice;
    const id = notice && this.sections.linked(notice);
    if (id) void this.sections.reveal(id, true);
    else void this.parts.reveal(true).catch(() => {});
  };
}
