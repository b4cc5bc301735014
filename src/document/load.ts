/**
 * Getting a notice document from a URL, inline JSON text or an object, and
 * checking it. Every way it can go wrong becomes a `NoticeLoadError` with a
 * precise English message; nothing here throws anything else except an
 * `AbortError` when the caller's signal aborts.
 */
import type {NoticeErrorKind, NoticeLoadError} from '../events.js';
import type {NoticeDocument} from './schema.js';
import {repairNotice} from './repair.js';
import {describeType, type Issue} from './shape.js';
import {formatIssue, parseNoticeJson} from './validate.js';

/**
 * The largest document accepted, in bytes after decompression: 2 MiB. The
 * longest real notices are well under 200 kB; anything bigger is a mistake
 * (or an attack) and would cost a phone too much memory.
 */
export const MAX_NOTICE_BYTES = 2 * 1024 * 1024;

/** Waited for a response and its body when no `timeout` is given, in ms. */
export const DEFAULT_TIMEOUT = 10_000;

/**
 * Content types taken as a notice document: JSON (`application/json`, any
 * `+json` type) and, leniently, `text/plain` and a missing type, because many
 * static hosts and CMS media libraries serve `.json` files that way. Anything
 * else (above all `text/html`, the usual sign of a login page or a
 * single-page-app fallback answering a wrong URL) is refused before parsing.
 */
export function isAcceptedContentType(contentType: string | null): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^[a-z0-9.+-]+\/[a-z0-9.-]+\+json$/.test(type) || type === 'text/plain' || type === '';
}

/** A document that loaded, as far as it can be shown (see `repairNotice`). */
export interface LoadedNotice {
  notice: NoticeDocument;
  /** What was wrong with it and left out or normalised, each with its path. */
  warnings: Issue[];
  /** Paths filled with interface text because the document has none. */
  placeholders: string[];
  /** Where it came from, when it was fetched. */
  url?: string;
}

/** A load that failed for a known reason; carries the event's error. */
export class NoticeLoadFailure extends Error {
  constructor(readonly error: NoticeLoadError) {
    super(error.message);
    this.name = 'NoticeLoadFailure';
  }
}

const fail = (kind: NoticeErrorKind, message: string, extra: Partial<NoticeLoadError> = {}) =>
  new NoticeLoadFailure({kind, message, ...extra});

/**
 * Reads a parsed object or JSON text leniently: everything valid is shown,
 * and only a document with nothing to show fails: text over
 * `MAX_NOTICE_BYTES`, not JSON (`json`), JSON that is not an object (a JSON
 * string is never parsed a second time) or no section with any text
 * (`invalid`). `url` only makes messages and the error's link point at the
 * source.
 */
export function acceptNotice(input: unknown, url?: string): LoadedNotice {
  const from = url ? ` (${url})` : '';
  if (typeof input === 'string') {
    // Inline JSON gets the same limit as a fetched document: past it, parsing
    // and rendering would stall the page.
    if (input.length > MAX_NOTICE_BYTES) {
      throw fail('too-large', `The notice document${from} is ${input.length} characters long; the limit is ${MAX_NOTICE_BYTES}`, {url});
    }
    const parsed = parseNoticeJson(input);
    if (!parsed.ok) {
      throw fail('json', `The notice document${from} ${parsed.error.message}`, {url});
    }
    input = parsed.value;
    // JSON text of a string is not a document: it is not parsed a second time.
    if (typeof input === 'string') {
      const detail = formatIssue({path: '', message: `expected an object, found ${describeType(input)}`});
      throw fail('invalid', `The notice document${from} has nothing that can be shown: ${detail}`, {
        url,
        details: [detail],
      });
    }
  }
  const {notice, issues, placeholders} = repairNotice(input);
  if (!notice) {
    const details = issues.map(formatIssue);
    throw fail('invalid', `The notice document${from} has nothing that can be shown:\n  ${details.join('\n  ')}`, {url, details});
  }
  return {notice, warnings: issues, placeholders, ...(url && {url})};
}

export interface FetchNoticeOptions {
  /** Aborts the request; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Milliseconds for the whole response, body included; 0 for none. */
  timeout?: number;
  credentials?: RequestCredentials;
  /** Bytes accepted; `MAX_NOTICE_BYTES` by default. */
  maxBytes?: number;
}

const abortError = () => new DOMException('The load was aborted.', 'AbortError');

/**
 * Fetches, size-checks, parses and validates the document at `url` (absolute,
 * or relative to the page). Rejects with a `NoticeLoadFailure`, or with an
 * `AbortError` when `signal` aborts.
 */
export async function fetchNotice(
  url: string,
  {signal, timeout = DEFAULT_TIMEOUT, credentials = 'omit', maxBytes = MAX_NOTICE_BYTES}: FetchNoticeOptions = {}
): Promise<LoadedNotice> {
  if (signal?.aborted) throw abortError();
  // One controller for the caller's abort and our timeout, so we can tell
  // them apart afterwards.
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  const timer =
    timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials,
      headers: {Accept: 'application/json'},
    });
    const at = response.url || url;
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw fail('http', `The notice document ${at} answered HTTP ${response.status} ${response.statusText}`.trim(), {
        url: at,
        status: response.status,
      });
    }
    const type = response.headers.get('content-type');
    if (!isAcceptedContentType(type)) {
      void response.body?.cancel().catch(() => {});
      throw fail('content-type', `The notice document ${at} was served as "${type}"; expected application/json`, {url: at});
    }
    const text = await readLimitedText(response, maxBytes, (size) =>
      fail('too-large', `The notice document ${at} is ${size} bytes; the limit is ${maxBytes} bytes`, {url: at})
    );
    return acceptNotice(text, at);
  } catch (error) {
    if (error instanceof NoticeLoadFailure) throw error;
    if (signal?.aborted) throw abortError();
    if (timedOut) {
      throw fail('timeout', `The notice document ${url} did not arrive within ${timeout} ms`, {url});
    }
    throw fail('network', `The notice document ${url} could not be fetched (network error, blocked by CORS or offline): ${String(error)}`, {
      url,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Reads the body as UTF-8 text, refusing one over `maxBytes`: first by its
 * declared length, then while streaming, so an oversize body is never read
 * whole. `tooLarge` makes the error from the size ("2400000", "over 2097152").
 * The widget's loader and `privacy-notice check` both read through it.
 */
export async function readLimitedText(response: Response, maxBytes: number, tooLarge: (size: string) => Error): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge(String(declared));
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge(`over ${maxBytes}`);
    }
    text += decoder.decode(value, {stream: true});
  }
  return text + decoder.decode();
}
