/**
 * What the element shows and how it behaves: every text of a document, the
 * disclosure pattern, keyboard use, open/expand/collapse, find-in-page,
 * printing, deep links and "copy link".
 */
import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {pickText} from '../../src/document/language.js';
import type {NoticeDocument} from '../../src/document/schema.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {$, $$, panel, sectionButton, sectionButtons, settled, testNotice, text} from './element-helpers.js';

const SEEDS = ['arbonaut-proms', 'aristokrata-prosist', 'arjasmaa', 'propentus', 'pro-tyoturva'];

/** Keys whose values the element shows formatted or not as text at all. */
const NOT_TEXT = new Set([
  'schemaVersion',
  'id',
  'kind',
  'kinds',
  'languages',
  'updated',
  'effective',
  'date',
  'legalBasis',
  'role',
  'type',
  'duration',
  'country',
  'url',
  'cookies',
  '$schema',
  '$comment',
]);

/** Every text a reader should find, in `language`, rich text reduced to its words. */
function expectedTexts(notice: NoticeDocument, language: string): string[] {
  const out: string[] = [];
  const isLocalized = (value: object) =>
    Object.keys(value).length > 0 && Object.entries(value).every(([key, v]) => /^[a-z]{2,3}(-|$)/i.test(key) && typeof v === 'string');
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      out.push(value);
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value && typeof value === 'object') {
      if (isLocalized(value)) {
        out.push(pickText(value as Record<string, string>, language, notice.languages)!.text);
        return;
      }
      for (const [key, v] of Object.entries(value)) if (!NOT_TEXT.has(key)) walk(v);
    }
  };
  walk(notice);
  return out.map((source) => text(new DOMParser().parseFromString(source, 'text/html').body)).filter(Boolean);
}

async function render(template: ReturnType<typeof html>) {
  const el = await fixture<PrivacyNoticeElement>(template);
  await settled(el);
  expect(el.status).to.equal('ready');
  return el;
}

