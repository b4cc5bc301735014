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
import {
  isValidFinnishBusinessId,
  looksLikeFinnishBusinessId,
} from './finnish-business-id.js';
import {
  noticeShape,
  type LocalizedText,
  type NoticeDocument,
  type NoticeSection,
  type RightType,
  type SectionKind,
} from './schema.js';
import type {Issue, Shape} from './shape.js';
import {parseNoticeJson, validateNotice} from './validate.js';

/** Something a valid document lacks or gets wrong; never stops it loading. */
export interface CheckWarning {
  /** Stable identifier, e.g. `retention-missing`: tools may filter on it. */
  code: WarningCode;
  /** Where, as in `sections[3]`; empty for the whole document. */
  path: string;
  /** What the checker found, in one sentence. */
  message: string;
  /** The GDPR article (or law) the item comes from, e.g. `Art. 13(2)(a)`. */
  article?: string;
  /** One plain line on why it matters. */
  why?: string;
}

/** What `checkNotice` found. */
export interface CheckReport {
  /** True when the document can be shown: no errors (warnings allowed). */
  valid: boolean;
  /** The checked document, when valid. */
  notice?: NoticeDocument;
  /** Why the document cannot be used, each with its path. */
  errors: Issue[];
  warnings: CheckWarning[];
}

/** Every warning code, with the article it is about (if any) and why it matters. */
export const WARNINGS = {
  'unknown-key': {
    why: 'It is ignored: a typo or a key from a newer version of the format.',
  },
  'controller-contact-missing': {
    article: 'Art. 13(1)(a), 14(1)(a)',
    why: 'People must be able to reach the controller to ask about or object to the processing.',
  },
  'dpo-contact-missing': {
    article: 'Art. 13(1)(b), 14(1)(b)',
    why: 'Where a data protection officer is appointed, the notice must say how to reach them.',
  },
  'purposes-missing': {
    article: 'Art. 13(1)(c), 14(1)(c)',
    why: 'People must be told what their data is used for.',
  },
  'legal-basis-missing': {
    article: 'Art. 13(1)(c), 14(1)(c)',
    why: 'Each purpose needs a legal basis (consent, contract, legal obligation, legitimate interests…), and people must be told which.',
  },
  'purpose-without-legal-basis': {
    article: 'Art. 13(1)(c), 14(1)(c)',
    why: 'Each purpose needs its own legal basis; the other purposes here name theirs.',
  },
  'legitimate-interests-unexplained': {
    article: 'Art. 13(1)(d), 14(2)(b)',
    why: 'When processing rests on legitimate interests, people must be told what those interests are, so they can weigh an objection.',
  },
  'data-categories-missing': {
    article: 'Art. 14(1)(d)',
    why: 'When data is not collected from the person, the notice must list the categories of data concerned.',
  },
  'recipients-missing': {
    article: 'Art. 13(1)(e), 14(1)(e)',
    why: 'People must be told who receives their data, or that nobody outside the controller does.',
  },
  'transfers-unstated': {
    article: 'Art. 13(1)(f), 14(1)(f)',
    why: 'People must be told whether their data leaves the EU/EEA.',
  },
  'transfer-safeguards-missing': {
    article: 'Art. 13(1)(f), 14(1)(f)',
    why: 'A transfer outside the EU/EEA needs an adequacy decision or safeguards (e.g. standard contractual clauses), and the notice must name them and how to get a copy.',
  },
  'privacy-shield': {
    article: 'Art. 13(1)(f), 45',
    why: 'The EU Court of Justice invalidated the EU–US Privacy Shield on 16 July 2020 (C-311/18, Schrems II); transfers to the US now need the EU–US Data Privacy Framework (2023) or other safeguards.',
  },
  'retention-missing': {
    article: 'Art. 13(2)(a), 14(2)(a)',
    why: 'People must be told how long their data is kept, or the criteria that decide it.',
  },
  'retention-no-period': {
    article: 'Art. 13(2)(a), 14(2)(a)',
    why: '"As long as necessary" is not enough (EU transparency guidelines WP260): give a period, such as two years after the customer relationship ends, where you can.',
  },
  'rights-missing': {
    article: 'Art. 13(2)(b), 14(2)(c)',
    why: 'People must be told their rights: access, rectification, erasure, restriction, objection and portability.',
  },
  'rights-list-missing': {
    article: 'Art. 13(2)(b), 14(2)(c)',
    why: 'The contact form offers the requests in `rights`, and this check cannot tell which rights prose names.',
  },
  'rights-incomplete': {
    article: 'Art. 13(2)(b), 14(2)(c)',
    why: 'The notice must name each of these rights (portability where processing rests on consent or a contract), or people may not know they have them.',
  },
  'withdraw-consent-missing': {
    article: 'Art. 13(2)(c), 14(2)(d)',
    why: 'Where processing rests on consent, people must be told they can withdraw it at any time (Art. 7(3)).',
  },
  'complaint-missing': {
    article: 'Art. 13(2)(d), 14(2)(e)',
    why: 'People must be told they can complain to a supervisory authority; in Finland the Data Protection Ombudsman (tietosuojavaltuutettu).',
  },
  'requirement-missing': {
    article: 'Art. 13(2)(e)',
    why: 'People must know whether they have to give the data (by law or contract) and what happens if they do not.',
  },
  'source-missing': {
    article: 'Art. 14(2)(f)',
    why: 'When data is not collected from the person, the notice must say where it comes from, and whether from public sources.',
  },
  'automated-decisions-missing': {
    article: 'Art. 13(2)(f), 14(2)(g)',
    why: 'The notice must say whether automated decisions or profiling are used (even if only to say they are not).',
  },
  'repealed-law': {
    article: 'Tietosuojalaki 1050/2018',
    why: 'The Personal Data Act was repealed on 1 January 2019; the GDPR and the Data Protection Act (tietosuojalaki 1050/2018) apply instead.',
  },
  'business-id-check-digit': {
    article: 'Art. 13(1)(a)',
    why: 'A wrong business ID makes the controller harder to identify in the Finnish Trade Register (YTJ).',
  },
  'business-id-format': {
    article: 'Art. 13(1)(a)',
    why: 'A Finnish business ID (Y-tunnus) is written 1234567-8.',
  },
  'language-missing': {
    why: 'Readers who choose this language see these texts in another language instead.',
  },
  'language-undeclared': {
    why: 'Only the languages listed in `languages` can be chosen by readers.',
  },
  'insecure-link': {
    why: 'Links over http: can be read and changed on the way; use https:.',
  },
} as const satisfies Record<string, {article?: string; why: string}>;

