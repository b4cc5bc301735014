import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {copyText} from './clipboard.js';
import {negotiateLanguage, pickText} from './document/language.js';
import {DEFAULT_TIMEOUT} from './document/load.js';
import type {NoticeDocument} from './document/schema.js';
import {formatIssue} from './document/validate.js';
import {PrivacyNoticeErrorEvent, PrivacyNoticeLoadEvent} from './events.js';
import {isSanitizerReady, sanitizerReady} from './sanitize.js';
import {NoticeLoader, type LoadState, type NoticeSource} from './loading/notice-loader.js';
import {
  inLocale,
  isUiLocaleLoaded,
  loadUiLocale,
  msg,
  pickUiLocale,
  type UiLocale,
} from './localization.js';
import {styles} from './privacy-notice.styles.js';
import type {ContactFormController} from './views/contact-form-controller.js';
import {contactCards} from './views/controller-card.js';
import type {ConsentApi} from './consent/consent-manager.js';
import {ConsentController} from './consent/consent-controller.js';
import type {CookiePanelController} from './views/cookie-panel-controller.js';
import {LazyPart, PART_IDS, type NoticePart} from './views/lazy-part.js';
import {ChangeHistoryController} from './views/change-history.js';
import {changeHistoryStyles} from './views/change-history.styles.js';
import {legalReferences, noticeHeader} from './views/header.js';
import {languageSwitcher} from './views/language-switcher.js';
import {buttonId, sections, shownSections, type SectionActions} from './views/sections.js';
import {RenderSlices} from './views/render-slices.js';
import {directionOf} from './views/format.js';
import {errorView, loadingText, loadingView} from './views/status.js';
import type {ViewContext} from './views/view-context.js';

const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];
/**
 * A long notice renders in slices, one task each, so a 1,000-section document
 * never blocks the page: the first slice at once, the rest right after.
 */
