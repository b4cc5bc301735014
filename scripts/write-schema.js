#!/usr/bin/env node
/**
 * Writes privacy-notice.schema.json, the JSON Schema authors point `$schema`
 * at for editor completion and hover help. The structure comes from the same
 * declaration the validator uses (`noticeShape` in src/document/schema.ts);
 * only the human descriptions below are added here, so they never reach the
 * widget's bundle. Run `npm run schema` (after `npm run build:lib`); a unit
 * test fails when the committed file and this script disagree.
 */
import {writeFile} from 'node:fs/promises';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const SCHEMA_ID = 'https://unpkg.com/privacy-notice/privacy-notice.schema.json';

const text = 'A plain string in the first language, or an object of language tag → text, e.g. {"fi": "…", "en": "…"}.';
const rich = `${text} May use a small HTML subset: p, ul, ol, li, a, strong, em, br, table basics (sanitised when shown).`;

/**
 * Hover help, by path: `.` between keys, `[]` for the entries of a list.
 * Every path must exist in the schema (the script stops otherwise).
 */
export const DESCRIPTIONS = {
  '': 'A privacy notice (GDPR Art. 13/14; in Finnish tietosuojaseloste) for the <privacy-notice> web component. Check it with `npx privacy-notice check FILE`.',
  $schema: 'Where editors find this schema, e.g. "https://unpkg.com/privacy-notice/privacy-notice.schema.json".',
  schemaVersion:
    'The version of this format. Always 1 for now. `privacy-notice check` refuses a newer number; an older widget shows what it understands of such a document, with a console warning.',
  id: 'A short name for this notice (lower-case letters, digits and hyphens), e.g. "acme-customer-register". Consent records and form requests refer to it.',
  languages:
    'The languages the notice is written in, as BCP 47 tags ("fi", "en", "sv"). The first is the original; the others are translations.',
  title: `The notice's heading, e.g. "Tietosuojaseloste – asiakasrekisteri". ${text}`,
  updated:
    'When the notice was last changed, as an ISO date ("2024-05-31"). Shown to readers. Optional: leave it out rather than guess; without it the latest `changes` date is shown.',
  introduction: `Text before the first section, such as a preamble ("Tämä on EU:n yleisen tietosuoja-asetuksen mukainen…"). ${rich}`,
  changes:
    'The version history, newest or oldest first: what changed and when. Shown as "Change history"; a visitor who allowed preference storage sees a mark when the notice changed since their last visit.',
  'changes[].date': 'When this change was made (ISO date).',
  'changes[].version': 'The version this change made, e.g. "2.0".',
  'changes[].summary': `What changed, in a sentence or two. ${rich}`,
  effective: 'When this version takes effect, if not at once (ISO date).',
  version: 'Your own version label, e.g. "2.1".',
  summary: `A short first layer (who, why, your rights) shown above the sections. ${rich}`,
  legalReferences: 'Laws the notice refers to, e.g. "EU 2016/679" or "Tietosuojalaki 1050/2018".',
  controller: 'Who decides on the processing (rekisterinpitäjä): GDPR Art. 13(1)(a).',
  'controller.name': `The controller's name, e.g. "Acme Oy". ${text}`,
  'controller.businessId': 'Business ID, e.g. a Finnish Y-tunnus "1234567-8" (its check digit is verified).',
  'controller.address': "The controller's postal address.",
  'controller.email': 'An email address for privacy matters.',
  'controller.phone': 'A phone number, best in international form: "+358 40 123 4567".',
  'controller.phones': 'Several phone numbers, each with what it is for, e.g. {"number": "09 123 4567", "label": "vaihde"}.',
  'controller.phones[].number': 'The number, digits and spaces only (put "arkisin 9–16" in `label`).',
  'controller.phones[].label': `What the number is for, or when it answers. ${text}`,
  'controller.emails': 'Several email addresses, each with what it is for.',
  'controller.emails[].address': 'The email address.',
  'controller.emails[].label': `What the address is for. ${text}`,
  'controller.url': "The controller's website (https:).",
  'controller.representative': "The controller's representative in the EU, if the controller is outside it (Art. 27).",
  contacts:
    'People or teams to contact about the register: the contact person (yhteyshenkilö), the data protection officer (tietosuojavastaava), a privacy team.',
  'contacts[].role': 'What the contact is for.',
  'contacts[].name': `The person's or team's name. ${text}`,
  'contacts[].title': `Their job title, e.g. "Markkinointikoordinaattori". ${text}`,
  sections: 'The notice itself, in reading order: one entry per heading of your existing notice.',
  'sections[].id': 'A unique short name (lower-case letters, digits, hyphens) used in links to this section: page.html#privacy-purposes.',
  'sections[].kind':
    'Which GDPR Art. 13/14 item the section covers. The checker uses it to find gaps; the widget uses it for a default heading. Use "other" for anything else.',
  'sections[].kinds':
    'Further Art. 13/14 items this section also covers, e.g. ["legal-basis"] for a section on "purposes and legal basis". The checker counts all of them.',
  'sections[].number': 'The section\'s number as your notice gives it ("3", "2.1"), shown before the heading. Links still use `id`.',
  'sections[].title': `The heading. Optional for known kinds (the widget supplies a localised one). ${text}`,
  'sections[].body': `The section's text, every sentence of it. ${rich}`,
  'sections[].purposes': 'Structured purposes of processing with their legal bases (for the checker and the form).',
  'sections[].purposes[].purpose': `What the data is used for. ${text}`,
  'sections[].purposes[].legalBasis': 'The legal bases of GDPR Art. 6(1) this purpose rests on, as W3C DPV identifiers.',
  'sections[].purposes[].legitimateInterest': `When the basis is A6-1-f: what the legitimate interest is (Art. 13(1)(d)). ${text}`,
  'sections[].retention': 'How long data is kept (Art. 13(2)(a)): per data category, a period or the criteria.',
  'sections[].retention[].data': `Which data this applies to. ${text}`,
  'sections[].retention[].duration': 'How long, as an ISO 8601 duration: "P2Y" is two years, "P6M" six months.',
  'sections[].retention[].criteria': `The criteria that decide how long, where no fixed period can be given (Art. 13(2)(a)). ${rich}`,
  'sections[].retention[].text': `The period or criteria in words, e.g. "two years after the customer relationship ends". ${rich}`,
  rights:
    'The requests the controller accepts from the people in the register (Art. 15–22, 7(3), 77). The contact form offers exactly these.',
  'rights[].type': 'The right.',
  'rights[].text': `How to use the right, or its limits. ${rich}`,
  'rights[].offered':
    'false when the notice states that this right is NOT granted (say why in `text`); the form then does not offer it. Default true.',
  cookies: 'Cookies and similar storage the site uses, for the cookie panel.',
  'cookies.description': `An introduction shown above the list. ${rich}`,
  'cookies.services': 'One entry per service that stores or reads data in the browser (your own site, Google Analytics, …).',
  'cookies.services[].id': 'A unique short name for the service, e.g. "google-analytics".',
  'cookies.services[].name': `The service's name. ${text}`,
  'cookies.services[].category': 'What the service is for; everything but "necessary" waits for consent.',
  'cookies.services[].provider': `Who runs the service, e.g. "Google Ireland Ltd". ${text}`,
  'cookies.services[].purpose': `Why the service is used. ${rich}`,
  'cookies.services[].privacyPolicy': "The provider's privacy policy (https:).",
  'cookies.services[].transferCountry': 'The country outside the EU/EEA the data goes to, if any, as an ISO 3166 code ("US").',
  'cookies.services[].items': 'The cookies and storage keys the service sets.',
  'cookies.services[].items[].name': 'The cookie or key name; * matches any characters, e.g. "_ga_*".',
  'cookies.services[].items[].type': 'Where it is stored.',
  'cookies.services[].items[].duration': 'How long it lives: "session" or an ISO 8601 duration ("P2Y", "P13M", "PT30M").',
  'cookies.services[].items[].description': `What it holds and why. ${rich}`,
};

