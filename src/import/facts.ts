/**
 * The structured facts a notice states, each with the line it came from:
 * the controller (name, business id, address, email, phones, web address),
 * contact persons and the data protection officer, the rights granted or
 * refused, the analytics and marketing services named, dates and laws.
 * Nothing is made up: a fact not in the text is not in the document.
 */
import type {CookieCategory, NoticeContact, NoticeDocument, NoticeRight, PhoneEntry, RightType, SectionKind} from '../document/schema.js';
import {RIGHT_TYPES} from '../document/schema.js';
import {blockLines, slugify, type Block, type SourceLine} from './blocks.js';
import {
  EMAIL,
  findAddress,
  findBusinessIds,
  isoDate,
  NAME,
  ORGANISATION,
  PHONE,
  phoneDigits,
  URL_PATTERN,
  type PostalAddressFound,
} from './patterns.js';

/** A fact with where it came from. */
export interface FactFound {
  /** Where it went in the document: "controller.address.street", "rights[2]". */
  path: string;
  value: string;
  line: number;
  /** The source line, as the reader of the report can find it. */
  source: string;
}

export interface FactSection {
  kind: SectionKind;
  kinds: SectionKind[];
  title?: string;
  blocks: Block[];
}

export interface Facts {
  controller: NoticeDocument['controller'] | undefined;
  contacts: NoticeContact[];
  rights: NoticeRight[];
  cookies?: NoticeDocument['cookies'];
  updated?: string;
  legalReferences: string[];
  found: FactFound[];
  notes: string[];
  /** What the author must add, with the path it belongs at. */
  missing: {path: string; message: string}[];
}

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

const GENERIC_PHONE_LABEL =
  /^(puh(elin)?|puhelinnumero|p\.|tel(efon|ephone)?|phone|mobile|matkapuhelin|gsm|mob|mobil|nro|numero|number|nummer|tfn)\.?:?$/i;
const ROLE_WORD =
  /(koordinaattori|vastaava|päällikkö|johtaja|asiantuntija|yhteyshenkilö|sihteeri|puheenjohtaja|rahastonhoitaja|ombud|ansvarig|ansvarige|chef|direktör|vd|ordförande|sekreterare|kassör|kontaktperson|officer|manager|director|coordinator|secretary|chair|chairperson|treasurer|ceo|dpo|specialist|assistant|lakimies|jurist|lawyer|counsel|partner|konsult|consultant)$/i;
const DPO_WORDS = /tietosuojavastaava|dataskyddsombud|data protection officer|\bdpo\b/i;
const CONTACT_LABEL =
  /(?:yhteyshenkilö(?:lle|nä)?|rekisteriasioista vastaava|vastuuhenkilö|kontaktperson(?:en)?|contact person|tietosuojavastaava(?:lle)?|dataskyddsombud(?:et)?|data protection officer|dpo)(?:\s[\p{Ll}ä]+){0,4}\s*:\s*/iu;
const NAME_LABEL = /^(?:nimi|namn|name|yritys|företag|company|organisation|organization|toiminimi)\s*:\s*/i;

/** The sentences of a line (list items are one each). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}"“])/u);

interface Reach {
  emails: SourceLine[];
  phones: {number: string; label?: string; at: SourceLine}[];
  address?: {found: PostalAddressFound; at: SourceLine};
  urls: SourceLine[];
}

/** Emails, phones, an address and web addresses in some lines. */
function reach(lines: SourceLine[]): Reach {
  const out: Reach = {emails: [], phones: [], urls: []};
  for (const at of lines) {
    let rest = at.text;
    for (const m of rest.matchAll(EMAIL)) out.emails.push({text: m[0], line: at.line});
    for (const m of rest.matchAll(URL_PATTERN)) out.urls.push({text: m[0].replace(/[.,;:!?)\]>]+$/, ''), line: at.line});
    const address = findAddress(rest);
    if (address && !out.address) out.address = {found: address, at};
    // Mask what is not a phone number: addresses, ids, emails, web addresses, dates.
    rest = rest
      .replace(EMAIL, (s) => ' '.repeat(s.length))
      .replace(URL_PATTERN, (s) => ' '.repeat(s.length))
      .replace(/\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/g, (s) => ' '.repeat(s.length));
    for (const id of findBusinessIds(rest))
      rest = rest.slice(0, id.index) + ' '.repeat(id.value.length) + rest.slice(id.index + id.value.length);
    if (address) rest = rest.slice(0, address.index) + ' '.repeat(address.length) + rest.slice(address.index + address.length);
    let last = 0;
    for (const m of rest.matchAll(PHONE)) {
      const number = m[0].trim();
      if (!phoneDigits(number)) continue;
      const before = rest
        .slice(last, m.index)
        .replace(/^[\s,;/]+|[\s,;:–-]+$/g, '')
        .trim();
      last = (m.index ?? 0) + m[0].length;
      const label =
        before && !GENERIC_PHONE_LABEL.test(before) && before.split(/\s+/).length <= 4 && !/\d|@/.test(before) && !/[.!?]/.test(before)
          ? before.replace(/\s*:$/, '')
          : undefined;
      out.phones.push({number, ...(label ? {label} : {}), at});
    }
  }
  return out;
}

