/**
 * The notice document, schemaVersion 1: declared once, here. Types come from
 * `Infer`, `privacy-notice.schema.json` from `noticeShape.json()`, and the
 * widget's validator from `noticeShape.check`.
 */
import {
  exactly,
  list,
  localized,
  object,
  oneOf,
  refine,
  report,
  text,
  type Infer,
} from './shape.js';

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

export const CONTACT_ROLES = [
  'register-contact',
  'dpo',
  'privacy-team',
  'other',
] as const;

/** Legal bases of GDPR Art. 6(1), as W3C DPV GDPR identifiers. */
export const LEGAL_BASES = [
  'A6-1-a',
  'A6-1-b',
  'A6-1-c',
  'A6-1-d',
  'A6-1-e',
  'A6-1-f',
] as const;

export const COOKIE_CATEGORIES = [
  'necessary',
  'preferences',
  'analytics',
  'marketing',
] as const;

export const STORAGE_TYPES = [
  'cookie',
  'localStorage',
  'sessionStorage',
  'pixel',
] as const;

const languageTag = text({
  max: 35,
  pattern: /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i,
  expected: 'a language tag like "fi" or "sv-FI"',
});
const slug = text({
  max: 80,
  pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  expected: 'a slug (a-z, 0-9, -) like "data-content"',
});
const isoDate = text({
  max: 10,
  pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  expected: 'an ISO date like "2024-05-31"',
  format: 'date',
});
const isoDuration = text({
  max: 40,
  pattern: /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
  expected: 'an ISO 8601 duration like "P2Y"',
});
const email = text({
  max: 254,
  pattern: /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/,
  expected: 'an email address like "privacy@example.fi"',
  format: 'email',
});
const url = text({
  max: 2048,
  pattern: /^https?:\/\/\S+$/i,
  expected: 'an http: or https: address',
  format: 'uri',
});
const phone = text({
  max: 40,
  pattern: /^\+?[\d\s().\-/]{5,}$/,
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

const personShape = object(
  {name: label},
  {email, phone, url, address: addressShape}
);

const contactShape = object(
  {role: oneOf(CONTACT_ROLES, 'contact role')},
  {name: label, title: label, email, phone, address: addressShape}
);

const purposeShape = object(
  {purpose: label},
  {
    legalBasis: list(oneOf(LEGAL_BASES, 'legal basis'), {min: 1, max: 6}),
    legitimateInterest: label,
  }
);

const retentionShape = object(
  {},
  {data: label, duration: isoDuration, text: richText}
);

const sectionShape = object(
  {id: slug, kind: oneOf(SECTION_KINDS, 'kind'), body: richText},
  {
    title: label,
    purposes: list(purposeShape, {max: 100}),
    retention: list(retentionShape, {max: 100}),
  }
);

const rightShape = object(
  {type: oneOf(RIGHT_TYPES, 'right')},
  {text: richText}
);

const cookieItemShape = object(
  {
    name: text({max: 200}),
    type: oneOf(STORAGE_TYPES, 'storage type'),
    duration: text({
      max: 40,
      pattern: /^(session|P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?)$/,
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

const cookiesShape = object(
  {services: list(cookieServiceShape, {max: 500})},
  {description: richText}
);

const uniqueSectionIds = refine(
  list(sectionShape, {min: 1, max: 5000}),
  (sections, path, context) => {
    const first = new Map<string, number>();
    for (const [i, {id}] of sections.entries()) {
      if (first.has(id))
        report(
          context.errors,
          `${path}[${i}].id`,
          `"${id}" is already the id of ${path}[${first.get(id)}]`
        );
      else first.set(id, i);
    }
    return first.size === sections.length;
  }
);

/** The whole notice document. */
export const noticeShape = object(
  {
    schemaVersion: exactly(SCHEMA_VERSION),
    id: slug,
    languages: list(languageTag, {min: 1, max: 30}),
    title: label,
    updated: isoDate,
    controller: object(
      {name: label},
      {
        businessId: text({max: 40}),
        address: addressShape,
        email,
        phone,
        url,
        representative: personShape,
      }
    ),
    sections: uniqueSectionIds,
  },
  {
    effective: isoDate,
    version: text({max: 40}),
    summary: richText,
    legalReferences: list(label, {max: 50}),
    contacts: list(contactShape, {max: 50}),
    rights: list(rightShape, {max: 20}),
    cookies: cookiesShape,
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
