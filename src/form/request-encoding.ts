/**
 * The two ways a request travels: JSON (the default) or
 * `application/x-www-form-urlencoded` for form back-ends that only take that.
 * Both carry the same flat keys; urlencoded values are all text, so decoding
 * turns `schemaVersion` back into a number. Used by the form and the receiver.
 */
import {MAX_REQUEST_BYTES, validateRequestPayload, type RequestPayload} from './request-schema.js';

export {MAX_REQUEST_BYTES};

export type RequestEncoding = 'json' | 'urlencoded';

const CONTENT_TYPES: Record<RequestEncoding, string> = {
  json: 'application/json',
  urlencoded: 'application/x-www-form-urlencoded',
};

/** The body and its content type; optional keys without a value are left out. */
export function encodeRequest(payload: RequestPayload, encoding: RequestEncoding): {body: string; contentType: string} {
  const entries = Object.entries(payload).filter(([, value]) => value !== undefined && value !== '');
  const body =
    encoding === 'urlencoded'
      ? new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString()
      : JSON.stringify(Object.fromEntries(entries));
  return {body, contentType: CONTENT_TYPES[encoding]};
}

export type ParsedRequest =
  {ok: true; payload: RequestPayload; encoding: RequestEncoding} | {ok: false; status: 400 | 413 | 415; reason: string};

/** The encoding a `Content-Type` header names, if it is one of ours. */
function encodingOf(contentType: string | undefined): RequestEncoding | undefined {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === CONTENT_TYPES.json || type.endsWith('+json')) return 'json';
  if (type === CONTENT_TYPES.urlencoded) return 'urlencoded';
  return undefined;
}

/**
 * Decodes and checks a received body. `reason` is plain English for the
 * sender's developers; no part of the body is echoed beyond a short quote.
 */
export function parseRequestBody(body: string, contentType: string | undefined): ParsedRequest {
  if (new TextEncoder().encode(body).length > MAX_REQUEST_BYTES) {
    return {ok: false, status: 413, reason: `the body is larger than ${MAX_REQUEST_BYTES} bytes`};
  }
  const encoding = encodingOf(contentType);
  if (!encoding) {
    return {
      ok: false,
      status: 415,
      reason: `send ${CONTENT_TYPES.json} or ${CONTENT_TYPES.urlencoded}`,
    };
  }
  let value: unknown;
  if (encoding === 'json') {
    try {
      value = JSON.parse(body);
    } catch (error) {
      return {ok: false, status: 400, reason: `the body is not valid JSON: ${(error as Error).message}`};
    }
  } else {
    const object = Object.create(null) as Record<string, unknown>;
    for (const [key, text] of new URLSearchParams(body)) {
      if (key in object) {
        return {ok: false, status: 400, reason: `"${key.slice(0, 40)}" is given more than once`};
      }
      object[key] = key === 'schemaVersion' && /^\d+$/.test(text) ? Number(text) : text;
    }
    value = {...object};
  }
  const checked = validateRequestPayload(value);
  if (!checked.ok) {
    return {
      ok: false,
      status: 400,
      reason: checked.errors.map((e) => `${e.path || 'body'}: ${e.message}`).join('; '),
    };
  }
  return {ok: true, payload: checked.payload, encoding};
}
