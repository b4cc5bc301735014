/**
 * A notice never disappears (issue 10): every document with anything to show
 * is shown, repaired, and each repair is reported to the page
 * (`privacy-notice-load`'s `warnings`) and once to the console, never to
 * visitors. Each class of bad input renders in Chromium with no uncaught
 * error and its text on screen.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {Issue} from '../../src/document/shape.js';
import type {NoticeLoadError} from '../../src/events.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {settled} from './element-helpers.js';
import {watchUncaught} from './hostile-helpers.js';

// Documents broken on purpose: any key may hold a value of any type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** A small valid document in Finnish and English. */
const base = (): Json => ({
  schemaVersion: 1,
  id: 'lenient',
  languages: ['fi', 'en'],
  title: {fi: 'Asiakasrekisterin tietosuojaseloste', en: 'Customer register privacy notice'},
  controller: {name: 'Testiyhtiö Oy', url: 'https://example.fi/'},
  sections: [
    {
      id: 'purposes',
      kind: 'purposes',
      title: {fi: 'Käsittelyn tarkoitus', en: 'Purposes'},
      body: {fi: '<p>Hoidamme asiakassuhdetta.</p>', en: '<p>We look after the customer relationship.</p>'},
    },
  ],
});

interface Shown {
  el: PrivacyNoticeElement;
  warnings: Issue[];
  error?: NoticeLoadError;
  uncaught: string[];
}

