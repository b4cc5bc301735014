/**
 * Reading a document's text: plain lower-case text of its sections, and the
 * words in Finnish, Swedish and English that show an item is covered.
 */
import type {LocalizedText, NoticeDocument, NoticeSection, SectionKind} from '../schema.js';

/** All language versions of a string, as lower-case plain text. */
export function plain(value: LocalizedText | undefined): string {
  if (value === undefined) return '';
  const versions = typeof value === 'string' ? [value] : Object.values(value);
  return versions
    .join('\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .toLowerCase();
}

/** A section's body and the text of its structured facts. */
export const sectionText = (section: NoticeSection): string =>
  [
    plain(section.body),
    ...(section.purposes ?? []).map((p) => plain(p.purpose) + ' ' + plain(p.legitimateInterest)),
    ...(section.retention ?? []).map((r) => plain(r.data) + ' ' + plain(r.text)),
  ].join('\n');

/** The text of the sections of these kinds (all kinds when none is given). */
export function textOf(notice: NoticeDocument, kinds?: readonly SectionKind[]): string {
  return notice.sections
    .filter((section) => !kinds || kinds.includes(section.kind))
    .map(sectionText)
    .join('\n');
}

export const hasKind = (notice: NoticeDocument, kind: SectionKind) =>
  notice.sections.some((section) => section.kind === kind);

export const EMAIL_OR_PHONE = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}|(\+|\b0)\d[\d ()-]{5,}\d/i;

// Words that show an item is covered, in Finnish, Swedish and English. Kept
// narrow: a false "covered" only hides a warning, a false warning misleads.
export const WORDS = {
  purposes: /käyttötarkoitu|käsittelyn tarkoitu|tarkoituksiin|purpose|ändamål/,
  legalBasis:
    /oikeusperust|käsittelyperust|käsittelyn perust|perusteena on|perustuu|perustuen|suostumu|sopimukse|oikeutettu etu|oikeutetun edun|lakisääteis|legal basis|lawful basis|based on|consent|contract|legitimate interest|legal obligation|rättslig grund|grundar sig|samtycke|avtal|berättigat intresse|rättslig förpliktelse/,
  consent: /suostumu|consent|samtycke/,
  withdraw: /peruuttaa|peruutta|perua |perumaan|withdraw|återkalla/,
  dpo: /tietosuojavastaav|data protection officer|dataskyddsombud/,
  dataCategories:
    /tietosisältö|henkilötietoryhm|tietoryhm|categories of (personal )?data|data categories|kategorier av personuppgifter/,
  recipients: /luovut|vastaanottaj|recipient|disclos|mottagare|lämnas ut|utlämn/,
  sources:
    /tietolähte|lähteist|lähteinä|saadaan|kerätään|source|collected from|obtained from|källa|källor|samlas in|erhålls|inhämtas/,
  eea: /eu:n ulkopuol|eu- tai eta|eta:n ulkopuol|eta-alue|euroopan talousalue|euroopan unionin ulkopuol|eu\/eta|outside the (eu|eea|european)|\beea\b|\bees\b|utanför eu/,
  noTransfer:
    /ei siirretä|ei siirry|eikä siirretä|not transferred|are not transferred|is not transferred|no data is transferred|överförs inte|inte överförs/,
  transferException:
    /ellei|paitsi|lukuun ottamatta|ilman|unless|except|without|om inte|utom|utan/,
  safeguards:
    /vakiosopimuslausek|mallisopimuslausek|sopimuslausekkeet|standard contractual clause|standard data protection clause|standardavtalsklausul|riittävyyspäätö|tietosuojan riittävyyttä koskeva päätö|adequacy decision|adekvat skyddsnivå|beslut om adekvat|sitovat yrityssäänn|binding corporate rules|bindande företagsbestämmelser|data privacy framework|tietosuojakehy|dataskyddsram|privacy shield|suostumu|consent|samtycke/,
  privacyShield: /privacy shield/,
  retention:
    /säilytysaika|säilytysaja|säilytetään niin kauan|säilytetään kunnes|säilytetään \S+ (vuo|kuukau|päiv)|retention period|retained for|kept for|stored for|kept as long as|stored as long as|lagringstid|sparas i|bevaras i|sparas så länge|lagras så länge/,
  period:
    /\d+\s*(vuo|kk\b|kuukau|viiko|päiv|year|month|week|day|år\b|månad|veck|dag)|\b(yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|one|two|three|four|five|six|seven|eight|nine|ten|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+(vuo|kuukau|viiko|päiv|year|month|week|day|år\b|månad|veck|dag)/,
  complaint:
    /tietosuojavaltuut|valvontaviranomai|tietosuojaviranomai|supervisory authority|data protection ombudsman|data protection authority|dataombudsman|tillsynsmyndighet|integritetsskyddsmyndighet/,
  requirement:
    /lakisääteinen tai sopimukseen perustuva vaatimus|sopimuksen tekemisen edellytys|edellytys sopimuksen|velvollinen antamaan|ei ole velvollinen|statutory or contractual requirement|required by law or (by )?contract|obliged to provide|required to provide|skyldig att lämna|inte skyldig/,
  automated:
    /automaattis\S* päätöksen|automatisoitu\S* päätöksen|profiloi|profilointi|automated decision|automatic decision|profiling|automatiserat beslutsfattande|automatiserade beslut|automatiska beslut|profilering/,
  repealedLaw: /henkilötietola|523\/1999|523\/99|personal data act|personuppgiftslagen \(523/,
};

/** The path of the first section of this kind, or `sections`. */
export const sectionPath = (notice: NoticeDocument, kind: SectionKind) => {
  const i = notice.sections.findIndex((section) => section.kind === kind);
  return i < 0 ? 'sections' : `sections[${i}]`;
};

// ---- Small helpers ---------------------------------------------------------

/** The first language's text, cut to a readable length. */
export function short(value: LocalizedText): string {
  const text = (typeof value === 'string' ? value : (Object.values(value)[0] ?? ''))
    .replace(/<[^>]*>/g, '')
    .trim();
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a", "a and b", "a, b and c". */
export const listing = (words: readonly string[]) =>
  words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

export function unique<T extends {path: string; url: string}>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = item.path + ' ' + item.url;
    return !seen.has(key) && !!seen.add(key);
  });
}
