/** Art. 13(2)(a), 14(2)(a): how long data is kept. */
import type {Context} from './context.js';
import {hasKind, plain, sectionPath, textOf, WORDS} from './text.js';

export function checkRetention({notice, all, add}: Context): void {
  // 13(2)(a): retention.
  const retentionFacts = notice.sections.flatMap((section) => section.retention ?? []);
  // A period may be in a retention section, a fact's text, or a sentence about keeping data;
  // a fact's `criteria` (Art. 13(2)(a) allows them) alone is no period.
  const retentionText =
    textOf(notice, ['retention']) +
    '\n' +
    retentionFacts.map((fact) => plain(fact.text) + '\n' + plain(fact.criteria)).join('\n') +
    '\n' +
    (all.match(new RegExp(`[^.]*(${WORDS.retention.source})[^.]*`, 'g')) ?? []).join('\n');
  if (!hasKind(notice, 'retention') && !retentionFacts.length && !WORDS.retention.test(all))
    add(
      'retention-missing',
      'sections',
      'No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.'
    );
  else if (!retentionFacts.some((fact) => fact.duration) && !WORDS.period.test(retentionText))
    add(
      'retention-no-period',
      sectionPath(notice, 'retention'),
      'Retention is described only by criteria: no period of time (such as "2 years" or a `duration`) is given.'
    );
}
