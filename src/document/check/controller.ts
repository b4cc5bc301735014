/** Art. 13(1)(a)(b), 14(1)(a)(b): the controller, its contacts and the DPO. */
import {emailsOf, phonesOf, type LocalizedText, type NoticeDocument, type PostalAddress} from '../schema.js';
import type {Context} from './context.js';
import {textVersions} from '../language.js';
import {blockLines, capitalise, clauses, covers, EMAIL_OR_PHONE, hasKind, negated, plain, sentences, short, textOf, WORDS} from './text.js';

/** A controller, representative or contact: anyone the notice says can be reached. */
interface Reachable {
  name?: LocalizedText;
  title?: LocalizedText;
  email?: string;
  phone?: string;
  emails?: {address: string}[];
  phones?: {number: string}[];
  address?: PostalAddress;
}

const digits = (number: string) => number.replace(/\D/g, '').length;

/**
 * A number too short to dial from outside: fewer than 5 digits, or fewer than
 * 7 with a country code. (Finnish numbers have 5 to 12 digits after the 0.)
 */
const tooShort = (number: string) => digits(number) < (/^\s*(\+|00)/.test(number) ? 7 : 5);

const blank = (value: string | undefined) => value !== undefined && !value.trim();
const noDigits = (value: string | undefined) => value !== undefined && !digits(value);
const blankText = (value: LocalizedText | undefined) => textVersions(value).some((text) => !text.trim());

const hasAddress = (address?: PostalAddress) =>
  !!address && [plain(address.street), address.postalCode ?? '', plain(address.locality)].some((part) => part.trim());

const reachable = (who?: Reachable) =>
  !!who &&
  (emailsOf(who).some(({address}) => address.trim()) ||
    phonesOf(who).some(({number}) => number.trim() && !tooShort(number)) ||
    hasAddress(who.address));

/** Everyone the notice gives contact details for, with their paths. */
const people = (notice: NoticeDocument): {who: Reachable; path: string}[] => [
  {who: notice.controller, path: 'controller'},
  ...(notice.controller.representative ? [{who: notice.controller.representative, path: 'controller.representative'}] : []),
  ...(notice.contacts ?? []).map((who, i) => ({who, path: `contacts[${i}]`})),
];

/** "Sähköposti:", "Puh.", "Email", "Tfn" at the start of a line. */
const CONTACT_LABEL =
  /^(sähköpostiosoite|sähköposti|s-posti|e-?mail|e-postadress|e-post|puhelinnumero|puhelin|puh\.?|telephone|telefonnummer|telefon|tel\.?|phone|tfn\.?)(?![\p{L}])\s*:?\s*(.*)$/u;

/** Something that can be an address or a number, obfuscated ones included. */
const VALUE = /[@\d]|\(at\)|\[at\]|(?<![\p{L}])(at|ät)(?![\p{L}])/u;

/**
 * Whether the text names a DPO, or says there is none: a clause with the
 * word and a negation anywhere in it ("tietosuojavastaavaa ei ole nimetty",
 * "vi har inget dataskyddsombud"), or the bare word before a negated clause
 * ("Data protection officer: none"), says none; any other clause names one.
 */
function dpoStatements(text: string): {named: boolean; denied: boolean} {
  let named = false;
  let denied = false;
  for (const sentence of sentences(text)) {
    const parts = clauses(sentence);
    parts.forEach((clause, i) => {
      if (!WORDS.dpo.test(clause)) return;
      const bare = !clause
        .replace(WORDS.dpo, '')
        .replace(/[\p{L}]*/u, '')
        .trim();
      if (negated(clause) || (bare && negated(parts[i + 1] ?? ''))) denied = true;
      else named = true;
    });
  }
  return {named, denied};
}

/** A company named with its legal form: "Arjasmaa Yhtiöt Oy", "Exempel AB", "Example Ltd". */
const COMPANY =
  /\p{Lu}[\p{L}\d&'’.-]*(?: (?:[\p{Lu}\d][\p{L}\d&'’.-]*|&))* (?:Oyj|OYJ|Oy|OY|Abp|ABP|Ab|AB|Ltd|LTD|Limited|Inc|LLC|plc|PLC|GmbH|tmi|Tmi|Ky|KY|ry)(?![\p{L}\d])/u;
const LEGAL_FORM = /(?<![\p{L}\d])(?:oyj|oy|abp|ab|ltd|limited|inc|llc|plc|gmbh|tmi|ky|ry|osakeyhtiö|aktiebolag|toiminimi)(?![\p{L}\d])/u;

/** Every language version of a text, as it is written (capitals kept), a line for each block. */
const versions = (value: LocalizedText | undefined) => textVersions(value).map((text) => blockLines(text).replace(/[ \t\u00a0]+/g, ' '));

/**
 * 13(1)(a): a controller named as a person (no legal form, no business ID)
 * while the register-name or controller section names a company that is not
 * it ("Rekisterinpitäjä Hanna Kemppe … Rekisterin nimi: Asiakastietorekisteri,
 * Arjasmaa Yhtiöt Oy sekä tytäryhtiöt"): which legal person answers is unclear.
 */
