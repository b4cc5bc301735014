/** A company's customer register (asiakasrekisteri). */
import {SCHEMA_VERSION, type NoticeDocument} from '../../document/schema.js';
import {complaintSection, controller, rights, rightsSection, section, t, transfersQuestionSection} from './common.js';

export const customerRegister = (): NoticeDocument => ({
  schemaVersion: SCHEMA_VERSION,
  id: 'customer-register',
  languages: ['fi', 'en'],
  title: t('Tietosuojaseloste – asiakasrekisteri', 'Privacy notice – customer register'),
  controller: controller(),
  contacts: [{role: 'register-contact', name: t('[Yhteyshenkilön nimi]', '[Contact person]')}],
  sections: [
    section(
      'purposes',
      'purposes',
      '1',
      ['Henkilötietojen käsittelyn tarkoitus ja oikeusperuste', 'Purposes and legal basis'],
      [
        'Käsittelemme asiakkaidemme ja heidän yhteyshenkilöidensä tietoja asiakassuhteen hoitamiseen, laskutukseen ja [muut tarkoitukset].',
        'We process the data of our customers and their contact persons to manage customer relationships, for invoicing and [other purposes].',
      ],
      {
        kinds: ['legal-basis', 'legitimate-interests'],
        purposes: [
          {purpose: t('Asiakassuhteen hoito ja laskutus', 'Customer relationship and invoicing'), legalBasis: ['A6-1-b']},
          {purpose: t('Kirjanpito', 'Bookkeeping'), legalBasis: ['A6-1-c']},
          {
            purpose: t('Suoramarkkinointi nykyisille asiakkaille', 'Direct marketing to existing customers'),
            legalBasis: ['A6-1-f'],
            legitimateInterest: t('[Miksi markkinointi on oikeutettu etumme]', '[Why marketing is our legitimate interest]'),
          },
        ],
      }
    ),
    section(
      'data-categories',
      'data-categories',
      '2',
      ['Käsiteltävät tiedot', 'Data we process'],
      [
        '- Nimi ja yhteystiedot|Yrityksen nimi ja tehtävänimike|Tilaus- ja laskutustiedot|[Muut tiedot]',
        '- Name and contact details|Company name and job title|Order and invoicing details|[Other data]',
      ]
    ),
    section(
      'sources',
      'sources',
      '3',
      ['Tietolähteet', 'Where the data comes from'],
      [
        'Tiedot saadaan asiakkaalta itseltään sekä [muut lähteet, esim. yritysrekisterit].',
        'We get the data from the customer and from [other sources, e.g. company registers].',
      ]
    ),
    section(
      'recipients',
      'recipients',
      '4',
      ['Tietojen vastaanottajat', 'Who receives the data'],
      [
        'Tietoja käsittelevät puolestamme [palveluntarjoajat, esim. tilitoimisto ja asiakkuudenhallintajärjestelmän toimittaja]. Tietoja ei luovuteta muille.',
        'Data is processed on our behalf by [service providers, e.g. our accounting firm and CRM supplier]. It is not disclosed to anyone else.',
      ]
    ),
    transfersQuestionSection('5'),
    section(
      'retention',
      'retention',
      '6',
      ['Säilytysaika', 'How long data is kept'],
      [
        'Säilytämme asiakastiedot [säilytysaika] asiakassuhteen päättymisen jälkeen. Kirjanpitoaineisto säilytetään kirjanpitolain mukaan kymmenen vuotta.',
        'We keep customer data for [retention period] after the customer relationship ends. Bookkeeping records are kept for ten years, as the Accounting Act requires.',
      ]
    ),
    rightsSection('7'),
    complaintSection('8'),
    section(
      'requirement',
      'requirement',
      '9',
      ['Tietojen antamisen edellytys', 'Do you have to give your data?'],
      [
        'Asiakassuhteen tiedot ovat sopimuksen edellytys: ilman niitä emme voi toimittaa tilausta.',
        'The data of a customer relationship is needed for the contract: without it we cannot deliver an order.',
      ]
    ),
    section(
      'automated-decisions',
      'automated-decisions',
      '10',
      ['Automaattinen päätöksenteko', 'Automated decisions'],
      ['Emme tee automaattisia päätöksiä emmekä profiloi.', 'We make no automated decisions and do no profiling.']
    ),
  ],
  rights: rights(false),
});
