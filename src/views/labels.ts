/**
 * Interface names for the document's fixed vocabularies: default headings of
 * section kinds, legal bases, rights and contact roles. Call during render
 * (inside `inLocale`), so they answer in the interface language.
 */
import {listFormat} from '../intl-cache.js';
import {msg, str} from '../localization.js';
import type {ContactRole, LegalBasis, RightType, SectionKind} from '../document/schema.js';

/** "a, b and c" in the locale's words ("a, b ja c", "a, b och c"). */
export const formatList = (items: string[], locale: string) => listFormat(locale, {type: 'conjunction'}).format(items);

/** "Legal basis…" → "legal basis…", but "EU…" stays: a heading's first word inside a list. */
const lowerFirst = (text: string, locale: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase(locale) + text.slice(1) : text;

/**
 * The heading of a section without a title of its own: its kind's default
 * heading; for several kinds, theirs joined ("Käsittelyn tarkoitukset ja
 * oikeusperuste"); and where the kinds name nothing (`other`), "Section 3",
 * numbered by `ordinal` (the section's own number, else its position).
 */
export function defaultSectionHeading(kinds: readonly SectionKind[], ordinal: string, locale: string): string {
  const named = kinds.filter((kind) => kind !== 'other');
  if (!named.length) return sectionOrdinalLabel(ordinal);
  const [first, ...rest] = named.map(sectionKindHeading);
  return formatList([first, ...rest.map((heading) => lowerFirst(heading, locale))], locale);
}

/** "Section 3": a heading for a section that has nothing better to be called. */
const sectionOrdinalLabel = (ordinal: string) =>
  msg(str`Section ${ordinal}`, {
    desc: 'Heading of a notice section that has no title and no kind to name it by; the number is its section number or position (Finnish "Kohta 3").',
  });

/** The notice's title when the document has none. */
export const noticeTitleLabel = () =>
  msg('Privacy notice', {
    id: 'notice-title',
    desc: 'Heading of a privacy notice whose document has no title (Finnish "tietosuojaseloste", Swedish "dataskyddsbeskrivning").',
  });

/** The heading shown for a section that has no title of its own. */
export function sectionKindHeading(kind: SectionKind): string {
  switch (kind) {
    case 'controller':
      return controllerLabel();
    case 'contact':
      return registerContactLabel();
    case 'dpo':
      return dpoLabel();
    case 'register-name':
      return msg('Name of the register', {
        desc: 'Default heading of a notice section: the name of the personal data register (Finnish "rekisterin nimi").',
      });
    case 'purposes':
      return msg('Why we process personal data', {
        desc: 'Default heading of a notice section: the purposes of processing (GDPR Art. 13(1)(c)).',
      });
    case 'legal-basis':
      return msg('Legal basis for processing', {desc: 'Default heading of a notice section: the legal basis of processing (GDPR Art. 6).'});
    case 'legitimate-interests':
      return msg('Our legitimate interests', {
        desc: "Default heading of a notice section: the controller's legitimate interests (GDPR Art. 6(1)(f)).",
      });
    case 'data-categories':
      return msg('Personal data we process', {
        desc: 'Default heading of a notice section: the categories of personal data (Finnish "rekisterin tietosisältö").',
      });
    case 'sources':
      return msg('Where the data comes from', {
        desc: 'Default heading of a notice section: sources of the data (Finnish "säännönmukaiset tietolähteet").',
      });
    case 'recipients':
      return msg('Who receives the data', {
        desc: 'Default heading of a notice section: recipients of the data and disclosures (Finnish "tietojen luovutukset").',
      });
    case 'transfers':
      return msg('Transfers outside the EU and EEA', {
        desc: 'Default heading of a notice section: transfers to third countries (GDPR Chapter V).',
      });
    case 'retention':
      return msg('How long data is kept', {desc: 'Default heading of a notice section: the retention period.'});
    case 'rights':
      return msg('Your rights', {
        desc: 'Default heading of a notice section: the data subject\'s rights (Finnish "rekisteröidyn oikeudet").',
      });
    case 'withdraw-consent':
      return msg('Withdrawing your consent', {desc: 'Default heading of a notice section: the right to withdraw consent at any time.'});
    case 'complaint':
      return msg('Complaints to the supervisory authority', {
        desc: 'Default heading of a notice section: the right to complain to the data protection authority (in Finland the Data Protection Ombudsman).',
      });
    case 'automated-decisions':
      return msg('Automated decisions and profiling', {
        desc: 'Default heading of a notice section: automated decision-making including profiling (GDPR Art. 22).',
      });
    case 'requirement':
      return msg('Do you have to give your data?', {
        desc: 'Default heading of a notice section: whether providing the data is a statutory or contractual requirement.',
      });
    case 'security':
      return msg('How the data is protected', {
        desc: 'Default heading of a notice section: security measures (Finnish "rekisterin suojauksen periaatteet").',
      });
    case 'cookies':
      return msg('Cookies', {
        id: 'section-kind-cookies',
        desc: 'Default heading of a notice section about cookies and similar technologies.',
      });
    case 'other':
      return msg('Other information', {desc: 'Default heading of a notice section that fits no other kind.'});
  }
}

export const controllerLabel = () =>
  msg('Controller', {
    id: 'controller',
    desc: 'The data controller (GDPR), as a heading of its contact card and default section heading. Finnish "rekisterinpitäjä".',
  });

const registerContactLabel = () =>
  msg('Contact person for the register', {
    desc: 'The person to contact about the register (Finnish "rekisteriasioista vastaava yhteyshenkilö"); a contact card heading and default section heading.',
  });

const dpoLabel = () =>
  msg('Data protection officer', {desc: 'The data protection officer (GDPR Art. 37); a contact card heading and default section heading.'});

/** Heading of a contact card. */
export function contactRoleLabel(role: ContactRole): string {
  switch (role) {
    case 'register-contact':
      return registerContactLabel();
    case 'dpo':
      return dpoLabel();
    case 'privacy-team':
      return msg('Privacy team', {desc: 'Heading of a contact card: the team that handles privacy questions.'});
    case 'other':
      return msg('Contact', {id: 'contact-role-other', desc: 'Heading of a contact card for some other contact.'});
  }
}

/** Plain-words name of a GDPR Art. 6(1) legal basis. */
export function legalBasisLabel(basis: LegalBasis): string {
  switch (basis) {
    case 'A6-1-a':
      return msg('Consent', {id: 'legal-basis-consent', desc: 'Legal basis of processing, GDPR Art. 6(1)(a).'});
    case 'A6-1-b':
      return msg('Performance of a contract', {desc: 'Legal basis of processing, GDPR Art. 6(1)(b).'});
    case 'A6-1-c':
      return msg('Legal obligation', {desc: 'Legal basis of processing, GDPR Art. 6(1)(c).'});
    case 'A6-1-d':
      return msg('Vital interests', {desc: 'Legal basis of processing, GDPR Art. 6(1)(d).'});
    case 'A6-1-e':
      return msg('Public interest or official authority', {desc: 'Legal basis of processing, GDPR Art. 6(1)(e).'});
    case 'A6-1-f':
      return msg('Legitimate interests', {id: 'legal-basis-legitimate-interests', desc: 'Legal basis of processing, GDPR Art. 6(1)(f).'});
  }
}

/** A right the controller states it does not grant, as a list heading. */
export const rightNotGrantedLabel = (right: RightType) =>
  msg(str`Not granted: ${rightLabel(right)}`, {
    desc: 'Heading of a right that the controller states it does NOT grant (for example portability when processing is not based on consent or a contract); the right\'s name follows, with a capital. Finnish "Ei myönnetä: …".',
  });

/** Name of a data subject's right. */
export function rightLabel(right: RightType): string {
  switch (right) {
    case 'access':
      return msg('Right of access', {desc: "A data subject's right (GDPR Art. 15), as a list heading."});
    case 'rectification':
      return msg('Right to rectification', {desc: "A data subject's right (GDPR Art. 16), as a list heading."});
    case 'erasure':
      return msg('Right to erasure', {desc: "A data subject's right (GDPR Art. 17), as a list heading."});
    case 'restriction':
      return msg('Right to restriction of processing', {desc: "A data subject's right (GDPR Art. 18), as a list heading."});
    case 'objection':
      return msg('Right to object', {desc: "A data subject's right (GDPR Art. 21(1)), as a list heading."});
    case 'objection-direct-marketing':
      return msg('Right to object to direct marketing', {desc: "A data subject's right (GDPR Art. 21(2)), as a list heading."});
    case 'portability':
      return msg('Right to data portability', {desc: "A data subject's right (GDPR Art. 20), as a list heading."});
    case 'withdraw-consent':
      return msg('Right to withdraw consent', {desc: "A data subject's right (GDPR Art. 7(3)), as a list heading."});
    case 'complaint':
      return msg('Right to lodge a complaint', {
        desc: "A data subject's right to complain to a supervisory authority (GDPR Art. 77), as a list heading.",
      });
  }
}

// The notice's own labels, here once: the views and the static render
// (src/render/) both call these, so each message has one text and one translation.

export const updatedLabel = (updated: string) =>
  msg(str`Updated ${updated}`, {desc: 'When the privacy notice was last changed; the date is already formatted.'});
export const effectiveLabel = (effective: string) =>
  msg(str`In force from ${effective}`, {
    desc: 'The date from which this version of the privacy notice applies; the date is already formatted.',
  });
export const versionLabel = (version: string) =>
  msg(str`Version ${version}`, {desc: 'Version number or name of the privacy notice, as given by its author.'});
export const legalReferencesLabel = () =>
  msg('Legal references', {desc: 'Label before the list of laws a privacy notice is based on (Finnish "säädösperusta").'});
export const changeHistoryLabel = () =>
  msg('Change history', {desc: 'Heading of the list of earlier changes to the privacy notice (Finnish "muutoshistoria").'});

/** The labels of a contact card's details. */
export const cardLabels = () => ({
  businessId: msg('Business ID', {
    id: 'card-business-id',
    desc: 'Label of a company\'s registration number (Finnish "Y-tunnus", Swedish "FO-nummer").',
  }),
  email: msg('Email', {id: 'card-email', desc: 'Label of an email address on a contact card.'}),
  phone: msg('Phone', {id: 'card-phone', desc: 'Label of a phone number on a contact card.'}),
  website: msg('Website', {id: 'card-website', desc: 'Label of a web address on a contact card.'}),
});

export const legalBasisPrefix = () => msg('Legal basis:', {desc: 'Label before the legal basis (or bases) of one purpose of processing.'});
export const legitimateInterestPrefix = () =>
  msg('Legitimate interest:', {desc: 'Label before the legitimate interest that one purpose of processing rests on.'});