function companyBesideController(notice: NoticeDocument): {company: string; section: string} | undefined {
  const controller = notice.controller;
  const names = versions(controller.name);
  if (controller.businessId || names.some((name) => LEGAL_FORM.test(name.toLowerCase()))) return undefined;
  for (const section of notice.sections) {
    if (!covers(section, ['register-name', 'controller'])) continue;
    for (const text of versions(section.body)) {
      const company = COMPANY.exec(text)?.[0];
      if (!company) continue;
      const lower = company.toLowerCase();
      // "Arjasmaa Yhtiöt" and "Arjasmaa Yhtiöt Oy" are one company, its form left out.
      if (names.some((name) => lower.includes(name.toLowerCase().trim()))) continue;
      return {company, section: section.id};
    }
  }
  return undefined;
}

export function checkController({notice, all, contacts, add}: Context): void {
  // 13(1)(a): the controller and how to reach them.
  if (!reachable(notice.controller) && !contacts.some(reachable) && !EMAIL_OR_PHONE.test(textOf(notice, ['controller', 'contact'])))
    add(
      'controller-contact-missing',
      'controller',
      'No way to reach the controller found: no email, phone or address in `controller` or `contacts`, and none in the controller or contact sections.'
    );

  const beside = companyBesideController(notice);
  if (beside)
    add(
      'controller-identity-unclear',
      'controller',
      `The controller is named "${short(notice.controller.name)}", with no legal form or business ID, while section "${beside.section}" names the company "${short(beside.company)}": say which legal person is the controller (and any joint controllers).`
    );

  // Contact details that are there but give nothing: empty fields, bare labels, short numbers.
  for (const {who, path} of people(notice)) {
    // (The validator refuses blank strings; a number of dashes or an address of no parts passes it.)
    const empty = [
      blankText(who.name) && 'name',
      blank(who.email) && 'email',
      noDigits(who.phone) && 'phone',
      ...(who.phones ?? []).map(({number}, i) => noDigits(number) && `phones[${i}].number`),
      who.address && !Object.values(who.address).some((part) => plain(part).trim()) && 'address',
    ].filter((field): field is string => !!field);
    for (const field of empty)
      add('contact-empty', `${path}.${field}`, `\`${path}.${field}\` is empty${/phone/.test(field) ? ': no digits' : ''}.`);
    const numbers = [
      ...(who.phone ? [{number: who.phone, at: 'phone'}] : []),
      ...(who.phones ?? []).map(({number}, i) => ({number, at: `phones[${i}].number`})),
    ];
    for (const {number, at} of numbers)
      if (!noDigits(number) && tooShort(number))
        add(
          'phone-too-short',
          `${path}.${at}`,
          `The phone number "${short(number)}" has only ${digits(number)} digits: too short to be dialled.`
        );
  }
  notice.sections.forEach((section, i) => {
    if (!covers(section, ['controller', 'contact', 'dpo'])) return;
    const lines = plain(section.body)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const reported = new Set<string>();
    lines.forEach((line, j) => {
      const label = CONTACT_LABEL.exec(line);
      if (!label) return;
      const next = lines[j + 1] ?? '';
      // Nothing on the line, and the next line is no address or number (or is another label).
      const nothing = !label[2] && (!VALUE.test(next) || CONTACT_LABEL.test(next));
      const value = label[2] || next;
      const phone = /^(puh|tel|phone|tfn)/.test(label[1]);
      const number = /^[(+\d][\d\s().\-/]*\d/.exec(value)?.[0];
      if (nothing) {
        if (reported.has(label[1])) return;
        reported.add(label[1]);
        add('contact-empty', `sections[${i}]`, `Section "${section.id}" has "${capitalise(label[1])}" with nothing after it.`);
      } else if (phone && number && tooShort(number))
        add(
          'phone-too-short',
          `sections[${i}]`,
          `Section "${section.id}" gives the phone number "${number}", which has only ${digits(number)} digits: too short to be dialled.`
        );
    });
  });

  // 13(1)(b): the DPO. Named: how to reach them; said to be none: nothing to ask.
  const dpoContacts = contacts.filter((contact) => contact.role === 'dpo');
  const dpoText = all + '\n' + contacts.map((contact) => plain(contact.title)).join('\n');
  // "We have not appointed a data protection officer" names none, even in a dpo section.
  const {named, denied} = dpoStatements(dpoText);
  const noDpo = denied && !named;
  const dpoMentioned = dpoContacts.length > 0 || named || (hasKind(notice, 'dpo') && !noDpo);
  if (!dpoMentioned && !noDpo)
    add(
      'dpo-missing',
      'contacts',
      'No data protection officer is named: no contact with role "dpo", no section of kind "dpo", and no text about one.'
    );
  if (dpoMentioned && !dpoContacts.some(reachable) && !EMAIL_OR_PHONE.test(textOf(notice, ['dpo'])))
    add(
      'dpo-contact-missing',
      dpoContacts.length ? `contacts[${contacts.indexOf(dpoContacts[0])}]` : 'contacts',
      'A data protection officer is mentioned, but no email, phone or address for them is given.'
    );
}
