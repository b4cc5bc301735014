/**
 * Which of Finnish, Swedish and English a notice is written in, from the
 * share of each language's commonest short words.
 */

const WORDS: Record<'fi' | 'sv' | 'en', Set<string>> = {
  fi: new Set(
    'ja on tai ei sekä että joka jotka voi voidaan kuin myös tietoja tiedot henkilötietoja rekisteri rekisterin rekisteröidyn rekisterinpitäjä käsittely käsitellään mukaan osalta niin kun jos ole ovat olla tämä näitä sen hänen meidän'.split(
      ' '
    )
  ),
  sv: new Set(
    'och att som för av är med till eller inte den det vi du dina din oss på om har kan ska från vid uppgifter personuppgifter behandlar behandling registret samt enligt hos'.split(
      ' '
    )
  ),
  en: new Set(
    'the and of to is for with we you your our or not that this are by be on as from at data personal which may will can if any us'.split(
      ' '
    )
  ),
};

export interface LanguageGuess {
  /** The language most of the text is in, or undefined for too little text. */
  language?: 'fi' | 'sv' | 'en';
  /** Each language's share of the recognised words, 0…1. */
  shares: Record<'fi' | 'sv' | 'en', number>;
}

export function detectLanguage(text: string): LanguageGuess {
  const counts = {fi: 0, sv: 0, en: 0};
  let seen = 0;
  for (const word of text
    .slice(0, 200_000)
    .toLowerCase()
    .match(/[\p{L}]+/gu) ?? []) {
    for (const language of ['fi', 'sv', 'en'] as const)
      if (WORDS[language].has(word)) {
        counts[language]++;
        seen++;
      }
  }
  const shares = {fi: seen ? counts.fi / seen : 0, sv: seen ? counts.sv / seen : 0, en: seen ? counts.en / seen : 0};
  if (seen < 3) return {shares};
  const language = (['fi', 'sv', 'en'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return {language, shares};
}
