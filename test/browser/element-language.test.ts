/**
 * Which language the element speaks: interface and document language from
 * the element's lang, its ancestors', the page's and the browser's; strings
 * that fell back marked with their own lang; the language switcher; two
 * elements in two languages on one page.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {NoticeDocument} from '../../src/document/schema.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {$, $$, sectionButton, settled, testNotice, text} from './element-helpers.js';

const title = (el: PrivacyNoticeElement) => text($(el, '[part="title"]'));
const expandAll = (el: PrivacyNoticeElement) => text($(el, '[part="toggle-all"]'));

async function ready<T extends Element = PrivacyNoticeElement>(template: ReturnType<typeof html>) {
  const root = await fixture<T>(template);
  const elements = root.matches('privacy-notice') ? [root] : [...root.querySelectorAll('privacy-notice')];
  for (const el of elements) await settled(el as PrivacyNoticeElement);
  return root;
}

/** Counts load events, to prove nothing was loaded again. */
function countLoads(el: Element) {
  const counter = {loads: 0};
  el.addEventListener('privacy-notice-load', () => counter.loads++);
  return counter;
}

describe('<privacy-notice> languages', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = pageLang;
  });

  it("follows the element's lang for interface and document", async () => {
    const notice = await testNotice();
    const fi = await ready(html`<privacy-notice lang="fi" .notice=${notice}></privacy-notice>`);
    expect(title(fi)).to.equal('Asiakasrekisterin tietosuojaseloste');
    expect(expandAll(fi)).to.equal('Avaa kaikki');
    expect($(fi, 'article')!.lang).to.equal('fi');
    const en = await ready(html`<privacy-notice lang="en-GB" .notice=${notice}></privacy-notice>`);
    expect(title(en)).to.equal('Privacy notice for the customer register');
    expect(expandAll(en)).to.equal('Expand all');
  });

  it("follows the nearest ancestor's lang, then the page's", async () => {
    const notice = await testNotice();
    const wrapper = await ready<HTMLElement>(
      html`<div lang="fi-FI"><section><privacy-notice .notice=${notice}></privacy-notice></section></div>`
    );
    const inner = wrapper.querySelector('privacy-notice')!;
    expect(title(inner)).to.equal('Asiakasrekisterin tietosuojaseloste');

    document.documentElement.lang = 'fi';
    const plain = await ready(html`<privacy-notice .notice=${notice}></privacy-notice>`);
    expect(expandAll(plain)).to.equal('Avaa kaikki');
    // The page's language changing later is followed too.
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await plain.updateComplete;
    expect(expandAll(plain)).to.equal('Expand all');
  });

  it('follows a lang change on an ancestor other than <html>: set, changed, removed, on a nearer one (issue 15)', async () => {
    const notice = await testNotice();
    const wrapper = await ready<HTMLElement>(
      html`<div lang="fi"><section><privacy-notice .notice=${notice}></privacy-notice></section></div>`
    );
    const el = wrapper.querySelector('privacy-notice')!;
    const section = wrapper.querySelector('section')!;
    const counter = countLoads(el);
    const after = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
    };
    expect(expandAll(el)).to.equal('Avaa kaikki');
    wrapper.lang = 'en';
    await after();
    expect(expandAll(el)).to.equal('Expand all');
    expect(title(el)).to.equal('Privacy notice for the customer register');
    // A nearer ancestor gets a lang of its own, then loses it.
    section.lang = 'fi';
    await after();
    expect(expandAll(el)).to.equal('Avaa kaikki');
    section.removeAttribute('lang');
    await after();
    expect(expandAll(el)).to.equal('Expand all');
    expect(counter.loads, 'no new load').to.equal(0);
  });

  it('follows an ancestor across a shadow root, and stops watching once removed', async () => {
    const notice = await testNotice();
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({mode: 'open'});
    const el = document.createElement('privacy-notice') as PrivacyNoticeElement;
    el.notice = notice;
    root.append(el);
    await settled(el);
    expect(expandAll(el)).to.equal('Expand all');
    host.lang = 'fi';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(expandAll(el)).to.equal('Avaa kaikki');
    el.remove();
    let updates = 0;
    const update = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof update>) => (updates++, update(...args));
    host.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    expect(updates, 'a removed element is not updated').to.equal(0);
  });

  it("falls back to the document's first language when nothing else fits", async () => {
    const notice: NoticeDocument = {...(await testNotice()), languages: ['fi', 'sv']};
    const el = await ready(html`<privacy-notice lang="de" .notice=${notice}></privacy-notice>`);
    // navigator.languages is English here: no match in [fi, sv], so fi.
    expect($(el, 'article')!.lang).to.equal('fi');
    expect(title(el)).to.equal('Asiakasrekisterin tietosuojaseloste');
  });

  it('marks text that fell back to another language with its lang', async () => {
    const el = await ready(html`<privacy-notice lang="en" .notice=${await testNotice()}></privacy-notice>`);
    // "data-content" has a Finnish title only.
    const fallback = sectionButton(el, 'data-content').querySelector('[lang]')!;
    expect(fallback.getAttribute('lang')).to.equal('fi');
    expect(text(fallback)).to.equal('Rekisterin tietosisältö');
    // Text in the shown language carries no lang of its own.
    expect(sectionButton(el, 'retention').querySelector('[lang]')).to.equal(null);
  });

  it('marks interface text when it is not in the document language', async () => {
    const notice: NoticeDocument = {...(await testNotice()), languages: ['fi']};
    const el = await ready(html`<privacy-notice lang="en" .notice=${notice}></privacy-notice>`);
    expect($(el, 'article')!.lang).to.equal('fi');
    expect($(el, '[part="toolbar"]')!.lang).to.equal('en');
    expect(expandAll(el)).to.equal('Expand all');
    expect(title(el)).to.equal('Asiakasrekisterin tietosuojaseloste');
  });

  it('shows two elements on one page in their own languages', async () => {
    const notice = await testNotice();
    const page = await ready<HTMLElement>(html`<div>
      <privacy-notice lang="fi" .notice=${notice}></privacy-notice>
      <privacy-notice lang="en" .notice=${notice}></privacy-notice>
    </div>`);
    const [fi, en] = page.querySelectorAll('privacy-notice');
    expect([expandAll(fi), expandAll(en)]).to.deep.equal(['Avaa kaikki', 'Expand all']);
    expect(text($(fi, '[part="dates"]'))).to.contain('Päivitetty');
    expect(text($(en, '[part="dates"]'))).to.contain('Updated');
    expect(title(fi)).to.equal('Asiakasrekisterin tietosuojaseloste');
    expect(title(en)).to.equal('Privacy notice for the customer register');
    expect(text(sectionButton(fi, 'purposes'))).to.equal('Miksi käsittelemme henkilötietoja');
    expect(text(sectionButton(en, 'purposes'))).to.equal('Why we process personal data');
  });

  it('re-renders when lang changes, without loading again', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang="fi" src="/test-notices/notice.json"></privacy-notice>`);
    const counter = countLoads(el);
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve));
    const loads = counter.loads;
    el.lang = 'en';
    await el.updateComplete;
    expect(title(el)).to.equal('Privacy notice for the customer register');
    expect(expandAll(el)).to.equal('Expand all');
    el.setAttribute('lang', 'fi');
    await el.updateComplete;
    expect(expandAll(el)).to.equal('Avaa kaikki');
    expect(counter.loads).to.equal(loads);
  });

  describe('switcher', () => {
    it('names each language in itself and switches content and interface', async () => {
      const el = await ready(html`<privacy-notice lang="fi" .notice=${await testNotice()}></privacy-notice>`);
      const counter = countLoads(el);
      const group = $(el, '[part="language-switcher"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Selosteen kieli');
      const buttons = $$<HTMLButtonElement>(el, '[part="language-button"]');
      expect(buttons.map((b) => [text(b), b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
        ['Suomi', 'fi', 'true'],
        ['English', 'en', 'false'],
      ]);
      buttons[1].click();
      await el.updateComplete;
      expect(title(el)).to.equal('Privacy notice for the customer register');
      expect(expandAll(el)).to.equal('Expand all');
      expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
      expect(counter.loads).to.equal(0);
      // The page setting lang afterwards wins over the earlier pick.
      el.lang = 'fi';
      await el.updateComplete;
      expect(expandAll(el)).to.equal('Avaa kaikki');
    });

    it('is hidden by no-language-switcher, and absent for one language', async () => {
      const notice = await testNotice();
      const hidden = await ready(html`<privacy-notice no-language-switcher .notice=${notice}></privacy-notice>`);
      expect($(hidden, '[part="language-switcher"]')).to.equal(null);
      const single = await ready(html`<privacy-notice .notice=${{...notice, languages: ['fi']}}></privacy-notice>`);
      expect($(single, '[part="language-switcher"]')).to.equal(null);
    });
  });

  it('speaks the interface language in the loading and error states', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang="sv" src="/test-notices/missing.json"></privacy-notice>`);
    await settled(el);
    expect(text($(el, '[part="error"]'))).to.contain('Dataskyddsbeskrivningen kunde inte visas');
  });
});
