/**
 * Where the document comes from and every way loading it can fail, against
 * real endpoints (test/server/notices.js), with the events the page gets.
 */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {PrivacyNoticeErrorEvent, PrivacyNoticeLoadEvent, type NoticeErrorKind} from '../../src/events.js';
import {$, settled, testNotice, text} from './element-helpers.js';

const NOTICE = '/test-notices/notice.json';

/** Renders an element and returns it with the first load or error event. */
async function load(template: ReturnType<typeof html>) {
  const events: Event[] = [];
  const record = (event: Event) => events.push(event);
  document.addEventListener('privacy-notice-load', record);
  document.addEventListener('privacy-notice-error', record);
  try {
    const el = await fixture<PrivacyNoticeElement>(template);
    await settled(el);
    await waitUntil(() => events.length > 0, 'no load or error event');
    return {el, event: events[0], events};
  } finally {
    document.removeEventListener('privacy-notice-load', record);
    document.removeEventListener('privacy-notice-error', record);
  }
}

type ConsoleKind = 'warn' | 'error' | 'groupCollapsed';

/** Console output of these kinds while `action` runs, each line marked with its kind. */
async function capture(kinds: ConsoleKind | ConsoleKind[], action: () => Promise<void>) {
  const lines: string[] = [];
  const originals = [kinds].flat().map((kind) => {
    const original = console[kind];
    console[kind] = (...args: unknown[]) => void lines.push(`${kind}: ${args.map(String).join(' ')}`);
    return () => (console[kind] = original);
  });
  try {
    await action();
  } finally {
    for (const restore of originals) restore();
  }
  return lines;
}

const requestState = async (id: string) => ((await (await fetch(`/test-notices/request-state?id=${id}`)).json()) as {state: string}).state;

/** An element whose document request is open on the slow endpoint, and its error events. */
async function whileSlowRequestOpen(name: string) {
  const id = `${name}-${Math.random()}`;
  const errors: Event[] = [];
  const el = await fixture<PrivacyNoticeElement>(
    html`<privacy-notice
      src=${`/test-notices/slow.json?id=${id}`}
      @privacy-notice-error=${(event: Event) => errors.push(event)}
    ></privacy-notice>`
  );
  await waitUntil(async () => (await requestState(id)) === 'open', 'the request did not arrive');
  return {id, el, errors};
}

