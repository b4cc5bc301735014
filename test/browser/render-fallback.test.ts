/**
 * The static notice (src/render/, `privacy-notice render`) in Chromium.
 *
 * 1. Its string sanitiser against the XSS corpus, parsed the way a browser
 *    parses a pasted page: nothing runs, nothing outside the allow-list is
 *    left; on benign rich text it gives a reader what the element gives.
 * 2. As the element's children: with no script the page shows every
 *    section's heading and text; once the element is defined they stay on
 *    screen (through a slot) until it can show the notice itself, then it
 *    shows the same text in its shadow root. The heights before and after the upgrade
 *    are measured and logged (reported, not asserted: they depend on fonts
 *    and layout, see the report in docs/cli-render.md).
 *
 * This file must not import src/define.js at the top: the first test needs a
 * page where <privacy-notice> is not defined yet.
 */
import {expect, fixture, html as litHtml} from '@open-wc/testing';
import type {NoticeDocument} from '../../src/document/schema.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {renderStaticNotice, sanitizeHtml} from '../../src/render/index.js';
import {ALLOWED_ATTR, ALLOWED_TAGS, sanitizerReady} from '../../src/sanitize.js';
import {BENIGN_RICH_TEXT} from '../fixtures/xss-payloads.benign.js';
import {CLOBBER_NAMES, XSS_PAYLOADS, payloadHtml} from '../fixtures/xss-payloads.js';
import {settled} from './element-helpers.js';
import {sanitizeToString} from './hostile-helpers.js'; // and the trap's global type

/** The Layout Instability API's entry (not in TypeScript's DOM types yet). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  sources: {node: Node | null}[];
}

const SAFE_HREF = /^(https?:|mailto:|tel:)/i;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;

function violations(root: ParentNode): string[] {
  const problems: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  if (walker.nextNode()) problems.push('a comment or processing instruction');
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (!ALLOWED_TAGS.includes(tag)) problems.push(`<${tag}>`);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}> in ${el.namespaceURI}`);
    for (const {name, value} of el.attributes) {
      if (name === 'rel' && tag === 'a') continue;
      if (!ALLOWED_ATTR.includes(name)) problems.push(`<${tag} ${name}>`);
      if (name === 'href' && !SAFE_HREF.test(value)) problems.push(`<a href="${value}">`);
      if (CLOBBER_NAMES.includes(value)) problems.push(`<${tag} ${name}="${value}">`);
    }
  }
  return problems;
}

describe('sanitizeHtml in Chromium', () => {
  it('leaves nothing that runs or is outside the allow-list, in the parsed result and live', async function () {
    this.timeout(20000);
    const fired = new Set<number>();
    window.__xssTrap = (id) => fired.add(id);
    const box = document.createElement('div');
    document.body.append(box);
    try {
      for (const payload of XSS_PAYLOADS) {
        const out = sanitizeHtml(payloadHtml(payload));
        expect(violations(parse(out)), `payload ${payload.id}: ${out}`).to.deep.equal([]);
        // Parsed once more from what the browser makes of it (mutation XSS shows here).
        expect(violations(parse(parse(out).innerHTML)), `payload ${payload.id} round trip`).to.deep.equal([]);
        box.insertAdjacentHTML('beforeend', out);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect([...fired]).to.deep.equal([]);
    } finally {
      box.remove();
      delete window.__xssTrap;
    }
  });

  it("gives a reader of benign rich text what the element's sanitiser gives", async () => {
    await sanitizerReady();
    for (const rich of BENIGN_RICH_TEXT) {
      const ours = parse(sanitizeHtml(rich));
      const theirs = parse(sanitizeToString(rich));
      expect(squash(ours.textContent), rich).to.equal(squash(theirs.textContent));
      const links = (root: HTMLElement) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links(ours), rich).to.deep.equal(links(theirs));
      const tags = (root: HTMLElement) => [...root.querySelectorAll('*')].map((el) => el.localName);
      expect(tags(ours), rich).to.deep.equal(tags(theirs));
    }
  });
});

async function seed(name: string): Promise<NoticeDocument> {
  return (await (await fetch(`/demo/notices/${name}`)).json()) as NoticeDocument;
}

/** What a reader reads of some document rich text, without white space (line breaks differ). */
const readable = (html: string) => compact(parse(html).textContent);
const compact = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

