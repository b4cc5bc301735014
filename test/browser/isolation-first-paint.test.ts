/**
 * The notice paints first: the contact form and the cookie panel are chunks
 * of their own, loaded right after the first paint into space kept for them
 * (no layout shift), or at once for a link to them, for printing, or when the
 * page asks (`loadAll()`). Consent — the stored choice, GPC, Consent Mode,
 * gated scripts — is in the entry and never waits for the panel's chunk.
 */
import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {clearConsent, noticeDoc, uniqueId} from './cookies-helpers.js';

declare global {
  interface Window {
    __gatedRuns?: Record<string, number>;
  }
}

type Part = {part?: unknown; importPart: () => Promise<unknown>};
const partOf = (el: PrivacyNoticeElement, name: 'contactForm' | 'cookiePanel') => (el as unknown as Record<string, Part>)[name];

/** An element whose cookie panel chunk waits for `release()`. */
function heldElement(doc: unknown) {
  const el = document.createElement('privacy-notice') as PrivacyNoticeElement;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const panel = partOf(el, 'cookiePanel');
  const load = panel.importPart;
  panel.importPart = () => gate.then(load);
  el.setAttribute('lang', 'en');
  el.notice = doc as PrivacyNoticeElement['notice'];
  return {el, release};
}

afterEach(() => {
  clearConsent();
  document.querySelectorAll('privacy-notice, script[data-privacy-category], .below').forEach((n) => n.remove());
  history.replaceState(null, '', location.pathname + location.search);
});

describe('first paint', () => {
  it('paints the notice with placeholders, then the form and the panel; ready and loaded only then', async () => {
    const events: string[] = [];
    const el = document.createElement('privacy-notice') as PrivacyNoticeElement;
    el.setAttribute('lang', 'en');
    el.notice = noticeDoc(uniqueId());
    el.addEventListener('privacy-notice-load', () => {
      events.push('load');
      expect(el.shadowRoot!.querySelector('.request-form'), 'form at the load event').to.exist;
      expect(el.shadowRoot!.querySelector('.cookie-panel'), 'panel at the load event').to.exist;
    });
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="title"]')).to.exist;
    expect(root.querySelector('.form-placeholder')).to.exist;
    expect(root.querySelector('.cookies-placeholder')).to.exist;
    expect(root.querySelector('.request-form')).to.equal(null);
    expect(el.status).to.equal('loading');
    await waitUntil(() => el.status === 'ready', 'never ready', {timeout: 8000});
    await el.updateComplete;
    expect(root.querySelector('.request-form')).to.exist;
    expect(root.querySelector('.cookie-panel')).to.exist;
    expect(root.querySelector('.part-placeholder')).to.equal(null);
    await waitUntil(() => events.length === 1, 'no load event');
    await expect(el).to.be.accessible();
  });

  it('keeps no placeholder for what it does not show (no-form, no cookies)', async () => {
    const doc = {...noticeDoc(uniqueId()), cookies: undefined};
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang="en" no-form .notice=${doc}></privacy-notice>`);
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('.part-placeholder')).to.equal(null);
  });

  /** Layout shifts while notices load in `width`-px boxes, with text after them. */
  async function layoutShifts(style = '') {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {value: number})[]) shifts.push(entry.value);
    });
    observer.observe({type: 'layout-shift'});
    try {
      for (const width of [320, 800]) {
        // English is built in: the first render is the notice (a translation
        // still to load shows the loading placeholder first, another matter).
        const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
          <privacy-notice lang="en" style=${style} .notice=${noticeDoc(uniqueId())}></privacy-notice>
          <p class="below">Page text after the notice.</p>
        </div>`);
        const el = box.querySelector('privacy-notice')!;
        expect(el.shadowRoot!.querySelector('.form-placeholder'), 'first paint').to.exist;
        await waitUntil(() => el.status === 'ready', 'never ready', {timeout: 8000});
        await el.updateComplete;
        await nextFrame();
        await nextFrame();
        expect(el.shadowRoot!.querySelector('.request-form')).to.exist;
        box.remove();
        await nextFrame();
      }
      for (const entry of observer.takeRecords() as (PerformanceEntry & {value: number})[]) shifts.push(entry.value);
    } finally {
      observer.disconnect();
    }
    return shifts;
  }

  it('moves nothing: no layout shift while the form and the panel arrive (CLS 0)', async () => {
    expect(await layoutShifts()).to.deep.equal([]);
    // The measure sees a shift when no space is kept.
    const unreserved = await layoutShifts('--privacy-notice-form-min-height: 0; --privacy-notice-cookie-panel-min-height: 0');
    expect(unreserved.length).to.be.greaterThan(0);
  });

  it('loads the form at once for a link to #privacy-request, and scrolls to it', async () => {
    history.replaceState(null, '', '#privacy-request');
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang="en" .notice=${noticeDoc(uniqueId())}></privacy-notice>`);
    await waitUntil(() => el.status === 'ready', 'never ready', {timeout: 8000});
    await el.updateComplete;
    const form = el.shadowRoot!.getElementById('privacy-request')!;
    expect(form.classList.contains('request')).to.equal(true);
  });

  it('loads everything when the page asks (loadAll) and when printing', async () => {
    const {el} = heldElement(noticeDoc(uniqueId()));
    el.setAttribute('no-cookies', '');
    document.body.append(el);
    await el.loadAll();
    expect(el.shadowRoot!.querySelector('.request-form')).to.exist;
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.status).to.equal('ready');
  });
});

describe('consent before the cookie panel', () => {
  it('holds a gated script until consent given through el.consent while the panel chunk is not loaded', async () => {
    window.__gatedRuns = {};
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.privacyCategory = 'analytics';
    script.text = 'window.__gatedRuns.analytics = (window.__gatedRuns.analytics || 0) + 1;';
    document.body.append(script);
    const changes: boolean[] = [];
    const {el, release} = heldElement(noticeDoc(uniqueId()));
    el.addEventListener('privacy-consent-change', (event) => changes.push(event.initial));
    document.body.append(el);
    try {
      await waitUntil(() => el.consent.get(), 'consent never known', {timeout: 8000});
      await el.updateComplete;
      expect(changes, 'the initial event, before the panel').to.deep.equal([true]);
      expect(el.shadowRoot!.querySelector('.cookie-panel')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.cookies-placeholder')).to.exist;
      expect(el.consent.get()!.choices.analytics).to.equal(false);
      expect(window.__gatedRuns).to.deep.equal({});

      el.consent.set({analytics: true});
      expect(window.__gatedRuns).to.deep.equal({analytics: 1});
      expect(partOf(el, 'cookiePanel').part, 'the panel chunk is still held').to.equal(undefined);
      expect(el.status).to.equal('loading');

      release();
      await waitUntil(() => el.status === 'ready', 'never ready', {timeout: 8000});
      await el.updateComplete;
      const toggle = el.shadowRoot!.querySelector('#consent-switch-analytics')!;
      expect(toggle.getAttribute('aria-checked')).to.equal('true');
      expect(window.__gatedRuns).to.deep.equal({analytics: 1});
    } finally {
      delete window.__gatedRuns;
    }
  });
});
