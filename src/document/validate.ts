import {noticeShape, type NoticeDocument} from './schema.js';
import {INVALID, report, type Context, type Issue} from './shape.js';

export type {Issue};

/** What `validateNotice` found: the checked document, or why there is none. */
export type ValidationResult =
  {ok: true; notice: NoticeDocument; errors: []; warnings: Issue[]} | {ok: false; notice?: undefined; errors: Issue[]; warnings: Issue[]};

/**
 * Parses JSON text with a message that says where it broke. A byte-order mark
 * is tolerated: editors on Windows like to add one.
 */
export function parseNoticeJson(source: string): {ok: true; value: unknown} | {ok: false; error: Issue} {
  try {
    return {ok: true, value: JSON.parse(source.replace(/^\uFEFF/, ''))};
  } catch (error) {
    // JSON.parse throws only SyntaxErrors, whose message says where it broke.
    return {
      ok: false,
      error: {path: '', message: `is not valid JSON: ${(error as Error).message}`},
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
  const {errors, warnings} = context;
  const parsed = typeof input === 'string' ? parseNoticeJson(input) : ({ok: true, value: input} as const);
  if (!parsed.ok) return {ok: false, errors: [parsed.error], warnings};
  try {
    const notice = noticeShape.check(parsed.value, '', context);
    // A rejected value always comes with at least one error.
    if (notice !== INVALID) return {ok: true, notice, errors: [], warnings};
  } catch (error) {
    report(errors, '', `could not be checked: ${String(error)}`);
  }
  return {ok: false, errors, warnings};
}

/** `sections[3].kind: "purpose" is not a known kind — did you mean "purposes"?` */
export const formatIssue = (issue: Issue): string => `${issue.path || 'document'}: ${issue.message}`;
