/**
 * The structured facts a notice states, each with the line it came from:
 * the controller (name, business id, address, email, phones, web address),
 * contact persons and the data protection officer, the rights granted or
 * refused, the analytics and marketing services named, dates and laws.
 * Nothing is made up: a fact not in the text is not in the document.
 */
import type {NoticeContact, NoticeDocument, NoticeRight, SectionKind} from '../document/schema.js';
import {blockLines, type Block, type SourceLine} from './blocks.js';
import {CONTACT_LABEL, nameOnLine, personOnLine, type Card} from './facts-people.js';
import {applyReach, collectEmails, reach} from './facts-reach.js';
import {findRights} from './facts-rights.js';
import {findServices} from './facts-services.js';
import {EMAIL, findBusinessIds, isoDate, ORGANISATION} from './patterns.js';

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
