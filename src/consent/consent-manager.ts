/**
 * The visitor's consent for one notice document, live on a page: reads and
 * writes the record, and on every change tells the page — the
 * `privacy-consent-change` event, subscribers, Google Consent Mode and gated
 * scripts. The element's `consent` property is this object's `api`.
 */
import type {NoticeDocument} from '../document/schema.js';
import {PrivacyConsentChangeEvent} from '../events.js';
import {OPTIONAL_CATEGORIES, isOptionalCategory, type OptionalCategory, type OptionalChoices} from './categories.js';
import {updateConsentMode} from './consent-mode.js';
import {activateGatedScripts} from './gated-scripts.js';
import {
  cookieListFacts,
  createRecord,
  parseRecord,
  resolveConsent,
  serializeRecord,
  stateFromRecord,
  type ChoiceSource,
  type ConsentState,
  type CookieListFacts,
} from './record.js';
import {readPrivacySignals} from './signals.js';
import {cookieStore, localStore, type ConsentStorageKind, type ConsentStore} from './storage.js';

/** The small API a site uses: `document.querySelector('privacy-notice').consent`. */
export interface ConsentApi {
  /** The consent in force, or null until the notice document has loaded. */
  get(): ConsentState | null;
  /**
   * Records a choice for some optional categories (the others keep theirs),
   * as if the visitor had made it. Throws before the notice has loaded.
   */
  set(choices: Partial<Record<OptionalCategory, boolean>>): ConsentState;
  /** Calls `listener` now (when known) and on every change; returns the unsubscribe function. */
  subscribe(listener: (state: ConsentState) => void): () => void;
  /** Forgets the stored choice: the defaults apply until the visitor chooses again. */
  reset(): void;
}

/** States are shared with every subscriber, so none may change them. */
function frozen(state: ConsentState): ConsentState {
  Object.freeze(state.choices);
  Object.freeze(state.granted);
  Object.freeze(state.denied);
  Object.freeze(state.staleCategories);
  if (state.previousChoices) Object.freeze(state.previousChoices);
  return Object.freeze(state);
}

export type ConsentListener = (state: ConsentState) => void;

function report(error: unknown) {
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
}

export class ConsentManager {
  #state: ConsentState | null = null;
  #facts: CookieListFacts | undefined;
  #store: ConsentStore | undefined;
  #listeners = new Set<ConsentListener>();
  /** Loaded and not yet applied. */
  #loaded = false;

  readonly api: ConsentApi = {
    get: () => this.#state,
    set: (choices) => this.choose(choices, 'api'),
    subscribe: (listener) => {
      this.#listeners.add(listener);
      if (this.#state) this.#call(listener, this.#state);
      return () => void this.#listeners.delete(listener);
    },
    reset: () => this.reset(),
  };

  constructor(
    /** Where events are dispatched (the element). */
    private readonly target: EventTarget,
    private readonly win: Window = window,
    private readonly now: () => Date = () => new Date()
  ) {}

  get state(): ConsentState | null {
    return this.#state;
  }

  /**
   * Takes up a (new) notice document and reads the stored choice; `apply()`
   * then tells the page. Returns false, doing nothing, when the document's
   * cookie list and the storage are unchanged.
   */
  load(notice: NoticeDocument, storage: ConsentStorageKind): boolean {
    const facts = cookieListFacts(notice);
    if (
      this.#facts &&
      this.#store?.kind === storage &&
      this.#facts.document === facts.document &&
      this.#facts.fingerprint === facts.fingerprint &&
      this.#facts.version === facts.version
    ) {
      return false;
    }
    this.#facts = facts;
    this.#store =
      storage === 'local-storage'
        ? localStore(() => this.win.localStorage, facts.document)
        : cookieStore(this.win.document, facts.document);
    this.#state = this.#resolve();
    this.#loaded = true;
    return true;
  }

  /**
   * After `load()`: the initial event, subscribers, Consent Mode (unless
   * nothing has been chosen and no GPC/DNT) and gated scripts.
   */
  apply(): void {
    if (!this.#loaded) return;
    this.#loaded = false;
    this.#apply(true);
  }

  /** Stores a choice and applies it. */
  choose(choices: Partial<Record<OptionalCategory, boolean>>, source: ChoiceSource): ConsentState {
    if (!this.#state || !this.#facts || !this.#store) {
      throw new Error('privacy-notice: consent can be set once the notice has loaded (after the privacy-notice-load event)');
    }
    const next = {} as OptionalChoices;
    for (const category of OPTIONAL_CATEGORIES) next[category] = this.#state.choices[category];
    for (const [category, granted] of Object.entries(choices)) {
      if (!isOptionalCategory(category) || typeof granted !== 'boolean') {
        throw new TypeError(
          `privacy-notice: consent.set() takes ${OPTIONAL_CATEGORIES.join(', ')} with true or false; got ${category}: ${String(granted)}`
        );
      }
      next[category] = granted;
    }
    this.#loaded = false; // this change stands in for the initial event
    const record = createRecord(this.#facts, next, source, this.now());
    this.#store.write(serializeRecord(record));
    this.#state = frozen(stateFromRecord(record));
    this.#apply(false);
    return this.#state;
  }

  reset(): void {
    if (!this.#store) return;
    this.#loaded = false;
    this.#store.remove();
    this.#state = this.#resolve();
    this.#apply(false);
  }

  /**
   * Re-reads the stored choice (another element on the page changed it) and
   * tells subscribers, without firing another event.
   */
  refresh(): void {
    if (!this.#store) return;
    this.#state = this.#resolve();
    this.#notify();
  }

  #resolve(): ConsentState {
    return frozen(resolveConsent(parseRecord(this.#store!.read()), this.#facts!, readPrivacySignals(this.win.navigator), this.now()));
  }

  #apply(initial: boolean) {
    const state = this.#state!;
    // Before any choice (and without GPC/DNT) the page's own Consent Mode defaults stand.
    if (!initial || state.source !== 'default') {
      updateConsentMode(this.win, state.choices);
    }
    activateGatedScripts(this.win.document, (category) => state.choices[category]);
    this.#notify();
    this.target.dispatchEvent(new PrivacyConsentChangeEvent(state, initial));
  }

  #notify() {
    for (const listener of [...this.#listeners]) this.#call(listener, this.#state!);
  }

  #call(listener: ConsentListener, state: ConsentState) {
    try {
      listener(state);
    } catch (error) {
      report(error);
    }
  }
}
