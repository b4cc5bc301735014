/**
 * Broken and hostile documents: malformed, truncated, BOM-prefixed,
 * wrong-type, 10,000-deep, 10,000-section, 1 MB and 20 MB, given inline, as
 * a property and fetched from a real endpoint (test/server/proof.js). Each
 * must end in a render of what can be shown (with the rest reported in
 * `warnings`) or, when nothing can be shown, a clear error; never an uncaught
 * exception. A long notice renders in slices (fewer sections first, the
 * article `aria-busy` until the last) and the page answers a click meanwhile,
 * within a generous bound: how long anything takes is measured by
 * `npm run bench`, never asserted here. Over the size limit the element must
 * stop reading, which the server sees as the connection closed before the end.
 */
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {Issue} from '../../src/document/shape.js';
import type {NoticeLoadError} from '../../src/events.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {proofStatus, settled, uniqueId, watchUncaught} from './hostile-helpers.js';

type Json = Record<string, unknown>;

const MiB = 1024 * 1024;
/** Far beyond any slice: only a page that stopped answering misses it. */
const ANSWER_BOUND_MS = 5000;

let seed: Json;
before(async () => {
  seed = await (await fetch('/demo/notices/arjasmaa.json')).json();
});

interface Outcome {
  el: PrivacyNoticeElement;
  error?: NoticeLoadError;
  warnings?: Issue[];
  /** When the load event fired: sections on screen, of how many, and the article's aria-busy. */
  firstRender?: {sections: number; of: number; busy: string | null};
  /** A click queued as a task right after the load event was handled in time. */
  answered?: boolean;
  uncaught: string[];
}

/** Uploads a document to the proof server; its URL for `src`. */
async function upload(text: string): Promise<string> {
  const id = uniqueId('doc');
  const response = await fetch(`/proof/store?id=${id}`, {method: 'POST', body: text});
  return (await response.json()).url;
}

const sectionsShown = (el: PrivacyNoticeElement) => el.shadowRoot!.querySelectorAll('[part~="section"]').length;

/**
 * A click on the first section button, queued as a task: resolves true once
 * the element has handled it, false if `ANSWER_BOUND_MS` passes first.
 */
function clickAnswered(el: PrivacyNoticeElement): Promise<boolean> {
  return new Promise((resolve) => {
    const bound = setTimeout(() => resolve(false), ANSWER_BOUND_MS);
    setTimeout(() => {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="section-button"]');
      if (!button) return resolve(false);
      const before = button.getAttribute('aria-expanded');
      button.click();
      void el.updateComplete.then(() => {
        clearTimeout(bound);
        resolve(button.getAttribute('aria-expanded') !== before);
      });
    });
  });
}

/**
 * Renders one document and watches it: the load or error event, the first
 * render, a click during the slices, and uncaught errors from creating the
 * element until every section is on screen.
 */
async function render(
  setup: {notice?: unknown; inline?: string; src?: string; attrs?: Record<string, string>},
  timeout = 15000
): Promise<Outcome> {
  const uncaught = watchUncaught();
  const outcome: Partial<Outcome> = {};
  let answered: Promise<boolean> | undefined;
  const el = document.createElement('privacy-notice');
  el.addEventListener('privacy-notice-error', (event) => (outcome.error = event.error));
  el.addEventListener('privacy-notice-load', (event) => {
    outcome.warnings = event.warnings;
    // Right after the first render, before the next slice's task.
    outcome.firstRender = {
      sections: sectionsShown(el),
      of: el.loadedNotice!.sections.length,
      busy: el.shadowRoot!.querySelector('[part~="notice"]')!.getAttribute('aria-busy'),
    };
    answered = clickAnswered(el);
  });
  if (setup.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = setup.inline;
    el.append(script);
  }
  // English: its text needs no translations fetched, so the load event comes
  // right after the first render.
  el.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(setup.attrs ?? {})) el.setAttribute(name, value);
  // Hostile on purpose: the type says what a document should be, not what arrives.
  if (setup.notice !== undefined) el.notice = setup.notice as PrivacyNoticeElement['notice'];
  if (setup.src) el.src = setup.src;
  document.body.append(el);
  try {
    await settled(el, timeout);
    const sections = el.loadedNotice?.sections.length ?? 0;
    await waitUntil(() => sectionsShown(el) >= sections, 'the sections never all rendered', {timeout});
    outcome.answered = await answered;
  } finally {
    uncaught.stop();
  }
  return {...outcome, el, uncaught: uncaught.seen};
}

