/** A web shop with analytics and a newsletter. */
import {SCHEMA_VERSION, type NoticeDocument} from '../../document/schema.js';
import {CATALOGUE, serviceFromCatalogue} from '../catalogue/index.js';
import {complaintSection, controller, rights, rightsSection, section, t} from './common.js';

const service = (id: string) =>
  serviceFromCatalogue(
    CATALOGUE.find((entry) => entry.id === id)!,
    ['fi', 'en']
  );

export const webShop = (): NoticeDocument => ({
  schemaVersion: SCHEMA_VERSION,
  id: 'web-shop',
  languages: ['fi', 'en'],
  title: t('Tietosuojaseloste – verkkokauppa', 'Privacy notice – web shop'),
  controller: controller(),
  sections: [
    section(
      'purposes',
      'purposes',
      '1',
      ['Mihin käytämme tietojasi', 'Why we process your data'],
      [
        'Käsittelemme tietojasi tilausten toimittamiseen, asiakaspalveluun, uutiskirjeen lähettämiseen sen tilanneille sekä verkkokaupan käytön tilastointiin.',
        'We process your data to deliver orders, for customer service, to send our newsletter to those who subscribe, and for statistics on how the shop is used.',
      ],
      {
        kinds: ['legal-basis'],
        purposes: [
          {purpose: t('Tilausten toimittaminen ja asiakaspalvelu', 'Orders and customer service'), legalBasis: ['A6-1-b']},
          {purpose: t('Kirjanpito', 'Bookkeeping'), legalBasis: ['A6-1-c']},
          {purpose: t('Uutiskirje', 'Newsletter'), legalBasis: ['A6-1-a']},
          {purpose: t('Kävijätilastot', 'Visitor statistics'), legalBasis: ['A6-1-a']},
        ],
      }
    ),
    section(
      'data-categories',
      'data-categories',
      '2',
      ['Käsiteltävät tiedot', 'Data we process'],
      [
        '- Nimi, osoite, sähköposti ja puhelinnumero|Tilaukset ja maksujen tila|Uutiskirjeen tilaus|Evästeiden keräämät tiedot laitteesta ja käynneistä',
        '- Name, address, email and phone number|Orders and payment status|Newsletter subscription|Data about your device and visits collected by cookies',
      ]
    ),
    section(
      'recipients',
      'recipients',
      '3',
      ['Tietojen vastaanottajat', 'Who receives the data'],
      [
        'Tietoja käsittelevät puolestamme [maksunvälittäjä], [kuljetusyhtiö], uutiskirjepalvelu ja analytiikkapalvelu (ks. evästeet).',
        'Data is processed on our behalf by [payment provider], [carrier], our newsletter service and our analytics service (see cookies).',
      ]
    ),
    section(
      'transfers',
      'transfers',
      '4',
      ['Siirrot EU:n ja ETA:n ulkopuolelle', 'Transfers outside the EU and EEA'],
      [
        'Analytiikka- ja uutiskirjepalvelun tarjoajat voivat siirtää tietoja Yhdysvaltoihin. Siirto perustuu [EU:n ja Yhdysvaltojen tietosuojakehykseen tai vakiosopimuslausekkeisiin]; kopion suojatoimista saa [mistä].',
        'Our analytics and newsletter providers may transfer data to the United States. The transfer rests on [the EU–US Data Privacy Framework or standard contractual clauses]; a copy of the safeguards is available from [where].',
      ]
    ),
    section(
      'retention',
      'retention',
      '5',
      ['Säilytysaika', 'How long data is kept'],
      [
        'Tilaustiedot säilytetään kirjanpitolain mukaan kymmenen vuotta. Uutiskirjeen tilaajan tiedot poistetaan, kun tilaus perutaan. Evästeiden kestot näkyvät evästeluettelossa.',
        "Order records are kept for ten years, as the Accounting Act requires. A subscriber's data is deleted when the subscription is cancelled. Cookie durations are listed with the cookies.",
      ]
    ),
    section(
      'withdraw-consent',
      'withdraw-consent',
      '6',
      ['Suostumuksen peruminen', 'Withdrawing your consent'],
      [
        'Voit perua uutiskirjeen tilauksen jokaisen viestin lopussa olevasta linkistä ja evästesuostumuksen evästeasetuksista milloin tahansa.',
        'You can cancel the newsletter from the link at the end of every message, and withdraw cookie consent in the cookie settings, at any time.',
      ]
    ),
    rightsSection('7'),
    complaintSection('8'),
    section(
      'cookies',
      'cookies',
      '9',
      ['Evästeet', 'Cookies'],
      [
        'Käytämme välttämättömiä evästeitä ostoskoria varten sekä suostumuksellasi analytiikkaevästeitä. [Tarkista, että alla luetellut palvelut vastaavat sivustoasi.]',
        'We use necessary cookies for the shopping cart and, with your consent, analytics cookies. [Check that the services listed below are the ones your site uses.]',
      ]
    ),
  ],
  rights: rights(true),
  cookies: {services: [service('google-analytics'), service('mailchimp')]},
});