/** Renders `notice` (in `container`, at 360 px by default) and waits for its event. */
async function show(notice: unknown, {lang = 'en', open = '', width = 360} = {}): Promise<Shown> {
  const uncaught = watchUncaught();
  let warnings: Issue[] | undefined;
  let error: NoticeLoadError | undefined;
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
      <privacy-notice
        lang=${lang}
        open=${open}
        .notice=${notice}
        @privacy-notice-load=${(event: {warnings: Issue[]}) => (warnings = event.warnings)}
        @privacy-notice-error=${(event: {error: NoticeLoadError}) => (error = event.error)}
      ></privacy-notice>
    </div>`);
    const el = wrapper.querySelector('privacy-notice')!;
    await settled(el);
    await waitUntil(() => warnings || error, 'no load or error event', {timeout: 8000});
    // Slices, beforematch handlers and the like report asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {el, warnings: warnings ?? [], error, uncaught: uncaught.seen};
  } finally {
    uncaught.stop();
  }
}

const root = (el: Element) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Text a reader can see: not only white space, format characters or controls. */
const VISIBLE = /[^\s\p{Cf}\p{Cc}]/u;

/** Shown, not refused: no error, nothing uncaught, the notice and `texts` on screen. */
function expectShown({el, error, uncaught}: Shown, ...texts: string[]) {
  expect(error, 'error event').to.equal(undefined);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  expect(el.status).to.equal('ready');
  expect(root(el).querySelector('[part~="error"]')).to.equal(null);
  const title = root(el).querySelector<HTMLElement>('[part~="title"]')!;
  expect(title.textContent, 'the title heading').to.match(VISIBLE);
  const content = squash(root(el).textContent);
  for (const text of texts) expect(content).to.contain(text);
  // Visitors read nothing about what was repaired.
  expect(content).not.to.match(/is not a known key|is not a language tag|must not be empty|is not an http/);
}

const paths = ({warnings}: Shown) => warnings.map(({path}) => path);

/** Every `lang` in the shadow root is a well-formed BCP 47 tag. */
function expectValidLangs(el: Element) {
  const tags = all(el, '[lang]').map((node) => node.getAttribute('lang')!);
  expect(tags.length).to.be.greaterThan(0);
  for (const tag of tags) expect(() => Intl.getCanonicalLocales(tag), `lang="${tag}"`).not.to.throw();
}

describe('lenient render: a notice never disappears', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('unknown or malformed language tags', () => {
    it('en_US, xx-!! and FI: left out or canonicalised; shown in a language the document has', async () => {
      const notice = {
        ...base(),
        languages: ['en_US', 'xx-!!', 'FI'],
        title: {en_US: 'US title', 'xx-!!': 'Xx title', FI: 'Suomenkielinen otsikko'},
        sections: [{id: 'a', kind: 'other', body: {'xx-!!': '<p>Xx</p>', fi: '<p>Suomenkielinen teksti.</p>'}}],
      };
      const shown = await show(notice, {lang: 'en'});
      expectShown(shown, 'Suomenkielinen otsikko', 'Suomenkielinen teksti.');
      expect(shown.el.loadedNotice!.languages).to.deep.equal(['fi']);
      expect(root(shown.el).querySelector('[part~="notice"]')!.getAttribute('lang')).to.equal('fi');
      expect(paths(shown)).to.include.members(['languages[0]', 'languages[1]', 'title.en_US', 'sections[0].body.xx-!!']);
      expectValidLangs(shown.el);
    });

    it('no usable tag at all: shown as "und" (undetermined)', async () => {
      const notice = {
        ...base(),
        languages: ['en_US', 'xx-!!'],
        title: 'Otsikko',
        sections: [{id: 'a', kind: 'other', body: '<p>Teksti.</p>'}],
      };
      const shown = await show(notice);
      expectShown(shown, 'Otsikko', 'Teksti.');
      expect(root(shown.el).querySelector('[part~="notice"]')!.getAttribute('lang')).to.equal('und');
      expect(paths(shown)).to.include.members(['languages[0]', 'languages[1]']);
      expectValidLangs(shown.el);
    });

    it('a malformed lang on the element or the page does not reach the shadow root', async () => {
      for (const lang of ['en_US', 'xx-!!', '']) {
        const shown = await show(base(), {lang});
        expectShown(shown, 'Testiyhtiö Oy');
        expectValidLangs(shown.el);
      }
    });
  });

  describe('duplicate, empty, numeric, odd and internal-looking section ids', () => {
    const ids = ['', '3', '__proto__', 'constructor', 'section-button-x', 'toString', '3', 'x', 'button-x', 'panel-x'];
    const notice = () => ({
      ...base(),
      languages: ['en'],
      title: 'Notice',
      sections: ids.map((id, i) => ({id, kind: 'other', title: `Part ${i}`, body: `<p>Body of part ${i}.</p>`})),
    });

    it('each button controls its own panel, and clicking opens only that one', async () => {
      const shown = await show(notice());
      expectShown(shown, 'Body of part 9.');
      expect(paths(shown)).to.include.members(['sections[0].id', 'sections[2].id', 'sections[5].id', 'sections[6].id']);
      const every = all(shown.el, '[id]').map((node) => node.id);
      expect(new Set(every).size, 'ids in the shadow root are unique').to.equal(every.length);
      const buttons = all<HTMLButtonElement>(shown.el, '[part~="section-button"]');
      expect(buttons).to.have.length(ids.length);
      const panels = buttons.map((button) => root(shown.el).getElementById(button.getAttribute('aria-controls')!));
      for (const [i, button] of buttons.entries()) {
        const panel = panels[i]!;
        expect(panel, `panel of button ${i}`).to.exist;
        expect(panel.closest('[part~="section"]')).to.equal(button.closest('[part~="section"]'));
        expect(squash(panel.textContent)).to.contain(`Body of part ${i}.`);
        button.click();
        await shown.el.updateComplete;
        const open = panels.filter((candidate) => !candidate!.hidden);
        expect(open, `after clicking button ${i}`).to.deep.equal([panel]);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        button.click();
        await shown.el.updateComplete;
        expect(panel.hidden).to.not.equal(false);
      }
    });

    it('the first of a repeated id keeps its deep link; odd ids link too', async () => {
      for (const [hash, part] of [
        ['3', 1],
        ['3-2', 6],
        ['constructor', 3],
        ['section-button-x', 4],
        ['button-x', 8],
      ] as const) {
        history.replaceState(null, '', `#${hash}`);
        const shown = await show(notice());
        const open = all(shown.el, '[part~="section-body"]').filter((panel) => !panel.hidden);
        expect(
          open.map((panel) => /Body of part \d+\./.exec(panel.textContent!)?.[0]),
          `#${hash}`
        ).to.deep.equal([`Body of part ${part}.`]);
        shown.el.remove();
      }
    });

    it('openSection() with an internal-looking name neither throws nor opens anything', async () => {
      const shown = await show(notice());
      for (const id of ['__proto__', 'toString', 'hasOwnProperty', '']) await shown.el.openSection(id);
      await shown.el.updateComplete;
      expect(all(shown.el, '[part~="section-body"]').filter((panel) => !panel.hidden)).to.have.length(0);
    });
  });

  describe('invisible or empty titles', () => {
    const invisible = ['', ' ', '\u200b\u2060', '\u202e', '\u00ad'];

    it('a heading is still shown for the notice and for every section', async () => {
      for (const blank of invisible) {
        const notice = {
          ...base(),
          title: blank,
          sections: [
            {id: 'a', kind: 'purposes', title: blank, body: '<p>Tarkoitus.</p>'},
            {id: 'b', kind: 'other', title: {fi: blank, en: blank}, body: '<p>Muuta.</p>'},
          ],
        };
        const shown = await show(notice);
        expectShown(shown, 'Tarkoitus.');
        // The controller's name stands in for the missing title.
        expect(squash(root(shown.el).querySelector('[part~="title"]')!.textContent)).to.equal('Testiyhtiö Oy');
        for (const button of all(shown.el, '[part~="section-button"]')) {
          expect(button.textContent, JSON.stringify(blank)).to.match(VISIBLE);
          expect(button.getBoundingClientRect().height).to.be.greaterThan(0);
        }
        expect(paths(shown)).to.include('title');
      }
    });

    it('without a title or a controller name: the interface heading, no made-up controller', async () => {
      const shown = await show({...base(), title: '\u200b', controller: {name: ' '}});
      expectShown(shown, 'We look after the customer relationship.');
      expect(squash(root(shown.el).querySelector('[part~="title"]')!.textContent)).to.equal('Privacy notice');
      expect(squash(root(shown.el).textContent)).not.to.contain('Controller not named');
      expect(paths(shown)).to.include.members(['title', 'controller.name']);
    });
  });

  describe('right-to-left and mixed scripts', () => {
    const arabic = () => ({
      ...base(),
      languages: ['ar', 'fi'],
      title: {ar: 'إشعار الخصوصية', fi: 'Tietosuojaseloste'},
      controller: {name: {ar: 'شركة الاختبار', fi: 'Testiyhtiö Oy'}, phone: '+358 40 123 4567', email: 'privacy@example.fi'},
      sections: [
        {
          id: 'a',
          kind: 'other',
          title: {ar: 'الغرض 2024', fi: 'Tarkoitus'},
          body: {ar: '<p>نعالج بياناتك.</p>', fi: '<p>Käsittelemme tietojasi.</p>'},
        },
        // Only in Finnish: shown as a fallback, left to right inside the Arabic notice.
        {id: 'b', kind: 'other', title: {fi: 'Vain suomeksi'}, body: {fi: '<p>Suomeksi.</p>'}},
      ],
    });

    it('an Arabic document: dir="rtl" from the language, each string isolated', async () => {
      const shown = await show(arabic(), {lang: 'ar', open: 'all'});
      expectShown(shown, 'إشعار الخصوصية', 'نعالج بياناتك.');
      const article = root(shown.el).querySelector<HTMLElement>('[part~="notice"]')!;
      expect(article.getAttribute('lang')).to.equal('ar');
      expect(article.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(article).direction).to.equal('rtl');
      const title = root(shown.el).querySelector('[part~="title"] [dir]')!;
      expect(getComputedStyle(title).unicodeBidi).to.equal('isolate');
      const fallback = all(shown.el, '[part~="section-button"] [lang="fi"]').find((node) => node.textContent === 'Vain suomeksi')!;
      expect(fallback.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(fallback).unicodeBidi).to.equal('isolate');
      // A phone number reads "+358 40 123 4567" in either direction, never "4567 123 40 358+".
      for (const link of all(shown.el, '[part~="card"] a')) {
        expect(getComputedStyle(link).direction, link.textContent!).to.equal('ltr');
        expect(getComputedStyle(link).unicodeBidi).to.equal('isolate');
      }
      expect(all(shown.el, '[part~="card"] a[href^="tel:"]')).to.have.length(1);
      expectValidLangs(shown.el);
    });

    it('the same document read in Finnish is left to right; switching to Hebrew turns it', async () => {
      const notice = {...arabic(), languages: ['fi', 'he'], title: {fi: 'Tietosuojaseloste', he: 'הודעת פרטיות'}};
      const shown = await show(notice, {lang: 'fi'});
      expectShown(shown, 'Tietosuojaseloste');
      const article = () => root(shown.el).querySelector<HTMLElement>('[part~="notice"]')!;
      expect(article().getAttribute('dir')).to.equal('ltr');
      shown.el.setAttribute('lang', 'he');
      await shown.el.updateComplete;
      expect(article().getAttribute('lang')).to.equal('he');
      expect(article().getAttribute('dir')).to.equal('rtl');
      expect(squash(root(shown.el).querySelector('[part~="title"]')!.textContent)).to.equal('הודעת פרטיות');
    });

    it('bidi controls in Finnish text are gone from the page, and reported', async () => {
      const notice = {
        ...base(),
        languages: ['fi'],
        title: 'Tieto\u202Esuoja\u202C seloste',
        controller: {name: 'Yhtiö \u2067Oy\u2069'},
        sections: [{id: 'a', kind: 'other', title: 'Osa \u202E1', body: '<p>Teksti \u202Egnp.exe\u202C ja \u2066lisää\u2069.</p>'}],
      };
      const shown = await show(notice, {lang: 'fi', open: 'all'});
      expectShown(shown, 'Tietosuoja seloste', 'Teksti gnp.exe ja lisää.');
      expect(root(shown.el).textContent).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
      expect(paths(shown)).to.include.members(['title', 'controller.name', 'sections[0].title', 'sections[0].body']);
    });
  });

  describe('dates, durations and versions', () => {
    it('a date that does not exist is left out; far-future dates, huge numbers and long versions are shown', async () => {
      const huge = 'P99999999999999Y';
      const notice = {
        ...base(),
        languages: ['en'],
        title: 'Notice',
        updated: '2025-02-30',
        effective: '9999-12-31',
        version: 'v'.repeat(5000),
        changes: [
          {date: '2024-13-01', summary: '<p>Never happened.</p>'},
          {date: '9999-12-30', summary: '<p>Far away.</p>'},
        ],
        sections: [
          {
            id: 'retention',
            kind: 'retention',
            body: '<p>Kept.</p>',
            retention: [
              {data: 'Invoices', duration: huge},
              {data: 'Logs', duration: 'PT99999999999999999999S'},
              {data: 'Mix', duration: 'P1Y4294967296M'},
            ],
          },
        ],
        cookies: {
          services: [
            {
              id: 'stats',
              name: 'Stats',
              category: 'analytics',
              items: [
                {name: '_big', type: 'cookie', duration: huge},
                {name: '_huge', type: 'cookie', duration: 'P9999999999999999999999999999999999999Y'},
              ],
            },
          ],
        },
      };
      const shown = await show(notice, {open: 'all'});
      expectShown(shown, 'Kept.', '9999', '99,999,999,999,999 years', 'PT99999999999999999999S', 'P9999999999999999999999999999999999999Y');
      const content = root(shown.el).textContent!;
      expect(content).not.to.match(/Invalid Date|NaN|RangeError|undefined|Infinity/);
      const dates = squash(root(shown.el).querySelector('[part~="dates"]')!.textContent);
      expect(dates).to.contain('December 31, 9999');
      expect(dates).not.to.contain('2025');
      expect(shown.el.loadedNotice!.version).to.have.length(40);
      expect(paths(shown)).to.include.members(['updated', 'version', 'changes[0].date']);
    });
  });

  describe('hostile URLs', () => {
    const urls = [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'java\tscript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '/relative/path',
      '//evil.example/x',
    ];

    for (const url of urls) {
      it(`${JSON.stringify(url)} in every URL field: left out, the rest shown`, async () => {
        const notice = {
          ...base(),
          controller: {name: 'Testiyhtiö Oy', url, representative: {name: 'EU Rep GmbH', url}},
          cookies: {
            services: [
              {
                id: 'stats',
                name: 'Stats',
                category: 'analytics',
                privacyPolicy: url,
                items: [{name: '_s', type: 'cookie', duration: 'P1Y'}],
              },
            ],
          },
          sections: [{id: 'a', kind: 'other', body: `<p>Read <a href="${url.replaceAll('"', '&quot;')}">this</a>.</p>`}],
        };
        const shown = await show(notice, {open: 'all'});
        expectShown(shown, 'Testiyhtiö Oy', 'EU Rep GmbH', 'Stats');
        expect(paths(shown)).to.include.members(['controller.url', 'controller.representative.url', 'cookies.services[0].privacyPolicy']);
        for (const link of all<HTMLAnchorElement>(shown.el, '[href]')) {
          const href = link.getAttribute('href')!;
          expect(href, link.outerHTML).to.match(/^(https:\/\/[^/]|http:\/\/[^/]|mailto:|tel:|#)/i);
          expect(href).not.to.contain('evil.example');
        }
        // The text of the rich-text link stays, as text.
        expect(squash(root(shown.el).textContent)).to.contain('Read this.');
      });
    }
  });

  describe('very long text', () => {
    it('a 100,000-character title and a 1 MB paragraph: shown cut short, wrapped, inside 360 px', async function () {
      this.timeout(20000);
      const notice = {
        ...base(),
        languages: ['en'],
        title: 'T'.repeat(100_000),
        controller: {name: 'N'.repeat(100_000), url: `https://example.fi/${'p'.repeat(2000)}`},
        sections: [
          {id: 'a', kind: 'other', title: 'S'.repeat(100_000), body: `<p>${'W'.repeat(1_000_000)}</p>`},
          {id: 'b', kind: 'other', title: 'Words', body: `<p>${'word '.repeat(200_000)}</p>`},
        ],
      };
      const shown = await show(notice, {open: 'all'});
      expectShown(shown);
      const {el} = shown;
      expect(root(el).querySelector('[part~="title"]')!.textContent!.trim()).to.match(/^T{499}…$/);
      expect(paths(shown)).to.include.members(['title', 'controller.name', 'sections[0].title', 'sections[0].body']);
      expect(el.getBoundingClientRect().width).to.equal(360);
      expect(el.scrollWidth, 'no horizontal overflow of the host').to.be.at.most(el.clientWidth);
      for (const node of all(el, '[part~="notice"] *')) {
        const {right} = node.getBoundingClientRect();
        if (right > el.getBoundingClientRect().right + 1) expect.fail(`${node.localName}.${node.className} overflows: right ${right}`);
      }
      expect(getComputedStyle(root(el).querySelector('.rich p')!).overflowWrap).to.equal('anywhere');
    });

    it('the page answers a click right after a very long notice renders', async function () {
      this.timeout(20000);
      const notice = {
        ...base(),
        languages: ['en'],
        title: 'Long',
        sections: Array.from({length: 300}, (_, i) => ({
          id: `s${i}`,
          kind: 'other',
          title: `Part ${i}`,
          body: `<p>${'text '.repeat(600)}</p>`,
        })),
      };
      const shown = await show(notice);
      expectShown(shown);
      const button = root(shown.el).querySelector<HTMLButtonElement>('[part~="section-button"]')!;
      // A generous bound: only a page that stopped answering misses it.
      const answered = await new Promise<boolean>((resolve) => {
        const bound = setTimeout(() => resolve(false), 5000);
        setTimeout(() => {
          button.click();
          void shown.el.updateComplete.then(() => {
            clearTimeout(bound);
            resolve(button.getAttribute('aria-expanded') === 'true');
          });
        });
      });
      expect(answered).to.equal(true);
    });
  });

  describe('unknown keys', () => {
    it('anywhere: ignored, reported in warnings, never shown', async () => {
      const notice = {
        ...base(),
        colour: 'blue <b>bold</b>',
        controller: {name: 'Testiyhtiö Oy', fax: '+358 9 123'},
        sections: [{...base().sections[0], foo: 'SECRET-FOO', retention: [{data: 'x', bar: 1}], kind: 'retention'}],
        cookies: {
          services: [{id: 's', name: 'S', category: 'necessary', items: [{name: 'c', type: 'cookie', duration: 'P1Y', baz: 'SECRET-BAZ'}]}],
        },
      };
      const shown = await show(notice, {open: 'all'});
      expectShown(shown, 'We look after the customer relationship.');
      expect(paths(shown)).to.include.members([
        'colour',
        'controller.fax',
        'sections[0].foo',
        'sections[0].retention[0].bar',
        'cookies.services[0].items[0].baz',
      ]);
      expect(root(shown.el).textContent).not.to.match(/SECRET|blue|\+358 9 123/);
    });
  });

  describe('the report: the event and one console group', () => {
    it('lists every repair as path: message, once, grouped', async () => {
      const calls: Array<[string, string]> = [];
      const originals = (['groupCollapsed', 'warn', 'groupEnd'] as const).map((kind) => {
        const original = console[kind];
        console[kind] = (...args: unknown[]) => void calls.push([kind, args.map(String).join(' ')]);
        return () => (console[kind] = original);
      });
      let shown: Shown;
      try {
        shown = await show({
          ...base(),
          languages: ['fi', 'en_US', 'en'],
          updated: '2025-02-30',
          colour: 'blue',
          controller: {name: 'Testiyhtiö Oy', url: 'javascript:alert(1)'},
          sections: [base().sections[0], {...base().sections[0]}, {id: '', kind: 'purpose', body: '<p>Kolmas.</p>'}],
        });
      } finally {
        for (const restore of originals) restore();
      }
      expectShown(shown, 'Kolmas.');
      const expected = ['languages[1]', 'updated', 'controller.url', 'sections[1].id', 'sections[2].id', 'sections[2].kind', 'colour'];
      expect(paths(shown)).to.include.members(expected);
      expect(calls.map(([kind]) => kind)).to.deep.equal(['groupCollapsed', 'warn', 'groupEnd']);
      expect(calls[0][1]).to.match(/^<privacy-notice>: the notice document has \d+ problem/);
      const lines = calls[1][1].split('\n');
      expect(lines).to.have.length(shown.warnings.length);
      for (const [i, {path, message}] of shown.warnings.entries()) expect(lines[i]).to.equal(`${path || 'document'}: ${message}`);
      for (const path of expected)
        expect(
          lines.some((line) => line.startsWith(`${path}: `)),
          path
        ).to.equal(true);
    });

    it('a valid document: no warnings, nothing in the console', async () => {
      const original = console.groupCollapsed;
      let grouped = 0;
      console.groupCollapsed = () => void grouped++;
      try {
        const shown = await show(base());
        expectShown(shown, 'Customer register privacy notice');
        expect(shown.warnings).to.deep.equal([]);
      } finally {
        console.groupCollapsed = original;
      }
      expect(grouped).to.equal(0);
    });
  });
});
