/**
 * The body the form sends, `schemaVersion` 1: declared once, here, with the
 * notice document's schema toolkit. The form builds it, the receiver checks
 * it with the same code (`validateRequestPayload`), and the README documents
 * it. A change that breaks a receiver raises `REQUEST_SCHEMA_VERSION`.
 */
import {INVALID, exactly, object, oneOf, refine, report, text, type Context, type Infer, type Issue} from '../document/shape.js';
import {EMAIL_PATTERN, LANGUAGE_TAG_PATTERN, PHONE_PATTERN, SLUG_PATTERN, URL_PATTERN} from '../document/patterns.js';
import {MESSAGE_REQUIRED, REQUEST_TYPES} from './request-types.js';

export const REQUEST_SCHEMA_VERSION = 1;

/** Who is asking: the person the data is about, or someone acting for them. */
export const REQUESTER_ROLES = ['data-subject', 'representative'] as const;
export type RequesterRole = (typeof REQUESTER_ROLES)[number];

/** Longest value of each text field, in characters. */
export const FIELD_LIMITS = {
  name: 200,
  email: 254,
  phone: 40,
  customerNumber: 100,
  message: 5000,
} as const;

/** Largest body a receiver should accept, in bytes (urlencoded included). */
export const MAX_REQUEST_BYTES = 64 * 1024;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const payloadFields = object(
  {
    schemaVersion: exactly(REQUEST_SCHEMA_VERSION, 'this receiver is older than the form that sent it'),
    requestId: text({max: 36, pattern: UUID_PATTERN, expected: 'a UUID'}),
    noticeId: text({
      max: 80,
      pattern: SLUG_PATTERN,
      expected: 'a notice id (a slug)',
    }),
    type: oneOf(REQUEST_TYPES, 'request type'),
    requesterRole: oneOf(REQUESTER_ROLES, 'requester role'),
    name: text({max: FIELD_LIMITS.name}),
    email: text({
      max: FIELD_LIMITS.email,
      pattern: EMAIL_PATTERN,
      expected: 'an email address',
      format: 'email',
    }),
    language: text({
      max: 35,
      pattern: LANGUAGE_TAG_PATTERN,
      expected: 'a language tag like "fi"',
    }),
    pageUrl: text({
      max: 2048,
      pattern: URL_PATTERN,
      expected: 'an http: or https: address',
      format: 'uri',
    }),
    createdAt: text({
      max: 35,
      pattern: DATE_TIME_PATTERN,
      expected: 'an ISO date and time like "2024-05-31T12:00:00.000Z"',
      format: 'date-time',
    }),
  },
  {
    // Optional since notices may leave out `updated` (format 1.1).
    noticeUpdated: text({
      max: 10,
      pattern: /^\d{4}-\d{2}-\d{2}$/,
      expected: 'an ISO date like "2024-05-31"',
      format: 'date',
    }),
    noticeVersion: text({max: 40}),
    phone: text({
      max: FIELD_LIMITS.phone,
      pattern: PHONE_PATTERN,
      expected: 'a phone number',
    }),
    customerNumber: text({max: FIELD_LIMITS.customerNumber}),
    message: text({max: FIELD_LIMITS.message}),
  }
);

const payloadShape = refine(payloadFields, (payload, path, context) => {
  if (MESSAGE_REQUIRED.has(payload.type) && !payload.message) {
    report(context.errors, (path ? path + '.' : '') + 'message', `is required for a "${payload.type}" request`);
    return false;
  }
  return true;
});

/** A data subject's request, as the form sends it. */
export type RequestPayload = Infer<typeof payloadFields>;

export type PayloadCheck = {ok: true; payload: RequestPayload; warnings: Issue[]} | {ok: false; errors: Issue[]};

/**
 * Checks a request body (already decoded). Never throws; the result holds a
 * fresh object with only the keys the schema knows.
 */
export function validateRequestPayload(value: unknown): PayloadCheck {
  const context: Context = {errors: [], warnings: []};
  try {
    const payload = payloadShape.check(value, '', context);
    if (payload !== INVALID && !context.errors.length) {
      return {ok: true, payload, warnings: context.warnings};
    }
  } catch (error) {
    report(context.errors, '', `could not be checked: ${String(error)}`);
  }
  if (!context.errors.length) report(context.errors, '', 'is not a request');
  return {ok: false, errors: context.errors};
}
