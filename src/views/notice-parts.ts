/**
 * The notice's two chunks — the contact form and the cookie panel — as one
 * controller: which of them a document shows, loading them (right after the
 * first paint, or at once for a link to them, for printing, or on request),
 * and scrolling to the one the page's address links to.
 */
import {html, nothing, type ReactiveControllerHost} from 'lit';
import type {ConsentController} from '../consent/consent-controller.js';
import type {NoticeDocument} from '../document/schema.js';
import {loadUiLocale, type UiFeature, type UiLocale} from '../localization.js';
import type {ContactFormController, ContactFormHost, ContactFormOptions} from './contact-form-controller.js';
import type {CookiePanelController} from './cookie-panel-controller.js';
import {LazyPart, PART_IDS, type NoticePart} from './lazy-part.js';
import {scrollToTop} from './section-state.js';
import type {ViewContext} from './view-context.js';

type Host = ContactFormHost & ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};

export interface NoticePartsOptions {
  /** The document shown, if any. */
  notice?: NoticeDocument;
  noForm: boolean;
  noCookies: boolean;
  form: ContactFormOptions;
  /** The `audit` attribute: list undeclared cookies. */
  audit: boolean;
  /** The interface locale wanted now: a chunk's strings in it load with the chunk. */
  uiLocale: UiLocale;
}

export class NoticeParts {
  /** The contact form: a chunk of its own, loaded right after the notice's first paint. */
  readonly form: LazyPart<ContactFormController>;
  /** The cookie panel: a chunk of its own, like the form; the consent is not in it. */
  readonly cookies: LazyPart<CookiePanelController>;

  constructor(
    private readonly host: Host,
    consent: ConsentController,
    private readonly options: () => NoticePartsOptions
  ) {
    this.form = new LazyPart<ContactFormController>(host, 'form', () =>
      this.#withStrings('form', import('./contact-form-part.js')).then(({ContactFormController, contactFormStyles}) => ({
        part: new ContactFormController(host, () => this.options().form),
        styles: contactFormStyles,
      }))
    );
    this.cookies = new LazyPart<CookiePanelController>(host, 'cookies', () =>
      this.#withStrings('cookies', import('./cookie-panel-part.js')).then(({CookiePanelController, cookiePanelStyles}) => ({
        part: new CookiePanelController(host, consent, () => ({audit: this.options().audit})),
        styles: cookiePanelStyles,
      }))
    );
  }

  /** A chunk, once it and its strings in the wanted interface locale are here (they download side by side). */
  async #withStrings<T>(feature: UiFeature, chunk: Promise<T>): Promise<T> {
    const [module] = await Promise.all([chunk, loadUiLocale(this.options().uiLocale, [feature])]);
    return module;
  }

  /** The interface strings of the chunks on screen (and the notice's own). */
  features(): UiFeature[] {
    return ['core', ...(this.form.part ? (['form'] as const) : []), ...(this.cookies.part ? (['cookies'] as const) : [])];
  }

  /** The chunks `notice` shows (loaded or not). */
  wanted(notice: NoticeDocument): LazyPart<NoticePart>[] {
    const {noForm, noCookies} = this.options();
    return [...(noForm ? [] : [this.form]), ...(noCookies || !notice.cookies ? [] : [this.cookies])];
  }

  /** Whether every chunk `notice` shows has loaded (or failed to). */
  settledNow(notice: NoticeDocument): boolean {
    return this.wanted(notice).every((part) => part.settledNow);
  }

  /** Resolves once every chunk `notice` shows has loaded (or failed to). */
  async settled(notice: NoticeDocument): Promise<void> {
    await Promise.all(this.wanted(notice).map((part) => part.settled));
  }

  /** Loads the chunks now (before a document: both, unless switched off); rejects if one cannot be loaded. */
  async loadAll(): Promise<void> {
    const notice = this.options().notice ?? ({cookies: {}} as NoticeDocument);
    await Promise.all(this.wanted(notice).map((part) => part.load()));
  }

  /** The form and the cookie panel, or their placeholders. */
  render(view: ViewContext): unknown {
    const {noForm, noCookies} = this.options();
    return html`${noForm ? nothing : this.form.render(view)}
    ${noCookies || !view.notice.cookies ? nothing : this.cookies.render(view)}`;
  }

  /** The form or the cookie panel, when the page's address links to it. */
  linked(): LazyPart<NoticePart> | undefined {
    const id = location.hash.slice(1);
    return id === PART_IDS.form ? this.form : id === PART_IDS.cookies ? this.cookies : undefined;
  }

  /** Loads the linked part at once and scrolls to it. */
  async reveal(focus: boolean): Promise<void> {
    const part = this.linked();
    const {notice} = this.options();
    if (!part || !notice || !this.wanted(notice).includes(part)) return;
    await part.load();
    await this.host.updateComplete;
    const target = (this.host.renderRoot as ShadowRoot).getElementById(location.hash.slice(1));
    if (!target) return;
    scrollToTop(target);
    if (focus) target.focus({preventScroll: true});
  }

  /** Printing: both chunks, and every cookie row. */
  printAll(): void {
    this.cookies.part?.renderAllRows();
    void this.loadAll().then(
      () => this.cookies.part?.renderAllRows(),
      () => {}
    );
  }
}