describe("the rendered notice as the element's children", () => {
  it('is the notice without the script, and the same text once the element upgrades', async function () {
    this.timeout(20000);
    expect(customElements.get('privacy-notice'), 'defined before the test').to.equal(undefined);
    const notice = await seed('arjasmaa.json');
    const {html} = await renderStaticNotice(notice, {lang: 'fi', inlineJson: true});
    const wrapper = await fixture<HTMLDivElement>(litHtml`<div style="width: 40rem"></div>`);
    wrapper.innerHTML = `<privacy-notice lang="fi" open="all">${html}</privacy-notice>`;
    const el = wrapper.querySelector<PrivacyNoticeElement>('privacy-notice')!;

    // (a) No script: every section's heading and text is on the page.
    const fallback = compact(el.innerText);
    const titles = [...el.querySelectorAll('section[id] > h3')].map((h) => squash(h.textContent));
    expect(titles.length).to.equal(notice.sections.length);
    for (const section of notice.sections) {
      const body = typeof section.body === 'string' ? section.body : section.body.fi;
      expect(fallback, section.id).to.include(readable(body));
    }
    for (const title of titles) expect(fallback).to.include(compact(title));
    const before = el.getBoundingClientRect().height;

    // (b) The script arrives: the element upgrades in place, from the inline JSON.
    await import('../../src/define.js');
    const justDefined = el.getBoundingClientRect().height;
    await settled(el);
    expect(el.status).to.equal('ready');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const after = el.getBoundingClientRect().height;
    const shadow = compact((el.shadowRoot!.querySelector('article') as HTMLElement).innerText);
    for (const title of titles) expect(shadow).to.include(compact(title));
    for (const section of notice.sections) {
      const body = typeof section.body === 'string' ? section.body : section.body.fi;
      expect(shadow, section.id).to.include(readable(body));
    }
    expect(el.getClientRects().length).to.be.greaterThan(0);
    expect(
      [...el.children].every((child) => child.getClientRects().length === 0),
      'children hidden'
    ).to.equal(true);
    console.log(
      `render-fallback heights (40rem wide, open="all"): fallback ${before.toFixed(0)} px, ` +
        `just defined ${justDefined.toFixed(0)} px, upgraded ${after.toFixed(0)} px ` +
        `(${(((after - before) / before) * 100).toFixed(1)} %)`
    );
    // Generous, and deterministic here (same fonts, same width): the two are the same notice.
    expect(after / before).to.be.within(0.5, 2);
  });

  it('stays on screen, painted, until the element can show the notice, which then shows the same text; no error', async function () {
    this.timeout(20000);
    await import('../../src/define.js');
    const notice = await seed('arjasmaa.json');
    const {html} = await renderStaticNotice(notice, {lang: 'fi'});
    // The document's download waits for release(), so "before ready" lasts as long as the test needs.
    const url = new URL(`/gated/notice-${Math.random().toString(36).slice(2)}.json`, location.href).href;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input) === url
        ? gate.then(() => new Response(JSON.stringify(notice), {headers: {'content-type': 'application/json'}}))
        : realFetch(input, init);
    const errors: unknown[] = [];
    try {
      const wrapper = await fixture<HTMLDivElement>(litHtml`<div style="width: 40rem"></div>`);
      wrapper.innerHTML = `<privacy-notice lang="fi" src="${url}">${html}</privacy-notice>`;
      const el = wrapper.querySelector<PrivacyNoticeElement>('privacy-notice')!;
      el.addEventListener('privacy-notice-error', (event) => errors.push(event));
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

      // Before ready: the element is upgraded, and its children are what shows.
      expect(el.status).to.equal('loading');
      expect(el.shadowRoot!.querySelector('slot'), 'a slot for the children').to.exist;
      expect(el.shadowRoot!.querySelector('[part="loading"], article'), 'no placeholder, no notice of its own').to.equal(null);
      const article = el.querySelector<HTMLElement>('article.privacy-notice')!;
      expect(article.checkVisibility(), 'the static notice is visible').to.equal(true);
      const titles = [...el.querySelectorAll('section[id] > h3')].map((h) => squash(h.textContent));
      expect(titles.length).to.equal(notice.sections.length);
      for (const heading of el.querySelectorAll<HTMLElement>('section[id] > h3')) {
        expect(heading.checkVisibility(), squash(heading.textContent)).to.equal(true);
        expect(heading.getBoundingClientRect().height, 'painted with a height').to.be.greaterThan(0);
      }
      expect(el.getBoundingClientRect().height, "the element takes the notice's height").to.be.greaterThan(200);

      // The document arrives: the element shows its own rendering of the same text,
      // where the static notice stood (the <h2>'s top margin collapsed through the
      // element before; without the anchor its top edge rose by that margin).
      const topBefore = el.getBoundingClientRect().top;
      const shifts: LayoutShift[] = [];
      const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
      observer.observe({type: 'layout-shift'});
      release();
      await settled(el);
      expect(el.status).to.equal('ready');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      observer.disconnect();
      expect(el.getBoundingClientRect().top, 'the top edge stays').to.be.closeTo(topBefore, 0.5);
      expect(shifts.filter((shift) => shift.sources.some((source) => source.node === el)).map((shift) => shift.value)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('slot'), 'no slot once ready').to.equal(null);
      expect(article.checkVisibility(), 'the children are hidden').to.equal(false);
      const shadow = compact((el.shadowRoot!.querySelector('article') as HTMLElement).innerText);
      for (const title of titles) expect(shadow).to.include(compact(title));
      for (const section of notice.sections) {
        const body = typeof section.body === 'string' ? section.body : section.body.fi;
        expect(shadow, section.id).to.include(readable(body));
      }
      // No open attribute, static notice inside: every section starts open, as in the static copy.
      expect(el.shadowRoot!.querySelectorAll('[part="section-button"][aria-expanded="false"]').length).to.equal(0);
      expect(errors).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('keeps other children on screen, instead of an error, when the document cannot be shown', async () => {
    await import('../../src/define.js');
    const wrapper = await fixture<HTMLDivElement>(litHtml`<div></div>`);
    wrapper.innerHTML = `<privacy-notice lang="en" src="/test-notices/broken.json"><p class="pdf">Read the notice as a PDF</p></privacy-notice>`;
    const el = wrapper.querySelector<PrivacyNoticeElement>('privacy-notice')!;
    const error = new Promise((resolve) => el.addEventListener('privacy-notice-error', resolve, {once: true}));
    await error;
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(el.querySelector<HTMLElement>('.pdf')!.checkVisibility()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    // Sections are collapsed by default when the children are not the static notice.
    const notice = await seed('arjasmaa.json');
    el.removeAttribute('src');
    el.notice = notice;
    await settled(el);
    expect(el.querySelector<HTMLElement>('.pdf')!.checkVisibility()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('[part="section-button"][aria-expanded="true"]').length).to.equal(0);
  });

  it('reports the heights without the form (no-form): the static text against the element', async function () {
    this.timeout(20000);
    await import('../../src/define.js');
    const notice = await seed('arjasmaa.json');
    const {html} = await renderStaticNotice(notice, {lang: 'fi'});
    const wrapper = await fixture<HTMLDivElement>(litHtml`<div style="width: 40rem"></div>`);
    wrapper.innerHTML = `<div class="static">${html}</div><privacy-notice lang="fi" open="all" no-form></privacy-notice>`;
    const el = wrapper.querySelector<PrivacyNoticeElement>('privacy-notice')!;
    el.notice = notice;
    await settled(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const staticHeight = wrapper.querySelector('.static')!.getBoundingClientRect().height;
    const element = el.getBoundingClientRect().height;
    console.log(
      `render-fallback heights (40rem wide, open="all" no-form): static ${staticHeight.toFixed(0)} px, ` +
        `element ${element.toFixed(0)} px (${(((element - staticHeight) / staticHeight) * 100).toFixed(1)} %)`
    );
    expect(element / staticHeight).to.be.within(0.5, 2);
  });
});
