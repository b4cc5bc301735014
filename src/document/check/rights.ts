/**
 * Art. 13(2)(b)(c)(d), 14(2)(c)(d)(e): the data subject's rights, withdrawing
 * consent, and complaining to a supervisory authority.
 */
import type {RightType, SectionKind} from '../schema.js';
import type {Context} from './context.js';
import {hasKind, listing, plain, sectionPath, short, WORDS} from './text.js';

const RIGHTS_TO_NAME: readonly RightType[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
];

/** Sections where "consent" means a ground for processing (not, say, the rights). */
const CONSENT_KINDS: readonly SectionKind[] = [
  'legal-basis',
  'purposes',
  'data-categories',
  'sources',
  'recipients',
  'transfers',
  'cookies',
];

export function checkRights({notice, all, rights, rightsText, purposes, add}: Context): void {
  // 13(2)(b): rights.
  if (!notice.rights?.length) {
    if (hasKind(notice, 'rights'))
      add(
        'rights-list-missing',
        sectionPath(notice, 'rights'),
        'The rights are described only in prose: there is no `rights` list.'
      );
    else
      add(
        'rights-missing',
        'rights',
        'No rights found: no `rights` list and no section of kind "rights".'
      );
  } else {
    const missing = RIGHTS_TO_NAME.filter(
      (right) =>
        !rights.has(right) &&
        !(right === 'objection' && rights.has('objection-direct-marketing'))
    );
    if (missing.length)
      add(
        'rights-incomplete',
        'rights',
        `The rights list does not name ${listing(missing)}.`
      );
  }

  // 13(2)(c): withdrawing consent, where processing rests on it.
  const consentPurposes = purposes.filter(({purpose}) =>
    purpose.legalBasis?.includes('A6-1-a')
  );
  const consentSection = notice.sections.findIndex(
    (section) => CONSENT_KINDS.includes(section.kind) && WORDS.consent.test(plain(section.body))
  );
  if (
    (consentPurposes.length || consentSection >= 0) &&
    !hasKind(notice, 'withdraw-consent') &&
    !rights.has('withdraw-consent') &&
    !WORDS.withdraw.test(all + rightsText)
  )
    add(
      'withdraw-consent-missing',
      consentPurposes[0]?.path ?? `sections[${consentSection}]`,
      `${
        consentPurposes.length
          ? `The purpose "${short(consentPurposes[0].purpose.purpose)}" rests on consent (A6-1-a)`
          : `Section "${notice.sections[consentSection].id}" names consent as a ground for processing`
      }, but nothing says consent can be withdrawn.`
    );

  // 13(2)(d): complaint to a supervisory authority.
  if (!hasKind(notice, 'complaint') && !rights.has('complaint') && !WORDS.complaint.test(rightsText))
    add(
      'complaint-missing',
      'rights',
      'No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.'
    );
}