/** Help for single values of a vocabulary (VS Code shows `enumDescriptions`). */
export const ENUM_DESCRIPTIONS = {
  'sections[].kind': {
    controller: 'Who the controller is and how to reach them — Art. 13(1)(a)',
    contact: 'Contact person for the register — Art. 13(1)(a)',
    dpo: 'Data protection officer — Art. 13(1)(b)',
    'register-name': 'The name of the register (Finnish rekisterin nimi)',
    purposes: 'Purposes of processing — Art. 13(1)(c)',
    'legal-basis': 'Legal basis of processing — Art. 13(1)(c)',
    'legitimate-interests': 'The legitimate interests pursued — Art. 13(1)(d)',
    'data-categories': 'Categories of personal data (tietosisältö) — Art. 14(1)(d)',
    sources: 'Where the data comes from (tietolähteet) — Art. 14(2)(f)',
    recipients: 'Recipients and disclosures (luovutukset) — Art. 13(1)(e)',
    transfers: 'Transfers outside the EU/EEA and their safeguards — Art. 13(1)(f)',
    retention: 'How long data is kept — Art. 13(2)(a)',
    rights: "The data subject's rights — Art. 13(2)(b)",
    'withdraw-consent': 'The right to withdraw consent — Art. 13(2)(c)',
    complaint: 'The right to complain to a supervisory authority — Art. 13(2)(d)',
    'automated-decisions': 'Automated decision-making and profiling — Art. 13(2)(f)',
    requirement: 'Whether giving the data is required by law or contract — Art. 13(2)(e)',
    security: 'How the data is protected (suojauksen periaatteet)',
    cookies: 'Cookies and similar technologies',
    other: 'Anything else',
  },
  'sections[].purposes[].legalBasis[]': {
    'A6-1-a': 'Consent — Art. 6(1)(a)',
    'A6-1-b': 'Contract with the data subject — Art. 6(1)(b)',
    'A6-1-c': 'Legal obligation — Art. 6(1)(c)',
    'A6-1-d': 'Vital interests — Art. 6(1)(d)',
    'A6-1-e': 'Public task — Art. 6(1)(e)',
    'A6-1-f': 'Legitimate interests — Art. 6(1)(f)',
  },
  'rights[].type': {
    access: 'Right of access — Art. 15',
    rectification: 'Right to rectification — Art. 16',
    erasure: 'Right to erasure — Art. 17',
    restriction: 'Right to restriction of processing — Art. 18',
    objection: 'Right to object — Art. 21(1)',
    'objection-direct-marketing': 'Right to object to direct marketing — Art. 21(2)',
    portability: 'Right to data portability — Art. 20',
    'withdraw-consent': 'Withdrawing consent — Art. 7(3)',
    complaint: 'Complaint to a supervisory authority — Art. 77',
  },
  'contacts[].role': {
    'register-contact': 'Contact person for the register (rekisterin yhteyshenkilö)',
    dpo: 'Data protection officer (tietosuojavastaava) — Art. 37–39',
    'privacy-team': 'A team or shared mailbox for privacy matters',
    other: 'Anyone else',
  },
  'cookies.services[].category': {
    necessary: 'Needed for the site to work; no consent asked',
    preferences: 'Remembers choices such as language',
    analytics: 'Measures use of the site',
    marketing: 'Advertising and tracking across sites',
  },
};

