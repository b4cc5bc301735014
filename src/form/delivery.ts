/**
 * Sending a request to the site's endpoint: a timeout on each attempt,
 * automatic retries for failures that may pass (network, timeout, 5xx, a short
 * 429), always with the same body and `Idempotency-Key`, so a receiver stores
 * the request once however many attempts reach it. No DOM beyond `fetch`.
 */
import {encodeRequest, type RequestEncoding} from './request-encoding.js';
import type {RequestPayload} from './request-schema.js';

/** What went wrong, in kinds the view can explain in plain words. */
export type FailureKind = 'offline' | 'network' | 'timeout' | 'rate-limited' | 'rejected' | 'server' | 'site';

export interface DeliveryFailure {
  kind: FailureKind;
  /** HTTP status, when the server answered. */
  status?: number;
  /** Seconds the server asked us to wait (429/503 `Retry-After`). */
  retryAfter?: number;
  /** Precise, English, for developers (logged to the console). */
  detail: string;
}

export type DeliveryResult = {ok: true; reference: string; status: number} | {ok: false; failure: DeliveryFailure};

export interface DeliveryOptions {
  url: string;
  encoding: RequestEncoding;
  payload: RequestPayload;
  /** Milliseconds each attempt may take. */
  timeout: number;
  /** Pause before each automatic retry; its length is the number of retries. */
  retryDelays: readonly number[];
  /** Longest `Retry-After`, in seconds, that is waited for automatically. */
  maxRetryAfter?: number;
  /** Stops everything (the element left the page). */
  signal?: AbortSignal;
}

/** This computer: localhost (and *.localhost), 127.0.0.0/8, ::1. */
const isLoopback = (hostname: string) => /^(localhost|\[::1\]|127(\.\d+){3})$|\.localhost$/i.test(hostname.replace(/\.$/, ''));

/** A form-action the form refuses; `quiet`: a leftover the visitor need not hear about. */
export type FormActionProblem = {ok: false; reason: string; quiet?: boolean};

/**
 * Whether the form may POST personal data to `action`: https:, or the page's
 * own origin; a loopback address (localhost, 127.0.0.1, ::1) only while the
 * page itself is on one, during development. Anything else would send it in
 * clear text, to the visitor's own computer, or somewhere unexpected, so it is
 * a configuration error. A development address left on a live page, or an
 * http: address on an https: page, is `quiet`: the visitor simply gets the
 * email route, and the console tells the site owner why.
 */
export function checkFormAction(action: string, pageUrl: string): {ok: true; url: string} | FormActionProblem {
  let url: URL;
  try {
    url = new URL(action, pageUrl);
  } catch {
    return {ok: false, reason: `form-action "${action.slice(0, 80)}" is not a URL`};
  }
  const page = new URL(pageUrl);
  const shown = url.href.slice(0, 80);
  if (url.username || url.password) {
    return {ok: false, reason: 'form-action must not contain a user name or password'};
  }
  const local = isLoopback(url.hostname);
  if (!isLoopback(page.hostname) && (local || (url.protocol === 'http:' && page.protocol === 'https:'))) {
    return {
      ok: false,
      quiet: true,
      reason: `form-action "${shown}" is ${local ? 'a development address' : 'http:'} on ${page.origin}: use the live https: address`,
    };
  }
  if (url.protocol === 'https:' || url.origin === page.origin || (url.protocol === 'http:' && local)) {
    return {ok: true, url: url.href};
  }
  return {
    ok: false,
    reason: `form-action must be an https: address or on this page's origin (${page.origin}); "${shown}" is neither`,
  };
}

/** `Retry-After` as seconds: a number, or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The reference in a success answer: `reference` or `id` in a JSON body. */
async function referenceFrom(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = JSON.parse(await response.text());
    if (typeof body !== 'object' || body === null) return undefined;
    const {reference, id} = body as {reference?: unknown; id?: unknown};
    const found = typeof reference === 'string' ? reference : typeof id === 'string' ? id : undefined;
    return found?.trim().slice(0, 100) || undefined;
  } catch {
    return undefined;
  }
}

/** A short reason from an error answer, for the developer console. */
async function reasonFrom(response: Response): Promise<string> {
  try {
    const text = (await response.text()).slice(0, 500);
    try {
      const body = JSON.parse(text) as {error?: unknown; reason?: unknown; message?: unknown};
      const reason = body.reason ?? body.error ?? body.message;
      if (typeof reason === 'string') return reason;
    } catch {
      // not JSON: the text itself
    }
    return text;
  } catch {
    return '';
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

const online = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/** One POST, classified. */
async function attempt(options: DeliveryOptions): Promise<DeliveryResult> {
  const {url, encoding, payload, timeout, signal} = options;
  const {body, contentType} = encodeRequest(payload, encoding);
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': contentType,
        Accept: 'application/json',
        'Idempotency-Key': payload.requestId,
      },
      body,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: controller.signal,
    });
    const {status} = response;
    if (response.ok) {
      return {ok: true, status, reference: (await referenceFrom(response)) ?? payload.requestId};
    }
    const detail = `${status} ${response.statusText} from ${url}: ${await reasonFrom(response)}`.trim();
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    if (status === 429) return {ok: false, failure: {kind: 'rate-limited', status, retryAfter, detail}};
    if (status >= 500) return {ok: false, failure: {kind: 'server', status, retryAfter, detail}};
    return {ok: false, failure: {kind: 'rejected', status, detail}};
  } catch (error) {
    if (timedOut) {
      return {ok: false, failure: {kind: 'timeout', detail: `no answer from ${url} in ${timeout} ms`}};
    }
    const detail = `${url} could not be reached (offline, refused, or blocked by CORS): ${String(error)}`;
    return {ok: false, failure: {kind: online() ? 'network' : 'offline', detail}};
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

const retryable = (failure: DeliveryFailure, maxRetryAfter: number) =>
  failure.kind === 'network' ||
  failure.kind === 'offline' ||
  failure.kind === 'timeout' ||
  (failure.kind === 'server' && (failure.retryAfter ?? 0) <= maxRetryAfter) ||
  (failure.kind === 'rate-limited' && failure.retryAfter !== undefined && failure.retryAfter <= maxRetryAfter);

/**
 * Sends `payload`, retrying as `retryDelays` allows. Resolves with the
 * server's reference (or the request id when the answer has none) or with the
 * last failure; never rejects.
 */
export async function deliverRequest(options: DeliveryOptions): Promise<DeliveryResult> {
  const maxRetryAfter = options.maxRetryAfter ?? 10;
  let result = await attempt(options);
  for (const delay of options.retryDelays) {
    if (result.ok || options.signal?.aborted || !retryable(result.failure, maxRetryAfter)) break;
    await sleep(Math.max(delay, (result.failure.retryAfter ?? 0) * 1000), options.signal);
    if (options.signal?.aborted) break;
    result = await attempt(options);
  }
  return result;
}
