/**
 * Google Consent Mode v2: tells Google's tags what the visitor allows, through
 * `gtag('consent', 'update', …)` or, when the page has a `dataLayer` but no
 * `gtag`, by pushing the same command the way gtag does.
 */
import type {ConsentChoices} from './categories.js';

export type ConsentModeValue = 'granted' | 'denied';

/** The Consent Mode v2 parameters our categories drive. */
export interface ConsentModeParams {
  analytics_storage: ConsentModeValue;
  ad_storage: ConsentModeValue;
  ad_user_data: ConsentModeValue;
  ad_personalization: ConsentModeValue;
}

/** Name of the event pushed to `dataLayer` after each update, for Tag Manager triggers. */
export const DATA_LAYER_EVENT = 'privacy_consent_update';

const value = (granted: boolean): ConsentModeValue => (granted ? 'granted' : 'denied');

/** analytics → analytics_storage; marketing → ad_storage, ad_user_data, ad_personalization. */
export function consentModeParams(choices: ConsentChoices): ConsentModeParams {
  return {
    analytics_storage: value(choices.analytics),
    ad_storage: value(choices.marketing),
    ad_user_data: value(choices.marketing),
    ad_personalization: value(choices.marketing),
  };
}

interface GoogleTagWindow {
  gtag?: unknown;
  dataLayer?: unknown;
}

/**
 * Sends a Consent Mode update; returns how (`gtag`, `dataLayer`) or
 * undefined when the page has neither.
 */
export function updateConsentMode(page: object, choices: ConsentChoices): 'gtag' | 'dataLayer' | undefined {
  const win = page as GoogleTagWindow;
  const params = consentModeParams(choices);
  let via: 'gtag' | 'dataLayer' | undefined;
  if (typeof win.gtag === 'function') {
    (win.gtag as (...args: unknown[]) => void)('consent', 'update', params);
    via = 'gtag';
  } else if (Array.isArray(win.dataLayer)) {
    const dataLayer = win.dataLayer;
    // gtag.js only reads commands pushed as an `arguments` object.
    (function gtag(..._args: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      dataLayer.push(arguments);
    })('consent', 'update', params);
    via = 'dataLayer';
  }
  if (Array.isArray(win.dataLayer)) {
    win.dataLayer.push({event: DATA_LAYER_EVENT, privacyConsent: {...choices}});
  }
  return via;
}