/** Every subschema of `schema` by path, in the notation of DESCRIPTIONS. */
function* walk(schema, path = '') {
  yield [path, schema];
  const join = (key) => (path ? `${path}.${key}` : key);
  for (const [key, sub] of Object.entries(schema.properties ?? {})) yield* walk(sub, join(key));
  if (schema.items) yield* walk(schema.items, `${path}[]`);
}

/**
 * The published schema: the validator's structure, plus `$id`, a title and
 * the descriptions above. Pure, so the test can compare it with the file.
 */
export function buildSchema({noticeShape, toJsonSchema}) {
  const structure = toJsonSchema(noticeShape);
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'privacy-notice document',
    ...structure,
    properties: {
      $schema: {type: 'string', format: 'uri-reference'},
      ...structure.properties,
    },
  };
  const found = new Map(walk(schema));
  for (const [path, description] of Object.entries(DESCRIPTIONS)) {
    const sub = found.get(path);
    if (!sub) throw new Error(`DESCRIPTIONS names "${path}", which the schema does not have`);
    sub.description = description;
  }
  for (const [path, descriptions] of Object.entries(ENUM_DESCRIPTIONS)) {
    const sub = found.get(path);
    if (!sub?.enum) throw new Error(`ENUM_DESCRIPTIONS names "${path}", which is not a list of words`);
    const missing = sub.enum.filter((value) => !(value in descriptions));
    if (missing.length) throw new Error(`ENUM_DESCRIPTIONS["${path}"] lacks ${missing.join(', ')}`);
    sub.enumDescriptions = sub.enum.map((value) => descriptions[value]);
  }
  return schema;
}

export const schemaFile = fileURLToPath(new URL('../privacy-notice.schema.json', import.meta.url));

export const formatSchema = (schema) => JSON.stringify(schema, null, 2) + '\n';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lib = new URL('../lib/document/', import.meta.url);
  const {noticeShape} = await import(new URL('schema.js', lib).href);
  const {toJsonSchema} = await import(new URL('json-schema.js', lib).href);
  await writeFile(schemaFile, formatSchema(buildSchema({noticeShape, toJsonSchema})));
  console.log(`Wrote ${schemaFile}`);
}
