/** The rights a notice grants, or says it does not, in Finnish, Swedish and English. */
import {RIGHT_TYPES, type NoticeRight, type RightType, type SectionKind} from '../document/schema.js';
import {blockLines, type SourceLine} from './blocks.js';
import type {FactSection} from './facts.js';

/** The sentences of a line (list items are one each). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}"“])/u);

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

export function findRights(sections: FactSection[], fact: (path: string, value: string, at: SourceLine) => void): NoticeRight[] {
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