export type WarningCode = keyof typeof WARNINGS;

/**
 * Checks a notice document (an object, or JSON text): errors if it cannot be
 * used, and warnings for what GDPR Art. 13/14 asks that it does not say.
 * Never throws.
 */
export function checkNotice(input: unknown): CheckReport {
  if (typeof input === 'string') {
    const parsed = parseNoticeJson(input);
    if (!parsed.ok)
      return {
        valid: false,
        errors: [{path: '', message: withLineAndColumn(input, parsed.error.message)}],
        warnings: [],
      };
    input = parsed.value;
  }
  const result = validateNotice(input);
  const warnings = result.warnings.map((issue) =>
    warning('unknown-key', issue.path, issue.message)
  );
  if (!result.ok) return {valid: false, errors: result.errors, warnings};
  try {
    warnings.push(...completeness(result.notice), ...facts(result.notice));
  } catch {
    // A checker bug must not hide a valid document; the warnings are extras.
  }
  return {valid: true, notice: result.notice, errors: [], warnings};
}

const warning = (code: WarningCode, path: string, message: string): CheckWarning => ({
  code,
  path,
  message,
  ...WARNINGS[code],
});

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
      return position
        ? Number(position[1]) >= prefix.length
        : /end of JSON/.test((error as Error).message);
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

// ---- Reading the text of a document ---------------------------------------

