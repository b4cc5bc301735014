/**
 * Art. 13(2)(e)(f), 14(2)(f)(g): whether giving the data is required,
 * automated decisions, and where the data comes from.
 */
import type {Context} from './context.js';
import {hasKind, WORDS} from './text.js';

export function checkOtherItems({notice, all, add}: Context): void {
  // 13(2)(e): statutory or contractual requirement.
  if (!hasKind(notice, 'requirement') && !WORDS.requirement.test(all))
    add(
      'requirement-missing',
      'sections',
      'Nothing says whether giving the data is required by law or contract, or what happens if it is not given: no section of kind "requirement".'
    );

  // 13(2)(f): automated decisions.
  if (!hasKind(notice, 'automated-decisions') && !WORDS.automated.test(all))
    add(
      'automated-decisions-missing',
      'sections',
      'Nothing says whether automated decisions or profiling are used: no section of kind "automated-decisions" and no text about them.'
    );

  // 14(2)(f): sources.
  if (!hasKind(notice, 'sources') && !WORDS.sources.test(all))
    add(
      'source-missing',
      'sections',
      'No source of the data found: no section of kind "sources" and no text about where the data comes from.'
    );
}