const uniqueBy = <T>(items: T[], key: (item: T) => string) => items.filter((item, i) => items.findIndex((x) => key(x) === key(item)) === i);

/** A name at the start of a line: "Oy Arbonaut Ltd. Käyntiosoite …" gives "Oy Arbonaut Ltd.". */
function nameOnLine(text: string): string | undefined {
  let name = text.replace(NAME_LABEL, '');
  const address = findAddress(name);
  if (address) name = name.slice(0, address.index);
  name = name
    .replace(/\s*\((?:jäljempänä|jäljempänä myös|myöhemmin|nedan|hereinafter|hädanefter)[^)]*\)/i, '')
    .replace(/[,\s]*(?:y-?tunnus|org\.?\s?nr|organisationsnummer|business id|vat|alv)\b.*$/i, '')
    .replace(/\b(?:käyntiosoite|postiosoite|katuosoite|osoite|besöksadress|postadress|adress|address)\s*:?\s*$/i, '')
    .replace(/[\s,;:–-]+$/, '')
    .trim();
  if (!name || name.length > 200 || EMAIL.test(name) || /^https?:/i.test(name)) {
    EMAIL.lastIndex = 0;
    return undefined;
  }
  if (/\d{4,}/.test(name)) return undefined;
  // A sentence, not a name.
  if (/[.!?]$/.test(name) && name.split(/\s+/).length > 4 && !ORGANISATION.test(name)) return undefined;
  if (!/^[\p{Lu}\d"“]/u.test(name)) return undefined;
  return name;
}

interface Card {
  name: string;
  title?: string;
  role: NoticeContact['role'];
  lines: SourceLine[];
  at: SourceLine;
}

/** A person named on a line: "Noora Ylimys", "Tietosuojavastaava Heidi Eklund-Karvonen", "yhteyshenkilö: Tuomo Puumalainen". */
function personOnLine(text: string, sectionRole: NoticeContact['role']): Omit<Card, 'lines' | 'at'> | undefined {
  const labelled = CONTACT_LABEL.exec(text);
  if (labelled) {
    const name = NAME.exec(text.slice(labelled.index + labelled[0].length));
    if (name && name.index === 0 && !ORGANISATION.test(name[0])) {
      const title = text
        .slice(0, labelled.index + labelled[0].length)
        .replace(/\s*:\s*$/, '')
        .trim();
      return {
        name: name[0],
        title: /^\p{Lu}/u.test(title) && title.length <= 60 ? title : undefined,
        role: DPO_WORDS.test(labelled[0]) ? 'dpo' : 'register-contact',
      };
    }
  }
  const trimmed = text.replace(/[\s,]+$/, '');
  if (ORGANISATION.test(trimmed) || trimmed.length > 120) return undefined;
  // "Office Manager Laura Virtanen": the words before the name are a role.
  const words = trimmed.split(/\s+/);
  const wholeName = new RegExp(`^${NAME.source}$`, 'u');
  let title: string | undefined;
  let name: string | undefined;
  for (let k = words.length - 2; k >= 0; k--) {
    const candidate = words.slice(k).join(' ');
    if (!wholeName.test(candidate)) continue;
    const before = words.slice(0, k).join(' ');
    if (k === 0) {
      name ??= candidate;
      break;
    }
    if (ROLE_WORD.test(before) || DPO_WORDS.test(before)) {
      title = before;
      name = candidate;
    }
  }
  if (!name) return undefined;
  return {
    name,
    ...(title ? {title} : {}),
    role: title && DPO_WORDS.test(title) ? 'dpo' : sectionRole,
  };
}

const SERVICES: {name: string; pattern: RegExp; category: CookieCategory; policyHost?: RegExp; onSiteOnlyIf?: boolean}[] = [
  {name: 'Google Analytics', pattern: /google analytics|\bGA4\b/i, category: 'analytics', policyHost: /google\./i},
  {name: 'Google Tag Manager', pattern: /google tag manager/i, category: 'analytics', policyHost: /google\./i},
  {name: 'Google Ads', pattern: /google ads|adwords|doubleclick/i, category: 'marketing', policyHost: /google\./i},
  {name: 'Matomo', pattern: /\bmatomo\b|\bpiwik\b/i, category: 'analytics', policyHost: /matomo\./i},
  {name: 'Hotjar', pattern: /\bhotjar\b/i, category: 'analytics', policyHost: /hotjar\./i},
  {name: 'Microsoft Clarity', pattern: /microsoft clarity|\bclarity\b/i, category: 'analytics', policyHost: /microsoft\./i},
  {name: 'Plausible', pattern: /\bplausible analytics\b|\bplausible\.io\b/i, category: 'analytics'},
  {name: 'Siteimprove', pattern: /\bsiteimprove\b/i, category: 'analytics'},
  {name: 'Leadfeeder', pattern: /\bleadfeeder\b/i, category: 'marketing'},
  {
    name: 'Meta Pixel',
    pattern: /meta pixel|facebook pixel|facebook-pikseli|facebook-pixel|facebookin pikseli/i,
    category: 'marketing',
    policyHost: /facebook\.|meta\./i,
  },
  {name: 'LinkedIn Insight Tag', pattern: /linkedin insight/i, category: 'marketing', policyHost: /linkedin\./i},
  {name: 'TikTok Pixel', pattern: /tiktok pixel/i, category: 'marketing'},
  // Email and CRM services: on the site only where the text says so (cookies,
  // a pixel, tracking); named as a recipient they are not a cookie service.
  {name: 'MailChimp', pattern: /\bmailchimp\b/i, category: 'marketing', policyHost: /mailchimp\.|intuit\./i, onSiteOnlyIf: true},
  {name: 'HubSpot', pattern: /\bhubspot\b/i, category: 'marketing', policyHost: /hubspot\./i, onSiteOnlyIf: true},
];

/** Words that put a service on the website itself: cookies, pixels, tracking. */
const ON_SITE = /evä?ste|cookie|kaka|kakor|pikseli|pixel|seuranta|seuraa? käyt|tracking|spårning|analytiik|analytics|webbanalys/i;

/** Each right: the words that name it, in Finnish, Swedish and English. */
const RIGHT_WORDS: [RightType, RegExp][] = [
  [
    'objection-direct-marketing',
    /(kieltää|kielto|vastust|invänd|motsätt|object)[^.]{0,80}(suoramarkkin|suoramainon|markkinoin|direktmarknadsför|marknadsför|direct marketing|marketing)|(suoramarkkin|suoramainon|direktmarknadsför|direct marketing)[^.]{0,60}(kieltää|kielto|vastust|invänd|motsätt|object|opt out)/i,
  ],
  [
    'access',
    /tarkastusoikeus|oikeus tarkast|oikeus tarkist|tarkastaa|tarkistaa|tarkastuspyyn|itseään koskevat tiedot|pääsy (omiin )?tietoihin|rätt till insyn|rätt att få tillgång|få tillgång|registerutdrag|right of access|right to access|access (to )?(the |your )?(personal )?(data|information)|copy of (the |your )?(personal )?data/i,
  ],
  ['rectification', /korjaa|oikais|oikaisu|rättelse|rätta |rättas|rectif|correct/i],
  ['erasure', /poista|poistamis|unohdetuksi|radera|radering|erase|erasure|delet|be forgotten/i],
  ['restriction', /rajoitta|begränsning|begränsa|restrict/i],
  [
    'portability',
    /siirretyksi|siirtää järjestelmästä|siirrettävyy|dataportabilitet|portabilit|flytta (dina |sina )?uppgifter|överföra (dina |sina )?uppgifter/i,
  ],
  ['objection', /vastusta|kieltää|invänd|motsätt|object to|right to object/i],
  ['withdraw-consent', /peruuttaa suostumu|peruuttaa antamansa suostumu|suostumuksen(sa)? (voi )?peruuttaa|återkalla|withdraw/i],
  [
    'complaint',
    /((valitu|kantel|yhteydessä|kääntyä|klagomål|klaga|vända|complain|lodge)[^.]{0,80}(tietosuojavaltuutet|valvontaviranomai|tietosuojaviranomai|integritetsskyddsmyndighet|datainspektion|tillsynsmyndighet|supervisory authority|data protection authority|\bico\b))|((tietosuojavaltuutet|valvontaviranomai|tietosuojaviranomai|integritetsskyddsmyndighet|tillsynsmyndighet|supervisory authority|data protection authority)[^.]{0,80}(valitu|kantel|klagomål|klaga|complain|lodge))/i,
  ],
];
const RIGHTISH = /oikeus|oikeut|voi |voivat|pyynnöstä|vaatia|rätt|kan |begär|right|may |can |request/i;
const NEGATED = /\b(ei|eivät|emme|en|et|inte|ej|not|cannot|can't|no right)\b|ei ole mahdollista/i;

/** Finds the facts; `sections` are the notice's, page furniture already gone. */
export function findFacts(input: {title?: SourceLine; intro: Block[]; sections: FactSection[]}): Facts {
  const found: FactFound[] = [];
  const notes: string[] = [];
  const missing: Facts['missing'] = [];
  const fact = (path: string, value: string, at: SourceLine) => found.push({path, value, line: at.line, source: at.text});

  const linesOf = (blocks: Block[]) => blocks.flatMap(blockLines);
  const isKind = (section: FactSection, kind: SectionKind) => section.kind === kind || section.kinds.includes(kind);

  // Contact persons: in contact and dpo sections, and "yhteyshenkilö: Name" anywhere.
  const cards: Card[] = [];
  const inCard = new Set<SourceLine>();
  for (const section of input.sections) {
    const sectionRole: NoticeContact['role'] = section.kind === 'dpo' ? 'dpo' : 'register-contact';
    const contactish = isKind(section, 'contact') || isKind(section, 'dpo');
    let card: Card | undefined;
    for (const at of linesOf(section.blocks)) {
      const person =
        contactish || CONTACT_LABEL.test(at.text)
          ? (personOnLine(at.text, sectionRole) ?? (CONTACT_LABEL.test(at.text) ? undefined : undefined))
          : undefined;
      if (person) {
        const same = cards.find((c) => c.name === person.name);
        card = same ?? {...person, lines: [], at};
        if (!same) cards.push(card);
        // The rest of a labelled line belongs to the person: "…: Tuomo Puumalainen, proms@…, puhelin …".
        card.lines.push(at);
        inCard.add(at);
        continue;
      }
      if (card && contactish) {
        card.lines.push(at);
        inCard.add(at);
      } else card = undefined;
    }
  }

  const contacts: NoticeContact[] = [];
  for (const card of cards) {
    const i = contacts.length;
    const contact: Mutable<NoticeContact> = {role: card.role, name: card.name};
    fact(`contacts[${i}].name`, card.name, card.at);
    if (card.title) {
      contact.title = card.title;
      fact(`contacts[${i}].title`, card.title, card.at);
    }
    const r = reach(card.lines);
    applyReach(contact, r, `contacts[${i}]`, fact);
    contacts.push(contact);
  }

  // The controller: its section's first line that names someone, and the facts beside it.
  let controller: Mutable<NoticeDocument['controller']> | undefined;
  const controllerSection = input.sections.find((s) => s.kind === 'controller') ?? input.sections.find((s) => isKind(s, 'controller'));
  if (controllerSection) {
    const lines = linesOf(controllerSection.blocks).filter((at) => !inCard.has(at));
    for (const at of lines) {
      if (/[.!?]$/.test(at.text) && at.text.split(/\s+/).length > 5 && !ORGANISATION.test(at.text)) continue;
      const name = nameOnLine(at.text);
      if (name) {
        controller = {name};
        fact('controller.name', name, at);
        break;
      }
    }
    if (controller) {
      applyReach(controller, reach(lines), 'controller', fact);
      const url = reach(lines).urls[0];
      if (url) {
        controller.url = url.text;
        fact('controller.url', url.text, url);
      }
    }
  }
  // No controller section: a line with a business id names the controller.
  const everyLine = [...(input.title ? [input.title] : []), ...linesOf(input.intro), ...input.sections.flatMap((s) => linesOf(s.blocks))];
  if (!controller) {
    for (const at of everyLine) {
      const ids = findBusinessIds(at.text);
      if (!ids.length) continue;
      const name = nameOnLine(at.text.slice(0, ids[0].index));
      if (name && ORGANISATION.test(name)) {
        controller = {name};
        fact('controller.name', name, at);
        notes.push(`The controller's name was taken from line ${at.line}, beside its business id: no section is headed as the controller.`);
        break;
      }
    }
  }
  if (!controller)
    missing.push({
      path: 'controller.name',
      message:
        'The text does not say who the controller is (no "Rekisterinpitäjä" / "Personuppgiftsansvarig" / "Controller" section): add its name.',
    });

  // Business ids anywhere, the controller's first.
  const idLines = [...(controllerSection ? linesOf(controllerSection.blocks) : []), ...everyLine];
  for (const at of idLines) {
    const ids = findBusinessIds(at.text).filter((id) => id.kind !== 'vat' || true);
    const id = ids.find((x) => x.kind !== 'vat') ?? ids[0];
    if (!id) continue;
    // "y-tunnus" in a list of data categories is a word, not the controller's id.
    if (controller && !controller.businessId) {
      controller.businessId = id.value;
      fact('controller.businessId', id.value, at);
      if (!id.valid) notes.push(`Line ${at.line}: "${id.value}" is written as a ${id.kind} but its check digit is wrong; check it.`);
    }
    break;
  }

  // Emails for privacy requests outside any card or controller section.
  const placed = new Set([...(controller ? collectEmails(controller) : []), ...contacts.flatMap(collectEmails)]);
  for (const section of input.sections) {
    if (section === controllerSection) continue;
    for (const at of linesOf(section.blocks)) {
      if (inCard.has(at)) continue;
      for (const m of at.text.matchAll(EMAIL)) {
        if (placed.has(m[0].toLowerCase())) continue;
        placed.add(m[0].toLowerCase());
        if (/^(tietosuoja|privacy|dataskydd|gdpr|integritet|dpo|rekisteri|data)/i.test(m[0])) {
          const i = contacts.length;
          contacts.push({role: 'privacy-team', email: m[0]});
          fact(`contacts[${i}].email`, m[0], at);
        } else notes.push(`Line ${at.line}: ${m[0]} is in the text but not placed as anyone's address; add it where it belongs.`);
      }
    }
  }

  const rights = findRights(input.sections, fact);
  const cookies = findServices(everyLine, fact, notes);

  let updated: string | undefined;
  for (const at of everyLine) {
    const m =
      /(viimeksi päivitetty|päivitetty|päivitys|laadittu|päiväys|senast uppdaterad|uppdaterad|upprättad|last updated|updated|last modified|date)\s*:?\s*(.{6,24})/i.exec(
        at.text
      );
    const date = m && isoDate(m[2]);
    if (date) {
      updated = date;
      fact('updated', date, at);
      break;
    }
  }

  const legalReferences: string[] = [];
  for (const at of everyLine) {
    for (const m of at.text.matchAll(
      /henkilötietola\p{L}*\s*\(\d{2,3}\/\d{2,4}\)|personuppgiftslagen\s*\(\d{4}:\d+\)|(?:EU:n\s+)?yleisen tietosuoja-asetuksen\s*(?:\(EU\)\s*)?2016\/679|\(EU\)\s*2016\/679|dataskyddsförordningen|general data protection regulation|tietosuojalai?n?\s*\(1050\/2018\)|dataskyddslagen\s*\(2018:218\)/giu
    )) {
      if (legalReferences.includes(m[0]) || legalReferences.length >= 10) continue;
      fact(`legalReferences[${legalReferences.length}]`, m[0], at);
      legalReferences.push(m[0]);
    }
  }

  return {controller, contacts, rights, cookies, updated, legalReferences, found, notes, missing};
}

function collectEmails(who: {email?: string; emails?: {address: string}[]}): string[] {
  return [who.email, ...(who.emails ?? []).map((e) => e.address)].filter((e): e is string => !!e).map((e) => e.toLowerCase());
}

/** Puts found emails, phones and an address on a controller or contact. */
function applyReach(
  who: {email?: string; emails?: {address: string}[]; phone?: string; phones?: PhoneEntry[]; address?: NoticeContact['address']},
  r: Reach,
  path: string,
  fact: (path: string, value: string, at: SourceLine) => void
) {
  const emails = uniqueBy(r.emails, (e) => e.text.toLowerCase());
  if (emails.length === 1) {
    who.email = emails[0].text;
    fact(`${path}.email`, emails[0].text, emails[0]);
  } else if (emails.length > 1) {
    who.emails = emails.slice(0, 10).map((e, i) => {
      fact(`${path}.emails[${i}].address`, e.text, e);
      return {address: e.text};
    });
  }
  const phones = uniqueBy(r.phones, (p) => p.number.replace(/\D/g, '')).slice(0, 10);
  if (phones.length === 1 && !phones[0].label) {
    who.phone = phones[0].number;
    fact(`${path}.phone`, phones[0].number, phones[0].at);
  } else if (phones.length) {
    who.phones = phones.map((p, i) => {
      fact(`${path}.phones[${i}].number`, p.number, p.at);
      if (p.label) fact(`${path}.phones[${i}].label`, p.label, p.at);
      return p.label ? {number: p.number, label: p.label} : {number: p.number};
    });
  }
  if (r.address) {
    const {street, postalCode, locality, country} = r.address.found;
    who.address = {street, postalCode, locality, ...(country ? {country} : {})};
    fact(`${path}.address.street`, street, r.address.at);
    fact(`${path}.address.postalCode`, postalCode, r.address.at);
    fact(`${path}.address.locality`, locality, r.address.at);
  }
}

function findRights(sections: FactSection[], fact: (path: string, value: string, at: SourceLine) => void): NoticeRight[] {
  const granted = new Map<RightType, SourceLine>();
  const refused = new Map<RightType, {text: string; at: SourceLine}>();
  for (const section of sections) {
    const rightsSection = ['rights', 'complaint', 'withdraw-consent'].some(
      (k) => section.kind === k || section.kinds.includes(k as SectionKind)
    );
    if (section.kind === 'other' && /tietoturvaloukkau|personuppgiftsincident|breach/i.test(section.title ?? '')) continue;
    for (const at of section.blocks.flatMap(blockLines)) {
      for (const sentence of sentences(at.text)) {
        if (!rightsSection && !RIGHTISH.test(sentence)) continue;
        const seen = new Set<RightType>();
        for (const [type, pattern] of RIGHT_WORDS) {
          const m = pattern.exec(sentence);
          if (!m) continue;
          // "kieltää suoramarkkinointi" is the direct-marketing objection, not a general one.
          if (
            type === 'objection' &&
            seen.has('objection-direct-marketing') &&
            !/vastusta|invänd|object to|right to object/i.test(sentence.replace(m[0], ''))
          )
            continue;
          if (type === 'objection' && seen.has('objection-direct-marketing') && /kieltää/.test(m[0])) continue;
          seen.add(type);
          const negated =
            (NEGATED.test(sentence.slice(0, (m.index ?? 0) + 1)) && !/\boikeus\b|\brätt\b|\bright\b/i.test(sentence.slice(0, m.index))) ||
            /(does not|do not|doesn't|don't) apply|ei koske|ei sovelleta|gäller inte|tillämpas inte/i.test(sentence.slice(m.index));
          if (negated) {
            if (!refused.has(type)) refused.set(type, {text: sentence, at});
          } else if (!granted.has(type)) granted.set(type, at);
        }
      }
    }
  }
  const rights: NoticeRight[] = [];
  for (const type of RIGHT_TYPES) {
    const at = granted.get(type);
    const no = refused.get(type);
    if (at) {
      fact(`rights[${rights.length}]`, type, at);
      rights.push({type});
    } else if (no) {
      fact(`rights[${rights.length}]`, `${type} (refused)`, no.at);
      rights.push({type, offered: false, text: no.text});
    }
  }
  return rights;
}

function findServices(lines: SourceLine[], fact: (path: string, value: string, at: SourceLine) => void, notes: string[]): Facts['cookies'] {
  const services: NonNullable<NoticeDocument['cookies']>['services'] = [];
  for (const service of SERVICES) {
    const at = lines.find((l) => service.pattern.test(l.text));
    if (!at) continue;
    if (service.onSiteOnlyIf && !ON_SITE.test(at.text)) {
      notes.push(
        `Line ${at.line} names ${service.name}, but not as something on your website: if it sets cookies or a pixel there, add it under cookies.`
      );
      continue;
    }
    const i = services.length;
    const entry: (typeof services)[number] = {id: slugify(service.name), name: service.name, category: service.category, items: []};
    fact(`cookies.services[${i}].name`, service.name, at);
    const policy =
      service.policyHost &&
      [...at.text.matchAll(URL_PATTERN)].map((m) => m[0].replace(/[.,;:!?)\]>]+$/, '')).find((u) => service.policyHost!.test(u));
    if (policy) {
      entry.privacyPolicy = policy;
      fact(`cookies.services[${i}].privacyPolicy`, policy, at);
    }
    services.push(entry);
  }
  return services.length ? {services} : undefined;
}