describe('<privacy-notice> rendering', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('every text of a document', () => {
    it('the test document, in each language, when expanded', async () => {
      const notice = await testNotice();
      for (const language of notice.languages) {
        const el = await render(html`<privacy-notice lang=${language} open="all" no-form no-cookies .notice=${notice}></privacy-notice>`);
        const shown = text($(el, 'article'));
        for (const expected of expectedTexts(notice, language)) {
          expect(shown, language).to.include(expected);
        }
        expect($$(el, '.section-body[hidden]')).to.have.length(0);
      }
    });

    for (const seed of SEEDS) {
      it(`the seed ${seed}, in each language, after "Expand all"`, async function () {
        const response = await fetch(`/demo/notices/${seed}.json`);
        if (!response.ok) this.skip(); // the demo documents are another part's work
        const el = await render(html`<privacy-notice no-form no-cookies src=${`/demo/notices/${seed}.json`}></privacy-notice>`);
        const notice = el.loadedNotice!;
        for (const language of notice.languages) {
          el.lang = language;
          await el.updateComplete;
          $<HTMLButtonElement>(el, '[part="toggle-all"]')!.click();
          await el.updateComplete;
          expect($$(el, '.section-body[hidden]')).to.have.length(0);
          const shown = text($(el, 'article'));
          for (const expected of expectedTexts(notice, language)) {
            expect(shown, `${seed} ${language}`).to.include(expected);
          }
        }
      });
    }
  });

  describe('header and cards', () => {
    it('shows title, dates, version, summary and legal references', async () => {
      const el = await render(html`<privacy-notice lang="en" .notice=${await testNotice()}></privacy-notice>`);
      const title = $(el, '[part="title"]')!;
      expect(title.localName).to.equal('h2');
      expect(text($(el, '[part="dates"]'))).to.equal('Updated May 31, 2024 In force from June 1, 2024 Version 3');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2024-05-31');
      expect(text($(el, '[part="summary"]'))).to.contain('manage the customer relationship');
      expect(text($(el, '[part="legal-references"]'))).to.contain('EU General Data Protection Regulation');
    });

    it('formats dates in the interface language', async () => {
      const el = await render(html`<privacy-notice lang="fi" .notice=${await testNotice()}></privacy-notice>`);
      expect(text($(el, '[part="dates"]'))).to.contain('Päivitetty 31. toukokuuta 2024');
    });

    it('builds the controller and contact cards with working links', async () => {
      const el = await render(html`<privacy-notice lang="en" .notice=${await testNotice()}></privacy-notice>`);
      const cards = $$(el, '[part="card"]');
      expect(cards.map((card) => text(card.querySelector('.card-heading')))).to.deep.equal([
        'Controller',
        'Representative in the EU',
        'Data protection officer',
      ]);
      const controller = cards[0];
      expect(text(controller)).to.contain('Testiyhtiö Oy');
      const details = [...controller.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
      expect(details).to.deep.equal([
        ['Business ID', '1234567-8'],
        ['Email', 'tietosuoja@example.fi'],
        ['Phone', '+358 40 123 4567'],
        ['Website', 'example.fi'],
      ]);
      expect(text(controller.querySelector('address'))).to.equal('Testikatu 1 00100 Helsinki Finland');
      const hrefs = [...controller.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['mailto:tietosuoja@example.fi', 'tel:+358401234567', 'https://example.fi/']);
      expect(text(cards[2])).to.contain('Maija Meikäläinen');
    });

    it('renders document strings as text, never as HTML', async () => {
      const notice = await testNotice();
      notice.title = {fi: '<b>Lihava</b>', en: '<b>Bold</b>'};
      const el = await render(html`<privacy-notice lang="en" .notice=${notice}></privacy-notice>`);
      expect(text($(el, '[part="title"]'))).to.equal('<b>Bold</b>');
      expect($(el, '[part="title"] b')).to.equal(null);
    });
  });

  describe('sections', () => {
    it('follow the APG disclosure pattern, collapsed and findable', async () => {
      const el = await render(html`<privacy-notice lang="en" .notice=${await testNotice()}></privacy-notice>`);
      const buttons = sectionButtons(el);
      expect(buttons.map((b) => b.id.replace('section-button-', ''))).to.deep.equal([
        'purposes',
        'data-content',
        'retention',
        'rights',
        'security',
      ]);
      for (const button of buttons) {
        expect(button.parentElement!.localName).to.equal('h3');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const body = $(el, `#${button.getAttribute('aria-controls')}`)!;
        expect(body.getAttribute('hidden')).to.equal('until-found');
      }
    });

    it('use default headings for sections without a title, in the interface language', async () => {
      const el = await render(html`<privacy-notice lang="fi" .notice=${await testNotice()}></privacy-notice>`);
      expect(text(sectionButton(el, 'purposes'))).to.equal('Miksi käsittelemme henkilötietoja');
      expect(text(sectionButton(el, 'rights'))).to.equal('Oikeutesi');
    });

    it('show purposes with legal bases, retention in words, and the rights list', async () => {
      const el = await render(html`<privacy-notice lang="en" open="all" .notice=${await testNotice()}></privacy-notice>`);
      const purposes = text(panel(el, 'purposes'));
      expect(purposes).to.contain('Invoicing Legal basis: Performance of a contract, Legal obligation');
      expect(purposes).to.contain('Legitimate interest: Keeping up the customer relationship');
      expect(text(panel(el, 'retention'))).to.contain('Invoices 6 years As the Accounting Act requires.');
      const rights = text(panel(el, 'rights'));
      expect(rights).to.contain('Right of access You may ask for a copy of your data.');
      expect(rights).to.contain('Right to erasure');
    });

    it('give the rights list a section of its own when the document has none', async () => {
      const notice = await testNotice();
      notice.sections = notice.sections.filter((section) => section.kind !== 'rights');
      const el = await render(html`<privacy-notice lang="en" open="rights" .notice=${notice}></privacy-notice>`);
      expect(text(sectionButton(el, 'rights'))).to.equal('Your rights');
      expect(text(panel(el, 'rights'))).to.contain('Right of access');
    });

    it('respect heading-level, and fall back to 2 for nonsense', async () => {
      const notice = await testNotice();
      const el = await render(html`<privacy-notice heading-level="4" .notice=${notice}></privacy-notice>`);
      expect($(el, '[part="title"]')!.localName).to.equal('h4');
      expect(sectionButtons(el)[0].parentElement!.localName).to.equal('h5');
      expect($(el, '.card-heading')!.localName).to.equal('h5');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(sectionButtons(el)[0].parentElement!.localName).to.equal('h6');
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect($(el, '[part="title"]')!.localName).to.equal('h2');
    });

    it('open the sections the open attribute names, and follow its changes', async () => {
      const el = await render(html`<privacy-notice open="retention, security" .notice=${await testNotice()}></privacy-notice>`);
      const expanded = () =>
        sectionButtons(el)
          .filter((b) => b.getAttribute('aria-expanded') === 'true')
          .map((b) => b.id.replace('section-button-', ''));
      expect(expanded()).to.deep.equal(['retention', 'security']);
      el.open = 'all';
      await el.updateComplete;
      expect(expanded()).to.have.length(5);
      el.open = 'purposes nonsense';
      await el.updateComplete;
      expect(expanded()).to.deep.equal(['purposes']);
    });

    it('expand all and collapse all', async () => {
      const el = await render(html`<privacy-notice lang="en" .notice=${await testNotice()}></privacy-notice>`);
      const [expandAll, collapseAll] = $$<HTMLButtonElement>(el, '[part="toggle-all"]');
      expect(text(expandAll)).to.equal('Expand all');
      expandAll.click();
      await el.updateComplete;
      expect($$(el, '.section-body[hidden]')).to.have.length(0);
      collapseAll.click();
      await el.updateComplete;
      expect($$(el, '.section-body[hidden]')).to.have.length(5);
    });

    it('open a collapsed section when find-in-page reveals it (beforematch)', async () => {
      const el = await render(html`<privacy-notice .notice=${await testNotice()}></privacy-notice>`);
      const body = panel(el, 'security');
      // What the browser does when Ctrl+F finds text inside hidden="until-found".
      body.removeAttribute('hidden');
      body.dispatchEvent(new Event('beforematch', {bubbles: true}));
      await el.updateComplete;
      expect(sectionButton(el, 'security').getAttribute('aria-expanded')).to.equal('true');
      expect(body.hasAttribute('hidden')).to.equal(false);
    });

    it('print every section, collapsed or not', async () => {
      const el = await render(html`<privacy-notice .notice=${await testNotice()}></privacy-notice>`);
      const body = panel(el, 'security');
      expect(body.getBoundingClientRect().height).to.equal(0);
      await emulateMedia({media: 'print'});
      try {
        expect(body.getBoundingClientRect().height).to.be.greaterThan(10);
        expect(body.checkVisibility({contentVisibilityAuto: true})).to.equal(true);
        expect(getComputedStyle($(el, '[part="toolbar"]')!).display).to.equal('none');
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });
  });

  describe('keyboard', () => {
    it('Tab reaches each section button in turn; Enter and Space toggle; focus is visible', async () => {
      const el = await render(html`<privacy-notice lang="en" .notice=${await testNotice()}></privacy-notice>`);
      const buttons = sectionButtons(el);
      const collapseAll = $$<HTMLButtonElement>(el, '[part="toggle-all"]')[1];
      collapseAll.focus();
      for (const button of buttons) {
        await sendKeys({press: 'Tab'});
        expect(el.shadowRoot!.activeElement).to.equal(button);
        expect(button.matches(':focus-visible')).to.equal(true);
        expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      }
      const first = buttons[0];
      first.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el, 'purposes').hasAttribute('hidden')).to.equal(false);
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      // Inside an open section, Tab goes into it (its copy-link button) before the next heading.
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('copy-link');
    });
  });

  describe('deep links', () => {
    it('open and scroll to #<section-id> on load', async () => {
      history.replaceState(null, '', '#security');
      const el = await render(html`<privacy-notice .notice=${await testNotice()}></privacy-notice>`);
      expect(sectionButton(el, 'security').getAttribute('aria-expanded')).to.equal('true');
      expect(sectionButton(el, 'purposes').getAttribute('aria-expanded')).to.equal('false');
    });

    it('scroll a section far down the page into view on load', async () => {
      history.replaceState(null, '', '#security');
      const wrapper = await fixture<HTMLElement>(html`<div>
        <div style="height: 3000px"></div>
        <privacy-notice .notice=${await testNotice()}></privacy-notice>
      </div>`);
      const el = wrapper.querySelector('privacy-notice')!;
      await settled(el);
      await waitUntil(() => {
        const top = $(el, '[data-section="security"]')!.getBoundingClientRect().top;
        return top >= 0 && top < innerHeight / 2;
      }, 'the section was not scrolled into view');
    });

    it('open, scroll to and focus a section on hashchange', async () => {
      const el = await render(html`<privacy-notice .notice=${await testNotice()}></privacy-notice>`);
      const changed = oneEvent(window, 'hashchange');
      location.hash = 'retention';
      await changed;
      await el.updateComplete;
      const button = sectionButton(el, 'retention');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => el.shadowRoot!.activeElement === button, 'not focused');
    });

    it('ignore a hash that names no section', async () => {
      history.replaceState(null, '', '#nothing-here');
      const el = await render(html`<privacy-notice .notice=${await testNotice()}></privacy-notice>`);
      expect($$(el, '.section-body[hidden]')).to.have.length(5);
    });

    it('copy a link to a section, and announce it', async () => {
      const el = await render(html`<privacy-notice lang="en" open="retention" .notice=${await testNotice()}></privacy-notice>`);
      const copy = panel(el, 'retention').querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      expect(text(copy)).to.equal('Copy link to this section');
      copy.focus();
      await sendKeys({press: 'Enter'});
      const status = $(el, '.announcer')!;
      await waitUntil(() => text(status) !== '', 'nothing announced');
      expect(text(status)).to.equal('Link copied');
      // What was copied: paste it.
      const box = document.createElement('textarea');
      document.body.append(box);
      box.focus();
      await sendKeys({press: 'ControlOrMeta+V'});
      await aTimeout(0);
      box.remove();
      const expected = new URL(location.href);
      expected.hash = 'retention';
      expect(box.value).to.equal(expected.href);
    });
  });
});
