/** Art. 13(1)(e)(f), 14(1)(e)(f): recipients, and transfers outside the EU/EEA. */
import {isInEea} from '../../consent/transfer.js';
import type {NoticeDocument} from '../schema.js';
import type {Context} from './context.js';
import {
  capitalise,
  clauses,
  covers,
  excepted,
  hasKind,
  listing,
  negated,
  plain,
  says,
  sectionText,
  sentences,
  short,
  WORDS,
} from './text.js';

export function checkRecipientsAndTransfers({notice, all, add}: Context): void {
  // 13(1)(e): recipients.
  if (!hasKind(notice, 'recipients') && !WORDS.recipients.test(all))
    add(
      'recipients-missing',
      'sections',
      'No recipients found: no section of kind "recipients" and no text about who receives the data or that it is not disclosed.'
    );

  // 13(1)(f): transfers outside the EU/EEA and their safeguards.
  const services = notice.cookies?.services ?? [];
  const abroad = services
    .map((service, i) => ({service, path: `cookies.services[${i}]`}))
    .filter(({service}) => service.transferCountry && !isInEea(service.transferCountry));
  const places = textPlaces(notice);
  const transfers = places.filter(({text, inTransfers}) => sentences(text).some((sentence) => allowsTransfer(sentence, inTransfers)));
  if (!hasKind(notice, 'transfers') && !abroad.length && !transfers.length && !WORDS.eea.test(all))
    add(
      'transfers-unstated',
      'sections',
      'Nothing says whether data is transferred outside the EU/EEA: no section of kind "transfers", no `transferCountry`, and no text about it.'
    );

  const everything = [...places.map(({text}) => text), ...services.map((service) => plain(service.purpose))].join('\n');
  const transferText = places
    .flatMap(({text, inTransfers}) => sentences(text).filter((sentence) => transferStatement(sentence, inTransfers)))
    .join('\n');
  const named = says(everything, WORDS.safeguards) || says(transferText, WORDS.explicitConsent);
  const shieldAt =
    places.find(({text}) => reliesOnPrivacyShield(text)) ?? (reliesOnPrivacyShield(everything) ? {path: 'cookies'} : undefined);
  if ((transfers.length || abroad.length) && !named) {
    const labels = transfers.map(({label}) => label);
    const where = [
      ...(labels.length ? [`${listing(labels)} allow${labels.length > 1 ? '' : 's'} transfers outside the EU/EEA`] : []),
      ...abroad.map(({service, path}) => `${short(service.name)} (${path}) sends data to ${service.transferCountry}`),
    ];
    const allowing = places.flatMap(({text, inTransfers}) => sentences(text).filter((sentence) => allowsTransfer(sentence, inTransfers)));
    const notes = [
      allowing.some((sentence) => WORDS.consent.test(sentence)) &&
        'consent allows a transfer only as explicit consent to it (Art. 49(1)(a))',
      shieldAt && 'the EU–US Privacy Shield it names is no longer valid',
    ].filter(Boolean);
    add(
      'transfer-safeguards-missing',
      transfers[0]?.path ?? abroad[0].path,
      `${capitalise(where.join('; '))}, but the notice names no adequacy decision, standard contractual clauses or other safeguard${notes.map((note) => `; ${note}`).join('')}.`
    );
  }
  if (shieldAt) add('privacy-shield', shieldAt.path, 'The notice relies on the EU–US Privacy Shield, which is no longer valid.');
}

interface Place {
  text: string;
  path: string;
  /** How a message names it: `section "transfers"`, `the summary`. */
  label: string;
  /** A section that covers transfers: there a sentence needs no "outside the EU" to be about them. */
  inTransfers: boolean;
}

/** Every text of the document that may speak of transfers, with where it is. */
const textPlaces = (notice: NoticeDocument): Place[] => [
  ...notice.sections.map((section, i) => ({
    text: sectionText(section),
    path: `sections[${i}]`,
    label: `section "${section.id}"`,
    inTransfers: covers(section, ['transfers']),
  })),
  {text: plain(notice.introduction), path: 'introduction', label: 'the introduction', inTransfers: false},
  {text: plain(notice.summary), path: 'summary', label: 'the summary', inTransfers: false},
  {
    text: plain(notice.cookies?.description),
    path: 'cookies.description',
    label: 'the cookie description',
    inTransfers: false,
  },
];

/**
 * A sentence that speaks of transfers outside the EU/EEA, either way: a verb
 * of moving data and a place abroad; in a section that covers transfers, the
 * verb alone, or a named country in a full sentence ("Palvelimet sijaitsevat
 * Yhdysvalloissa."). A heading ("Tietojen siirto EU:n ulkopuolelle") is none.
 */
const transferStatement = (sentence: string, inTransfers: boolean) => {
  const verb = WORDS.transfer.test(sentence);
  const place = WORDS.abroad.test(sentence) || WORDS.thirdCountry.test(sentence);
  return (verb && (place || inTransfers)) || (inTransfers && WORDS.thirdCountry.test(sentence) && /[.!?]$/.test(sentence));
};

/**
 * A sentence that allows a transfer: says one happens ("henkilötietoja
 * siirtyy EU:n ulkopuolelle"), or denies it with an exception ("ei siirretä…,
 * ellei…", "not… without consent").
 */
function allowsTransfer(sentence: string, inTransfers: boolean): boolean {
  // Only a full sentence: a heading or a bare list item tells no transfer.
  if (!/[.!?]$/.test(sentence) || !transferStatement(sentence, inTransfers)) return false;
  const parts = clauses(sentence).filter(
    (clause) => WORDS.transfer.test(clause) || WORDS.abroad.test(clause) || WORDS.thirdCountry.test(clause)
  );
  return parts.some((clause) => !negated(clause)) || excepted(sentence);
}

/** Names the Privacy Shield as something relied on: not negated, not as invalidated. */
const reliesOnPrivacyShield = (text: string) =>
  sentences(text).some(
    (sentence) =>
      WORDS.privacyShield.test(sentence) &&
      !WORDS.invalidated.test(sentence) &&
      clauses(sentence).some((clause) => WORDS.privacyShield.test(clause) && !negated(clause))
  );
