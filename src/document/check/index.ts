/**
 * `checkNotice`: validation, then what a valid document still lacks under
 * GDPR Art. 13/14, then facts that can be verified (Y-tunnus check digits,
 * languages, links). The `privacy-notice check` command prints its report;
 * programs get the same report from this function.
 *
 * Every warning must be a true statement about the document. A rule counts
 * an item as present when a section of the matching kind, a structured fact,
 * or (narrow, per-rule) words in the relevant text say so; it warns only when
 * none does, and its message says what it looked for.
 */
import type {NoticeDocument} from '../schema.js';
import {parseNoticeJson, validateNotice} from '../validate.js';
import {context} from './context.js';
import {checkController} from './controller.js';
import {facts} from './facts.js';
import {checkOtherItems} from './other-items.js';
import {checkPurposes} from './purposes.js';
import {checkRecipientsAndTransfers} from './recipients-transfers.js';
import {checkRetention} from './retention.js';
import {checkRights} from './rights.js';
import {warning, type CheckReport, type CheckWarning} from './warnings.js';

export {severityOf, WARNINGS, type CheckReport, type CheckWarning, type WarningCode} from './warnings.js';

/**
 * Checks a notice document (an object, or JSON text): errors if it cannot be
 * used, and warnings for what GDPR Art. 13/14 asks that it does not say.
 * Never throws: a failure inside the checker is reported as an error
 * ("could not be checked: …"), never as a clean document.
 */
export function checkNotice(input: unknown): CheckReport {
  let warnings: CheckWarning[] = [];
  try {
    if (typeof input === 'string') {
      const parsed = parseNoticeJson(input);
      if (!parsed.ok)
        return {
          valid: false,
          errors: [{path: '', message: withLineAndColumn(input, parsed.error.message)}],
          warnings,
        };
      input = parsed.value;
    }
    const result = validateNotice(input);
    warnings = result.warnings.map((issue) => warning('unknown-key', issue.path, issue.message));
    if (!result.ok) return {valid: false, errors: result.errors, warnings};
    warnings.push(...completeness(result.notice), ...facts(result.notice));
    return {valid: true, notice: result.notice, errors: [], warnings};
  } catch (error) {
    // A bug in the checker must never pass for a clean document.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      valid: false,
      failed: true,
      errors: [{path: '', message: `could not be checked: ${reason} (a bug in the checker)`}],
      warnings,
    };
  }
}

/** What GDPR Art. 13/14 asks that the document does not say, article by article. */
function completeness(notice: NoticeDocument): CheckWarning[] {
  const out: CheckWarning[] = [];
  const c = context(notice, out);
  checkController(c);
  checkPurposes(c);
  checkRecipientsAndTransfers(c);
  checkRetention(c);
  checkRights(c);
  checkOtherItems(c);
  return out;
}

/** The JSON error message, with the line and column where parsing broke. */
function withLineAndColumn(source: string, message: string): string {
  if (/line \d+/.test(message)) return message;
  const text = source.replace(/^\uFEFF/, '');
  const at = jsonErrorOffset(text, message);
  const before = text.slice(0, at).split('\n');
  // V8 may quote the text around the error, line breaks and all.
  return `${message.replace(/\s*\n\s*/g, ' ')} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

/** Where in `text` JSON.parse gave up, given its message. */
function jsonErrorOffset(text: string, message: string): number {
  const stated = /at position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  if (/end of JSON/.test(message)) return text.length;
  // Some engines only name the token ("Unexpected token '}', …"). Find the
  // shortest prefix that fails for a reason other than ending too early.
  const endsEarly = (prefix: string) => {
    try {
      JSON.parse(prefix);
      return true;
    } catch (error) {
      const position = /at position (\d+)/.exec((error as Error).message);
      return position ? Number(position[1]) >= prefix.length : /end of JSON/.test((error as Error).message);
    }
  };
  let early = 0;
  let broken = text.length;
  while (broken - early > 1) {
    const middle = (early + broken) >> 1;
    if (endsEarly(text.slice(0, middle))) early = middle;
    else broken = middle;
  }
  return broken - 1;
}
