/**
 * The notice document, schemaVersion 1: declared once, here. Types come from
 * `Infer`, `privacy-notice.schema.json` from `noticeShape.json()`, and the
 * widget's validator from `noticeShape.check`.
 */
import {
  DURATION_PATTERN,
  EMAIL_PATTERN,
  LANGUAGE_TAG_PATTERN,
  PHONE_PATTERN,
  SESSION_OR_DURATION_PATTERN,
  SLUG_PATTERN,
  URL_PATTERN,
} from './patterns.js';
import {canonicalLanguageTag} from './language.js';
import {boolean, exactly, list, localized, object, oneOf, refine, report, text, type Infer} from './shape.js';

export const SCHEMA_VERSION = 1;

/** Section kinds, each mapped to an item of GDPR Art. 13/14. */
export const SECTION_KINDS = [
  'controller',
  'contact',
  'dpo',
  'register-name',
  'purposes',
  'legal-basis',
  'legitimate-interests',
  'data-categories',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'rights',
  'withdraw-consent',
  'complaint',
  'automated-decisions',
  'requirement',
  'security',
  'cookies',
  'other',
] as const;

/** Requests a controller accepts from a data subject. */
export const RIGHT_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'objection-direct-marketing',
  'portability',
  'withdraw-consent',
  'complaint',
] as const;

export const CONTACT_ROLES = ['register-contact', 'dpo', 'privacy-team', 'other'] as const;

/** Legal bases of GDPR Art. 6(1), as W3C DPV GDPR identifiers. */
export const LEGAL_BASES = ['A6-1-a', 'A6-1-b', 'A6-1-c', 'A6-1-d', 'A6-1-e', 'A6-1-f'] as const;

export const COOKIE_CATEGORIES = ['necessary', 'preferences', 'analytics', 'marketing'] as const;

export const STORAGE_TYPES = ['cookie', 'localStorage', 'sessionStorage', 'pixel'] as const;

const languageTag = text({
  max: 35,
  pattern: LANGUAGE_TAG_PATTERN,
  expected: 'a language tag like "fi" or "sv-FI"',
  test: [(tag) => !!canonicalLanguageTag(tag), 'is not a valid BCP 47 language tag'],
  canonical: (tag) => canonicalLanguageTag(tag)!,
});
const slug = text({
  max: 80,
  pattern: SLUG_PATTERN,
  expected: 'a slug (a-z, 0-9, -) like "data-content"',
});
const isoDate = text({
  max: 10,
  pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  expected: 'an ISO date like "2024-05-31"',
  // 2025-02-30 matches the pattern; the calendar says no.
  test: [(date) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), 'is not a date that exists'],
  format: 'date',
});
const isoDuration = text({
  max: 40,
  pattern: DURATION_PATTERN,
  expected: 'an ISO 8601 duration like "P2Y"',
});
const email = text({
  max: 254,
  pattern: EMAIL_PATTERN,
  expected: 'an email address like "privacy@example.fi"',
  format: 'email',
});
const url = text({
  max: 2048,
  pattern: URL_PATTERN,
  expected: 'an http: or https: address',
  format: 'uri',
});
const phone = text({
  max: 40,
  pattern: PHONE_PATTERN,
  expected: 'a phone number like "+358 40 123 4567"',
});
const country = text({
  max: 2,
  pattern: /^[A-Z]{2}$/,
  expected: 'a country code like "FI"',
});
const short = text({max: 500});
const long = text({max: 200_000});

/** A plain, short string in the document's languages. */
const label = localized(short, languageTag);
/** Rich text (a small HTML subset, sanitised when rendered). */
const richText = localized(long, languageTag);

const addressShape = object(
  {},
  {
    street: label,
    postalCode: text({max: 20}),
    locality: label,
    country,
  }
);

