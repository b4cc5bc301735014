/**
 * The element's events: one class each, with typed fields, all bubbling and
 * composed so a page can listen on `document`.
 */
import type {NoticeDocument} from './document/schema.js';
import type {ConsentState} from './consent/record.js';

/** Why a notice could not be shown. */
export type NoticeErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'content-type'
  | 'too-large'
  | 'json'
  | 'invalid'
  | 'no-source';

export interface NoticeLoadError {
  kind: NoticeErrorKind;
  /** Precise, English, for developers (also logged to the console). */
  message: string;
  /** The document URL, when it was fetched. */
  url?: string;
  /** HTTP status, for `http` errors. */
  status?: number;
  /** Validation problems, for `invalid` errors: `path: message`. */
  details?: string[];
}

/** Fired when a notice document has loaded, validated and rendered. */
export class PrivacyNoticeLoadEvent extends Event {
  static readonly eventName = 'privacy-notice-load';
  constructor(
    readonly notice: NoticeDocument,
    /** The document language shown. */
    readonly language: string,
    /** Validation warnings (unknown keys and the like). */
    readonly warnings: string[]
  ) {
    super(PrivacyNoticeLoadEvent.eventName, {bubbles: true, composed: true});
  }
}

/** Fired when a notice document cannot be loaded or is not valid. */
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
