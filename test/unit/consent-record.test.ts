import {describe, expect, it} from 'vitest';
import type {CookieService, NoticeDocument} from '../../src/document/schema.js';
import {
  CONSENT_MAX_AGE_DAYS,
  cookieListFacts,
  createRecord,
  parseRecord,
  resolveConsent,
  serializeRecord,
} from '../../src/consent/record.js';
import {cookieListFingerprint} from '../../src/consent/fingerprint.js';
import {readPrivacySignals} from '../../src/consent/signals.js';
import {consentKey, localStore, readCookie} from '../../src/consent/storage.js';

const analytics: CookieService = {
  id: 'google-analytics',
  name: 'Google Analytics',
  category: 'analytics',
  provider: 'Google Ireland Ltd',
  transferCountry: 'US',
  items: [
    {name: '_ga', type: 'cookie', duration: 'P2Y', description: 'Tells visitors apart.'},
    {name: '_ga_*', type: 'cookie', duration: 'P2Y'},
  ],
};
const session: CookieService = {
  id: 'session',
  name: 'Session',
  category: 'necessary',
  items: [{name: 'sid', type: 'cookie', duration: 'session'}],
};

function notice(services: CookieService[], version = '1'): NoticeDocument {
  return {
    schemaVersion: 1,
    id: 'acme-oy',
    version,
    languages: ['fi'],
    title: 'Tietosuojaseloste',
    updated: '2025-01-01',
    controller: {name: 'Acme Oy'},
    sections: [{id: 'a', kind: 'controller', body: 'x'}],
    cookies: {services},
  } as NoticeDocument;
}

const noSignals = {gpc: false, dnt: false};
const when = new Date('2025-05-03T10:00:00Z');

describe('cookie list fingerprint', () => {
  it('changes when an item, duration or category changes', () => {
    const base = cookieListFingerprint([analytics, session]);
    expect(cookieListFingerprint([session, analytics])).toBe(base);
    const longer = {...analytics, items: [{...analytics.items[0], duration: 'P3Y'}, analytics.items[1]]};
    expect(cookieListFingerprint([longer, session])).not.toBe(base);
    const added = {...analytics, items: [...analytics.items, {name: '_gid', type: 'cookie' as const, duration: 'P1D'}]};
    expect(cookieListFingerprint([added, session])).not.toBe(base);
    expect(cookieListFingerprint([{...analytics, category: 'marketing'}, session])).not.toBe(base);
  });

  it('ignores reworded descriptions', () => {
    const reworded = {...analytics, items: [{...analytics.items[0], description: 'Other words.'}, analytics.items[1]]};
    expect(cookieListFingerprint([reworded, session])).toBe(cookieListFingerprint([analytics, session]));
  });
});

