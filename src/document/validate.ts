import {noticeShape, type NoticeDocument} from './schema.js';
import {INVALID, report, type Context, type Issue} from './shape.js';

export type {Issue};

/** What `validateNotice` found: the checked document, or why there is none. */
export type ValidationResult =
  | {ok: true; notice: NoticeDocument; errors: []; warnings: Issue[]}
  | {ok: false; notice?: undefined; errors: Issue[]; warnings: Issue[]};

/**
 * Parses JSON text with a message that says where it broke. A byte-order mark
 * is tolerated: editors on Windows like to add one.
 */
export function parseNoticeJson(
  source: string
): {ok: true; value: unknown} | {ok: false; error: Issue} {
  try {
    return {ok: true, value: JSON.parse(source.replace(/^\uFEFF/, ''))};
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {path: '', message: `is not valid JSON: ${detail}`},
    };
  }
}

/**
 * Checks a notice document (a parsed object, or JSON text). Never throws:
 * hostile input gives errors, and the result holds a fresh copy with only the
 * keys the format knows.
 */
export function validateNotice(input: unknown): ValidationResult {
  const context: Context = {errors: [], warnings: []};
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseNoticeJson(input);
    if (!parsed.ok) return {ok: false, errors: [parsed.error], warnings: []};
    value = parsed.value;
  }
  try {
    const notice = noticeShape.check(value, '', context);
    if (notice !== INVALID && context.errors.length === 0) {
      return {ok: true, notice, errors: [], warnings: context.warnings};
    }
  } catch (error) {
    report(context.errors, '', `could not be checked: ${String(error)}`);
  }
  if (!context.errors.length) report(context.errors, '', 'is not a notice document');
  return {ok: false, errors: context.errors, warnings: context.warnings};
}

/** `sections[3].kind: "purpose" is not a known kind — did you mean "purposes"?` */
export const formatIssue = (issue: Issue): string =>
  `${issue.path || 'document'}: ${issue.message}`;