const FIRST_SLICE = 50;
const SLICE = 100;
const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** The nearest `lang` above `node`, crossing shadow roots. */
function inheritedLang(node: Node | null): string | undefined {
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang') || undefined;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

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
   * `<script type="application/json">` child.
   */
  @property({attribute: false}) notice?: NoticeDocument | unknown;

  /** Sections open at first: `all`, or section ids separated by spaces or commas. */
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
  @property({attribute: 'form-encoding'}) formEncoding: 'json' | 'urlencoded' =
    'json';

  /** Hides the cookie and analytics panel. */
  @property({attribute: 'no-cookies', type: Boolean}) noCookies = false;

  /** Where the visitor's consent is kept: `cookie` or `local-storage`. */
  @property({attribute: 'consent-storage'}) consentStorage:
    | 'cookie'
    | 'local-storage' = 'cookie';

  /**
   * For site owners: lists cookies and storage keys on the page that the
   * document does not declare.
   */
  @property({type: Boolean}) audit = false;

  /** The contact form: a chunk of its own, loaded right after the notice's first paint. */
  protected readonly contactForm = new LazyPart<ContactFormController>(this, 'form', () =>
    import('./views/contact-form-part.js').then(({ContactFormController, contactFormStyles}) => ({
      part: new ContactFormController(this, () => ({action: this.formAction, encoding: this.formEncoding})),
      styles: contactFormStyles,
    }))
  );
  protected readonly changeHistory = new ChangeHistoryController(this, () => ({notice: this.loadedNotice, consent: this.consent.get()}));

  /**
   * The visitor's cookie consent: `get()`, `set({analytics: true})`,
   * `subscribe(listener)` and `reset()`. `get()` is null until the notice loads.
   */
  get consent(): ConsentApi {
    return this.consentControl.api;
  }

  static override styles = [styles, changeHistoryStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The language the visitor picked with the language switcher. */
  @state() private chosenLanguage?: string;
  /** Text of an inline `<script type="application/json">` child. */
  @state() private inlineJson?: string;
  /** What the polite live region says ("Link copied"). */
  @state() private announcement?: 'copied' | 'copy-failed';

  /** The interface locale last rendered (its translations are loaded). */
  #uiLocale?: UiLocale;

  /** How many sections are rendered so far. */
  private readonly sectionSlices: RenderSlices = new RenderSlices(this, FIRST_SLICE, SLICE, (): boolean => {
    const notice = this.loadedNotice;
    return !!notice && this.sectionSlices.limit < shownSections(notice).length;
  });

  /**
   * Whether rich text can be sanitised: at once where the browser has
   * `setHTML`; elsewhere once DOMPurify's chunk has arrived (or failed: then
   * the notice shows without its rich text, and the console says why).
   */
  @state() private sanitizerWaited = isSanitizerReady();

  /** Ids of the open sections (changed only through `setOpen`). */
  #open = new Set<string>();
  #observer?: MutationObserver;

  private readonly loader = new NoticeLoader(this, {
    source: () => this.source(),
    finished: (state) => this.finished(state),
    settled: (state) => this.settled(state),
  });

  /** After the loader, so a document it has just taken up is seen in the same update. */
  private readonly consentControl = new ConsentController(this, () => ({
    notice: this.noCookies ? undefined : this.loadedNotice,
    storage: this.consentStorage,
  }));
  /** The cookie panel: a chunk of its own, like the form; the consent above is not in it. */
  protected readonly cookiePanel = new LazyPart<CookiePanelController>(this, 'cookies', () =>
    import('./views/cookie-panel-part.js').then(({CookiePanelController, cookiePanelStyles}) => ({
      part: new CookiePanelController(this, this.consentControl, () => ({audit: this.audit})),
      styles: cookiePanelStyles,
    }))
  );

  /**
   * Where loading stands: `idle`, `loading`, `ready` or `error` (`ready` and
   * `error` once they can be shown in the interface language; `ready` once
   * the contact form and the cookie panel, loaded right after the notice's
   * first paint, are on screen too).
   */
  get status(): LoadState['status'] {
    const {state} = this.loader;
    const shown = state.status === 'ready' || state.status === 'error';
    if (shown && !isUiLocaleLoaded(this.renderLocale(state))) return 'loading';
    if (state.status === 'ready' && !this.sanitizerWaited) return 'loading';
    // Ready once the form and the cookie panel (loaded after the first paint) are here too.
    return state.status === 'ready' && !this.wantedParts(state.notice).every((part) => part.settledNow)
      ? 'loading'
      : state.status;
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
    const notice = this.loadedNotice;
    const parts = notice ? this.wantedParts(notice) : this.wantedParts({cookies: {}} as NoticeDocument);
    await Promise.all(parts.map((part) => part.load()));
    await this.updateComplete;
  }

  /** Opens the section with this id and scrolls it into view. */
  async openSection(id: string): Promise<void> {
    await this.revealSection(id, false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched alongside the document, so it is usually here first.
    if (!this.sanitizerWaited) void sanitizerReady().catch(() => {}).finally(() => (this.sanitizerWaited = true));
    this.readInlineJson();
    // Inline JSON may arrive after us (parser, CMS scripts); the page's lang may change.
    this.#observer = new MutationObserver((records) => {
      if (records.some((record) => record.target !== document.documentElement)) {
        this.readInlineJson();
      } else {
        this.requestUpdate();
      }
    });
    this.#observer.observe(this, {childList: true, subtree: true, characterData: true});
    this.#observer.observe(document.documentElement, {attributeFilter: ['lang']});
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.renderEverything);
    void this.linkedPart()?.load().catch(() => {});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.renderEverything);
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null
  ): void {
    super.attributeChangedCallback(name, old, value);
    // The page setting lang (even to the same value) overrides the visitor's earlier pick.
    if (name === 'lang') {
      this.chosenLanguage = undefined;
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.loadedNotice) {
      this.setOpen(this.initiallyOpen(this.loadedNotice));
    }
  }

  override render() {
    const {state} = this.loader;
    const wantedLocale = this.renderLocale(state);
    if (!isUiLocaleLoaded(wantedLocale)) {
      void loadUiLocale(wantedLocale).then(() => this.requestUpdate());
    }
    // Until a new locale's translations arrive, keep speaking the one on screen
    // (or, on first load, show the empty placeholder).
    const uiLocale = isUiLocaleLoaded(wantedLocale) ? wantedLocale : this.#uiLocale;
    this.#uiLocale = uiLocale;
    return html`<div class="base" part="base" lang=${uiLocale ?? nothing}>
      ${uiLocale
        ? inLocale(uiLocale, () =>
            state.status === 'ready' && this.sanitizerWaited
              ? this.renderNotice(state, this.wantedLanguages(), uiLocale)
              : state.status === 'error'
                ? errorView(state.error, this.headingLevelOrDefault, () => this.reload())
                : loadingView()
          )
        : html`<div class="loading" part="loading" aria-hidden="true"></div>`}
      <div class="vh announcer" role="status">${uiLocale ? inLocale(uiLocale, () => this.announcementText(state)) : nothing}</div>
    </div>`;
  }

  private renderNotice(
    {notice, placeholders}: {notice: NoticeDocument; placeholders: readonly string[]},
    wanted: string[],
    uiLocale: ViewContext['uiLocale']
  ) {
    const language = negotiateLanguage(wanted, notice.languages);
    const view: ViewContext = {
      notice,
      language,
      uiLocale,
      uiLang: primary(uiLocale) === primary(language) ? undefined : uiLocale,
      headingLevel: this.headingLevelOrDefault,
      placeholders,
      pick: (value) => pickText(value, language, notice.languages),
    };
    // Until the last slice of a long notice is in, assistive technology may wait for it.
    const busy = this.sectionSlices.limit < shownSections(notice).length;
    return html`<article
      class="notice"
      part="notice"
      lang=${language}
      dir=${directionOf(language)}
      aria-labelledby="title"
      aria-busy=${busy ? 'true' : nothing}
    >
      ${noticeHeader(
        view,
        this.noLanguageSwitcher ? nothing : languageSwitcher(view, this.chooseLanguage),
        this.changeHistory.mark(view)
      )}
      ${contactCards(view)} ${sections(view, this.sectionActions, this.sectionSlices.limit)}
      ${this.noForm ? nothing : this.contactForm.render(view)}
      ${this.noCookies || !notice.cookies ? nothing : this.cookiePanel.render(view)}
      ${this.changeHistory.render(view)} ${legalReferences(view)}
    </article>`;
  }

  private announcementText(state: LoadState) {
    if (state.status === 'loading') return loadingText();
    switch (this.announcement) {
      case 'copied':
        return msg('Link copied', {desc: 'Announced after the link to a section was copied to the clipboard.'});
      case 'copy-failed':
        return msg('The link could not be copied', {desc: 'Announced when copying the link to a section to the clipboard failed.'});
      default:
        return nothing;
    }
  }

  private get headingLevelOrDefault(): number {
    const level = Math.round(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 2;
  }

  /** The reader's languages, most wanted first; see the class docs. */
  private wantedLanguages(): string[] {
    return [
      this.chosenLanguage,
      inheritedLang(this),
      document.documentElement.lang,
      ...(navigator.languages ?? [navigator.language]),
    ].filter((tag): tag is string => !!tag);
  }

  private source(): NoticeSource {
    if (this.notice !== undefined && this.notice !== null) {
      return {kind: 'object', value: this.notice};
    }
    if (this.inlineJson !== undefined) return {kind: 'inline', text: this.inlineJson};
    if (this.src) {
      let url = this.src;
      try {
        url = new URL(this.src, document.baseURI).href;
      } catch {
        // fetch() reports the bad address as a network error.
      }
      const timeout = Number(this.timeout);
      return {
        kind: 'url',
        url,
        credentials: CREDENTIALS.includes(this.credentials) ? this.credentials : 'omit',
        timeout: Number.isFinite(timeout) && timeout >= 0 ? timeout : DEFAULT_TIMEOUT,
      };
    }
    return {kind: 'none'};
  }

  private readInlineJson(): void {
    const script = this.querySelector<HTMLScriptElement>(
      ':scope > script[type="application/json" i]'
    );
    const text = script ? (script.textContent ?? '') : undefined;
    if (text !== this.inlineJson) this.inlineJson = text;
  }

  // Loading

  /** The interface locale this load state should be shown in. */
  private renderLocale(state: LoadState): UiLocale {
    const wanted = this.wantedLanguages();
    return pickUiLocale(state.status === 'ready' ? [...wanted, state.notice.languages[0]] : wanted);
  }

  /** Before a newly loaded document first renders: which sections start open. */
  private finished(state: LoadState): void {
    if (state.status !== 'ready') return;
    this.sectionSlices.restart();
    this.#open = this.initiallyOpen(state.notice);
    this.coverOpenSections();
  }

  /** Printing needs every section and every cookie row now. */
  private readonly renderEverything = () => {
    this.sectionSlices.showAll();
    this.cookiePanel.part?.renderAllRows();
    void this.loadAll().then(() => this.cookiePanel.part?.renderAllRows(), () => {});
  };

  /** The chunks this document shows: the form, the cookie panel (loaded or not). */
  private wantedParts(notice: NoticeDocument): LazyPart<NoticePart>[] {
    return [
      ...(this.noForm ? [] : [this.contactForm]),
      ...(this.noCookies || !notice.cookies ? [] : [this.cookiePanel]),
    ];
  }

  /** The form or the cookie panel, when the page's address links to it. */
  private linkedPart(): LazyPart<NoticePart> | undefined {
    const id = location.hash.slice(1);
    return id === PART_IDS.form ? this.contactForm : id === PART_IDS.cookies ? this.cookiePanel : undefined;
  }

  /** Loads the linked part at once and scrolls to it. */
  private async revealPart(focus: boolean): Promise<void> {
    const part = this.linkedPart();
    if (!part || !this.loadedNotice || !this.wantedParts(this.loadedNotice).includes(part)) return;
    await part.load();
    await this.updateComplete;
    const target = (this.renderRoot as ShadowRoot).getElementById(location.hash.slice(1));
    if (!target) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({block: 'start', behavior: smooth ? 'smooth' : 'auto'});
    if (focus) target.focus({preventScroll: true});
  }

  /** Renders far enough that every open section is there (a link to one not rendered yet). */
  private coverOpenSections(): void {
    const notice = this.loadedNotice;
    const {limit} = this.sectionSlices;
    if (!notice || limit === Infinity) return;
    const ids = shownSections(notice).map(({section}) => section.id);
    if ([...this.#open].some((id) => ids.indexOf(id) >= limit)) this.sectionSlices.showAll();
  }

  /** After it rendered: scroll to a linked section, report, fire the event. */
  private async settled(state: LoadState): Promise<void> {
    // Report only once rich text is in (DOMPurify may still be on its way)…
    if (state.status === 'ready' && !this.sanitizerWaited) {
      await sanitizerReady().catch(() => {});
      this.sanitizerWaited = true;
      await this.updateComplete;
      if (this.loader.state !== state || !this.isConnected) return;
    }
    // …and the notice shows in its own interface language.
    while (this.#uiLocale !== this.renderLocale(state)) {
      await loadUiLocale(this.renderLocale(state));
      await this.updateComplete;
      if (this.loader.state !== state || !this.isConnected) return;
    }
    if (state.status === 'error') {
      console.error(`<privacy-notice>: ${state.error.message}`);
      this.dispatchEvent(new PrivacyNoticeErrorEvent(state.error));
      return;
    }
    if (state.status !== 'ready') return;
    if (state.warnings.length) {
      // One group, so a page with several notices stays readable.
      console.groupCollapsed(
        `<privacy-notice>: the notice document${state.url ? ` ${state.url}` : ''} has ${state.warnings.length} problem(s); the rest is shown`
      );
      console.warn(state.warnings.map(formatIssue).join('\n'));
      console.groupEnd();
    }
    const linked = this.linkedSection(state.notice);
    if (linked) this.scrollToSection(linked, false);
    // The form and the cookie panel come right after the first paint: the
    // notice is loaded once they are on screen too.
    await Promise.all(this.wantedParts(state.notice).map((part) => part.settled));
    await this.updateComplete;
    if (this.loader.state !== state || !this.isConnected) return;
    await this.revealPart(false).catch(() => {});
    this.dispatchEvent(
      new PrivacyNoticeLoadEvent(
        state.notice,
        negotiateLanguage(this.wantedLanguages(), state.notice.languages),
        state.warnings
      )
    );
  }

  // Sections

  private initiallyOpen(notice: NoticeDocument): Set<string> {
    const ids = shownSections(notice).map(({section}) => section.id);
    const wanted = this.open.trim().toLowerCase();
    const open = new Set(
      wanted === 'all' ? ids : wanted.split(/[\s,]+/).filter((id) => ids.includes(id))
    );
    const linked = this.linkedSection(notice);
    if (linked) open.add(linked);
    return open;
  }

  private setOpen(open: Set<string>): void {
    this.#open = open;
    this.coverOpenSections();
    this.requestUpdate();
  }

  private readonly sectionActions: SectionActions = {
    isOpen: (id) => this.#open.has(id),
    toggle: (id) => {
      const open = new Set(this.#open);
      if (!open.delete(id)) open.add(id);
      this.setOpen(open);
    },
    reveal: (id) => this.setOpen(new Set(this.#open).add(id)),
    copyLink: (id) => void this.copyLink(id),
    expandAll: () => {
      const notice = this.loadedNotice;
      if (notice) this.setOpen(new Set(shownSections(notice).map(({section}) => section.id)));
    },
    collapseAll: () => this.setOpen(new Set()),
  };

  private readonly chooseLanguage = (language: string) => {
    this.chosenLanguage = language;
  };

  /** The section the page's URL hash names, if this document has it. */
  private linkedSection(notice: NoticeDocument): string | undefined {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape: use the hash as it is.
    }
    if (!id) return undefined;
    return shownSections(notice).some(({section}) => section.id === id) ? id : undefined;
  }

  private readonly onHashChange = () => {
    const notice = this.loadedNotice;
    const id = notice && this.linkedSection(notice);
    if (id) void this.revealSection(id, true);
    else void this.revealPart(true).catch(() => {});
  };

  private async revealSection(id: string, focus: boolean): Promise<void> {
    const notice = this.loadedNotice;
    if (!notice || !shownSections(notice).some(({section}) => section.id === id)) return;
    this.setOpen(new Set(this.#open).add(id));
    await this.updateComplete;
    this.scrollToSection(id, focus);
  }

  /** Sections live in our shadow root, where the browser's own fragment scrolling cannot reach. */
  private scrollToSection(id: string, focus: boolean): void {
    // By id, not a selector: a section id may be anything a selector would have to escape.
    const button = (this.renderRoot as ShadowRoot).getElementById(buttonId(id));
    if (!button) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    button.closest('.section')?.scrollIntoView({
      block: 'start',
      behavior: smooth ? 'smooth' : 'auto',
    });
    if (focus) button.focus({preventScroll: true});
  }

  private async copyLink(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = id;
    const copied = await copyText(url.href, this.renderRoot as ShadowRoot);
    // Empty the live region first, so saying the same words again is announced.
    this.announcement = undefined;
    await this.updateComplete;
    this.announcement = copied ? 'copied' : 'copy-failed';
  }
}
