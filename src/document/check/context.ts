/**
 * What every completeness rule reads: the document, its text gathered once,
 * and `add` to report a warning.
 */
import type {NoticeContact, NoticeDocument, RightType} from '../schema.js';
import {plain, textOf} from './text.js';
import {warning, type CheckWarning, type WarningCode} from './warnings.js';

type Purpose = NonNullable<NoticeDocument['sections'][number]['purposes']>[number];

export interface Context {
  notice: NoticeDocument;
  /** Every section's text and the summary, lower case. */
  all: string;
  /** The types in the `rights` list. */
  rights: Set<RightType>;
  /** The text of the rights, complaint and withdraw-consent sections, the rights and the summary. */
  rightsText: string;
  /** Every purpose of every section, with its path. */
  purposes: {purpose: Purpose; path: string}[];
  contacts: NoticeContact[];
  add(code: WarningCode, path: string, message: string): void;
}

export function context(notice: NoticeDocument, out: CheckWarning[]): Context {
  return {
    notice,
    all: textOf(notice) + '\n' + plain(notice.summary),
    rights: new Set((notice.rights ?? []).map((right) => right.type)),
    rightsText:
      textOf(notice, ['rights', 'complaint', 'withdraw-consent']) +
      (notice.rights ?? []).map((right) => plain(right.text)).join('\n') +
      plain(notice.summary),
    purposes: notice.sections.flatMap((section, i) =>
      (section.purposes ?? []).map((purpose, j) => ({
        purpose,
        path: `sections[${i}].purposes[${j}]`,
      }))
    ),
    contacts: notice.contacts ?? [],
    add: (code, path, message) => out.push(warning(code, path, message)),
  };
}
