/**
 * What every completeness rule reads: the document, its text gathered once,
 * and `add` to report a warning.
 */
import type {NoticeContact, NoticeDocument, NoticeRight, RightType} from '../schema.js';
import {denies, plain, textOf, WORDS} from './text.js';
import {warning, type CheckWarning, type WarningCode} from './warnings.js';

type Purpose = NonNullable<NoticeDocument['sections'][number]['purposes']>[number];

export interface Context {
  notice: NoticeDocument;
  /** Every section's text and the summary, lower case. */
  all: string;
  /** The rights the `rights` list grants (not those it refuses). */
  rights: Set<RightType>;
  /** The rights the list names but refuses: `offered: false`, or a text that denies it. */
  refused: {type: RightType; path: string}[];
  /** The text of the rights, complaint and withdraw-consent sections, the rights and the summary. */
  rightsText: string;
  /** Every purpose of every section, with its path. */
  purposes: {purpose: Purpose; path: string}[];
  contacts: NoticeContact[];
  add: (code: WarningCode, path: string, message: string) => void;
}

/**
 * Whether a right is refused: `offered: false`, or (when `offered` is not
 * set) a text that flatly denies it ("sinulla ei ole oikeutta…").
 */
const isRefused = (right: NoticeRight) =>
  right.offered === false || (right.offered === undefined && denies(plain(right.text), WORDS.right));

export function context(notice: NoticeDocument, out: CheckWarning[]): Context {
  const listed = (notice.rights ?? []).map((right, i) => ({
    right,
    path: `rights[${i}]`,
    refused: isRefused(right),
  }));
  const granted = listed.filter(({refused}) => !refused);
  return {
    notice,
    all: textOf(notice) + '\n' + plain(notice.summary),
    rights: new Set(granted.map(({right}) => right.type)),
    refused: listed.filter(({refused}) => refused).map(({right, path}) => ({type: right.type, path})),
    rightsText:
      textOf(notice, ['rights', 'complaint', 'withdraw-consent']) +
      '\n' +
      granted.map(({right}) => plain(right.text)).join('\n') +
      '\n' +
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
