/**
 * The element under a strict Content-Security-Policy with Trusted Types:
 *
 *   default-src 'self'; script-src 'self'; style-src 'self';
 *   require-trusted-types-for 'script'; trusted-types privacy-notice
 *
 * (the built bundle; from source, on Lit's own policy, `lit-html` is added).
 * web-test-runner writes inline scripts into its own test pages, so the
 * policy cannot apply here; each test opens a same-origin frame on a page
 * that test/server/proof.js serves with the policy as a response header. A
 * classic script there (/proof/collect.js, the first thing on the page)
 * records every `securitypolicyviolation` event and uncaught error. The page
 * loads the built bundle (dist/privacy-notice.js, made by `npm test`'s build
 * step) or the source modules, shows a full seed, and the test opens every
 * section, sends the form, gives cookie consent (activating a held-back
 * analytics script) and switches language. Each on both of the sanitiser's
 * paths: this Chromium's `setHTML` (nothing for Trusted Types to see, no
 * DOMPurify fetched), and, on a page made into a browser without it
 * (test/fixtures/without-set-html.js), the DOMPurify chunk on the element's
 * `privacy-notice` policy.
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {exercise, fillAndSubmitForm, openProofPage, settled, uniqueId, type ProofWindow} from './hostile-helpers.js';

// The one seed whose text names an analytics service (Google Analytics).
const SEED = '/demo/notices/aristokrata-prosist.json';

/** Violation events are queued as tasks: give them time to arrive before reading. */
const violationsArrive = () => new Promise((resolve) => setTimeout(resolve, 300));

const report = (win: ProofWindow) => JSON.stringify({violations: win.__violations, errors: win.__errors}, null, 1);

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** The sanitiser paths, and what a proof page needs to take each. */
const PATHS = [
  {path: 'setHTML', classic: []},
  {path: 'DOMPurify', classic: ['/test/fixtures/without-set-html.js']},
] as const;

/** Whether the page fetched DOMPurify (its chunk in the bundle, the package or our module around it from source). */
const fetchedDompurify = (win: Window) => win.performance.getEntriesByType('resource').some((entry) => /purify/i.test(entry.name));

for (const [name, script] of [
  ['the built bundle', '/dist/privacy-notice.js'],
  ['the source modules', '/src/define.ts'],
])
  for (const {path, classic} of PATHS) {
    describe(`strict CSP with Trusted Types: ${name}, sanitised by ${path}`, () => {
      it('shows a full notice, sections open, form sent, consent given: no violation, no error', async function () {
        this.timeout(30000);
        const {win, elements} = await openProofPage({script, classic: [...classic], src: SEED, gated: '1', attrs: 'lang=fi'});
        const [el] = elements;
        expect(el.status, report(win)).to.equal('ready');
        // The page took the path this suite is about.
        expect(typeof (win as unknown as {Element: {prototype: {setHTML?: unknown}}}).Element.prototype.setHTML).to.equal(
          path === 'setHTML' ? 'function' : 'undefined'
        );
        // Rich text is there, sanitised, as soon as the element is ready: on the
        // DOMPurify path 'ready' waits for its chunk. The seed's paragraphs and its links, made safe.
        expect(el.shadowRoot!.querySelector('.rich p'), 'rich text when ready').to.exist;
        const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.rich a[href^="mailto:"]')];
        expect(links.length).to.be.greaterThan(0);
        for (const link of links) expect(link.rel).to.equal('noopener noreferrer');
        expect(fetchedDompurify(win), 'DOMPurify fetched').to.equal(path === 'DOMPurify');
        await exercise(el);
        // The analytics script held back by the page runs once consent is given.
        await waitUntil(() => win.__gatedRan || win.__violations.length || win.__errors.length, 'gated script', {timeout: 5000}).catch(
          () => {}
        );
        await violationsArrive();
        expect(win.__violations, report(win)).to.deep.equal([]);
        expect(win.__errors, report(win)).to.deep.equal([]);
        expect(win.__gatedRan, 'the consented analytics script ran').to.equal(1);
        expect(el.shadowRoot!.querySelectorAll('[aria-expanded="true"]').length).to.be.greaterThan(3);
      });

      it('posts the form to its form-action (connect-src self): no violation', async function () {
        this.timeout(30000);
        const {win, elements} = await openProofPage({
          script,
          classic: [...classic],
          src: SEED,
          attrs: 'lang=fi&form-action=/proof/submit?delay=10',
        });
        const [el] = elements;
        let sent = false;
        el.addEventListener('privacy-request-sent', () => (sent = true));
        await fillAndSubmitForm(el);
        await waitUntil(() => sent || win.__violations.length || win.__errors.length, 'not sent', {timeout: 10000});
        await violationsArrive();
        expect(win.__violations, report(win)).to.deep.equal([]);
        expect(win.__errors, report(win)).to.deep.equal([]);
        expect(sent).to.equal(true);
      });

      it('shows a load error under the policy without a violation', async function () {
        this.timeout(20000);
        const {win, elements} = await openProofPage({script, classic: [...classic], src: '/proof/does-not-exist.json'});
        expect(elements[0].status).to.equal('error');
        expect(elements[0].shadowRoot!.querySelector('[part~="error"]')).to.exist;
        await violationsArrive();
        expect(win.__violations, report(win)).to.deep.equal([]);
      });
    });
  }

