/**
 * Art. 13(2)(b)(c)(d), 14(2)(c)(d)(e): the data subject's rights, withdrawing
 * consent, and complaining to a supervisory authority.
 */
import type {RightType, SectionKind} from '../schema.js';
import type {Context} from './context.js';
import type {WarningCode} from './warnings.js';
import {
  clauses,
  conditional,
  covers,
  excepted,
  hasKind,
  listing,
  negates,
  plain,
  says,
  sectionPath,
  sentences,
  short,
  textOf,
  WORDS,
} from './text.js';

const RIGHTS_TO_NAME: readonly RightType[] = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'];

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

/** How a message names each right. */
const RIGHT_NAMES: Record<RightType, string> = {
  access: 'the right of access',
  rectification: 'the right to rectification',
  erasure: 'the right to erasure',
  restriction: 'the right to restriction of processing',
  objection: 'the right to object',
  'objection-direct-marketing': 'the right to object to direct marketing',
  portability: 'the right to data portability',
  'withdraw-consent': 'the right to withdraw consent',
  complaint: 'the right to complain to a supervisory authority',
};

/** Rights no notice may refuse: the code and the end of the message. */
const REFUSALS: Partial<Record<RightType, [WarningCode, string]>> = {
  'objection-direct-marketing': ['objection-direct-marketing-refused', ', but objecting to direct marketing can never be refused'],
  'withdraw-consent': ['withdraw-consent-refused', ', but consent can always be withdrawn'],
  complaint: ['complaint-refused', ', but everyone may complain to a supervisory authority'],
};

/**
 * Whether the text denies a right to what `pattern` matches: a negated
 * clause that names both it and a right ("ei ole oikeutta tehdä valitusta",
 * "har inte rätt att klaga", "do not have the right to complain"), with no
 * condition in its sentence, and nothing in the text that grants it.
 */
const deniesRightTo = (text: string, pattern: RegExp) =>
  !says(text, pattern) &&
  sentences(text).some(
    (sentence) =>
      !conditional(sentence) &&
      !excepted(sentence) &&
      clauses(sentence).some((clause) => negates(clause, pattern) && WORDS.right.test(clause))
  );

const COMPLAINT = new RegExp(`${WORDS.complaint.source}|${WORDS.complaining.source}`);

export function checkRights(c: Context): void {
  const {notice, all, rights, refused, rightsText, purposes, add} = c;
  // 13(2)(b): rights.
  if (!notice.rights?.length) {
    if (hasKind(notice, 'rights'))
      add('rights-list-missing', sectionPath(notice, 'rights'), 'The rights are described only in prose: there is no `rights` list.');
    else add('rights-missing', 'rights', 'No rights found: no `rights` list and no section of kind "rights".');
  } else {
    const named = new Set(notice.rights.map((right) => right.type));
    // Objecting to direct marketing (Art. 21(2)) is not the general right to object (Art. 21(1)).
    const missing = RIGHTS_TO_NAME.filter((right) => !named.has(right));
    if (missing.length)
      add(
        'rights-incomplete',
        'rights',
        `The rights list does not name ${listing(missing)}${
          missing.includes('objection') && named.has('objection-direct-marketing')
            ? ' (it names objecting to direct marketing, Art. 21(2), which is not the general right to object of Art. 21(1))'
            : ''
        }.`
      );
  }
  for (const {type, path} of refused) {
    const [code, but] = REFUSALS[type] ?? ['right-refused', '; whether that is lawful is for the author to review'];
    add(code, path, `The notice states that it does not grant ${RIGHT_NAMES[type]} (${path})${but}.`);
  }

  // 13(2)(c): withdrawing consent, where processing rests on it.
  const consentPurposes = purposes.filter(({purpose}) => purpose.legalBasis?.includes('A6-1-a'));
  const consentSection = notice.sections.findIndex((section) => covers(section, CONSENT_KINDS) && says(plain(section.body), WORDS.consent));
  const withdrawText = all + '\n' + rightsText;
  const withdrawSection = textOf(notice, ['withdraw-consent']);
  const canWithdraw =
    rights.has('withdraw-consent') ||
    (hasKind(notice, 'withdraw-consent') && !deniesRightTo(withdrawSection, WORDS.withdraw)) ||
    says(withdrawText, WORDS.withdraw);
  const listRefuses = (type: RightType) => refused.some((right) => right.type === type);
  if (!canWithdraw && !listRefuses('withdraw-consent') && deniesRightTo(withdrawText, WORDS.withdraw))
    add(
      'withdraw-consent-refused',
      sectionPath(notice, 'withdraw-consent'),
      'The notice says consent cannot be withdrawn, but consent can always be withdrawn.'
    );
  else if ((consentPurposes.length || consentSection >= 0) && !canWithdraw && !listRefuses('withdraw-consent'))
    add(
      'withdraw-consent-missing',
      consentPurposes[0]?.path ?? `sections[${consentSection}]`,
      `${
        consentPurposes.length
          ? `The purpose "${short(consentPurposes[0].purpose.purpose)}" rests on consent (A6-1-a)`
          : `Section "${notice.sections[consentSection].id}" names consent as a ground for processing`
      }, but nothing says consent can be withdrawn.`
    );

  // 13(2)(d): complaint to a supervisory authority; never refused (Art. 77).
  const complaintSection = textOf(notice, ['complaint']);
  const canComplain =
    rights.has('complaint') ||
    (hasKind(notice, 'complaint') && !deniesRightTo(complaintSection, COMPLAINT)) ||
    says(rightsText, WORDS.complaint);
  if (!canComplain && !listRefuses('complaint') && deniesRightTo(rightsText, COMPLAINT))
    add(
      'complaint-refused',
      sectionPath(notice, hasKind(notice, 'complaint') ? 'complaint' : 'rights'),
      'The notice says people cannot complain to a supervisory authority, but everyone may (Art. 77).'
    );
  else if (!canComplain && !listRefuses('complaint'))
    add(
      'complaint-missing',
      'rights',
      'No right to complain to a supervisory authority found: no section of kind "complaint", no "complaint" right, and no mention of the authority (tietosuojavaltuutettu) among the rights.'
    );
}
