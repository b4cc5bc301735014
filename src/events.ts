/**
 * The element's events: one class each, with typed fields, all bubbling and
 * composed so a page can listen on `document`.
 */
import type {NoticeDocument} from './document/schema.js';
import type {Issue} from './document/shape.js';
import type {ConsentState} from './consent/record.js';
import type {RequestPayload} from './form/request-schema.js';
import type {DeliveryFailure} from './form/delivery.js';

/** Why a notice could not be shown. */
export type NoticeErrorKind = 'network' | 'timeout' | 'http' | 'content-type' | 'too-large' | 'json' | 'invalid' | 'no-source';

export interface NoticeLoadError {
  kind: NoticeErrorKind;
  /** Precise, English, for developers (also logged to the console). */
  message: string;
  /** The document URL, when it was fetched. */
  url?: string;
  /** HTTP status, for `http` errors. */
  status?: number;
  /** Why nothing could be shown, for `invalid` errors: `path: message`. */
  details?: string[];
}

/**
 * Fired when a notice document has loaded and is shown: repaired where needed
 * (see `repairNotice`), with each repair in `warnings`.
 */
export class PrivacyNoticeLoadEvent extends Event {
  static readonly eventName = 'privacy-notice-load';
  constructor(
    readonly notice: NoticeDocument,
    /** The document language shown. */
    readonly language: string,
    /**
     * What is wrong with the document and was left out or normalised so the
     * rest could be shown: each with its `path` and a plain `message`.
     */
    readonly warnings: Issue[]
  ) {
    super(PrivacyNoticeLoadEvent.eventName, {bubbles: true, composed: true});
  }
}

/**
 * Fired when a notice document cannot be loaded or has nothing that can be
 * shown (not JSON, not an object, no section with any text, too large).
 */
export class PrivacyNoticeErrorEvent extends Event {
  static readonly eventName = 'privacy-notice-error';
  constructor(readonly error: NoticeLoadError) {
    super(PrivacyNoticeErrorEvent.eventName, {bubbles: true, composed: true});
  }
}

/**
 * Fired when the visitor's consent is first known for a document
 * (`initial`: read back, or the defaults) and whenever it changes (the
 * visitor's switches, `el.consent.set()`, `el.consent.reset()`).
 */
export class PrivacyConsentChangeEvent extends Event {
  static readonly eventName = 'privacy-consent-change';
  constructor(
    /** The consent now in force. */
    readonly consent: ConsentState,
    /** True for the first event after a document loads (nothing changed yet). */
    readonly initial: boolean
  ) {
    super(PrivacyConsentChangeEvent.eventName, {bubbles: true, composed: true});
  }
  /** Categories granted now (`necessary` always). */
  get granted() {
    return this.consent.granted;
  }
  /** Categories denied now. */
  get denied() {
    return this.consent.denied;
  }
  /** Where the consent comes from: visitor, api, stored, gpc, dnt or default. */
  get source() {
    return this.consent.source;
  }
  /** The cookie list changed since the stored choice. */
  get stale() {
    return this.consent.stale;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'privacy-notice-load': PrivacyNoticeLoadEvent;
    'privacy-notice-error': PrivacyNoticeErrorEvent;
    'privacy-consent-change': PrivacyConsentChangeEvent;
  }
}

/** What a site's own delivery tells the form: the reference it got, if any. */
export interface PrivacyRequestOutcome {
  reference?: string;
}

/**
 * Fired before the form sends a data subject's request (to `form-action`, or
 * before it offers the email). Cancelable: `preventDefault()` and the site
 * delivers `request` itself; `respondWith(promise)` also lets the form show
 * the outcome (resolve with `{reference}`, or reject to show the failure).
 */
export class PrivacyRequestEvent extends Event {
  static readonly eventName = 'privacy-request';
  private outcome?: Promise<PrivacyRequestOutcome | void>;
  constructor(
    readonly request: RequestPayload,
    /** The resolved `form-action`, or undefined when the form falls back to email. */
    readonly action: string | undefined
  ) {
    super(PrivacyRequestEvent.eventName, {bubbles: true, composed: true, cancelable: true});
  }
  /** Takes over delivery and reports its outcome to the form. */
  respondWith(outcome: Promise<PrivacyRequestOutcome | void>): void {
    this.preventDefault();
    this.outcome = outcome;
  }
  /** The promise given to `respondWith`, if any (read by the form). */
  get response(): Promise<PrivacyRequestOutcome | void> | undefined {
    return this.outcome;
  }
}

/** Fired when a request was delivered: the reference and the answer's due date. */
export class PrivacyRequestSentEvent extends Event {
  static readonly eventName = 'privacy-request-sent';
  constructor(
    readonly request: RequestPayload,
    /** The server's reference, or the request id when it gave none. */
    readonly reference: string,
    /** The date the controller must answer by (GDPR Art. 12(3)), `YYYY-MM-DD`. */
    readonly dueDate: string
  ) {
    super(PrivacyRequestSentEvent.eventName, {bubbles: true, composed: true});
  }
}

/** Fired when a request could not be delivered; the form keeps every field. */
export class PrivacyRequestFailedEvent extends Event {
  static readonly eventName = 'privacy-request-failed';
  constructor(
    readonly request: RequestPayload,
    /** `kind`: offline, network, timeout, rate-limited, rejected, server or site. */
    readonly failure: DeliveryFailure
  ) {
    super(PrivacyRequestFailedEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'privacy-request': PrivacyRequestEvent;
    'privacy-request-sent': PrivacyRequestSentEvent;
    'privacy-request-failed': PrivacyRequestFailedEvent;
  }
}
