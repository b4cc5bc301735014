/**
 * The element's consent, live from the first render of a document with
 * `cookies`, whether or not the cookie panel is on screen yet: it reads the
 * stored choice and the privacy signals (GPC, DNT), and after that render
 * tells the page (the initial `privacy-consent-change`, Google Consent Mode,
 * gated scripts). The panel (src/views/cookie-panel-controller.ts) only shows
 * it and records the visitor's choices through it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {NoticeDocument} from '../document/schema.js';
import {PrivacyConsentChangeEvent} from '../events.js';
import {ConsentManager, type ConsentApi} from './consent-manager.js';
import type {ConsentStorageKind} from './storage.js';

export interface ConsentOptions {
  /** The document shown, or undefined (none yet, or the cookie panel is off). */
  notice?: NoticeDocument;
  storage: ConsentStorageKind;
}

export class ConsentController implements ReactiveController {
  readonly manager: ConsentManager;
  /** Counts the documents taken up: the panel starts afresh when it changes. */
  generation = 0;
  #pendingApply = false;
  #applying = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: () => ConsentOptions
  ) {
    host.addController(this);
    this.manager = new ConsentManager(host);
    // Changes through the API or another element re-render the panel; the
    // initial apply follows a render that already shows its state.
    this.manager.api.subscribe(() => {
      if (!this.#applying) this.host.requestUpdate();
    });
  }

  /** The site's API: get, set, subscribe, reset. */
  get api(): ConsentApi {
    return this.manager.api;
  }

  // Another element on the page (same document) changed the consent.
  readonly #onConsentChange = (event: Event) => {
    if (!(event instanceof PrivacyConsentChangeEvent) || event.initial) return;
    if (event.target === this.host) return;
    if (event.consent.document !== this.manager.state?.document) return;
    this.manager.refresh();
  };

  hostConnected(): void {
    window.addEventListener(PrivacyConsentChangeEvent.eventName, this.#onConsentChange);
  }

  hostDisconnected(): void {
    window.removeEventListener(PrivacyConsentChangeEvent.eventName, this.#onConsentChange);
  }

  /** Before each render: take up a newly shown document (or storage) and read its stored choice. */
  hostUpdate(): void {
    const {notice, storage} = this.options();
    if (notice?.cookies && this.manager.load(notice, storage)) {
      this.#pendingApply = true;
      this.generation++;
    }
  }

  hostUpdated(): void {
    // Side effects of a newly shown document (events, Consent Mode, gated
    // scripts) happen after render, not during it.
    if (!this.#pendingApply) return;
    this.#pendingApply = false;
    this.#applying = true;
    try {
      this.manager.apply();
    } finally {
      this.#applying = false;
    }
  }
}