const text = (el: PrivacyNoticeElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** A clear error: the event's kind, a message that says what, the error part shown. */
function expectClearError(outcome: Outcome, kind: NoticeLoadError['kind'], mentions: RegExp) {
  expect(outcome.el.status).to.equal('error');
  expect(outcome.error?.kind).to.equal(kind);
  expect(outcome.error?.message).to.match(mentions);
  expect(outcome.el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
  expect(outcome.uncaught, 'uncaught errors').to.deep.equal([]);
}

/**
 * Shown, not refused: the notice on screen, no error part, nothing about the
 * problem for visitors, and the problem in the event's warnings at `path`.
 */
function expectShown(outcome: Outcome, path?: string, message?: RegExp) {
  expect(outcome.error, 'error event').to.equal(undefined);
  expect(outcome.el.status).to.equal('ready');
  expect(outcome.el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  expect(outcome.el.shadowRoot!.querySelector('[part~="notice"]')).to.exist;
  expect(outcome.uncaught, 'uncaught errors').to.deep.equal([]);
  expect(outcome.answered, `a click was answered within ${ANSWER_BOUND_MS} ms`).to.equal(true);
  if (path === undefined) return;
  const found = outcome.warnings!.filter((warning) => warning.path === path);
  expect(found, `warnings at ${path}: ${JSON.stringify(outcome.warnings!.slice(0, 5))}`).to.not.be.empty;
  if (message) expect(found.map((warning) => warning.message).join('\n')).to.match(message);
}

afterEach(() => {
  for (const el of document.querySelectorAll('privacy-notice')) el.remove();
});

describe('malformed and truncated documents', () => {
  const cases: Array<[string, () => string]> = [
    ['not JSON at all', () => 'this is not json'],
    ['an HTML page', () => '<!doctype html><title>Login</title>'],
    ['empty', () => ' '],
    ['truncated in the middle', () => JSON.stringify(seed).slice(0, JSON.stringify(seed).length >> 1)],
    ['truncated after one byte', () => '{'],
    ['a trailing comma', () => JSON.stringify(seed).replace(/}$/, ',}')],
    ['two documents glued together', () => JSON.stringify(seed) + JSON.stringify(seed)],
    ['NUL bytes and lone surrogates', () => '{"schemaVersion":1,"id":"x\u0000\ud800"'],
  ];
  for (const [name, make] of cases) {
    it(`inline: ${name} → a JSON error`, async () => {
      const outcome = await render({inline: make()});
      expectClearError(outcome, 'json', /not valid JSON/);
    });
    it(`src: ${name} → a JSON error`, async () => {
      const outcome = await render({src: await upload(make())});
      expectClearError(outcome, 'json', /not valid JSON/);
    });
  }
});

describe('byte-order marks', () => {
  it('inline: a BOM before the JSON is tolerated', async () => {
    const outcome = await render({inline: '\uFEFF' + JSON.stringify(seed)});
    expectShown(outcome);
  });

  it('src: a UTF-8 BOM before the JSON is tolerated', async () => {
    const url = await upload(JSON.stringify(seed));
    const outcome = await render({src: `${url}&bom=1`});
    expectShown(outcome);
  });
});

describe('wrong types', () => {
  it('property: a string is read as JSON text → a JSON error', async () => {
    const outcome = await render({notice: 'notice'});
    expectClearError(outcome, 'json', /not valid JSON/);
  });

  it('src: JSON text of a string is not parsed a second time → an invalid-document error', async () => {
    const outcome = await render({src: await upload(JSON.stringify(JSON.stringify(seed)))});
    expectClearError(outcome, 'invalid', /expected an object, found "/);
  });

  const refused: Array<[string, () => unknown, RegExp]> = [
    ['a list', () => [seed], /expected an object, found a list/],
    ['a number', () => 42, /expected an object/],
    ['a function', () => () => seed, /expected an object/],
    ['a Date', () => new Date(), /sections: is missing/],
    ['sections as text', () => ({...seed, sections: 'all of them'}), /sections: expected a list/],
    ['a section that is a string', () => ({...seed, sections: ['<p>hi</p>']}), /sections\[0\]/],
    ['every value true', () => Object.fromEntries(Object.keys(seed).map((k) => [k, true])), /sections: expected a list/],
  ];
  for (const [name, make, mentions] of refused) {
    it(`property: ${name} → nothing to show, an invalid-document error naming the field`, async () => {
      const outcome = await render({notice: make()});
      expectClearError(outcome, 'invalid', mentions);
    });
  }

  const shown: Array<[string, () => unknown, string, RegExp]> = [
    ['schemaVersion as text', () => ({...seed, schemaVersion: '1'}), 'schemaVersion', /expected 1, found "1"/],
    ['title as a number', () => ({...seed, title: 42}), 'title', /found 42/],
    ['languages as an object', () => ({...seed, languages: {fi: true}}), 'languages', /expected a list/],
    ['controller as a list', () => ({...seed, controller: []}), 'controller', /expected an object, found a list/],
  ];
  for (const [name, make, path, message] of shown) {
    it(`property: ${name} → the rest shown, the field in warnings`, async () => {
      const outcome = await render({notice: make()});
      expectShown(outcome, path, message);
      expect(text(outcome.el)).to.contain((seed.controller as {name: string}).name);
    });
  }

  it('inline: null → an invalid-document error', async () => {
    const outcome = await render({inline: 'null'});
    expectClearError(outcome, 'invalid', /expected an object, found null/);
  });

  it('src: a document served as text/html is refused before parsing', async () => {
    const url = await upload(JSON.stringify(seed));
    const outcome = await render({src: `${url}&type=text/html`});
    expectClearError(outcome, 'content-type', /text\/html/);
  });
});

describe('deep and wide documents', () => {
  const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

  it('10,000-deep array in an unknown key: renders, with a warning', async () => {
    const doc = JSON.stringify(seed).replace(/}$/, `,"extra":${deep(10_000)}}`);
    const outcome = await render({inline: doc});
    expectShown(outcome, 'extra', /not a known key/);
  });

  it('10,000-deep object in place of the title: the title left out, the rest shown', async () => {
    const doc = JSON.stringify({...seed, title: null}).replace('"title":null', `"title":${deepObject(10_000)}`);
    const outcome = await render({src: await upload(doc)});
    expectShown(outcome, 'title.a');
    // The heading falls back to the controller's name.
    const name = (seed.controller as {name: string}).name;
    expect(outcome.el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(name);
  });

  it('10,000-deep array as the whole document: a clear error', async () => {
    const outcome = await render({inline: deep(10_000)});
    expectClearError(outcome, 'invalid', /expected an object, found a list/);
  });

  it('100,000-deep nesting (past any recursion limit): an error, not a crash', async () => {
    const outcome = await render({inline: deep(100_000)});
    expect(outcome.el.status).to.equal('error');
    expect(outcome.uncaught).to.deep.equal([]);
  });

  it('10,000 sections: the first 5,000 shown, in slices, with the limit named', async function () {
    this.timeout(30000);
    const sections = Array.from({length: 10_000}, (_, i) => ({id: `s${i}`, kind: 'other', body: `<p>x${i}</p>`}));
    const doc = JSON.stringify({...seed, sections});
    const outcome = await render({src: await upload(doc)}, 25000);
    expectShown(outcome, 'sections', /10000 entries; the limit is 5000/);
    expect(outcome.el.loadedNotice!.sections.map(({id}) => id).slice(-1)).to.deep.equal(['s4999']);
    expect(outcome.firstRender!.sections).to.be.below(5000);
    expect(outcome.firstRender!.busy).to.equal('true');
  });

  it('4,000 sections all with the same id: all shown, renamed, and the warning list stays short', async function () {
    this.timeout(30000);
    const sections = Array.from({length: 4_000}, (_, i) => ({id: 'same', kind: 'other', body: `<p>x${i}</p>`}));
    const outcome = await render({notice: {...seed, sections}}, 25000);
    expectShown(outcome, 'sections[1].id', /already the id of sections\[0\]/);
    // Errors and warnings, each list capped at 200.
    expect(outcome.warnings!.length).to.be.at.most(400);
    const ids = outcome.el.loadedNotice!.sections.map(({id}) => id);
    expect(ids.slice(0, 3)).to.deep.equal(['same', 'same-2', 'same-3']);
    expect(new Set(ids).size).to.equal(4_000);
  });

  it('100,000 unknown keys: renders, warnings capped', async function () {
    this.timeout(20000);
    const doc: Json = {...seed};
    for (let i = 0; i < 100_000; i++) doc[`k${i}`] = i;
    const outcome = await render({notice: doc});
    expectShown(outcome, 'k0', /not a known key/);
    expect(outcome.warnings!.length).to.be.at.most(400);
  });
});

describe('big documents', () => {
  /** A valid document of about `bytes`, as `count` sections of equal length. */
  function bigValid(bytes: number, count: number): string {
    const per = Math.floor(bytes / count / 3) - 60;
    const body = `<p>${'Rekisterin tietoja käsitellään huolellisesti. '.repeat(Math.ceil(per / 47)).slice(0, per)}</p>`;
    const sections = Array.from({length: count}, (_, i) => ({
      id: `section-${i}`,
      kind: 'other',
      title: {fi: `Osio ${i}`, en: `Section ${i}`, sv: `Avsnitt ${i}`},
      body: {fi: body, en: body, sv: body},
    }));
    return JSON.stringify({...seed, sections});
  }

  for (const count of [5, 100, 1000]) {
    it(`1 MB valid document in ${count} sections: renders every section, the page answers meanwhile`, async function () {
      this.timeout(30000);
      const doc = bigValid(MiB - 40_000, count);
      expect(doc.length).to.be.within(0.9 * MiB, MiB);
      const outcome = await render({src: await upload(doc)});
      expectShown(outcome);
      expect(outcome.warnings).to.deep.equal([]);
      expect(text(outcome.el).includes(`Section ${count - 1}`), 'the last section is there').to.equal(true);
      if (count > 100) {
        // Slices: fewer sections at first, busy until the last one is in.
        expect(outcome.firstRender!.sections).to.be.within(1, count - 1);
        expect(outcome.firstRender!.busy).to.equal('true');
      }
      expect(outcome.el.shadowRoot!.querySelector('[part~="notice"]')!.hasAttribute('aria-busy')).to.equal(false);
    });
  }

  it('1 MB valid document in cookie items: renders every row, the page answers meanwhile', async function () {
    this.timeout(30000);
    const item = (i: number) => ({
      name: `_cookie_${i}`,
      type: 'cookie',
      duration: 'P13M',
      description: {
        fi: `<p>Eväste ${i} erottaa kävijät toisistaan ja muistaa valinnat.</p>`,
        en: `<p>Cookie ${i} tells visitors apart.</p>`,
      },
    });
    const one = JSON.stringify(item(1000)).length + 1;
    const count = Math.floor((MiB - 60_000) / one);
    const services = Array.from({length: 4}, (_, s) => ({
      id: `service-${s}`,
      name: {fi: `Palvelu ${s}`},
      category: (['necessary', 'preferences', 'analytics', 'marketing'] as const)[s],
      items: Array.from({length: Math.ceil(count / 4)}, (_, i) => item(s * 100_000 + i)),
    }));
    const doc = JSON.stringify({...(seed as object), cookies: {services}});
    expect(doc.length).to.be.within(0.9 * MiB, MiB);
    const outcome = await render({src: await upload(doc)});
    expectShown(outcome);
    const rows = () => outcome.el.shadowRoot!.querySelectorAll('[part~="cookie-table"] tbody tr').length;
    await waitUntil(() => rows() === 4 * Math.ceil(count / 4), `${rows()} rows shown`, {timeout: 10000});
  });

  it('1 MB valid document, all sections open: renders, the page answers meanwhile', async function () {
    this.timeout(30000);
    const doc = bigValid(MiB - 40_000, 100);
    const outcome = await render({src: await upload(doc), attrs: {open: 'all'}});
    expectShown(outcome);
    // Every section open but the first, which the click closed.
    const hidden = [...outcome.el.shadowRoot!.querySelectorAll('.section-body[hidden]')];
    expect(hidden.map((panel) => panel.closest('[data-section]')!.getAttribute('data-section'))).to.deep.equal(['section-0']);
  });

  it('20 MB as a property (no size limit on that path): the long text cut short, the rest shown', async function () {
    this.timeout(30000);
    const huge = 'x'.repeat(20 * MiB);
    const outcome = await render({notice: {...seed, summary: {fi: huge}}, attrs: {lang: 'fi'}}, 25000);
    expectShown(outcome, 'summary.fi', /is 20971520 characters long; the limit is 200000 \(shown cut short\)/);
    const summary = outcome.el.loadedNotice!.summary as Record<string, string>;
    expect(summary.fi.length).to.equal(200_000);
    expect(summary.fi.endsWith('x…')).to.equal(true);
  });

  it('20 MB inline: refused with the same limit as a fetched document', async function () {
    this.timeout(30000);
    const doc = bigValid(20 * MiB, 100);
    const outcome = await render({inline: doc}, 25000);
    expectClearError(outcome, 'too-large', /limit/);
  });
});

describe('over the size limit: refused without reading it whole', () => {
  it('a body that never ends: too-large, and the server sees the connection closed', async function () {
    this.timeout(20000);
    const id = uniqueId('endless');
    const outcome = await render({src: `/proof/stream?id=${id}&bytes=0&chunk=65536&interval=1`});
    expectClearError(outcome, 'too-large', /limit is 2097152 bytes/);
    let status = await proofStatus(id);
    for (let i = 0; i < 50 && !status.closedEarly; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await proofStatus(id);
    }
    expect(status.closedEarly, 'the server saw the client close the connection').to.equal(true);
    expect(status.bytesSent).to.be.below(16 * MiB);
  });

  it('a declared Content-Length of 20 MB: refused at the headers, connection closed', async function () {
    this.timeout(20000);
    const id = uniqueId('declared');
    const outcome = await render({
      src: `/proof/stream?id=${id}&bytes=${20 * MiB}&declare=${20 * MiB}&chunk=65536&interval=50`,
    });
    expectClearError(outcome, 'too-large', /20971520 bytes/);
    let status = await proofStatus(id);
    for (let i = 0; i < 50 && !status.closedEarly; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await proofStatus(id);
    }
    expect(status.closedEarly).to.equal(true);
    expect(status.bytesSent, 'bytes the server got to send').to.be.below(2 * MiB);
  });

  it('a 20 MB document without a declared length: stopped after the limit', async function () {
    this.timeout(30000);
    const id = uniqueId('big');
    // 256 KiB every 10 ms: the whole 20 MB would take about a second.
    const outcome = await render({src: `/proof/stream?id=${id}&bytes=${20 * MiB}&chunk=262144&interval=10`});
    expectClearError(outcome, 'too-large', /limit is 2097152 bytes/);
    let status = await proofStatus(id);
    for (let i = 0; i < 50 && !status.closedEarly && !status.finished; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await proofStatus(id);
    }
    expect(status.finished, 'the server sent it all').to.equal(false);
    expect(status.closedEarly).to.equal(true);
    expect(status.bytesSent).to.be.below(20 * MiB);
  });
});

describe('prototype pollution', () => {
  const pollution = '"__proto__":{"polluted":"yes","toString":"x"},"constructor":{"prototype":{"polluted2":"yes"}}';

  function expectNoPollution() {
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).to.equal(undefined);
    expect(probe.polluted2).to.equal(undefined);
    expect(String(probe)).to.equal('[object Object]');
  }

  it('__proto__ and constructor keys on the document and its sections: ignored, rendered', async () => {
    const doc = JSON.stringify(seed).replace(/^{/, `{${pollution},`).replaceAll('"kind":', `${pollution},"kind":`);
    const outcome = await render({src: await upload(doc)});
    expectShown(outcome, '__proto__', /not a known key/);
    expectNoPollution();
  });

  it('__proto__ and constructor keys in every object: no prototype changes, the rest shown', async () => {
    const doc = JSON.stringify(seed).replace(/{/g, `{${pollution},`);
    const outcome = await render({src: await upload(doc)});
    // Inside localised text they are not language tags: left out, and reported.
    expectShown(outcome, 'title.__proto__', /not a language tag/);
    expectNoPollution();
  });
});
