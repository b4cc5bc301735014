/**
 * Consent in the cookie panel: stored and read back, stale after the cookie
 * list changes, GPC, Google Consent Mode on a real dataLayer, gated scripts,
 * the keyboard, the JS API and the privacy-consent-change event.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CookieService} from '../../src/document/schema.js';
import {PrivacyConsentChangeEvent} from '../../src/events.js';
import {clearConsent, click, noticeDoc, services, showNotice, switchOf, uniqueId} from './cookies-helpers.js';

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
    __gatedRuns?: Record<string, number>;
  }
}

const storedCookie = (id: string) => {
  const pair = document.cookie.split('; ').find((p) => p.startsWith(`privacy-consent-${id}=`));
  return pair ? JSON.parse(decodeURIComponent(pair.slice(pair.indexOf('=') + 1))) : undefined;
};

/** The next privacy-consent-change on `target`. */
const nextConsentChange = (target: EventTarget) =>
  new Promise<PrivacyConsentChangeEvent>((resolve) =>
    target.addEventListener('privacy-consent-change', (event) => resolve(event as PrivacyConsentChangeEvent), {once: true})
  );

const checked = (button: HTMLElement | null) => button?.getAttribute('aria-checked');

describe('cookie panel: consent', () => {
  afterEach(() => {
    clearConsent();
    delete window.dataLayer;
    delete window.gtag;
  });

  it('stores a choice in a first-party cookie and reads it back', async () => {
    const id = uniqueId();
    const doc = noticeDoc(id);
    const first = await showNotice(doc);
    const analytics = switchOf(first.root, 'analytics')!;
    const changed = nextConsentChange(first.el);
    analytics.click();
    const event = await changed;
    expect(event).to.be.instanceOf(PrivacyConsentChangeEvent);
    expect(event.initial).to.equal(false);
    expect(event.source).to.equal('visitor');
    expect(event.granted).to.deep.equal(['necessary', 'analytics']);
    expect(event.denied).to.deep.equal(['preferences', 'marketing']);
    await first.el.updateComplete;
    expect(checked(analytics)).to.equal('true');

    const record = storedCookie(id);
    expect(record).to.include({v: 1, document: id, version: '1', source: 'visitor'});
    expect(record.choices).to.deep.equal({preferences: false, analytics: true, marketing: false});
    expect(record.fingerprint).to.match(/^[0-9a-f]{8}$/);
    expect(Date.now() - Date.parse(record.time)).to.be.within(0, 60_000);
    expect(localStorage.getItem(`privacy-consent-${id}`)).to.equal(null);

    // A new visit: the same document reads the choice back.
    first.el.remove();
    const again = await showNotice(doc);
    expect(checked(switchOf(again.root, 'analytics'))).to.equal('true');
    expect(checked(switchOf(again.root, 'marketing'))).to.equal('false');
    expect(again.el.consent.get()).to.include({source: 'stored', stale: false});
    expect(again.root.querySelector('.stale-note')).to.equal(null);
  });

  it('keeps the choice in localStorage with consent-storage="local-storage"', async () => {
    const id = uniqueId();
    const {el, root} = await showNotice(noticeDoc(id), {storage: 'local-storage'});
    await click(el, switchOf(root, 'marketing'));
    const record = JSON.parse(localStorage.getItem(`privacy-consent-${id}`)!);
    expect(record.choices.marketing).to.equal(true);
    expect(storedCookie(id)).to.equal(undefined);
    el.remove();
    const again = await showNotice(noticeDoc(id), {storage: 'local-storage'});
    expect(checked(switchOf(again.root, 'marketing'))).to.equal('true');
  });

  it('marks the choice stale when a new version changes the cookie list, and pauses that consent', async () => {
    const id = uniqueId();
    const first = await showNotice(noticeDoc(id));
    await click(first.el, switchOf(first.root, 'analytics'));
    await click(first.el, switchOf(first.root, 'marketing'));
    first.el.remove();

    const withHotjar: CookieService[] = services.map((s) =>
      s.id === 'google-analytics' ? {...s, items: [...s.items, {name: '_hjSessionUser_*', type: 'cookie', duration: 'P1Y'}]} : s
    );
    const next = await showNotice(noticeDoc(id, {version: '2', cookies: {services: withHotjar}}));
    const state = next.el.consent.get()!;
    expect(state.stale).to.equal(true);
    expect(state.staleCategories).to.deep.equal(['analytics']);
    expect(state.choices.analytics).to.equal(false);
    expect(state.choices.marketing).to.equal(true);
    const note = next.root.querySelector('.stale-note')!;
    expect(note).to.exist;
    expect(note.textContent).to.contain('analytiikka');
    expect(checked(switchOf(next.root, 'analytics'))).to.equal('false');
    expect(checked(switchOf(next.root, 'marketing'))).to.equal('true');

    await click(next.el, note.querySelector('button'));
    expect(next.el.consent.get()).to.include({stale: false, source: 'visitor'});
    expect(checked(switchOf(next.root, 'analytics'))).to.equal('true');
    expect(next.root.querySelector('.stale-note')).to.equal(null);
    expect(storedCookie(id).version).to.equal('2');
  });

  it('defaults analytics and marketing to denied under Global Privacy Control, and says why', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', {value: true, configurable: true});
    try {
      const {el, root} = await showNotice(noticeDoc(uniqueId()), {lang: 'en'});
      expect(el.consent.get()).to.include({source: 'gpc'});
      expect(checked(switchOf(root, 'analytics'))).to.equal('false');
      expect(checked(switchOf(root, 'marketing'))).to.equal('false');
      expect(root.querySelector('.signal-note')?.textContent).to.contain('Global Privacy Control');
      // The visitor may still choose.
      await click(el, switchOf(root, 'analytics'));
      expect(el.consent.get()).to.include({source: 'visitor'});
      expect(root.querySelector('.signal-note')).to.equal(null);
    } finally {
      delete (navigator as {globalPrivacyControl?: boolean}).globalPrivacyControl;
    }
    const {el} = await showNotice(noticeDoc(uniqueId()));
    expect(el.consent.get()).to.include({source: 'default'});
  });

  it('updates Google Consent Mode v2 on a real dataLayer', async () => {
    window.dataLayer = [];
    const {el, root} = await showNotice(noticeDoc(uniqueId()));
    // Nothing chosen yet: the page's own defaults stand.
    expect(window.dataLayer).to.have.length(0);

    await click(el, switchOf(root, 'analytics'));
    const commands = window.dataLayer.filter((entry) => Object.prototype.toString.call(entry) === '[object Arguments]') as IArguments[];
    expect(commands).to.have.length(1);
    expect(Array.from(commands[0])).to.deep.equal([
      'consent',
      'update',
      {analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied'},
    ]);
    expect(window.dataLayer.at(-1)).to.deep.include({event: 'privacy_consent_update'});

    await click(el, switchOf(root, 'marketing'));
    const last = window.dataLayer.filter((e) => Object.prototype.toString.call(e) === '[object Arguments]').at(-1) as IArguments;
    expect(last[2]).to.deep.equal({
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
  });

  it("calls the page's gtag() when there is one, also for a choice read back", async () => {
    const id = uniqueId();
    window.dataLayer = [];
    window.gtag = function gtag() {
      // Google's own snippet.
      // eslint-disable-next-line prefer-rest-params
      window.dataLayer!.push(arguments);
    };
    const first = await showNotice(noticeDoc(id));
    await click(first.el, switchOf(first.root, 'marketing'));
    first.el.remove();
    window.dataLayer.length = 0;
    await showNotice(noticeDoc(id));
    const command = window.dataLayer[0] as IArguments;
    expect(Array.from(command).slice(0, 2)).to.deep.equal(['consent', 'update']);
    expect(command[2]).to.include({ad_storage: 'granted', analytics_storage: 'denied'});
  });

  it('runs a gated script only after consent, and exactly once', async () => {
    window.__gatedRuns = {};
    const gated = (category: string) => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.privacyCategory = category;
      script.text = `window.__gatedRuns[${JSON.stringify(category)}] = (window.__gatedRuns[${JSON.stringify(category)}] || 0) + 1;`;
      document.body.append(script);
      return script;
    };
    const analyticsScript = gated('analytics');
    const marketingScript = gated('marketing');
    try {
      const id = uniqueId();
      const {el, root} = await showNotice(noticeDoc(id));
      expect(window.__gatedRuns).to.deep.equal({});

      await click(el, switchOf(root, 'analytics'));
      expect(window.__gatedRuns).to.deep.equal({analytics: 1});
      expect(document.querySelector('script[data-privacy-activated][data-privacy-category="analytics"]')).to.exist;

      await click(el, switchOf(root, 'analytics')); // off
      await click(el, switchOf(root, 'analytics')); // on again
      const second = await showNotice(noticeDoc(id)); // another element, same stored choice
      expect(second.el.consent.get()?.choices.analytics).to.equal(true);
      expect(window.__gatedRuns).to.deep.equal({analytics: 1});
    } finally {
      document.querySelectorAll('script[data-privacy-category]').forEach((s) => s.remove());
      analyticsScript.remove();
      marketingScript.remove();
      delete window.__gatedRuns;
    }
  });

  it('works from the keyboard: Space and Enter toggle a switch', async () => {
    const {el, root} = await showNotice(noticeDoc(uniqueId()));
    const preferences = switchOf(root, 'preferences')!;
    preferences.focus();
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(checked(preferences)).to.equal('true');
    expect(root.activeElement).to.equal(preferences);
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(checked(preferences)).to.equal('false');
    // Tab moves on to the next control in the panel.
    await sendKeys({press: 'Tab'});
    expect(root.activeElement).not.to.equal(preferences);
    expect(el.consent.get()?.choices.preferences).to.equal(false);
  });

  it('offers "Allow all" and "Only necessary" with a status announcement', async () => {
    const {el, root} = await showNotice(noticeDoc(uniqueId()), {lang: 'en'});
    const [allowAll, onlyNecessary] = root.querySelectorAll<HTMLButtonElement>('.consent-actions button');
    await click(el, allowAll);
    expect(el.consent.get()!.granted).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(root.querySelector('.consent-status')!.textContent).to.contain('saved');
    await click(el, onlyNecessary);
    expect(el.consent.get()!.granted).to.deep.equal(['necessary']);
    expect(root.querySelector('.consent-status')!.textContent).to.contain('reload');
    await expect(el).to.be.accessible();
  });

  it('gives sites get, set, subscribe and reset on el.consent', async () => {
    const id = uniqueId();
    const {el, root} = await showNotice(noticeDoc(id));
    const seen: string[] = [];
    const unsubscribe = el.consent.subscribe((state) => seen.push(`${state.source}:${state.granted.join('+')}`));
    expect(seen).to.deep.equal(['default:necessary']);

    const changed = nextConsentChange(el);
    const state = el.consent.set({marketing: true});
    expect((await changed).source).to.equal('api');
    expect(state.choices.marketing).to.equal(true);
    expect(Object.isFrozen(state)).to.equal(true);
    await el.updateComplete;
    expect(checked(switchOf(root, 'marketing'))).to.equal('true');
    expect(seen.at(-1)).to.equal('api:necessary+marketing');

    unsubscribe();
    el.consent.set({analytics: true});
    expect(seen).to.have.length(2);

    expect(() => el.consent.set({necessary: false} as never)).to.throw(TypeError);
    expect(() => el.consent.set({analytics: 'yes'} as never)).to.throw(TypeError);

    el.consent.reset();
    expect(storedCookie(id)).to.equal(undefined);
    expect(el.consent.get()).to.include({source: 'default'});
  });

  it('fires an initial privacy-consent-change that a page listening on document receives', async () => {
    const events: PrivacyConsentChangeEvent[] = [];
    const listener = (event: PrivacyConsentChangeEvent) => events.push(event);
    document.addEventListener('privacy-consent-change', listener);
    try {
      const {el} = await showNotice(noticeDoc(uniqueId()));
      await waitUntil(() => events.length > 0);
      expect(events[0].initial).to.equal(true);
      expect(events[0].consent.document).to.equal(el.consent.get()!.document);
      expect(events[0].composed && events[0].bubbles).to.equal(true);
    } finally {
      document.removeEventListener('privacy-consent-change', listener);
    }
  });

  it('keeps two elements showing the same document in step', async () => {
    const id = uniqueId();
    const a = await showNotice(noticeDoc(id));
    const b = await showNotice(noticeDoc(id));
    await click(a.el, switchOf(a.root, 'analytics'));
    await b.el.updateComplete;
    expect(checked(switchOf(b.root, 'analytics'))).to.equal('true');
    expect(b.el.consent.get()?.choices.analytics).to.equal(true);
  });
});
