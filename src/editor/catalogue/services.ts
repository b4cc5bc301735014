/**
 * Catalogue entries. Facts (cookie names, durations, provider, transfer
 * country) are taken from each provider's own public cookie documentation,
 * cited in `source`; the purposes are our own words. The Open Cookie
 * Database (Apache-2.0, github.com/jkwakman/Open-Cookie-Database) is the
 * reference these facts must be re-verified against: no npm package ships
 * it, so it is not bundled (see docs/editor.md). Durations as ISO 8601.
 */
import type {CookieCategory, CookieItem} from '../../document/schema.js';

export interface CatalogueEntry {
  id: string;
  name: string;
  provider?: string;
  category: CookieCategory;
  privacyPolicy?: string;
  transferCountry?: string;
  items: CookieItem[];
  /** Our own words: what the service does on a site. */
  purpose: {en: string; fi: string; sv: string};
  /** Where the facts come from: the provider's documentation. */
  source: string;
  /** What the author should know when adding it. */
  note?: string;
}

const cookie = (name: string, duration: string): CookieItem => ({name, type: 'cookie', duration});
const GOOGLE = 'Google Ireland Limited';
const GOOGLE_POLICY = 'https://policies.google.com/privacy';

export const CATALOGUE: CatalogueEntry[] = [
  {
    id: 'google-analytics',
    name: 'Google Analytics 4',
    provider: GOOGLE,
    category: 'analytics',
    privacyPolicy: GOOGLE_POLICY,
    transferCountry: 'US',
    items: [cookie('_ga', 'P2Y'), cookie('_ga_*', 'P2Y')],
    purpose: {
      en: 'Counts visits and shows how the site is used, so that we can improve it.',
      fi: 'Laskee käynnit ja näyttää, miten sivustoa käytetään, jotta voimme parantaa sitä.',
      sv: 'Räknar besök och visar hur webbplatsen används, så att vi kan förbättra den.',
    },
    source: 'https://support.google.com/analytics/answer/11397207',
  },
  {
    id: 'google-tag-manager',
    name: 'Google Tag Manager',
    provider: GOOGLE,
    category: 'analytics',
    privacyPolicy: GOOGLE_POLICY,
    transferCountry: 'US',
    items: [],
    purpose: {
      en: 'Loads the other services listed here; it sets no cookies of its own.',
      fi: 'Lataa muut tässä luetellut palvelut; se ei itse aseta evästeitä.',
      sv: 'Laddar de andra tjänsterna som anges här; den sätter inga egna kakor.',
    },
    source: 'https://support.google.com/tagmanager/answer/9323295',
    note: 'List every tag the container loads as a service of its own.',
  },
  {
    id: 'google-ads',
    name: 'Google Ads',
    provider: GOOGLE,
    category: 'marketing',
    privacyPolicy: GOOGLE_POLICY,
    transferCountry: 'US',
    items: [cookie('_gcl_au', 'P90D'), cookie('IDE', 'P13M'), cookie('test_cookie', 'PT15M')],
    purpose: {
      en: 'Measures which ads lead to a visit or a purchase and shows our ads to people who have visited the site.',
      fi: 'Mittaa, mitkä mainokset johtavat käyntiin tai ostoon, ja näyttää mainoksiamme sivustolla käyneille.',
      sv: 'Mäter vilka annonser som leder till besök eller köp och visar våra annonser för dem som har besökt webbplatsen.',
    },
    source: 'https://business.safety.google/adscookies/',
  },
  {
    id: 'meta-pixel',
    name: 'Meta Pixel',
    provider: 'Meta Platforms Ireland Limited',
    category: 'marketing',
    privacyPolicy: 'https://www.facebook.com/privacy/policy/',
    transferCountry: 'US',
    items: [cookie('_fbp', 'P90D'), cookie('_fbc', 'P90D'), cookie('fr', 'P90D')],
    purpose: {
      en: 'Measures the effect of our ads on Facebook and Instagram and shows them to people who have visited the site.',
      fi: 'Mittaa Facebook- ja Instagram-mainostemme vaikutusta ja näyttää niitä sivustolla käyneille.',
      sv: 'Mäter effekten av våra annonser på Facebook och Instagram och visar dem för dem som har besökt webbplatsen.',
    },
    source: 'https://www.facebook.com/policies/cookies/',
  },
  {
    id: 'matomo',
    name: 'Matomo',
    category: 'analytics',
    privacyPolicy: 'https://matomo.org/privacy-policy/',
    items: [cookie('_pk_id.*', 'P13M'), cookie('_pk_ses.*', 'PT30M'), cookie('_pk_ref.*', 'P6M')],
    purpose: {
      en: 'Counts visits and shows how the site is used; the statistics stay on our own server.',
      fi: 'Laskee käynnit ja näyttää, miten sivustoa käytetään; tilastot pysyvät omalla palvelimellamme.',
      sv: 'Räknar besök och visar hur webbplatsen används; statistiken stannar på vår egen server.',
    },
    source: 'https://matomo.org/faq/general/faq_146/',
    note: 'Self-hosted Matomo: the provider is you. Matomo Cloud: add the provider (InnoCraft) yourself.',
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    provider: 'Hotjar Ltd',
    category: 'analytics',
    privacyPolicy: 'https://www.hotjar.com/legal/policies/privacy/',
    items: [cookie('_hjSessionUser_*', 'P1Y'), cookie('_hjSession_*', 'PT30M')],
    purpose: {
      en: 'Records how pages are used (clicks, scrolling) and asks for feedback, so that we can improve them.',
      fi: 'Tallentaa, miten sivuja käytetään (napsautukset, vieritys), ja kysyy palautetta, jotta voimme parantaa niitä.',
      sv: 'Registrerar hur sidorna används (klick, rullning) och ber om synpunkter, så att vi kan förbättra dem.',
    },
    source: 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code',
  },
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    provider: 'Microsoft Corporation',
    category: 'analytics',
    privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
    transferCountry: 'US',
    items: [cookie('_clck', 'P1Y'), cookie('_clsk', 'P1D'), cookie('CLID', 'P1Y'), cookie('MUID', 'P1Y')],
    purpose: {
      en: 'Records how pages are used (clicks, scrolling, session replays), so that we can improve them.',
      fi: 'Tallentaa, miten sivuja käytetään (napsautukset, vieritys, istuntotallenteet), jotta voimme parantaa niitä.',
      sv: 'Registrerar hur sidorna används (klick, rullning, sessionsinspelningar), så att vi kan förbättra dem.',
    },
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  },
  {
    id: 'youtube',
    name: 'YouTube',
    provider: GOOGLE,
    category: 'marketing',
    privacyPolicy: GOOGLE_POLICY,
    transferCountry: 'US',
    items: [
      cookie('YSC', 'session'),
      cookie('VISITOR_INFO1_LIVE', 'P180D'),
      cookie('VISITOR_PRIVACY_METADATA', 'P180D'),
      cookie('PREF', 'P8M'),
    ],
    purpose: {
      en: 'Shows videos embedded on our pages; YouTube remembers your settings and what you watch.',
      fi: 'Näyttää sivuillemme upotetut videot; YouTube muistaa asetuksesi ja katselusi.',
      sv: 'Visar videor som är inbäddade på våra sidor; YouTube kommer ihåg dina inställningar och vad du tittar på.',
    },
    source: 'https://policies.google.com/technologies/cookies',
    note: 'Embeds from youtube-nocookie.com set these only when the video is played.',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    provider: 'Vimeo.com, Inc.',
    category: 'analytics',
    privacyPolicy: 'https://vimeo.com/privacy',
    transferCountry: 'US',
    items: [cookie('vuid', 'P2Y'), cookie('__cf_bm', 'PT30M')],
    purpose: {
      en: 'Shows videos embedded on our pages and counts how they are watched.',
      fi: 'Näyttää sivuillemme upotetut videot ja laskee, miten niitä katsotaan.',
      sv: 'Visar videor som är inbäddade på våra sidor och räknar hur de ses.',
    },
    source: 'https://vimeo.com/cookie_policy',
    note: "With the player's dnt=1 parameter Vimeo sets no tracking cookie.",
  },
  {
    id: 'hubspot',
    name: 'HubSpot',
    provider: 'HubSpot, Inc.',
    category: 'marketing',
    privacyPolicy: 'https://legal.hubspot.com/privacy-policy',
    transferCountry: 'US',
    items: [cookie('__hstc', 'P6M'), cookie('hubspotutk', 'P6M'), cookie('__hssc', 'PT30M'), cookie('__hssrc', 'session')],
    purpose: {
      en: 'Connects visits to the contact details you give in our forms, for customer relations and marketing.',
      fi: 'Yhdistää käynnit lomakkeillamme antamiisi yhteystietoihin asiakassuhteen hoitoa ja markkinointia varten.',
      sv: 'Kopplar besök till de kontaktuppgifter du lämnar i våra formulär, för kundrelationer och marknadsföring.',
    },
    source: 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
  },
  {
    id: 'mailchimp',
    name: 'Mailchimp',
    provider: 'The Rocket Science Group LLC (Intuit)',
    category: 'marketing',
    privacyPolicy: 'https://www.intuit.com/privacy/statement/',
    transferCountry: 'US',
    items: [],
    purpose: {
      en: 'Sends our newsletter to those who subscribe and tells us which messages are opened.',
      fi: 'Lähettää uutiskirjeemme tilaajille ja kertoo, mitkä viestit avataan.',
      sv: 'Skickar vårt nyhetsbrev till prenumeranterna och visar vilka meddelanden som öppnas.',
    },
    source: 'https://mailchimp.com/legal/cookies/',
    note: 'A signup form alone sets no cookie we could confirm; with Mailchimp site tracking (mc.js), add its cookies from the source.',
  },
  {
    id: 'linkedin-insight',
    name: 'LinkedIn Insight Tag',
    provider: 'LinkedIn Ireland Unlimited Company',
    category: 'marketing',
    privacyPolicy: 'https://www.linkedin.com/legal/privacy-policy',
    transferCountry: 'US',
    items: [cookie('li_fat_id', 'P30D'), cookie('bcookie', 'P1Y'), cookie('lidc', 'P1D'), cookie('UserMatchHistory', 'P30D')],
    purpose: {
      en: 'Measures the effect of our LinkedIn ads and shows them to people who have visited the site.',
      fi: 'Mittaa LinkedIn-mainostemme vaikutusta ja näyttää niitä sivustolla käyneille.',
      sv: 'Mäter effekten av våra LinkedIn-annonser och visar dem för dem som har besökt webbplatsen.',
    },
    source: 'https://www.linkedin.com/legal/l/cookie-table',
  },
  {
    id: 'recaptcha',
    name: 'Google reCAPTCHA',
    provider: GOOGLE,
    category: 'necessary',
    privacyPolicy: GOOGLE_POLICY,
    transferCountry: 'US',
    items: [cookie('_GRECAPTCHA', 'P6M')],
    purpose: {
      en: 'Tells people from bots when a form is sent, to keep spam and abuse out.',
      fi: 'Erottaa ihmiset boteista lomaketta lähetettäessä roskapostin ja väärinkäytösten estämiseksi.',
      sv: 'Skiljer människor från robotar när ett formulär skickas, för att hålla borta skräppost och missbruk.',
    },
    source: 'https://policies.google.com/technologies/cookies',
  },
  {
    id: 'stripe',
    name: 'Stripe',
    provider: 'Stripe Payments Europe, Ltd.',
    category: 'necessary',
    privacyPolicy: 'https://stripe.com/privacy',
    transferCountry: 'US',
    items: [cookie('__stripe_mid', 'P1Y'), cookie('__stripe_sid', 'PT30M')],
    purpose: {
      en: 'Takes card payments and prevents payment fraud.',
      fi: 'Käsittelee korttimaksut ja estää maksupetoksia.',
      sv: 'Hanterar kortbetalningar och förhindrar bedrägerier.',
    },
    source: 'https://docs.stripe.com/disputes/prevention/advanced-fraud-detection',
  },
];