describe('the demo under the strict policy', () => {
  // The demo's embed pages as they are (their module scripts from source),
  // served with the policy plus a report-uri; the server collects the
  // reports. (The main demo page needs vite's import.meta.glob: it is checked
  // under `npm start`'s own server by test/unit/csp-demo.test.ts.)
  for (const page of ['/demo/embed/plain.html', '/demo/embed/cms.html']) {
    it(`${page}: the notice renders and no violation is reported`, async function () {
      this.timeout(30000);
      const id = uniqueId('demo');
      const frame = document.createElement('iframe');
      frame.style.width = '1200px';
      frame.style.height = '900px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.src = `${page}?csp-test=${id}`;
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow!;
      await waitUntil(() => win.document.querySelector('privacy-notice'), 'no element', {timeout: 10000});
      const el = win.document.querySelector('privacy-notice') as PrivacyNoticeElement;
      await waitUntil(() => win.customElements.get('privacy-notice'), 'not defined', {timeout: 10000});
      await settled(el, 10000);
      expect(el.status).to.equal('ready');
      await exercise(el);
      await violationsArrive();
      const reports = await (await fetch(`/proof/csp-report?id=${id}`)).json();
      expect(reports).to.deep.equal([]);
    });
  }

  it('the report channel works: a violation in such a page is reported', async function () {
    this.timeout(20000);
    const id = uniqueId('demo');
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = `/demo/embed/plain.html?csp-test=${id}`;
    document.body.append(frame);
    await loaded;
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    await waitUntil(async () => (await (await fetch(`/proof/csp-report?id=${id}`)).json()).length > 0, 'no report', {timeout: 5000});
  });
});

describe('the policy names are the ones really needed', () => {
  // Controls: the policy is enforced, and each trusted-types name is used.
  const violated = async (script: string, tt: string, classic: readonly string[] = []) => {
    const {win} = await openProofPage({script, classic: [...classic], src: SEED, tt}).catch(() => ({
      win: document.querySelector('iframe')!.contentWindow as ProofWindow,
    }));
    await violationsArrive();
    return win.__violations.map((v) => v.directive).includes('trusted-types');
  };

  it('the bundle without "privacy-notice" cannot start, even with lit-html and dompurify: a violation', async function () {
    this.timeout(20000);
    expect(await violated('/dist/privacy-notice.js', 'lit-html dompurify')).to.equal(true);
  });

  it('from source, without "privacy-notice": a violation, on either path (the policy is made up front, so a page set up in a browser with setHTML also works in one without)', async function () {
    this.timeout(40000);
    for (const {classic} of PATHS) {
      expect(await violated('/src/define.ts', 'lit-html', classic)).to.equal(true);
      for (const frame of document.querySelectorAll('iframe')) frame.remove();
    }
  });

  it('from source, without "lit-html" (Lit\'s own policy) Lit cannot start: a violation', async function () {
    this.timeout(20000);
    expect(await violated('/src/define.ts', 'privacy-notice')).to.equal(true);
  });

  it('the collector sees violations at all: an inline style attribute is reported', async function () {
    this.timeout(20000);
    const {win} = await openProofPage({script: '/dist/privacy-notice.js', src: SEED});
    const before = win.__violations.length;
    const probe = win.document.createElement('div');
    probe.setAttribute('style', 'color: red');
    win.document.body.append(probe);
    await violationsArrive();
    expect(win.__violations.length).to.be.greaterThan(before);
  });
});
