/** Art. 13(2)(a), 14(2)(a): how long data is kept. */
import type {Context} from './context.js';
import {hasKind, sectionPath, textOf, WORDS} from './text.js';

export function checkRetention({notice, all, add}: Context): void {
  // 13(2)(a): retention.
  const retentionFacts = notice.sections.flatMap((section) => section.retention ?? []);
  const retentionText =
    textOf(notice, ['retention']) +
    '\n' +
    (all.match(new RegExp(`[^.]*(${WORDS.retention.source})[^.]*`, 'g')) ?? []).join('\n');
  if (!hasKind(notice, 'retention') && !retentionFacts.length && !WORDS.retention.test(all))
    add(
      'retention-missing',
      'sections',
      'No retention period found: no section of kind "retention", no `retention` facts, and no text about how long data is kept.'
    );
  else if (
    !retentionFacts.some((fact) => fact.duration) &&
    !WORDS.period.test(retentionText)
  )
    add(
      'retention-no-period',
      sectionPath(notice, 'retention'),
      'Retention is described only by criteria: no period of time (such as "2 years" or a `duration`) is given.'
    );
}
