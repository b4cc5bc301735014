/**
 * Which GDPR Art. 13/14 item a section covers, from its heading and its body,
 * in Finnish, Swedish and English, with the phrases real notices use: the
 * Henkilötietolaki § 10 headings of a rekisteriseloste ("Säännönmukaiset
 * tietolähteet"), Swedish notices ("Varifrån kommer uppgifterna") and English
 * ones ("How long we keep your data").
 */
import type {SectionKind} from '../document/schema.js';

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
 */
const PHRASES: [SectionKind, string[]][] = [
  [
    'other',
    [
      'tietoturvaloukkau',
      'personuppgiftsincident',
      'data breach',
      'breach',
      'muutokset tähän',
      'selosteen muutokset',
      'ändringar i',
      'changes to this',
      'updates to this',
    ],
  ],
  ['dpo', ['tietosuojavastaava', 'dataskyddsombud', 'data protection officer', '=dpo']],
  [
    'register-name',
    ['rekisterin nimi', 'registrets namn', 'registrets benämning', 'name of the register', 'register name', 'name of register'],
  ],
  [
    'controller',
    [
      'rekisterinpitäjä',
      'rekisterin pitäjä',
      'rekisterin ylläpitäjä',
      'rekisterinpitäjän yhteystiedot',
      'personuppgiftsansvarig',
      'registeransvarig',
      'registerhållare',
      'data controller',
      'controller',
      'who we are',
      'who is responsible',
      'vem är ansvarig',
      'vem ansvarar',
      'vilka vi är',
      'vem vi är',
      'keitä olemme',
      'kuka vastaa',
      'identity and contact',
    ],
  ],
  [
    'contact',
    [
      'yhteyshenkilö',
      'yhteystiedot',
      'rekisteriasioi',
      'kontaktperson',
      'kontaktuppgift',
      'kontakta oss',
      'kontakt',
      'contact person',
      'contact details',
      'contact information',
      'how to contact',
      'contact us',
      'ota yhteyttä',
      'yhteydenotot',
      '=questions',
      '=frågor',
      '=kysymykset',
    ],
  ],
  [
    'legitimate-interests',
    ['oikeutettu etu', 'oikeutetut edut', 'oikeutetun edun', 'berättigat intresse', 'berättigade intressen', 'legitimate interest'],
  ],
  [
    'legal-basis',
    [
      'oikeusperuste',
      'käsittelyperuste',
      'käsittelyn peruste',
      'pitämisen peruste',
      'käsittelyn oikeudellinen peruste',
      'peruste',
      'rättslig grund',
      'laglig grund',
      'rättsliga grund',
      'legal basis',
      'lawful basis',
      'legal ground',
      'basis for processing',
      'grounds for processing',
      'rättsliga grunder',
    ],
  ],
  [
    'automated-decisions',
    [
      'profilointi',
      'automaattinen päätöksenteko',
      'automaattiset päätökset',
      'automaattista päätöksentekoa',
      'automatiserat beslut',
      'automatiserade beslut',
      'profilering',
      'automated decision',
      'automated individual',
      'profiling',
    ],
  ],
  [
    'withdraw-consent',
    ['suostumuksen peruuttaminen', 'suostumuksen peruutta', 'peruuttaa suostumu', 'återkalla', 'withdraw', 'withdrawing consent'],
  ],
  [
    'complaint',
    [
      'valitusoikeus',
      'valitus',
      'valvontaviranomai',
      'tietosuojavaltuutet',
      'klagomål',
      'klaga',
      'tillsynsmyndighet',
      'integritetsskyddsmyndighet',
      'complaint',
      'supervisory authority',
      'complain',
    ],
  ],
  [
    'requirement',
    [
      'tietojen antaminen',
      'velvollisuus antaa',
      'lakisääteinen vaatimus',
      'sopimukseen perustuva vaatimus',
      'skyldighet att lämna',
      'måste du lämna',
      'obligation to provide',
      'required to provide',
      'have to provide',
      'must you provide',
      'statutory or contractual',
    ],
  ],
  [
    'cookies',
    [
      'eväste',
      'cookie',
      'kakor',
      'kakan',
      'automaattinen tiedonkeräys',
      'analytiikka',
      'webbanalys',
      'web analytics',
      'analytics',
      'tracking',
      'seurantatekniikat',
      '=nettisivu',
      '=verkkosivu',
      '=webbplats',
      '=website',
    ],
  ],
  [
    'data-categories',
    [
      'tietosisältö',
      'sisältämät tiedot',
      'käsiteltävät henkilötiedot',
      'käsiteltävät tiedot',
      'henkilötietoryhm',
      'tietoryhmät',
      'arkaluonto',
      'arkaluonte',
      'tunnisteet',
      'keräämme',
      'kerättävät tiedot',
      'mitä tietoja',
      'mitä henkilötietoja',
      'vilka uppgifter',
      'vilka personuppgifter',
      'kategorier av personuppgifter',
      'personuppgifter vi behandlar',
      'personuppgifter som behandlas',
      'uppgifter vi samlar',
      'uppgifter som vi samlar',
      'registrets innehåll',
      'datainnehåll',
      'känsliga uppgifter',
      'what data',
      'what personal data',
      'which data',
      'personal data we',
      'data we collect',
      'information we collect',
      'categories of personal data',
      'categories of data',
      'what information',
      'sensitive data',
      'data we process',
    ],
  ],
  [
    'sources',
    [
      'tietolähte',
      'tietolähde',
      'tietojen lähteet',
      'mistä tiedot',
      'mistä saamme',
      'uppgiftskäll',
      'varifrån',
      'källor',
      'källa',
      'sources',
      'source of',
      'where we get',
      'where does',
      'where do we get',
      'where the data comes',
      'how we collect',
      'how we obtain',
    ],
  ],
  [
    'transfers',
    [
      'siirto eu',
      'siirrot',
      'siirto',
      'ulkopuolelle',
      'eu:n',
      'eta:n',
      'tredjeland',
      'utanför eu',
      'utanför ees',
      'överföring',
      'överför',
      'transfer',
      'outside the eu',
      'outside the eea',
      'international',
    ],
  ],
  [
    'recipients',
    [
      'luovutu',
      'luovutus',
      'luovute',
      'vastaanottaj',
      'käsittelijät',
      'alihankkija',
      'utlämna',
      'lämnar ut',
      'lämnar vi ut',
      'lämnas ut',
      'vem lämnar',
      'ta del av',
      'mottagare',
      'delar vi',
      'vem delar',
      'personuppgiftsbiträd',
      'recipient',
      'disclos',
      'sharing',
      'share',
      'processors',
      'third parties',
    ],
  ],
  [
    'retention',
    [
      'säilyttäminen',
      'säilytysaika',
      'säilytys',
      'säilytämme',
      'säilytetään',
      'kuinka kauan',
      'säilyttää',
      'lagring',
      'lagringstid',
      'hur länge',
      'sparar',
      'sparas',
      'bevara',
      'gallring',
      'retention',
      'how long',
      'keep your',
      'we keep',
      'storage period',
      'storage of',
    ],
  ],
  [
    'rights',
    [
      'oikeudet',
      'oikeuksi',
      'tarkastusoikeus',
      'tarkastus',
      'oikaisu',
      'korjaaminen',
      'kielto-',
      'kielto-oikeus',
      'rättigheter',
      'rätt till',
      'rätt att',
      'insyn',
      'registerutdrag',
      'rättelse',
      'your rights',
      'rights',
      'right of access',
      'right to',
      'access to your',
    ],
  ],
  [
    'purposes',
    [
      'käyttötarkoitu',
      'käsittelyn tarkoitu',
      'tarkoitus',
      'tarkoitukse',
      'ändamål',
      'syfte',
      'syften',
      'purpose',
      'why we process',
      'how we use',
      'what we use',
      'varför vi behandlar',
      'varför behandlar',
      'hur vi använder',
      'hur använder vi',
      'mihin käytämme',
      'why do we',
      'use of your',
    ],
  ],
  [
    'security',
    [
      'suojauks',
      'suojaus',
      'tietoturva',
      'tietojen suojaaminen',
      'suojaamme',
      'säkerhet',
      'skydd av',
      'skyddar',
      'skyddet',
      'security',
      'protect',
    ],
  ],
];

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
