/**
 * What the element takes from the page it sits in: font and colour, yes;
 * inherited properties that would break its layout (a centred or justified
 * body, indents, capitals, letter spacing), no — they start afresh on :host.
 */
import {expect} from '@open-wc/testing';
import {$, mount} from './form-helpers.js';

describe('<privacy-notice> inside a page with its own text styles', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    sessionStorage.clear();
    style = document.createElement('style');
    style.textContent = `body {
      text-align: justify; text-indent: 3em; text-transform: uppercase;
      letter-spacing: 4px; word-spacing: 9px; white-space: pre;
      font-family: Georgia, serif; font-style: italic; color: rgb(12, 34, 56);
    }`;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  for (const align of ['center', 'justify']) {
    it(`body { text-align: ${align} }: sections and form labels still start at the start`, async () => {
      style.textContent += `body { text-align: ${align}; }`;
      const el = await mount();
      const section = $(el, '#section-panel-purposes p') ?? $(el, '#section-panel-purposes')!;
      const targets = [section, $(el, '.request-intro')!, $(el, '.request-label')!, $(el, '.request-legend')!];
      for (const target of targets) {
        const computed = getComputedStyle(target);
        expect(computed.textAlign, target.className).to.equal('start');
        expect(computed.textIndent).to.equal('0px');
        expect(computed.textTransform).to.equal('none');
        expect(computed.letterSpacing).to.equal('normal');
        expect(computed.wordSpacing).to.equal('0px');
        expect(computed.whiteSpace).to.equal('normal');
        // The look of the page still comes through.
        expect(computed.fontFamily).to.equal(getComputedStyle(document.body).fontFamily);
        expect(computed.fontStyle).to.equal('italic');
      }
      expect(getComputedStyle(el).color).to.equal('rgb(12, 34, 56)');
      expect(getComputedStyle($(el, '.request-label')!).color).to.equal('rgb(12, 34, 56)');
      // Muted text is the page's colour, lighter.
      expect(getComputedStyle($(el, '.request-intro')!).color).to.contain('0.0470588 0.133333 0.219608');
      expect(getComputedStyle(section).color).to.equal('rgb(12, 34, 56)');
    });
  }
});
