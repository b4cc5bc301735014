/**
 * Art. 13(1)(c)(d), 14(1)(c)(d): the purposes, their legal bases, the
 * legitimate interests they rest on, and the categories of data.
 */
import {textVersions} from '../language.js';
import type {LocalizedText, SectionKind} from '../schema.js';
import type {Context} from './context.js';
import {clauses, covers, hasKind, negated, plain, sectionPath, sentences, short, textOf, WORDS} from './text.js';

/** Sections whose text states legal bases. */
const BASIS_KINDS: readonly SectionKind[] = ['purposes', 'legal-basis', 'legitimate-interests'];

/** A sentence about the grounds for processing (not, say, about the data). */
const GROUND = /perust|basis|based|grund|käsitel|process|behandl|käytet|used|används/;

/**
 * A `legitimateInterest` that, in every language, is only words of a
 * relationship ("asiakassuhde", "another relevant connection") or "oikeutettu etu".
 */
const namesNoInterest = (interest: LocalizedText) =>
  textVersions(interest).every((text) => {
    const words = plain(text).match(/[\p{L}\d’'-]+/gu) ?? [];
    return words.length > 0 && words.every((word) => WORDS.relationshipOnly.has(word));
  });

export function checkPurposes({notice, all, purposes, add}: Context): void {
  // 13(1)(c): purposes and their legal bases.
  const purposeText = textOf(notice, ['purposes', 'legal-basis', 'legitimate-interests']);
  if (!purposes.length && !hasKind(notice, 'purposes') && !WORDS.purposes.test(all))
    add(
      'purposes-missing',
      'sections',
      'No purposes of processing found: no section of kind "purposes" and no text about what the data is used for.'
    );
  const withBasis = purposes.filter(({purpose}) => purpose.legalBasis?.length);
  if (
    !withBasis.length &&
    !hasKind(notice, 'legal-basis') &&
    // Not the summary: it is a digest of the sections, and its "consent" is often about disclosures.
    !WORDS.legalBasis.test(purposeText)
  )
    add(
      'legal-basis-missing',
      sectionPath(notice, 'purposes'),
      'No legal basis found: no section of kind "legal-basis", no `legalBasis` on a purpose, and no purpose text that names one (consent, contract, legal obligation, legitimate interests…).'
    );
  if (withBasis.length)
    for (const {purpose, path} of purposes)
      if (!purpose.legalBasis?.length)
        add(
          'purpose-without-legal-basis',
          path,
          `The purpose "${short(purpose.purpose)}" has no \`legalBasis\`, while other purposes have one.`
        );

  // A ground that is no legal basis: "muu asiallinen yhteys", "lain sallimin tavoin".
  notice.sections.forEach((section, i) => {
    if (!covers(section, BASIS_KINDS)) return;
    const vague = sentences(plain(section.body))
      .filter((sentence) => GROUND.test(sentence))
      .flatMap(clauses)
      .filter((clause) => !negated(clause))
      .map((clause) => WORDS.vagueBasis.exec(clause)?.[0])
      .filter((phrase): phrase is string => !!phrase);
    if (vague.length)
      add(
        'legal-basis-vague',
        `sections[${i}]`,
        `Section "${section.id}" gives "${vague[0]}" as a ground for processing, which is not a legal basis of Art. 6(1).`
      );
  });

  // 13(1)(d): legitimate interests, where a purpose rests on them.
  if (!hasKind(notice, 'legitimate-interests'))
    for (const {purpose, path} of purposes) {
      if (!purpose.legalBasis?.includes('A6-1-f')) continue;
      if (!purpose.legitimateInterest)
        add(
          'legitimate-interests-unexplained',
          path,
          `The purpose "${short(purpose.purpose)}" rests on legitimate interests (A6-1-f), but neither its \`legitimateInterest\` nor a section of kind "legitimate-interests" says what they are.`
        );
      else if (namesNoInterest(purpose.legitimateInterest))
        add(
          'legitimate-interests-unexplained',
          `${path}.legitimateInterest`,
          `The purpose "${short(purpose.purpose)}" rests on legitimate interests (A6-1-f), but its \`legitimateInterest\` ("${short(purpose.legitimateInterest)}") names only a relationship or the words "legitimate interest", not the interest itself.`
        );
    }

  // 14(1)(d): categories of data.
  if (!hasKind(notice, 'data-categories') && !WORDS.dataCategories.test(all))
    add(
      'data-categories-missing',
      'sections',
      'No categories of personal data found: no section of kind "data-categories" and no text that lists them.'
    );
}