/** A phone number with what it is for: "vaihde", "arkisin 9–16". */
const phoneEntryShape = object({number: phone}, {label});
/** An email address with what it is for. */
const emailEntryShape = object({address: email}, {label});
/** Fields every card of a person or team has: one or several ways to reach them. */
const reachFields = {
  email,
  phone,
  emails: list(emailEntryShape, {max: 10}),
  phones: list(phoneEntryShape, {max: 10}),
  address: addressShape,
};

const personShape = object({name: label}, {...reachFields, url});

const contactShape = object({role: oneOf(CONTACT_ROLES, 'contact role')}, {name: label, title: label, ...reachFields});

const purposeShape = object(
  {purpose: label},
  {
    legalBasis: list(oneOf(LEGAL_BASES, 'legal basis'), {min: 1, max: 6}),
    legitimateInterest: label,
  }
);

const retentionShape = object({}, {data: label, duration: isoDuration, criteria: richText, text: richText});

const sectionKind = oneOf(SECTION_KINDS, 'kind');

/** Ids that lenient mode made up for sections whose own id was unusable. */
const madeUpIds = new WeakSet<object>();

const sectionShape = object(
  {id: slug, kind: sectionKind, body: richText},
  {
    number: text({
      max: 20,
      pattern: /^[\da-z]+([.-][\da-z]+)*$/i,
      expected: 'a section number like "3" or "2.1"',
    }),
    kinds: list(sectionKind, {max: SECTION_KINDS.length}),
    title: label,
    purposes: list(purposeShape, {max: 100}),
    retention: list(retentionShape, {max: 100}),
  },
  {
    // Lenient: a section keeps its text when its id or kind is unusable.
    id: (section, index) => {
      madeUpIds.add(section);
      return `section-${index + 1}`;
    },
    kind: () => 'other',
  }
);

const rightShape = object(
  {type: oneOf(RIGHT_TYPES, 'right')},
  {
    text: richText,
    /** `false`: the controller states it does not grant this right. */
    offered: boolean(),
  }
);

const changeShape = object({date: isoDate, summary: richText}, {version: text({max: 40})});

const cookieItemShape = object(
  {
    name: text({max: 200}),
    type: oneOf(STORAGE_TYPES, 'storage type'),
    duration: text({
      max: 40,
      pattern: SESSION_OR_DURATION_PATTERN,
      expected: '"session" or an ISO 8601 duration like "P2Y"',
    }),
  },
  {description: richText}
);

const cookieServiceShape = object(
  {
    id: slug,
    name: label,
    category: oneOf(COOKIE_CATEGORIES, 'cookie category'),
    items: list(cookieItemShape, {max: 2000}),
  },
  {
    provider: label,
    purpose: richText,
    privacyPolicy: url,
    transferCountry: country,
  }
);

const cookiesShape = object({services: list(cookieServiceShape, {max: 500})}, {description: richText});

const uniqueSectionIds = refine(list(sectionShape, {min: 1, max: 5000}), (sections, path, context) => {
  const first = new Map<string, number>();
  // Lenient: the document's own ids first, so a made-up one never takes a
  // deep link; a repeated id gets "-2", "-3"…
  const order = [...sections.keys()].sort((a, b) => Number(madeUpIds.has(sections[a])) - Number(madeUpIds.has(sections[b])));
  for (const i of order) {
    const {id} = sections[i];
    if (!first.has(id)) {
      first.set(id, i);
      continue;
    }
    if (!madeUpIds.has(sections[i])) report(context.errors, `${path}[${i}].id`, `"${id}" is already the id of ${path}[${first.get(id)}]`);
    if (!context.lenient) continue;
    let n = 2;
    while (first.has(`${id}-${n}`)) n++;
    sections[i] = {...sections[i], id: `${id}-${n}`};
    first.set(sections[i].id, i);
  }
  return first.size === sections.length;
});

