/**
 * What the templates share: bilingual text helpers and the parts every
 * notice has in the same words (rights, complaint). Places to fill are in
 * square brackets, "[Yrityksen nimi]": the editor flags each one as unfilled
 * until it is replaced. No template states a fact about anyone.
 */
import type {NoticeDocument, NoticeRight, NoticeSection, SectionKind} from '../../document/schema.js';

/** Finnish and English. */
export const t = (fi: string, en: string) => ({fi, en});
const p = (text: string) =>
  text
    .split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('');
const ul = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

/** A section with bodies in Finnish and English; `\n` starts a paragraph, a list is `- a|b`. */
export function section(
  id: string,
  kind: SectionKind,
  number: string,
  title: [string, string],
  body: [string, string],
  extra: Partial<NoticeSection> = {}
): NoticeSection {
  const html = (text: string) =>
    text
      .split('\n')
      .map((line) => (line.startsWith('- ') ? ul(line.slice(2).split('|')) : p(line)))
      .join('');
  return {id, kind, number, title: t(...title), body: t(html(body[0]), html(body[1])), ...extra};
}

export const controller = (): NoticeDocument['controller'] => ({
  name: t('[Yrityksen nimi]', '[Company name]'),
  businessId: '[Y-tunnus]',
  address: {
    street: t('[Katuosoite]', '[Street address]'),
    postalCode: '[Postinumero]',
    locality: t('[Postitoimipaikka]', '[Town]'),
    country: 'FI',
  },
});

export const rights = (withdraw: boolean): NoticeRight[] => [
  {type: 'access'},
  {type: 'rectification'},
  {type: 'erasure'},
  {type: 'restriction'},
  {type: 'objection'},
  {type: 'objection-direct-marketing'},
  {type: 'portability'},
  ...(withdraw ? [{type: 'withdraw-consent' as const}] : []),
  {type: 'complaint'},
];

export const rightsSection = (number: string) =>
  section(
    'rights',
    'rights',
    number,
    ['Rekisteröidyn oikeudet', 'Your rights'],
    [
      'Sinulla on oikeus saada tietää, mitä tietoja sinusta on tallennettu, pyytää virheellisten tietojen korjaamista ja tietojen poistamista, rajoittaa käsittelyä, vastustaa käsittelyä ja siirtää tiedot toiseen järjestelmään. Lähetä pyyntö yhteyshenkilölle [sähköpostiosoite]. Vastaamme kuukauden kuluessa.',
      'You have the right to know what data we hold about you, to have wrong data corrected and data erased, to restrict and object to processing, and to take your data to another service. Send your request to [email address]. We answer within one month.',
    ]
  );

/** Transfers outside the EU/EEA as a question for the controller: a template cannot know the answer. */
export const transfersQuestionSection = (number: string) =>
  section(
    'transfers',
    'transfers',
    number,
    ['Siirrot EU:n ja ETA:n ulkopuolelle', 'Transfers outside the EU and EEA'],
    [
      '[Siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle? Jos siirretään, mihin maahan ja millä suojatoimilla.]',
      '[Is data transferred outside the EU or EEA? If so, to which country and with which safeguards.]',
    ]
  );

export const complaintSection = (number: string) =>
  section(
    'complaint',
    'complaint',
    number,
    ['Valitus valvontaviranomaiselle', 'Complaints'],
    [
      'Jos katsot, että tietojasi käsitellään tietosuojalainsäädännön vastaisesti, voit tehdä valituksen tietosuojavaltuutetun toimistolle (tietosuoja.fi).',
      'If you think your data is processed against data protection law, you can complain to the Data Protection Ombudsman (tietosuoja.fi).',
    ]
  );
