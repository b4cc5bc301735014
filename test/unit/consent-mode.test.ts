import {describe, expect, it} from 'vitest';
import {DATA_LAYER_EVENT, consentModeParams, updateConsentMode} from '../../src/consent/consent-mode.js';

const choices = {necessary: true, preferences: true, analytics: true, marketing: false};

describe('Google Consent Mode v2', () => {
  it('maps analytics and marketing to the four v2 parameters', () => {
    expect(consentModeParams(choices)).toEqual({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('pushes the command to dataLayer as gtag does (an arguments object), then an event', () => {
    const page = {dataLayer: [] as unknown[]};
    expect(updateConsentMode(page, choices)).toBe('dataLayer');
    const [command, event] = page.dataLayer as [IArguments, Record<string, unknown>];
    expect(Object.prototype.toString.call(command)).toBe('[object Arguments]');
    expect(Array.from(command)).toEqual(['consent', 'update', consentModeParams(choices)]);
    expect(event).toEqual({event: DATA_LAYER_EVENT, privacyConsent: choices});
  });

  it('calls gtag when the page has it', () => {
    const calls: unknown[][] = [];
    const page = {gtag: (...args: unknown[]) => void calls.push(args)};
    expect(updateConsentMode(page, choices)).toBe('gtag');
    expect(calls).toEqual([['consent', 'update', consentModeParams(choices)]]);
  });

  it('does nothing without gtag or dataLayer', () => {
    expect(updateConsentMode({}, choices)).toBeUndefined();
  });
});