describe('consent record', () => {
  const facts = cookieListFacts(notice([analytics, session]));
  const choices = {preferences: false, analytics: true, marketing: false};

  it('round-trips through its stored text', () => {
    const record = createRecord(facts, choices, 'visitor', when);
    const text = serializeRecord(record);
    expect(JSON.parse(text)).toMatchObject({
      v: 1,
      document: 'acme-oy',
      version: '1',
      time: '2025-05-03T10:00:00.000Z',
      source: 'visitor',
      fingerprint: facts.fingerprint,
      choices,
    });
    expect(parseRecord(text)).toEqual(record);
  });

  it('refuses text that is not a record', () => {
    const good = JSON.parse(serializeRecord(createRecord(facts, choices, 'visitor', when)));
    for (const bad of [
      null,
      '',
      '{',
      '[]',
      '{"v":2}',
      JSON.stringify({...good, choices: {...choices, analytics: 'yes'}}),
      JSON.stringify({...good, time: 'yesterday'}),
      JSON.stringify({...good, source: 'gpc'}),
      JSON.stringify({...good, lists: {}}),
    ]) {
      expect(parseRecord(bad), String(bad)).toBeUndefined();
    }
  });

  it('reads back as the stored choice', () => {
    const record = createRecord(facts, choices, 'visitor', when);
    const state = resolveConsent(record, facts, noSignals, new Date('2025-06-01'));
    expect(state.source).toBe('stored');
    expect(state.stale).toBe(false);
    expect(state.granted).toEqual(['necessary', 'analytics']);
    expect(state.denied).toEqual(['preferences', 'marketing']);
    expect(state.time).toBe('2025-05-03T10:00:00.000Z');
  });

  it('is stale when the cookie list changed, and pauses a yes to the changed category', () => {
    const record = createRecord(facts, choices, 'visitor', when);
    const withGid = {...analytics, items: [...analytics.items, {name: '_gid', type: 'cookie' as const, duration: 'P1D'}]};
    const next = cookieListFacts(notice([withGid, session], '2'));
    const state = resolveConsent(record, next, noSignals, new Date('2025-06-01'));
    expect(state.stale).toBe(true);
    expect(state.staleCategories).toEqual(['analytics']);
    expect(state.choices.analytics).toBe(false);
    expect(state.previousChoices?.analytics).toBe(true);
  });

  it('is stale but keeps choices when only a necessary service changed', () => {
    const record = createRecord(facts, choices, 'visitor', when);
    const moreSession = {...session, items: [...session.items, {name: 'csrf', type: 'cookie' as const, duration: 'session'}]};
    const state = resolveConsent(record, cookieListFacts(notice([analytics, moreSession])), noSignals, when);
    expect(state.stale).toBe(true);
    expect(state.staleCategories).toEqual([]);
    expect(state.choices.analytics).toBe(true);
  });

  it('is not stale when only the version changed', () => {
    const record = createRecord(facts, choices, 'visitor', when);
    const state = resolveConsent(record, cookieListFacts(notice([analytics, session], '2')), noSignals, when);
    expect(state.stale).toBe(false);
    expect(state.version).toBe('2');
  });

  it('is ignored when it belongs to another document or has expired', () => {
    const record = createRecord(facts, choices, 'visitor', when);
    const other = {...facts, document: 'other-oy'};
    expect(resolveConsent(record, other, noSignals, when).source).toBe('default');
    const later = new Date(when.getTime() + (CONSENT_MAX_AGE_DAYS + 1) * 86_400_000);
    expect(resolveConsent(record, facts, noSignals, later).source).toBe('default');
  });
});

describe('defaults and privacy signals', () => {
  const facts = cookieListFacts(notice([analytics, session]));

  it('denies everything optional before a choice', () => {
    const state = resolveConsent(undefined, facts, noSignals, when);
    expect(state.source).toBe('default');
    expect(state.granted).toEqual(['necessary']);
  });

  it('names Global Privacy Control, then Do Not Track, as the reason', () => {
    expect(resolveConsent(undefined, facts, {gpc: true, dnt: true}, when).source).toBe('gpc');
    expect(resolveConsent(undefined, facts, {gpc: false, dnt: true}, when).source).toBe('dnt');
    expect(resolveConsent(undefined, facts, {gpc: true, dnt: false}, when).choices.analytics).toBe(false);
  });

  it('reads the signals from a navigator', () => {
    expect(readPrivacySignals({globalPrivacyControl: true})).toEqual({gpc: true, dnt: false});
    expect(readPrivacySignals({doNotTrack: '1'})).toEqual({gpc: false, dnt: true});
    expect(readPrivacySignals({doNotTrack: '0', globalPrivacyControl: 'true'})).toEqual({gpc: false, dnt: false});
    expect(readPrivacySignals(undefined)).toEqual({gpc: false, dnt: false});
  });
});

describe('consent storage', () => {
  it('reads one cookie from a cookie string', () => {
    const value = encodeURIComponent('{"a":"b c;"}');
    const cookies = `_ga=GA1.1.1; privacy-consent-acme-oy=${value}; x=1`;
    expect(readCookie(cookies, consentKey('acme-oy'))).toBe('{"a":"b c;"}');
    expect(readCookie(cookies, 'privacy-consent-other')).toBeNull();
    expect(readCookie('privacy-consent-acme-oy=%E0%A4%A', 'privacy-consent-acme-oy')).toBeNull();
  });

  it('keeps the choice for the page when localStorage throws', () => {
    const store = localStore(() => {
      throw new DOMException('denied', 'SecurityError');
    }, 'acme-oy');
    expect(store.read()).toBeNull();
    store.write('x');
    expect(store.read()).toBe('x');
    store.remove();
    expect(store.read()).toBeNull();
  });
});