describe('<privacy-notice> loading', () => {
  describe('sources', () => {
    it('fetches src, renders it and fires privacy-notice-load', async () => {
      const {el, event} = await load(html`<privacy-notice lang="en" src=${NOTICE}></privacy-notice>`);
      expect(el.status).to.equal('ready');
      expect(event).to.be.instanceOf(PrivacyNoticeLoadEvent);
      const loaded = event as PrivacyNoticeLoadEvent;
      expect(loaded.notice.id).to.equal('test-register');
      expect(loaded.language).to.equal('en');
      expect(loaded.warnings).to.deep.equal([]);
      expect(loaded.bubbles && loaded.composed).to.equal(true);
      expect(text($(el, '.title'))).to.equal('Privacy notice for the customer register');
    });

    it('reads an inline <script type="application/json"> child', async () => {
      const json = JSON.stringify(await testNotice());
      const {el} = await load(html`<privacy-notice lang="fi"
        ><script type="application/json">
          ${json}
        </script></privacy-notice
      >`);
      expect(el.status).to.equal('ready');
      expect(text($(el, '.title'))).to.equal('Asiakasrekisterin tietosuojaseloste');
    });

    it('picks up an inline script added after the element', async () => {
      const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang="en"></privacy-notice>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(await testNotice());
      el.append(script);
      await waitUntil(() => el.status === 'ready', `still ${el.status}`);
      await el.updateComplete;
      expect(text($(el, '.title'))).to.equal('Privacy notice for the customer register');
    });

    it('takes the notice property, and validates it', async () => {
      const notice = await testNotice();
      const {el, event} = await load(html`<privacy-notice .notice=${notice}></privacy-notice>`);
      expect(el.status).to.equal('ready');
      // The shown document is the validator's fresh copy, not the page's object.
      expect(el.loadedNotice).to.not.equal(notice);
      expect((event as PrivacyNoticeLoadEvent).notice.title).to.deep.equal(notice.title);
    });

    it('accepts a text/plain and a +json content type', async () => {
      for (const path of ['/test-notices/notice-plain.json', '/test-notices/notice-ld.json']) {
        const {el} = await load(html`<privacy-notice src=${path}></privacy-notice>`);
        expect(el.status, path).to.equal('ready');
      }
    });

    it('sends no cookies unless the credentials attribute asks for them', async () => {
      document.cookie = 'pn-credentials-test=1; path=/';
      try {
        for (const credentials of ['', 'same-origin', 'include', 'nonsense']) {
          const id = `credentials-${credentials}-${Math.random()}`;
          const {el} = await load(
            html`<privacy-notice credentials=${credentials || 'omit'} src=${`/test-notices/credentials.json?id=${id}`}></privacy-notice>`
          );
          expect(el.status).to.equal('ready');
          const sent = ['same-origin', 'include'].includes(credentials);
          expect(await requestState(id), credentials).to.equal(sent ? 'with-cookies' : 'without-cookies');
        }
      } finally {
        document.cookie = 'pn-credentials-test=; path=/; max-age=0';
      }
    });

    it('warns once in the console, in one group, about unknown keys and reports them in the event', async () => {
      let result: Awaited<ReturnType<typeof load>> | undefined;
      const lines = await capture(['warn', 'groupCollapsed'], async () => {
        result = await load(html`<privacy-notice src="/test-notices/warnings.json"></privacy-notice>`);
        result.el.lang = 'fi';
        await result.el.updateComplete;
      });
      expect(result!.el.status).to.equal('ready');
      const groups = lines.filter((line) => line.startsWith('groupCollapsed: <privacy-notice>'));
      expect(groups).to.have.length(1);
      expect(groups[0]).to.contain('/test-notices/warnings.json');
      const warnings = lines.filter((line) => line.startsWith('warn: '));
      expect(warnings).to.deep.equal(['warn: colour: is not a known key and is ignored']);
      expect((result!.event as PrivacyNoticeLoadEvent).warnings).to.deep.equal([
        {path: 'colour', message: 'is not a known key and is ignored'},
      ]);
      // Visitors see the notice, nothing about the problem.
      expect(text(result!.el.shadowRoot)).not.to.contain('colour');
    });
  });

  describe('errors', () => {
    const cases: Array<[string, string, NoticeErrorKind, RegExp]> = [
      ['404', '/test-notices/missing.json', 'http', /not found/i],
      ['500', '/test-notices/broken.json', 'http', /500/],
      ['invalid JSON', '/test-notices/invalid-json.json', 'json', /damaged/i],
      ['a wrong shape', '/test-notices/wrong-shape.json', 'invalid', /format/i],
      ['an HTML page', '/test-notices/html.json', 'content-type', /did not return/i],
      ['a body that declares 3 MB', '/test-notices/oversize-declared.json', 'too-large', /too large/i],
      ['a body that never ends', '/test-notices/endless.json', 'too-large', /too large/i],
      ['a host that does not exist', 'http://127.0.0.1:9/notice.json', 'network', /internet connection/i],
    ];
    for (const [name, src, kind, visible] of cases) {
      it(`shows and reports ${name}`, async () => {
        let result: Awaited<ReturnType<typeof load>> | undefined;
        const logged = await capture('error', async () => {
          result = await load(html`<privacy-notice lang="en" src=${src}></privacy-notice>`);
        });
        const {el, event} = result!;
        expect(el.status).to.equal('error');
        expect(event).to.be.instanceOf(PrivacyNoticeErrorEvent);
        const {error} = event as PrivacyNoticeErrorEvent;
        expect(error.kind).to.equal(kind);
        expect(error.url).to.equal(new URL(src, location.href).href);
        const box = $(el, '[part="error"]')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(text(box)).to.match(visible);
        // A link to the document itself, for the reader to try.
        expect(box.querySelector('a')?.getAttribute('href')).to.equal(error.url);
        expect(logged.some((line) => line.includes(error.message))).to.equal(true);
      });
    }

    it('gives the HTTP status and the validation paths to developers', async () => {
      const missing = await load(html`<privacy-notice src="/test-notices/missing.json"></privacy-notice>`);
      expect((missing.event as PrivacyNoticeErrorEvent).error.status).to.equal(404);
      const wrong = await load(html`<privacy-notice src="/test-notices/wrong-shape.json"></privacy-notice>`);
      const {details} = (wrong.event as PrivacyNoticeErrorEvent).error;
      for (const path of ['languages', 'title', 'controller']) {
        expect(
          details!.some((line) => line.startsWith(`${path}: `)),
          path
        ).to.equal(true);
      }
    });

    it('gives up after `timeout` ms, and the request is closed', async () => {
      const id = `timeout-${Math.random()}`;
      const {el, event} = await load(html`<privacy-notice timeout="300" src=${`/test-notices/slow.json?id=${id}`}></privacy-notice>`);
      expect((event as PrivacyNoticeErrorEvent).error.kind).to.equal('timeout');
      expect(text($(el, '[part="error"]'))).to.match(/took too long/i);
      // A retry button for errors that may pass.
      expect($(el, '[part="error"] button')).to.exist;
      await waitUntil(async () => (await requestState(id)) === 'closed', 'the slow request stayed open');
    });

    it('says so when given no document at all', async () => {
      const {el, event} = await load(html`<privacy-notice lang="en"></privacy-notice>`);
      expect((event as PrivacyNoticeErrorEvent).error.kind).to.equal('no-source');
      expect($(el, '[part="error"] a')).to.equal(null);
    });

    it('shows a wrong notice property as invalid, without throwing', async () => {
      const {el, event} = await load(html`<privacy-notice .notice=${{hello: 'world'}}></privacy-notice>`);
      expect(el.status).to.equal('error');
      expect((event as PrivacyNoticeErrorEvent).error.kind).to.equal('invalid');
    });

    it('does not parse a JSON string a second time, inline or as the property', async () => {
      const twice = JSON.stringify(JSON.stringify(await testNotice()));
      const results = [
        await load(html`<privacy-notice lang="en"><script type="application/json">${twice}</script></privacy-notice>`),
        await load(html`<privacy-notice lang="en" .notice=${twice}></privacy-notice>`),
      ];
      for (const {el, event} of results) {
        expect(el.status).to.equal('error');
        const {error} = event as PrivacyNoticeErrorEvent;
        expect(error.kind).to.equal('invalid');
        expect(error.details).to.deep.equal([
          `document: expected an object, found ${JSON.stringify(JSON.parse(twice).slice(0, 49) + '…')}`,
        ]);
        expect(text($(el, '[part="error"]'))).to.match(/not in the expected format/i);
      }
    });

    it('recovers when the source is fixed', async () => {
      const {el} = await load(html`<privacy-notice src="/test-notices/missing.json"></privacy-notice>`);
      const loaded = oneEvent(el, 'privacy-notice-load');
      el.src = NOTICE;
      await loaded;
      expect(el.status).to.equal('ready');
    });
  });

  describe('while loading', () => {
    it('reserves space and announces politely', async () => {
      const id = `loading-${Math.random()}`;
      const el = await fixture<PrivacyNoticeElement>(
        html`<privacy-notice lang="en" src=${`/test-notices/slow.json?id=${id}`}></privacy-notice>`
      );
      expect(el.status).to.equal('loading');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      const status = $(el, '.announcer')!;
      expect(text(status)).to.equal('Loading privacy notice…');
      el.remove();
    });

    it('aborts the request when src changes, and shows the new document', async () => {
      const {id, el, errors} = await whileSlowRequestOpen('change');
      const loaded = oneEvent(el, 'privacy-notice-load');
      el.src = NOTICE;
      await loaded;
      await waitUntil(async () => (await requestState(id)) === 'closed', 'the old request stayed open');
      expect(el.status).to.equal('ready');
      expect(errors).to.have.length(0);
    });

    it('aborts the request when the element is removed', async () => {
      const {id, el, errors} = await whileSlowRequestOpen('removed');
      el.remove();
      await waitUntil(async () => (await requestState(id)) === 'closed', 'the request stayed open');
      expect(errors).to.have.length(0);
    });

    it('loads again when a removed element comes back', async () => {
      const id = `back-${Math.random()}`;
      const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice src=${`/test-notices/slow.json?id=${id}`}></privacy-notice>`);
      const parent = el.parentElement!;
      el.remove();
      el.src = NOTICE;
      parent.append(el);
      await settled(el);
      expect(el.status).to.equal('ready');
    });
  });
});
