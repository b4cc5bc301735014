/**
 * The text patterns the notice document and the request body share, written
 * once: the schemas (./schema.ts, ../form/request-schema.ts), the form's own
 * checks, the duration parser and the CLI all test against these. The JSON
 * Schema is written from the same RegExps (./json-schema.ts).
 */

export const EMAIL_PATTERN = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
export const PHONE_PATTERN = /^\+?[\d\s().\-/]{5,}$/;
/** An http: or https: address. */
export const URL_PATTERN = /^https?:\/\/\S+$/i;
/** Lower-case words joined by hyphens: "data-content", a notice's id. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The shape of a BCP 47 language tag ("fi", "sv-FI"); `Intl.getCanonicalLocales` says whether it is valid. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;

const DURATION = String.raw`P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?`;
/** An ISO 8601 duration: "P2Y", "P13M", "PT30M". Groups 1–4 and 6–8 are the units written, as "2Y". */
export const DURATION_PATTERN = new RegExp(`^${DURATION}$`);
/** A storage item's lifetime: "session" or an ISO 8601 duration. */
export const SESSION_OR_DURATION_PATTERN = new RegExp(`^(session|${DURATION})$`);
