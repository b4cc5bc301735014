/**
 * The sanitiser against the XSS corpus, in a real browser, on both of its
 * paths: the browser's `setHTML` (this Chromium has it) and the DOMPurify
 * fallback (forced with `useFallbackSanitizer`). First a control: the
 * payloads inserted raw (in a throw-away same-origin frame) do run, so the
 * trap works and the corpus is live. Then, per path, each payload through
 * `sanitizeToFragment`, inserted live into this page, and once more after a
 * serialise-and-parse round trip (where mutation XSS shows): none may run,
 * and what is left must be inside the allow-list. Last, benign rich text
 * comes out the same from both paths.
 *
 * The fallback's first tests run before anything has loaded DOMPurify in this
 * page, so they see it arrive.
 */
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  isSanitizerReady,
  richText,
  sanitizeToFragment,
  sanitizerKind,
  sanitizerReady,
  useFallbackSanitizer,
} from '../../src/sanitize.js';
import {BENIGN_RICH_TEXT} from '../fixtures/xss-payloads.benign.js';
import {CLOBBER_NAMES, XSS_PAYLOADS, payloadHtml} from '../fixtures/xss-payloads.js';
import {sanitizeToString} from './hostile-helpers.js'; // and the trap's global type

/** Long enough for failed image loads, frames and animations to report. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

/** Everything wrong with sanitised markup, as readable strings. */
function allowListViolations(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (!ALLOWED_TAGS.includes(tag)) problems.push(`<${tag}> is not allowed`);
    for (const {name, value} of el.attributes) {
      if (name === 'rel' && tag === 'a') continue; // added by the sanitiser
      if (!ALLOWED_ATTR.includes(name)) problems.push(`<${tag} ${name}> is not allowed`);
      if (name === 'href' && !SAFE_HREF.test(value)) problems.push(`<a href="${value}">`);
      if (CLOBBER_NAMES.includes(value) && (name === 'id' || name === 'name')) problems.push(`<${tag} ${name}="${value}"> can clobber`);
    }
  }
  return problems;
}

describe('XSS corpus', () => {
  it('has at least 60 payloads of at least 12 classes', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(60);
    expect(new Set(XSS_PAYLOADS.map((p) => p.class)).size).to.be.at.least(12);
  });

  it('is live: inserted raw, many payloads really run (control)', async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const fired = new Set<number>();
    const win = frame.contentWindow as Window;
    win.__xssTrap = (id) => fired.add(id);
    for (const payload of XSS_PAYLOADS) {
      const box = win.document.createElement('div');
      box.innerHTML = payloadHtml(payload);
      win.document.body.append(box);
    }
    await settle();
    frame.remove();
    console.log(`control: ${fired.size} of ${XSS_PAYLOADS.length} payloads ran when inserted raw`);
    expect(fired.size).to.be.at.least(15);
  });
});

const PATHS = ['setHTML', 'DOMPurify'] as const;

/** Sanitise on this path from now on. */
async function usePath(path: (typeof PATHS)[number]) {
  useFallbackSanitizer(path === 'DOMPurify');
  await sanitizerReady();
  expect(sanitizerKind()).to.equal(path);
}

/** Whether this page has fetched DOMPurify (the package or our module around it). */
const dompurifyFetched = () => performance.getEntriesByType('resource').some((entry) => /dompurify|sanitize\/purify/.test(entry.name));

