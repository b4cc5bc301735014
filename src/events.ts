/**
 * The element's events: one class each, with typed fields, all bubbling and
 * composed so a page can listen on `document`.
 */
import type {NoticeDocument} from './document/schema.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'privacy-notice-load': PrivacyNoticeLoadEvent;
    'privacy-notice-error': PrivacyNoticeErrorEvent;
  }
}