/** All language versions of a string, as lower-case plain text. */
function plain(value: LocalizedText | undefined): string {
  if (value === undefined) return '';
  const versions = typeof value === 'string' ? [value] : Object.values(value);
  return versions
    .join('\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .toLowerCase();
}

/** A section's body and the text of its structured facts. */
const sectionText = (section: NoticeSection): string =>
  [
    plain(section.body),
    ...(section.purposes ?? []).map((p) => plain(p.purpose) + ' ' + plain(p.legitimateInterest)),
    ...(section.retention ?? []).map((r) => plain(r.data) + ' ' + plain(r.text)),
  ].join('\n');

/** The text of the sections of these kinds (all kinds when none is given). */
function textOf(notice: NoticeDocument, kinds?: readonly SectionKind[]): string {
  return notice.sections
    .filter((section) => !kinds || kinds.includes(section.kind))
    .map(sectionText)
    .join('\n');
}

const hasKind = (notice: NoticeDocument, kind: SectionKind) =>
  notice.sections.some((section) => section.kind === kind);

const EMAIL_OR_PHONE = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}|(\+|\b0)\d[\d ()-]{5,}\d/i;

// Words that show an item is covered, in Finnish, Swedish and English. Kept
// narrow: a false "covered" only hides a warning, a false warning misleads.
const WORDS = {
  purposes: /käyttötarkoitu|käsittelyn tarkoitu|tarkoituksiin|purpose|ändamål/,
  legalBasis:
    /oikeusperust|käsittelyperust|käsittelyn perust|perusteena on|perustuu|perustuen|suostumu|sopimukse|oikeutettu etu|oikeutetun edun|lakisääteis|legal basis|lawful basis|based on|consent|contract|legitimate interest|legal obligation|rättslig grund|grundar sig|samtycke|avtal|berättigat intresse|rättslig förpliktelse/,
  consent: /suostumu|consent|samtycke/,
  withdraw: /peruuttaa|peruutta|perua |perumaan|withdraw|återkalla/,
  dpo: /tietosuojavastaav|data protection officer|dataskyddsombud/,
  dataCategories:
    /tietosisältö|henkilötietoryhm|tietoryhm|categories of (personal )?data|data categories|kategorier av personuppgifter/,
  recipients: /luovut|vastaanottaj|recipient|disclos|mottagare|lämnas ut|utlämn/,
  sources:
    /tietolähte|lähteist|lähteinä|saadaan|kerätään|source|collected from|obtained from|källa|källor|samlas in|erhålls|inhämtas/,
  eea: /eu:n ulkopuol|eu- tai eta|eta:n ulkopuol|eta-alue|euroopan talousalue|euroopan unionin ulkopuol|eu\/eta|outside the (eu|eea|european)|\beea\b|\bees\b|utanför eu/,
  noTransfer:
    /ei siirretä|ei siirry|eikä siirretä|not transferred|are not transferred|is not transferred|no data is transferred|överförs inte|inte överförs/,
  transferException:
    /ellei|paitsi|lukuun ottamatta|ilman|unless|except|without|om inte|utom|utan/,
  safeguards:
    /vakiosopimuslausek|mallisopimuslausek|sopimuslausekkeet|standard contractual clause|standard data protection clause|standardavtalsklausul|riittävyyspäätö|tietosuojan riittävyyttä koskeva päätö|adequacy decision|adekvat skyddsnivå|beslut om adekvat|sitovat yrityssäänn|binding corporate rules|bindande företagsbestämmelser|data privacy framework|tietosuojakehy|dataskyddsram|privacy shield|suostumu|consent|samtycke/,
  privacyShield: /privacy shield/,
  retention:
    /säilytysaika|säilytysaja|säilytetään niin kauan|säilytetään kunnes|säilytetään \S+ (vuo|kuukau|päiv)|retention period|retained for|kept for|stored for|kept as long as|stored as long as|lagringstid|sparas i|bevaras i|sparas så länge|lagras så länge/,
  period:
    /\d+\s*(vuo|kk\b|kuukau|viiko|päiv|year|month|week|day|år\b|månad|veck|dag)|\b(yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|one|two|three|four|five|six|seven|eight|nine|ten|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+(vuo|kuukau|viiko|päiv|year|month|week|day|år\b|månad|veck|dag)/,
  complaint:
    /tietosuojavaltuut|valvontaviranomai|tietosuojaviranomai|supervisory authority|data protection ombudsman|data protection authority|dataombudsman|tillsynsmyndighet|integritetsskyddsmyndighet/,
  requirement:
    /lakisääteinen tai sopimukseen perustuva vaatimus|sopimuksen tekemisen edellytys|edellytys sopimuksen|velvollinen antamaan|ei ole velvollinen|statutory or contractual requirement|required by law or (by )?contract|obliged to provide|required to provide|skyldig att lämna|inte skyldig/,
  automated:
    /automaattis\S* päätöksen|automatisoitu\S* päätöksen|profiloi|profilointi|automated decision|automatic decision|profiling|automatiserat beslutsfattande|automatiserade beslut|automatiska beslut|profilering/,
  repealedLaw: /henkilötietola|523\/1999|523\/99|personal data act|personuppgiftslagen \(523/,
};

// ---- GDPR Art. 13/14 completeness -----------------------------------------

const RIGHTS_TO_NAME: readonly RightType[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
];

/** EU and EEA countries: transfers there need no safeguards. */
const EEA = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(
    ' '
  )
);

const sectionPath = (notice: NoticeDocument, kind: SectionKind) => {
  const i = notice.sections.findIndex((section) => section.kind === kind);
  return i < 0 ? 'sections' : `sections[${i}]`;
};

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

function completeness(notice: NoticeDocument): CheckWarning[] {
  const out: CheckWarning[] = [];
  const add = (code: WarningCode, path: string, message: string) =>
    out.push(warning(code, path, message));
  const all = textOf(notice) + '\n' + plain(notice.summary);
  const rights = new Set((notice.rights ?? []).map((right) => right.type));
  const rightsText =
    textOf(notice, ['rights', 'complaint', 'withdraw-consent']) +
    (notice.rights ?? []).map((right) => plain(right.text)).join('\n') +
    plain(notice.summary);
  const purposes = notice.sections.flatMap((section, i) =>
    (section.purposes ?? []).map((purpose, j) => ({
      purpose,
      path: `sections[${i}].purposes[${j}]`,
    }))
  );
  const contacts = notice.contacts ?? [];
  const reachable = (who?: {email?: string; phone?: string; address?: object}) =>
    !!who && !!(who.email || who.phone || who.address);

  // 13(1)(a): the controller and how to reach them.
  if (
    !reachable(notice.controller) &&
    !contacts.some(reachable) &&
    !EMAIL_OR_PHONE.test(textOf(notice, ['controller', 'contact']))
  )
    add(
      'controller-contact-missing',
      'controller',
      'No way to reach the controller found: no email, phone or address in `controller` or `contacts`, and none in the controller or contact sections.'
    );

  // 13(1)(b): the DPO, where one is mentioned.
  const dpoContacts = contacts.filter((contact) => contact.role === 'dpo');
  const dpoMentioned =
    hasKind(notice, 'dpo') ||
    dpoContacts.length > 0 ||
    WORDS.dpo.test(all + contacts.map((contact) => plain(contact.title)).join('\n'));
  if (
    dpoMentioned &&
    !dpoContacts.some(reachable) &&
    !EMAIL_OR_PHONE.test(textOf(notice, ['dpo']))
  )
    add(
      'dpo-contact-missing',
      dpoContacts.length ? `contacts[${contacts.indexOf(dpoContacts[0])}]` : 'contacts',
      'A data protection officer is mentioned, but no email, phone or address for them is given.'
    );

  // 13(1)(c): purposes and their legal bases.
  const purposeText = textOf(notice, ['purposes', 'legal-basis', 'legitimate-interests']);
  if (!purposes.length && !hasKind(notice, 'purposes') && !WORDS.purposes.test(all))
    add(
      'purposes-missing',
      'sections',
      'No purposes of processing found: no section of kind "purposes" and no text about what the data is used for.'
    );
  const withBasis = purposes.filter(({purpose}) => purpose.legalBasis?.length);
  if (
    !withBasis.length &&
    !hasKind(notice, 'legal-basis') &&
    // Not the summary: it is a digest of the sections, and its "consent" is often about disclosures.
    !WORDS.legalBasis.test(purposeText)
  )
    add(
      'legal-basis-missing',
      sectionPath(notice, 'purposes'),
      'No legal basis found: no section of kind "legal-basis", no `legalBasis` on a purpose, and no purpose text that names one (consent, contract, legal obligation, legitimate interests…).'
    );
  if (withBasis.length)
    for (const {purpose, path} of purposes)
      if (!purpose.legalBasis?.length)
        add(
          'purpose-without-legal-basis',
          path,
          `The purpose "${short(purpose.purpose)}" has no \`legalBasis\`, while other purposes have one.`
        );

  // 13(1)(d): legitimate interests, where a purpose rests on them.
  if (!hasKind(notice, 'legitimate-interests'))
    for (const {purpose, path} of purposes)
      if (purpose.legalBasis?.includes('A6-1-f') && !purpose.legitimateInterest)
        add(
          'legitimate-interests-unexplained',
          path,
          `The purpose "${short(purpose.purpose)}" rests on legitimate interests (A6-1-f), but neither its \`legitimateInterest\` nor a section of kind "legitimate-interests" says what they are.`
        );

  // 14(1)(d), 13(1)(e): categories of data, recipients.
  if (!hasKind(notice, 'data-categories') && !WORDS.dataCategories.test(all))
    add(
      'data-categories-missing',
      'sections',
      'No categories of personal data found: no section of kind "data-categories" and no text that lists them.'
    );
  if (!hasKind(notice, 'recipients') && !WORDS.recipients.test(all))
    add(
      'recipients-missing',
      'sections',
      'No recipients found: no section of kind "recipients" and no text about who receives the data or that it is not disclosed.'
    );

  // 13(1)(f): transfers outside the EU/EEA and their safeguards.
  const services = notice.cookies?.services ?? [];
  const abroad = services
    .map((service, i) => ({service, path: `cookies.services[${i}]`}))
    .filter(({service}) => service.transferCountry && !EEA.has(service.transferCountry));
  if (!hasKind(notice, 'transfers') && !abroad.length && !WORDS.eea.test(all))
    add(
      'transfers-unstated',
      'sections',
      'Nothing says whether data is transferred outside the EU/EEA: no section of kind "transfers", no `transferCountry`, and no text about it.'
    );
  const transferSections = notice.sections
    .map((section, i) => ({text: sectionText(section), path: `sections[${i}]`, section}))
    .filter(({section}) => section.kind === 'transfers');
  const transfersThatHappen = transferSections.filter(
    ({text}) => !WORDS.noTransfer.test(text) || WORDS.transferException.test(text)
  );
  const safeguardText = [
    textOf(notice, ['transfers', 'recipients', 'cookies']),
    plain(notice.cookies?.description),
    ...services.map((service) => plain(service.purpose)),
  ].join('\n');
  if ((transfersThatHappen.length || abroad.length) && !WORDS.safeguards.test(safeguardText)) {
    const where = [
      ...transfersThatHappen.map(
        ({section}) => `section "${section.id}" allows transfers outside the EU/EEA`
      ),
      ...abroad.map(
        ({service, path}) =>
          `${short(service.name)} (${path}) sends data to ${service.transferCountry}`
      ),
    ];
    add(
      'transfer-safeguards-missing',
      transfersThatHappen[0]?.path ?? abroad[0].path,
      `${capitalise(where.join('; '))}, but the notice names no adequacy decision, standard contractual clauses or other safeguard.`
    );
  }
  if (WORDS.privacyShield.test(all + safeguardText)) {
    const i = notice.sections.findIndex((section) =>
      WORDS.privacyShield.test(sectionText(section))
    );
    add(
      'privacy-shield',
      i < 0 ? 'cookies' : `sections[${i}]`,
      'The notice relies on the EU–US Privacy Shield, which is no longer valid.'
    );
  }

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
  return out;
}

// ---- Facts that can be verified -------------------------------------------

function facts(notice: NoticeDocument): CheckWarning[] {
  const out: CheckWarning[] = [];
  const add = (code: WarningCode, path: string, message: string) =>
    out.push(warning(code, path, message));

  const businessId = notice.controller.businessId;
  if (businessId) {
    if (looksLikeFinnishBusinessId(businessId)) {
      if (!isValidFinnishBusinessId(businessId))
        add(
          'business-id-check-digit',
          'controller.businessId',
          `"${businessId}" is written like a Finnish business ID (Y-tunnus), but its check digit is wrong.`
        );
    } else if (notice.controller.address?.country === 'FI')
      add(
        'business-id-format',
        'controller.businessId',
        `"${short(businessId)}" is not written like a Finnish business ID (1234567-8), though the controller's address is in Finland.`
      );
  }

  const lawAt = notice.sections.findIndex((section) =>
    WORDS.repealedLaw.test(plain(section.body))
  );
  const lawInReferences = (notice.legalReferences ?? []).findIndex((reference) =>
    WORDS.repealedLaw.test(plain(reference))
  );
  if (lawAt >= 0 || lawInReferences >= 0)
    add(
      'repealed-law',
      lawInReferences >= 0 ? `legalReferences[${lawInReferences}]` : `sections[${lawAt}]`,
      'The notice refers to the Personal Data Act (henkilötietolaki 523/1999), which is no longer in force.'
    );

  out.push(...languageCoverage(notice));

  const links: {path: string; url: string}[] = [];
  walkText(noticeShape, notice, '', (value, path) => {
    if (typeof value === 'string' && /^http:\/\//i.test(value)) links.push({path, url: value});
    for (const text of typeof value === 'string' ? [value] : Object.values(value))
      for (const [, url] of text.matchAll(/href\s*=\s*["']?(http:\/\/[^"'\s>]+)/gi))
        links.push({path, url});
  });
  for (const {path, url} of unique(links))
    add('insecure-link', path, `${short(url)} uses http:, not https:.`);
  return out;
}

/**
 * Calls `visit` for every string the document holds, with its path and
 * whether it is a localised text (and then whether it is rich text), by
 * walking the document's shape: no guessing which objects are translations.
 */
function walkText(
  shape: Shape<unknown>,
  value: unknown,
  path: string,
  visit: (value: LocalizedText, path: string, localized?: {rich: boolean}) => void
): void {
  const spec = shape.spec;
  if (value === undefined) return;
  if ('localized' in spec) {
    const inner = spec.localized.spec;
    visit(value as LocalizedText, path, {rich: 'text' in inner && inner.text.max > 500});
  } else if ('text' in spec) visit(value as string, path);
  else if ('list' in spec)
    (value as unknown[]).forEach((item, i) => walkText(spec.list, item, `${path}[${i}]`, visit));
  else if ('object' in spec) {
    const fields = {...spec.object, ...spec.optional};
    for (const [key, field] of Object.entries(fields))
      walkText(field, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, visit);
  }
}

/**
 * Declared languages missing from texts, and languages used but not declared.
 * A plain string counts as the first language: a name or a label may well be
 * the same in every language, so only rich text must have each one.
 */
function languageCoverage(notice: NoticeDocument): CheckWarning[] {
  const declared = notice.languages.map((tag) => tag.toLowerCase());
  const missing = new Map<string, string[]>();
  const undeclared = new Map<string, string[]>();
  const note = (map: Map<string, string[]>, tag: string, path: string) =>
    map.set(tag, [...(map.get(tag) ?? []), path]);
  walkText(noticeShape, notice, '', (value, path, localized) => {
    if (!localized) return;
    if (typeof value === 'string') {
      if (localized.rich) for (const tag of notice.languages.slice(1)) note(missing, tag, path);
      return;
    }
    const has = Object.keys(value).map((tag) => tag.toLowerCase());
    for (const tag of notice.languages)
      if (!has.includes(tag.toLowerCase())) note(missing, tag, path);
    for (const tag of Object.keys(value))
      if (!declared.includes(tag.toLowerCase())) note(undeclared, tag, path);
  });
  const paths = (list: string[]) =>
    list.slice(0, 3).join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
  return [
    ...[...missing].map(([tag, list]) =>
      warning(
        'language-missing',
        list[0],
        `${count(list.length, 'text has', 'texts have')} no "${tag}" version, though "${tag}" is in \`languages\`: ${paths(list)}.`
      )
    ),
    ...[...undeclared].map(([tag, list]) =>
      warning(
        'language-undeclared',
        list[0],
        `${count(list.length, 'text has', 'texts have')} a "${tag}" version, but "${tag}" is not in \`languages\`: ${paths(list)}.`
      )
    ),
  ];
}

// ---- Small helpers ---------------------------------------------------------

/** The first language's text, cut to a readable length. */
function short(value: LocalizedText): string {
  const text = (typeof value === 'string' ? value : (Object.values(value)[0] ?? ''))
    .replace(/<[^>]*>/g, '')
    .trim();
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a", "a and b", "a, b and c". */
const listing = (words: readonly string[]) =>
  words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

function unique<T extends {path: string; url: string}>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = item.path + ' ' + item.url;
    return !seen.has(key) && !!seen.add(key);
  });
}
