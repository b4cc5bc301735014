/** Shared by the cookie panel's browser tests: a document, a fixture, clean-up. */
import {fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {CookieService, NoticeDocument} from '../../src/document/schema.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';

let counter = 0;

/** A document id no other test uses, so stored consent never leaks between tests. */
export const uniqueId = () => `cookie-test-${Date.now().toString(36)}-${++counter}`;

export const services: CookieService[] = [
  {
    id: 'session',
    name: {fi: 'Istunto', en: 'Session', sv: 'Session'},
    category: 'necessary',
    provider: 'Esimerkki Oy',
    items: [
      {
        name: 'sid',
        type: 'cookie',
        duration: 'session',
        description: {fi: '<p>Pitää sinut kirjautuneena.</p>', en: '<p>Keeps you signed in.</p>'},
      },
    ],
  },
  {
    id: 'language',
    name: {fi: 'Kieliasetus', en: 'Language setting'},
    category: 'preferences',
    items: [{name: 'lang', type: 'localStorage', duration: 'P1Y'}],
  },
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    category: 'analytics',
    provider: 'Google Ireland Limited',
    purpose: {fi: '<p>Kävijätilastot.</p>', en: '<p>Visitor statistics.</p>', sv: '<p>Besöksstatistik.</p>'},
    privacyPolicy: 'https://policies.google.com/privacy',
    transferCountry: 'US',
    items: [
      {
        name: '_ga',
        type: 'cookie',
        duration: 'P2Y',
        description: {fi: '<p>Erottaa käyttäjät toisistaan.</p>', en: '<p>Used to distinguish users.</p>'},
      },
      {name: '_ga_*', type: 'cookie', duration: 'P2Y'},
      {name: '_gid', type: 'cookie', duration: 'P1D'},
    ],
  },
  {
    id: 'ads',
    name: 'Mainosverkko',
    category: 'marketing',
    provider: 'Ads AB',
    transferCountry: 'SE',
    items: [{name: 'ad_id', type: 'cookie', duration: 'P13M'}],
  },
];

export function noticeDoc(id: string, overrides: Partial<NoticeDocument> = {}): NoticeDocument {
  return {
    schemaVersion: 1,
    id,
    version: '1',
    languages: ['fi', 'en', 'sv'],
    title: {fi: 'Tietosuojaseloste', en: 'Privacy notice', sv: 'Dataskyddsbeskrivning'},
    updated: '2025-05-01',
    controller: {name: 'Esimerkki Oy'},
    sections: [
      {
        id: 'controller',
        kind: 'controller',
        body: {fi: '<p>Rekisterinpitäjä.</p>', en: '<p>Controller.</p>', sv: '<p>Personuppgiftsansvarig.</p>'},
      },
    ],
    cookies: {services},
    ...overrides,
  } as NoticeDocument;
}

/** Waits until the element shows its cookie panel. */
export async function panelOf(el: PrivacyNoticeElement): Promise<ShadowRoot> {
  await waitUntil(() => el.shadowRoot?.querySelector('.cookie-panel'), 'the cookie panel did not render', {timeout: 5000});
  await el.updateComplete;
  return el.shadowRoot!;
}

export interface NoticeOptions {
  lang?: string;
  storage?: 'cookie' | 'local-storage';
  audit?: boolean;
}

export async function showNotice(doc: NoticeDocument, {lang = 'fi', storage = 'cookie', audit = false}: NoticeOptions = {}) {
  const el = await fixture<PrivacyNoticeElement>(
    html`<privacy-notice lang=${lang} consent-storage=${storage} ?audit=${audit} .notice=${doc}></privacy-notice>`
  );
  const root = await panelOf(el);
  return {el, root};
}

export const switchOf = (root: ShadowRoot, category: string) =>
  root.querySelector<HTMLButtonElement>(`[role="switch"]#consent-switch-${category}`);

/** Clicks, then waits for the element to re-render. */
export async function click(el: PrivacyNoticeElement, target: HTMLElement | null) {
  if (!target) throw new Error('nothing to click');
  target.click();
  await el.updateComplete;
}

export function removeCookie(name: string) {
  document.cookie = `${name}=; Path=/; Max-Age=0`;
}

/** Removes what consent tests stored under their document ids. */
export function clearConsent() {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim();
    if (name.startsWith('privacy-consent-')) removeCookie(name);
  }
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('privacy-consent-')) localStorage.removeItem(key);
  }
}
