/** An association's member register (yhdistyksen jäsenrekisteri). */
import {SCHEMA_VERSION, type NoticeDocument} from '../../document/schema.js';
import {complaintSection, rights, rightsSection, section, t, transfersQuestionSection} from './common.js';

export const memberRegister = (): NoticeDocument => ({
  schemaVersion: SCHEMA_VERSION,
  id: 'member-register',
  languages: ['fi', 'en'],
  title: t('Tietosuojaseloste – jäsenrekisteri', 'Privacy notice – member register'),
  controller: {
    name: t('[Yhdistyksen nimi] ry', '[Association name]'),
    businessId: '[Y-tunnus]',
    address: {
      street: t('[Katuosoite]', '[Street address]'),
      postalCode: '[Postinumero]',
      locality: t('[Kotipaikka]', '[Home town]'),
      country: 'FI',
    },
  },
  contacts: [{role: 'register-contact', name: t('[Jäsenrekisterin hoitaja]', '[Membership secretary]')}],
  sections: [
    section(
      'register-name',
      'register-name',
      '1',
      ['Rekisterin nimi', 'Name of the register'],
      ['[Yhdistyksen nimi] ry:n jäsenrekisteri', 'Member register of [Association name]']
    ),
    section(
      'purposes',
      'purposes',
      '2',
      ['Käsittelyn tarkoitus ja oikeusperuste', 'Purposes and legal basis'],
      [
        'Yhdistyslaki (503/1989, 11 §) velvoittaa yhdistyksen pitämään jäsenluetteloa. Käytämme tietoja jäsenyyden hoitamiseen, jäsenmaksujen perintään ja jäsenviestintään.',
        'The Associations Act (503/1989, section 11) requires an association to keep a list of its members. We use the data to manage membership, collect membership fees and keep members informed.',
      ],
      {
        kinds: ['legal-basis'],
        purposes: [
          {purpose: t('Jäsenluettelon pitäminen', 'Keeping the list of members'), legalBasis: ['A6-1-c']},
          {purpose: t('Jäsenmaksut ja jäsenviestintä', 'Membership fees and member news'), legalBasis: ['A6-1-b']},
        ],
      }
    ),
    section(
      'data-categories',
      'data-categories',
      '3',
      ['Rekisterin tietosisältö', 'Data we process'],
      [
        '- Nimi ja kotikunta|Yhteystiedot|Liittymispäivä ja jäsenlaji|Jäsenmaksujen maksutiedot|[Muut tiedot]',
        '- Name and municipality|Contact details|Date of joining and type of membership|Payment of membership fees|[Other data]',
      ]
    ),
    section(
      'sources',
      'sources',
      '4',
      ['Säännönmukaiset tietolähteet', 'Where the data comes from'],
      ['Tiedot saadaan jäseneltä itseltään.', 'We get the data from the member.']
    ),
    section(
      'recipients',
      'recipients',
      '5',
      ['Tietojen luovutukset', 'Who receives the data'],
      [
        'Tietoja ei luovuteta yhdistyksen ulkopuolelle [poikkeukset, esim. keskusjärjestö].',
        'Data is not disclosed outside the association [exceptions, e.g. the national federation].',
      ]
    ),
    transfersQuestionSection('6'),
    section(
      'retention',
      'retention',
      '7',
      ['Säilytysaika', 'How long data is kept'],
      [
        'Jäsenen tiedot poistetaan [säilytysaika] jäsenyyden päättymisen jälkeen.',
        "A member's data is deleted [retention period] after the membership ends.",
      ]
    ),
    section(
      'security',
      'security',
      '8',
      ['Rekisterin suojaus', 'How the data is protected'],
      [
        'Rekisteriä käsittelevät vain [ketkä, esim. hallituksen jäsenet ja jäsensihteeri].',
        'Only [who, e.g. board members and the membership secretary] handle the register.',
      ]
    ),
    rightsSection('9'),
    complaintSection('10'),
  ],
  rights: rights(false),
});
