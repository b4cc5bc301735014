/**
 * Strict check, lenient render: the same shapes as `validateNotice`, run in
 * lenient mode. Everything valid is kept; what is invalid is left out at the
 * smallest level (a field, then a list entry, then a section) or normalised
 * where that cannot change what it says. Every repair is reported, so the
 * author learns from the console what `privacy-notice check` would say.
 */
import {textVersions} from './language.js';
import {noticeShape, type NoticeDocument} from './schema.js';
import {INVALID, report, type Context, type Issue} from './shape.js';
import {parseNoticeJson} from './validate.js';

/** Interface text for a required heading a document lacks. */
export type Placeholder = (what: 'title' | 'controller') => string;

export interface RepairedNotice {
  /** A document that passes `validateNotice`; absent when nothing can be shown. */
  notice?: NoticeDocument;
  /** Everything that was wrong, errors and warnings alike, each with its path. */
  issues: Issue[];
  /**
   * Paths filled with interface text (`title`, `controller.name`) because the
   * document has none: the only text in `notice` that is not the document's.
   */
  placeholders: string[];
}

const englishPlaceholder: Placeholder = (what) => (what === 'title' ? 'Privacy notice' : 'Controller not named');

const visible = (html: string | {[language: string]: string}) =>
  textVersions(html).some((text) =>
    // Tags, entities and white space are not text a reader can see.
    /[^\s\p{Cf}]/u.test(text.replace(/<[^>]*>|&nbsp;/g, ''))
  );

/**
 * A document to render from anything: a parsed value or JSON text (a JSON
 * value that is itself a string is not parsed again). Never throws.
 *
 * There is nothing to show, and no `notice`, when the input is not JSON, not
 * an object, or has no section with any text. A `schemaVersion` newer than 1
 * is shown as far as this version understands it, with a warning: visitors
 * are better served by the sections it can read than by an error.
 */
export function repairNotice(input: unknown, placeholder: Placeholder = englishPlaceholder): RepairedNotice {
  const placeholders: string[] = [];
  const context: Context = {
    errors: [],
    warnings: [],
    lenient: true,
    filled: placeholders,
    placeholder: (what) => {
      placeholders.push(what === 'title' ? 'title' : 'controller.name');
      return placeholder(what);
    },
  };
  const issues = () => [...context.errors, ...context.warnings];
  const parsed = typeof input === 'string' ? parseNoticeJson(input) : ({ok: true, value: input} as const);
  if (!parsed.ok) return {issues: [parsed.error], placeholders};
  let notice: NoticeDocument | typeof INVALID = INVALID;
  try {
    notice = noticeShape.check(parsed.value, '', context);
  } catch (error) {
    report(context.errors, '', `could not be read: ${String(error)}`);
  }
  if (notice === INVALID || !notice.sections.some(({title, body}) => visible(body) || (title && visible(title)))) {
    if (notice !== INVALID) report(context.errors, 'sections', 'no section has any text to show');
    return {issues: issues(), placeholders};
  }
  return {notice, issues: issues(), placeholders};
}
