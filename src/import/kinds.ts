/**
 * Which GDPR Art. 13/14 item a section covers, from its heading and its body,
 * in Finnish, Swedish and English, with the phrases real notices use: the
 * Henkilötietolaki § 10 headings of a rekisteriseloste ("Säännönmukaiset
 * tietolähteet"), Swedish notices ("Varifrån kommer uppgifterna") and English
 * ones ("How long we keep your data").
 */
import type {SectionKind} from '../document/schema.js';
import {PARTY_PHRASES} from './kind-phrases-parties.js';
import {PROCESSING_PHRASES} from './kind-phrases-processing.js';

export type Confidence = 'high' | 'medium' | 'low';

export interface Classification {
  kind: SectionKind;
  /** Further kinds the heading names, or the body states plainly. */
  kinds: SectionKind[];
  confidence: Confidence;
  /** The words that decided it, for the report. */
  because: string;
}

/**
 * Phrases per kind, lower case, matched as parts of words ("tietolähte"
 * matches "tietolähteet"). A leading "=" marks a weak phrase: it decides a
 * kind only with nothing stronger beside it.
 *
 * The table is in two files; the order of the kinds is kept as it was,
 * since of two phrases of one length the earlier kind's is read first.
 */
const PHRASES: [SectionKind, string[]][] = [...PARTY_PHRASES, ...PROCESSING_PHRASES];

/** Phrases longest first, so "oikeusperuste" is read before "oikeus". */
const ORDERED = PHRASES.flatMap(([kind, phrases]) =>
  phrases.map((phrase) => ({kind, weak: phrase.startsWith('='), phrase: phrase.replace(/^=/, '')}))
).sort((a, b) => b.phrase.length - a.phrase.length);

const normalise = (text: string) => ' ' + text.toLowerCase().replace(/[\s\u00a0]+/g, ' ') + ' ';

interface Hit {
  kind: SectionKind;
  weak: boolean;
  phrase: string;
  at: number;
}

/** Every phrase in the text; a matched span is not matched again by a shorter phrase. */
function hits(text: string): Hit[] {
  const rest = normalise(text);
  const covered = new Uint8Array(rest.length);
  const out: Hit[] = [];
  for (const {kind, weak, phrase} of ORDERED) {
    for (let at = rest.indexOf(phrase); at >= 0; at = rest.indexOf(phrase, at + 1)) {
      // A short phrase matches at the start of a word ("dpo", not "kandpo").
      if (phrase.length <= 4 && /[\p{L}\d]/u.test(rest[at - 1] ?? ' ')) continue;
      if (covered[at] || covered[at + phrase.length - 1]) continue;
      out.push({kind, weak, phrase, at});
      covered.fill(1, at, at + phrase.length);
      if (out.length > 2000) break;
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Kinds a heading names, in the order it names them. */
export function classifyHeading(heading: string): Classification {
  const found = hits(heading);
  const strong = found.filter((hit) => !hit.weak);
  const use = strong.length ? strong : found;
  const kinds = [...new Set(use.map((hit) => hit.kind))];
  if (!kinds.length) return {kind: 'other', kinds: [], confidence: 'low', because: 'no known words in the heading'};
  // A heading that names the controller's contact person is about the contact.
  const kind = kinds[0];
  return {
    kind,
    kinds: kinds.slice(1).filter((k) => k !== 'other'),
    confidence: strong.length ? 'high' : 'medium',
    because: `heading says "${use.map((hit) => hit.phrase).join('", "')}"`,
  };
}

/** Sentences that state an item plainly, whatever the section's heading. */
const STATEMENTS: [SectionKind, RegExp][] = [
  [
    'transfers',
    /(eu:n|eta:n|euroopan (unionin|talousalueen)|eu-|eta-)[^.]{0,40}ulkopuolelle|utanför (eu|ees|europeiska)|outside (the )?(eu|eea|european)|kolmansiin maihin|tredje ?land|third countr/i,
  ],
  [
    'automated-decisions',
    /profilointi|automaattista päätöksentekoa|automatiserat beslutsfattande|profilering|automated decision|profiling/i,
  ],
  [
    'complaint',
    /(tietosuojavaltuutet|valvontaviranomai|tietosuojaviranomai|integritetsskyddsmyndigheten|tillsynsmyndighet|supervisory authority|data protection authority)[^.]{0,80}|(valitu|kantel|yhteydessä|kääntyä|klagomål|klaga|vända (dig|sig)|complain|lodge)[^.]{0,80}(tietosuojavaltuutet|valvontaviranomai|tietosuojaviranomai|integritetsskyddsmyndigheten|tillsynsmyndighet|supervisory authority|data protection authority)/i,
  ],
  [
    'withdraw-consent',
    /peruuttaa suostumu|suostumuksen(sa)? (voi )?peruuttaa|återkalla (ditt |sitt )?samtycke|withdraw (your |their )?consent/i,
  ],
];

/** Counts of each kind's phrases in a body, for a section whose heading says nothing known. */
function bodyKinds(body: string): Map<SectionKind, number> {
  const counts = new Map<SectionKind, number>();
  for (const hit of hits(body.slice(0, 20_000))) if (!hit.weak) counts.set(hit.kind, (counts.get(hit.kind) ?? 0) + 1);
  return counts;
}

/**
 * A section's kinds from its heading, then its body: the heading decides
 * when it names a known item; the body adds items it states plainly (a
 * "Tietojen luovutus" section that also says data is not sent outside the
 * EU covers transfers too) and decides alone only when the heading does not.
 */
export function classifySection(heading: string | undefined, body: string): Classification {
  const fromHeading = heading ? classifyHeading(heading) : undefined;
  const complaintOnlyAboutBreaches = /tietoturvaloukkau|personuppgiftsincident|breach/i.test(heading ?? '');
  const stated = STATEMENTS.filter(
    ([kind, pattern]) =>
      pattern.test(body) &&
      !(
        kind === 'complaint' &&
        (complaintOnlyAboutBreaches || !/(valitu|kantel|yhteydessä|kääntyä|klagomål|klaga|vända|complain|lodge|contact)/i.test(body))
      )
  ).map(([kind]) => kind);
  if (fromHeading && fromHeading.confidence !== 'low') {
    const extra = stated.filter((kind) => kind !== fromHeading.kind && !fromHeading.kinds.includes(kind));
    // Rights sections mention the authority; cookie sections mention transfers; they stay what they are.
    const kept = extra.filter(
      (kind) =>
        !(fromHeading.kind === 'other') &&
        !(kind === 'complaint' && fromHeading.kind !== 'rights') &&
        !(kind === 'withdraw-consent' && !['rights', 'legal-basis', 'purposes'].includes(fromHeading.kind))
    );
    return {
      ...fromHeading,
      kinds: [...fromHeading.kinds, ...kept],
      because: fromHeading.because + (kept.length ? `; the text also covers ${kept.join(', ')}` : ''),
    };
  }
  const counts = [...bodyKinds(body)].sort((a, b) => b[1] - a[1]);
  if (counts.length && counts[0][1] >= 2 && (counts.length === 1 || counts[0][1] > counts[1][1])) {
    return {
      kind: counts[0][0],
      kinds: stated.filter((kind) => kind !== counts[0][0]),
      confidence: 'medium',
      because: `the text uses words of "${counts[0][0]}" ${counts[0][1]} times`,
    };
  }
  return {
    kind: 'other',
    kinds: [],
    confidence: 'low',
    because: heading ? 'neither the heading nor the text says which GDPR item it is' : 'no heading',
  };
}
