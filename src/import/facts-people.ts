/**
 * Names on a line: the controller's ("Oy Arbonaut Ltd."), and contact
 * persons with their titles and roles ("Tietosuojavastaava Heidi
 * Eklund-Karvonen", "yhteyshenkilö: Tuomo Puumalainen").
 */
import type {NoticeContact} from '../document/schema.js';
import type {SourceLine} from './blocks.js';
import {EMAIL, findAddress, NAME, ORGANISATION} from './patterns.js';

const ROLE_WORD =
  /(koordinaattori|vastaava|päällikkö|johtaja|asiantuntija|yhteyshenkilö|sihteeri|puheenjohtaja|rahastonhoitaja|ombud|ansvarig|ansvarige|chef|direktör|vd|ordförande|sekreterare|kassör|kontaktperson|officer|manager|director|coordinator|secretary|chair|chairperson|treasurer|ceo|dpo|specialist|assistant|lakimies|jurist|lawyer|counsel|partner|konsult|consultant)$/i;
const DPO_WORDS = /tietosuojavastaava|dataskyddsombud|data protection officer|\bdpo\b/i;
export const CONTACT_LABEL =
  /(?:yhteyshenkilö(?:lle|nä)?|rekisteriasioista vastaava|vastuuhenkilö|kontaktperson(?:en)?|contact person|tietosuojavastaava(?:lle)?|dataskyddsombud(?:et)?|data protection officer|dpo)(?:\s[\p{Ll}ä]+){0,4}\s*:\s*/iu;
const NAME_LABEL = /^(?:nimi|namn|name|yritys|företag|company|organisation|organization|toiminimi)\s*:\s*/i;

/** A name at the start of a line: "Oy Arbonaut Ltd. Käyntiosoite …" gives "Oy Arbonaut Ltd.". */
export function nameOnLine(text: string): string | undefined {
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

export interface Card {
  name: string;
  title?: string;
  role: NoticeContact['role'];
  lines: SourceLine[];
  at: SourceLine;
}

/** A person named on a line: "Noora Ylimys", "Tietosuojavastaava Heidi Eklund-Karvonen", "yhteyshenkilö: Tuomo Puumalainen". */
export function personOnLine(text: string, sectionRole: NoticeContact['role']): Omit<Card, 'lines' | 'at'> | undefined {
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
