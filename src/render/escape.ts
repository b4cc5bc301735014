/**
 * Escaping for HTML written as a string. Everything the static renderer
 * writes from a document goes through one of these, or through
 * `sanitizeHtml` for rich text.
 */

const TEXT: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text content or a double-quoted attribute value, every character literal. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => TEXT[c]);

/**
 * Text that may already hold character references ("&auml;", "&#228;"):
 * well-formed ones are kept, so the reader sees the character they name;
 * every other `&`, and `<`, `>`, quotes, are escaped. A reference only ever
 * becomes text (or text inside a quoted attribute), never markup.
 */
export const escapeKeepingReferences = (text: string): string =>
  text.replace(/&(?!(?:[a-z][a-z\d]{1,31}|#\d{1,7}|#x[\da-f]{1,6});)|[<>"']/gi, (c) => TEXT[c]);
