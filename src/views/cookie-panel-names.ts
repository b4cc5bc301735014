/**
 * The cookie panel's interface names and formatted facts: category names and
 * explanations, storage kinds, dates, transfer countries. Call them while
 * rendering, inside `inLocale`.
 */
import {isInEea} from '../consent/transfer.js';
import {dateTimeFormat} from '../intl-cache.js';
import type {CookieCategory, StorageType} from '../document/schema.js';
import {msg, str} from '../localization.js';
import {countryName} from './format.js';

export function categoryName(category: CookieCategory): string {
  switch (category) {
    case 'necessary':
      return msg('Necessary', {
        id: 'cookies-category-necessary',
        desc: 'Cookie category: cookies the site cannot work without (Finnish "välttämättömät").',
      });
    case 'preferences':
      return msg('Preferences', {
        id: 'cookies-category-preferences',
        desc: "Cookie category: cookies that remember the visitor's settings such as language.",
      });
    case 'analytics':
      return msg('Analytics', {
        id: 'cookies-category-analytics',
        desc: 'Cookie category: statistics on how the site is used (Finnish "analytiikka").',
      });
    case 'marketing':
      return msg('Marketing', {
        id: 'cookies-category-marketing',
        desc: 'Cookie category: advertising and its measurement (Finnish "markkinointi").',
      });
  }
}

export function categoryAbout(category: CookieCategory): string {
  switch (category) {
    case 'necessary':
      return msg(
        'Needed for the site to work, for example to keep you signed in and to remember the choices you make here. They cannot be switched off.',
        {desc: 'Explains the necessary cookie category.'}
      );
    case 'preferences':
      return msg('Remember your settings, such as language or region, between visits.', {
        desc: 'Explains the preferences cookie category.',
      });
    case 'analytics':
      return msg('Tell us how the site is used, such as which pages are visited, so that we can improve it.', {
        desc: 'Explains the analytics cookie category.',
      });
    case 'marketing':
      return msg('Used to show and measure advertising, also on other sites.', {desc: 'Explains the marketing cookie category.'});
  }
}

export function storageTypeName(type: StorageType): string {
  switch (type) {
    case 'cookie':
      return msg('Cookie', {id: 'cookies-type-cookie', desc: 'Kind of browser storage in the cookie table: an HTTP cookie.'});
    case 'localStorage':
      return msg('Local storage', {desc: "Kind of browser storage in the cookie table: the browser's localStorage (kept until deleted)."});
    case 'sessionStorage':
      return msg('Session storage', {
        desc: "Kind of browser storage in the cookie table: the browser's sessionStorage (kept while the tab is open).",
      });
    case 'pixel':
      return msg('Pixel', {
        id: 'cookies-type-pixel',
        desc: 'Kind of browser storage in the cookie table: a tracking pixel (a tiny image that reports a visit).',
      });
  }
}

/** A moment in the local time zone, as date and time: "31 May 2024 at 14:05". */
export const formatDateTime = (iso: string, locale: string) =>
  dateTimeFormat(locale, {dateStyle: 'long', timeStyle: 'short'}).format(new Date(iso));

/** "https://policies.google.com/privacy" → "policies.google.com/privacy". */
export function linkText(url: string): string {
  try {
    const {host, pathname} = new URL(url);
    return pathname === '/' ? host : host + pathname;
  } catch {
    return url;
  }
}

export function transferText(country: string, locale: string): string {
  const name = countryName(country, locale);
  return isInEea(country)
    ? msg(str`${name} – in the EU/EEA`, {
        desc: 'Where a cookie service processes data: a country inside the EU or EEA (name already translated).',
      })
    : msg(str`${name} (outside the EU/EEA: your data is transferred there)`, {
        desc: 'Where a cookie service processes data: a country outside the EU and EEA, said plainly (name already translated).',
      });
}

/** The panel's heading, and the labels of a service's facts and of its table (the static render uses them too). */
export const cookiePanelHeading = () =>
  msg('Cookies and similar technologies', {desc: 'Heading of the cookie panel (Finnish "evästeet ja vastaavat tekniikat").'});
export const serviceLabels = () => ({
  provider: msg('Provider', {
    id: 'cookies-provider',
    desc: 'Label in the cookie panel: the company that provides a service (for example Google Ireland Ltd).',
  }),
  purpose: msg('Purpose', {id: 'cookies-purpose', desc: 'Label in the cookie panel: why a service uses cookies.'}),
  privacyPolicy: msg('Privacy policy', {
    id: 'cookies-privacy-policy',
    desc: "Label in the cookie panel: link to the privacy policy of a service's provider.",
  }),
  country: msg('Data processed in', {desc: 'Label in the cookie panel: the country where a service processes the data.'}),
});
export const cookieColumns = () => ({
  name: msg('Name', {id: 'cookies-column-name', desc: 'Cookie table column: the name of a cookie or storage key.'}),
  type: msg('Type', {id: 'cookies-column-type', desc: 'Cookie table column: cookie, local storage, session storage or pixel.'}),
  duration: msg('Duration', {
    id: 'cookies-column-duration',
    desc: 'Cookie table column: how long a cookie is kept (for example "2 years").',
  }),
  description: msg('Description', {id: 'cookies-column-description', desc: 'Cookie table column: what a cookie is for.'}),
});
export const cookieTableCaption = (serviceName: string) =>
  msg(str`Cookies and storage used by ${serviceName}`, {
    desc: "Caption of the table listing one service's cookies; the name is the service's (for example Google Analytics).",
  });
