/** Art. 13(1)(e)(f), 14(1)(e)(f): recipients, and transfers outside the EU/EEA. */
import type {Context} from './context.js';
import {capitalise, hasKind, plain, sectionText, short, textOf, WORDS} from './text.js';

/** EU and EEA countries: transfers there need no safeguards. */
const EEA = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(
    ' '
  )
);

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
    .filter(({service}) => service.transferCountry && !EEA.has(service.transferCountry));
  if (!hasKind(notice, 'transfers') && !abroad.length && !WORDS.eea.test(all))
    add(
      'transfers-unstated',
      'sections',
      'Nothing says whether data is transferred outside the EU/EEA: no section of kind "transfers", no `transferCountry`, and no text about it.'
    );
  const transferSections = notice.sections
    .map((section, i) => ({text: sectionText(section), path: `sections[${i}]`, section}))
    .filter(({section}) => section.kind === 'transfers');
  const transfersThatHappen = transferSections.filter(
    ({text}) => !WORDS.noTransfer.test(text) || WORDS.transferException.test(text)
  );
  const safeguardText = [
    textOf(notice, ['transfers', 'recipients', 'cookies']),
    plain(notice.cookies?.description),
    ...services.map((service) => plain(service.purpose)),
  ].join('\n');
  if ((transfersThatHappen.length || abroad.length) && !WORDS.safeguards.test(safeguardText)) {
    const where = [
      ...transfersThatHappen.map(
        ({section}) => `section "${section.id}" allows transfers outside the EU/EEA`
      ),
      ...abroad.map(
        ({service, path}) =>
          `${short(service.name)} (${path}) sends data to ${service.transferCountry}`
      ),
    ];
    add(
      'transfer-safeguards-missing',
      transfersThatHappen[0]?.path ?? abroad[0].path,
      `${capitalise(where.join('; '))}, but the notice names no adequacy decision, standard contractual clauses or other safeguard.`
    );
  }
  if (WORDS.privacyShield.test(all + safeguardText)) {
    const i = notice.sections.findIndex((section) =>
      WORDS.privacyShield.test(sectionText(section))
    );
    add(
      'privacy-shield',
      i < 0 ? 'cookies' : `sections[${i}]`,
      'The notice relies on the EU–US Privacy Shield, which is no longer valid.'
    );
  }
}
