/**
 * The language entries: dist/privacy-notice.fi.js and .sv.js have their
 * interface language built in, so a page in that language downloads one file
 * (no translation chunk), while other languages still load on first use. Run
 * on the proof page under the strict policy (`trusted-types privacy-notice`).
 */
import {expect} from '@open-wc/testing';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {openProofPage, settled, squash} from './hostile-helpers.js';

const SEED = '/demo/notices/arjasmaa.json';

/** Paths of the translation chunks the frame downloaded. */
/**
 * Paths of the translation chunks the frame downloaded: the notice's own
 * strings (`core`, needed before it paints in that language), or the form's
 * and the cookie panel's (`form`, `cookies`, loaded with those chunks).
 */
const translationChunks = (win: Window, feature = 'core') =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => new RegExp(`/privacy-notice-(fi|sv)-${feature}-[\\w-]+\\.js$`).test(path));

const toggleAllText = (el: PrivacyNoticeElement) => squash(el.shadowRoot!.querySelector('[part~="toggle-all"]')?.textContent);

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

for (const [locale, own, other, otherText] of [
  ['fi', 'Avaa kaikki', 'sv', 'Öppna alla'],
  ['sv', 'Öppna alla', 'fi', 'Avaa kaikki'],
] as const) {
  describe(`dist/privacy-notice.${locale}.js`, () => {
    it(`shows a page in ${locale} with no second download; ${other} still loads on first use`, async function () {
      this.timeout(20000);
      const {win, elements} = await openProofPage({script: `/dist/privacy-notice.${locale}.js`, src: SEED, attrs: `lang=${locale}`});
      const [el] = elements;
      expect(el.status).to.equal('ready');
      expect(toggleAllText(el)).to.equal(own);
      expect(translationChunks(win), 'no translation chunk before the notice').to.deep.equal([]);
      // The form's strings in its own language come with the form, after the first paint.
      expect(translationChunks(win, 'form').map((path) => path.split('/').pop()!.split('-')[2])).to.deep.equal([locale]);

      const second = win.document.createElement('privacy-notice') as PrivacyNoticeElement;
      second.setAttribute('lang', other);
      second.setAttribute('src', SEED);
      win.document.body.append(second);
      await settled(second, 15000);
      expect(toggleAllText(second)).to.equal(otherText);
      expect(translationChunks(win)).to.have.length(1);
      expect(translationChunks(win)[0]).to.match(new RegExp(`/privacy-notice-${other}-`));
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });
  });
}

describe('dist/privacy-notice.js', () => {
  it('fetches the translation of a page in Finnish', async function () {
    this.timeout(20000);
    const {win, elements} = await openProofPage({script: '/dist/privacy-notice.js', src: SEED, attrs: 'lang=fi'});
    expect(toggleAllText(elements[0])).to.equal('Avaa kaikki');
    expect(translationChunks(win)).to.have.length(1);
    expect(translationChunks(win, 'form')).to.have.length(1);
  });
});

/** Paths of the form and cookie panel chunks the frame downloaded. */
const partChunks = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/privacy-notice-(contact-form|cookie-panel)-part-[\w-]+\.js$/.test(path));

for (const script of ['privacy-notice.js', 'privacy-notice.fi.js', 'privacy-notice.sv.js']) {
  describe(`dist/${script}: the form and the cookie panel`, () => {
    it('are chunks beside the entry, loaded after the first paint under the strict policy', async function () {
      this.timeout(20000);
      // A seed with a cookie list, so both chunks are wanted.
      const {win, elements} = await openProofPage({
        script: `/dist/${script}`,
        src: '/demo/notices/aristokrata-prosist.json',
        attrs: 'lang=fi',
      });
      const root = elements[0].shadowRoot!;
      expect(root.querySelector('.request-form'), 'the form').to.exist;
      expect(root.querySelector('.cookie-panel'), 'the cookie panel').to.exist;
      // Their styles came with them.
      expect(win.getComputedStyle(root.querySelector('.request-form')!).display).to.equal('grid');
      const chunks = partChunks(win);
      expect(chunks).to.have.length(2);
      for (const chunk of chunks) expect(chunk.startsWith('/dist/'), chunk).to.equal(true);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    });
  });
}
