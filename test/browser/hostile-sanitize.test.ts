/**
 * The sanitiser against the XSS corpus, in a real browser. First a control:
 * the payloads inserted raw (in a throw-away same-origin frame) do run, so the
 * trap works and the corpus is live. Then each payload through
 * `sanitizeToFragment`, inserted live into this page, and once more after a
 * serialise-and-parse round trip (where mutation XSS shows): none may run,
 * and what is left must be inside the allow-list.
 */
import {expect} from '@open-wc/testing';
import {ALLOWED_ATTR, ALLOWED_TAGS, sanitizeToFragment, sanitizeToString} from '../../src/sanitize.js';
import {CLOBBER_NAMES, XSS_PAYLOADS, payloadHtml} from '../fixtures/xss-payloads.js';
import './hostile-helpers.js'; // the trap's global type

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
      if (CLOBBER_NAMES.includes(value) && (name === 'id' || name === 'name'))
        problems.push(`<${tag} ${name}="${value}"> can clobber`);
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

describe('sanitiser against the XSS corpus', () => {
  const fired = new Set<number>();
  const direct = new Map<number, HTMLElement>();
  const reparsed = new Map<number, HTMLElement>();
  const host = document.createElement('div');

  // Every payload sanitised and inserted live at once, then one wait: each
  // test below reads what its own payload did.
  before(async function () {
    this.timeout(10000);
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