describe('the two paths', () => {
  afterEach(() => useFallbackSanitizer(false));

  it('uses setHTML where the browser has it, synchronously, with nothing to download', async () => {
    expect(isSanitizerReady()).to.equal(true);
    expect(sanitizerKind()).to.equal('setHTML');
    expect(sanitizeToString('<b onclick="x()">bold</b>')).to.equal('<b>bold</b>');
    const el = await fixture(html`<div>${richText('<a href="https://example.fi" target="_blank">link</a>')}</div>`);
    expect(el.querySelector('a')!.outerHTML).to.equal('<a href="https://example.fi" rel="noopener noreferrer">link</a>');
    expect(dompurifyFetched(), 'DOMPurify was fetched').to.equal(false);
  });

  it('fetches DOMPurify only on first use; richText shows nothing until it is here', async () => {
    // First use in this page: nothing has loaded the fallback yet.
    useFallbackSanitizer();
    expect(isSanitizerReady()).to.equal(false);
    expect(sanitizerKind()).to.equal(undefined);
    expect(() => sanitizeToFragment('<b>x</b>')).to.throw(/await sanitizerReady\(\) first/);
    const el = await fixture(html`<div>${richText('<b>bold</b><script>window.__xssTrap?.(-1)</script> text')}</div>`);
    expect(el.textContent).to.equal('');
    await sanitizerReady();
    expect(sanitizerKind()).to.equal('DOMPurify');
    expect(dompurifyFetched()).to.equal(true);
    expect(el.querySelector('b')!.textContent).to.equal('bold');
    expect(el.querySelector('script')).to.equal(null);
    expect(el.textContent).to.equal('bold text');
  });

  it('falls back when the page has no setHTML at all (as in Safari)', async () => {
    // The feature test runs once per page; here it is checked on the module's own helper.
    const {nativeSanitizer} = await import('../../src/sanitize/native.js');
    expect(nativeSanitizer()).to.be.a('function');
    const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML')!;
    delete (Element.prototype as {setHTML?: unknown}).setHTML;
    try {
      expect(nativeSanitizer()).to.equal(undefined);
    } finally {
      Object.defineProperty(Element.prototype, 'setHTML', setHTML);
    }
  });

  it('benign rich text comes out the same from both paths', async () => {
    const outputs: Record<string, string[]> = {};
    for (const path of PATHS) {
      await usePath(path);
      outputs[path] = BENIGN_RICH_TEXT.map((markup) => sanitizeToString(markup));
    }
    for (const [i, markup] of BENIGN_RICH_TEXT.entries()) {
      expect(outputs.setHTML[i], markup).to.equal(outputs.DOMPurify[i]);
    }
    // And it is what an author expects: text kept, links made safe.
    const all = outputs.setHTML.join('\n');
    expect(all).to.contain('<a href="mailto:privacy@example.fi" rel="noopener noreferrer">');
    expect(all).to.contain('Headings, spans and divs go; their text stays.');
    expect(all).to.contain('red text');
    expect(all).to.contain('<td colspan="2">Nothing else</td>');
    expect(all).to.contain('<th scope="row" rowspan="1">Logs</th>');
    expect(all).not.to.match(/target=|class=|style=|id=|data-|aria-|<img|<!--/);
  });
});

for (const path of PATHS)
  describe(`sanitiser against the XSS corpus: ${path}`, () => {
    const fired = new Set<number>();
    const direct = new Map<number, HTMLElement>();
    const reparsed = new Map<number, HTMLElement>();
    const host = document.createElement('div');

    // Every payload sanitised and inserted live at once, then one wait: each
    // test below reads what its own payload did.
    before(async function () {
      this.timeout(10000);
      await usePath(path);
      window.__xssTrap = (id) => fired.add(id);
      document.body.append(host);
      for (const payload of XSS_PAYLOADS) {
        const markup = `<p>before</p>${payloadHtml(payload)}<p>after</p>`;
        const once = document.createElement('div');
        once.append(sanitizeToFragment(markup));
        // Serialised and parsed again: how mutation XSS gets through.
        const twice = document.createElement('div');
        twice.innerHTML = sanitizeToString(sanitizeToString(markup));
        host.append(once, twice);
        direct.set(payload.id, once);
        reparsed.set(payload.id, twice);
      }
      await settle();
    });

    after(() => {
      host.remove();
      delete window.__xssTrap;
      useFallbackSanitizer(false);
    });

    for (const payload of XSS_PAYLOADS) {
      it(`#${payload.id} ${payload.class}: ${JSON.stringify(payload.text).slice(0, 70)}`, () => {
        expect(fired.has(payload.id), 'the trap was called').to.equal(false);
        expect(allowListViolations(direct.get(payload.id)!)).to.deep.equal([]);
        expect(allowListViolations(reparsed.get(payload.id)!)).to.deep.equal([]);
        // Text before the payload survives (after it, an unclosed comment may swallow the rest).
        expect(direct.get(payload.id)!.textContent).to.contain('before');
      });
    }

    it('ran nothing at all (not even a payload with a broken id)', () => {
      expect([...fired]).to.deep.equal([]);
      expect(document.baseURI).to.equal(location.href);
    });

    it('keeps the page usable: no global was clobbered', () => {
      expect(document.getElementById).to.be.a('function');
      expect(window.trustedTypes?.createPolicy).to.be.a('function');
      expect(document.querySelector('base, meta[http-equiv]')).to.equal(null);
      expect(document.cookie).not.to.contain('pnxss');
    });
  });