const uniqueLanguages = refine(list(languageTag, {min: 1, max: 30}), (languages, path, context) => {
  const seen = new Set<string>();
  let ok = true;
  for (const [i, tag] of [...languages.entries()]) {
    const key = tag.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    report(context.errors, `${path}[${i}]`, `"${tag}" is listed twice`);
    ok = false;
  }
  if (context.lenient && !ok) {
    const kept = languages.filter((tag, i) => languages.findIndex((t) => t.toLowerCase() === tag.toLowerCase()) === i);
    languages.splice(0, languages.length, ...kept);
    return true;
  }
  return ok;
});

/** The whole notice document. */
export const noticeShape = object(
  {
    schemaVersion: exactly(SCHEMA_VERSION),
    id: slug,
    languages: uniqueLanguages,
    title: label,
    controller: object(
      {name: label},
      {
        businessId: text({max: 40}),
        ...reachFields,
        url,
        representative: personShape,
      },
      {name: (_, __, context) => context.placeholder?.('controller')}
    ),
    sections: uniqueSectionIds,
  },
  {
    updated: isoDate,
    effective: isoDate,
    version: text({max: 40}),
    summary: richText,
    introduction: richText,
    legalReferences: list(label, {max: 50}),
    contacts: list(contactShape, {max: 50}),
    rights: list(rightShape, {max: 20}),
    cookies: cookiesShape,
    changes: list(changeShape, {max: 500}),
  },
  {
    // Lenient: what a document that is shown at all needs, and never a fact
    // it does not state (see repairNotice).
    schemaVersion: () => SCHEMA_VERSION,
    id: () => 'notice',
    languages: () => ['und'],
    // The controller's own name, never a placeholder standing in for it.
    title: (notice, _, context) =>
      (!context.filled?.includes('controller.name') && (notice.controller as {name?: string} | undefined)?.name) ||
      context.placeholder?.('title'),
    controller: (_, __, context) => {
      const name = context.placeholder?.('controller');
      return name && {name};
    },
  }
);

export type NoticeDocument = Infer<typeof noticeShape>;
/** A string in the document's languages: plain, or language tag → text. */
export type LocalizedText = Infer<typeof label>;
export type NoticeSection = NoticeDocument['sections'][number];
export type SectionKind = (typeof SECTION_KINDS)[number];
export type RightType = (typeof RIGHT_TYPES)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type LegalBasis = (typeof LEGAL_BASES)[number];
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];
export type StorageType = (typeof STORAGE_TYPES)[number];
export type NoticeContact = NonNullable<NoticeDocument['contacts']>[number];
export type NoticeRight = NonNullable<NoticeDocument['rights']>[number];
export type PostalAddress = Infer<typeof addressShape>;
export type CookieService = Infer<typeof cookieServiceShape>;
export type CookieItem = Infer<typeof cookieItemShape>;
export type NoticeChange = NonNullable<NoticeDocument['changes']>[number];
export type PhoneEntry = Infer<typeof phoneEntryShape>;
export type EmailEntry = Infer<typeof emailEntryShape>;

/** Every Art. 13/14 item a section covers: its `kind`, then its `kinds`. */
export const sectionKinds = (section: NoticeSection): SectionKind[] => [...new Set([section.kind, ...(section.kinds ?? [])])];

type Reachable = {phone?: string; phones?: PhoneEntry[]; email?: string; emails?: EmailEntry[]};

/** Every phone number of a controller, person or contact, `phone` first. */
export const phonesOf = (who: Reachable): PhoneEntry[] => [...(who.phone ? [{number: who.phone}] : []), ...(who.phones ?? [])];

/** Every email address of a controller, person or contact, `email` first. */
export const emailsOf = (who: Reachable): EmailEntry[] => [...(who.email ? [{address: who.email}] : []), ...(who.emails ?? [])];

/** When the notice last changed: `updated`, else its latest `changes[]` date. */
export const lastUpdated = (notice: Pick<NoticeDocument, 'updated' | 'changes'>): string | undefined =>
  notice.updated ?? notice.changes?.reduce<string | undefined>((latest, {date}) => (latest && latest > date ? latest : date), undefined);
