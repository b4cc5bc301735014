/**
 * Broken and hostile documents: malformed, truncated, BOM-prefixed,
 * wrong-type, 10,000-deep, 10,000-section, 1 MB and 20 MB, given inline, as
 * a property and fetched from a real endpoint (test/server/proof.js). Each
 * must end in a clear error or a safe render, with no uncaught exception;
 * up to 1 MB, no main-thread task may take over 200 ms (longtask entries);
 * over the size limit the element must stop reading, which the server sees
 * as the connection closed before the end.
 */
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NoticeLoadError} from '../../src/events.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {proofStatus, settled, uniqueId, watchUncaught} from './hostile-helpers.js';

type Json = Record<string, unknown>;

/** Over this, a task is "long" by our own bar (the issue's, not the browser's 50 ms). */
const LONG_TASK_MS = 200;
const MiB = 1024 * 1024;

let seed: Json;
before(async () => {
  seed = await (await fetch('/demo/notices/arjasmaa.json')).json();
});

interface Outcome {
  el: PrivacyNoticeElement;
  error?: NoticeLoadError;
  longTasks: number[];
  uncaught: string[];
}

/** Uploads a document to the proof server; its URL for `src`. */
async function upload(text: string): Promise<string> {
  const id = uniqueId('doc');
  const response = await fetch(`/proof/store?id=${id}`, {method: 'POST', body: text});
  return (await response.json()).url;
}

/**
 * Renders one document and watches it: the error event, long tasks and
 * uncaught errors from creating the element until it has settled and painted.
 */
async function render(
  setup: {notice?: unknown; inline?: string; src?: string; attrs?: Record<string, string>},
  timeout = 15000
): Promise<Outcome> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
  });
  observer.observe({type: 'longtask'});
  const uncaught = watchUncaught();
  let error: NoticeLoadError | undefined;
  const el = document.createElement('privacy-notice');
  el.addEventListener('privacy-notice-error', (event) => (error = event.error));
  if (setup.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = setup.inline;
    el.append(script);
  }
  for (const [name, value] of Object.entries(setup.attrs ?? {})) el.setAttribute(name, value);
  if (setup.notice !== undefined) el.notice = setup.notice;
  if (setup.src) el.src = setup.src;
  document.body.append(el);
  try {
    await settled(el, timeout);
    // A long notice renders in slices after the load event: wait for the last
    // one, so every slice's tasks are observed too.
    const sections = el.loadedNotice?.sections.length ?? 0;
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[part~="section"]').length >= sections,
      'the sections never all rendered',
      {timeout}
    );
    // Let the painting task finish and its longtask entry arrive.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
  } finally {
    observer.disconnect();
    uncaught.stop();
  }
  return {el, error, longTasks, uncaught: uncaught.seen};
}

const text = (el: PrivacyNoticeElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** A clear error: the event's kind, a message that says what, the error part shown. */
function expectClearError(outcome: Outcome, kind: NoticeLoadError['kind'], mentions: RegExp) {
  expect(outcome.el.status).to.equal('error');
  expect(outcome.error?.kind).to.equal(kind);
  expect(outcome.error?.message).to.match(mentions);
  expect(outcome.el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
}

function expectCalm(outcome: Outcome, bytes: number) {
  expect(outcome.uncaught, 'uncaught errors').to.deep.equal([]);
  if (bytes <= MiB) {
    const worst = Math.max(0, ...outcome.longTasks);
    // The figure, for the record (the bar is a property, not a timing of ours).
    if (bytes > 500_000 || worst > LONG_TASK_MS) console.log(`${bytes} bytes: longest main-thread task ${worst} ms`);
    expect(worst, `longest main-thread task (ms) for a ${bytes}-byte document`).to.be.at.most(LONG_TASK_MS);
  }
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
      const doc = make();
      const outcome = await render({inline: doc});
      expectClearError(outcome, 'json', /not valid JSON/);
      expectCalm(outcome, doc.length);
    });
    it(`src: ${name} → a JSON error`, async () => {
      const doc = make();
      const outcome = await render({src: await upload(doc)});
      expectClearError(outcome, 'json', /not valid JSON/);
      expectCalm(outcome, doc.length);
    });
  }
});

describe('byte-order marks', () => {
  it('inline: a BOM before the JSON is tolerated', async () => {
    const outcome = await render({inline: '\uFEFF' + JSON.stringify(seed)});
    expect(outcome.el.status).to.equal('ready');
    expectCalm(outcome, 30_000);
  });

  it('src: a UTF-8 BOM before the JSON is tolerated', async () => {
    const url = await upload(JSON.stringify(seed));
    const outcome = await render({src: `${url}&bom=1`});
    expect(outcome.el.status).to.equal('ready');
    expectCalm(outcome, 30_000);
  });
});

describe('wrong types', () => {
  it('property: a string is read as JSON text → a JSON error', async () => {
    const outcome = await render({notice: 'notice'});
    expectClearError(outcome, 'json', /not valid JSON/);
  });

  const cases: Array<[string, () => unknown, RegExp]> = [
    ['a list', () => [seed], /expected an object, found a list/],
    ['a number', () => 42, /expected an object/],
    ['a function', () => () => seed, /expected an object/],
    ['a Date', () => new Date(), /./],
    ['schemaVersion as text', () => ({...seed, schemaVersion: '1'}), /schemaVersion/],
    ['sections as text', () => ({...seed, sections: 'all of them'}), /sections: expected a list/],
    ['title as a number', () => ({...seed, title: 42}), /title/],
    ['languages as an object', () => ({...seed, languages: {fi: true}}), /languages/],
    ['controller as a list', () => ({...seed, controller: []}), /controller/],
    ['a section that is a string', () => ({...seed, sections: ['<p>hi</p>']}), /sections\[0\]/],
    ['every value true', () => Object.fromEntries(Object.keys(seed).map((k) => [k, true])), /expected/],
  ];
  for (const [name, make, mentions] of cases) {
    it(`property: ${name} → an invalid-document error naming the field`, async () => {
      const outcome = await render({notice: make()});
      expectClearError(outcome, 'invalid', mentions);
      expectCalm(outcome, 30_000);
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
    expect(outcome.el.status).to.equal('ready');
    expectCalm(outcome, doc.length);
  });

  it('10,000-deep object in place of the title: a clear error', async () => {
    const doc = JSON.stringify({...seed, title: null}).replace('"title":null', `"title":${deepObject(10_000)}`);
    const outcome = await render({src: await upload(doc)});
    expectClearError(outcome, 'invalid', /title/);
    expectCalm(outcome, doc.length);
  });

  it('10,000-deep array as the whole document: a clear error', async () => {
    const doc = deep(10_000);
    const outcome = await render({inline: doc});
    expectClearError(outcome, 'invalid', /expected an object, found a list/);
    expectCalm(outcome, doc.length);
  });

  it('100,000-deep nesting (past any recursion limit): an error, not a crash', async () => {
    const doc = deep(100_000);
    const outcome = await render({inline: doc});
    expect(outcome.el.status).to.equal('error');
    expect(outcome.uncaught).to.deep.equal([]);
  });

  it('10,000 sections: refused with the limit named', async () => {
    const sections = Array.from({length: 10_000}, (_, i) => ({id: `s${i}`, kind: 'other', body: 'x'}));
    const doc = JSON.stringify({...seed, sections});
    const outcome = await render({src: await upload(doc)});
    expectClearError(outcome, 'invalid', /10000 entries; the limit is 5000/);
    expectCalm(outcome, doc.length);
  });

  it('4,000 sections all with the same id: refused, and the error list stays short', async () => {
    const sections = Array.from({length: 4_000}, () => ({id: 'same', kind: 'other', body: 'x'}));
    const outcome = await render({notice: {...seed, sections}});
    expectClearError(outcome, 'invalid', /sections\[1\]\.id/);
    expect(outcome.error!.details!.length).to.be.at.most(200);
    expectCalm(outcome, 200_000);
  });

  it('100,000 unknown keys: renders, warnings capped', async function () {
    this.timeout(20000);
    const doc: Json = {...seed};
    for (let i = 0; i < 100_000; i++) doc[`k${i}`] = i;
    const outcome = await render({notice: doc});
    expect(outcome.el.status).to.equal('ready');
    expect(outcome.uncaught).to.deep.equal([]);
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
    it(`1 MB valid document in ${count} sections: renders, no task over ${LONG_TASK_MS} ms`, async function () {
      this.timeout(30000);
      const doc = bigValid(MiB - 40_000, count);
      expect(doc.length).to.be.within(0.9 * MiB, MiB);
      const outcome = await render({src: await upload(doc), attrs: {lang: 'fi'}});
      expect(outcome.el.status).to.equal('ready');
      expect(text(outcome.el).includes(`Osio ${count - 1}`), 'the last section is there').to.equal(true);
      expectCalm(outcome, doc.length);
    });
  }

  it('1 MB valid document in cookie items: renders, no task over 200 ms', async function () {
    this.timeout(30000);
    const item = (i: number) => ({
      name: `_cookie_${i}`,
      type: 'cookie',
      duration: 'P13M',
      description: {fi: `<p>Eväste ${i} erottaa kävijät toisistaan ja muistaa valinnat.</p>`, en: `<p>Cookie ${i} tells visitors apart.</p>`},
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
    const outcome = await render({src: await upload(doc), attrs: {lang: 'fi'}});
    expect(outcome.el.status).to.equal('ready');
    const rows = () => outcome.el.shadowRoot!.querySelectorAll('[part~="cookie-table"] tbody tr').length;
    await waitUntil(() => rows() === 4 * Math.ceil(count / 4), `${rows()} rows shown`, {timeout: 10000});
    expectCalm(outcome, doc.length);
  });

  it('1 MB valid document, all sections open: no task over 200 ms', async function () {
    this.timeout(30000);
    const doc = bigValid(MiB - 40_000, 100);
    const outcome = await render({src: await upload(doc), attrs: {open: 'all'}});
    expect(outcome.el.status).to.equal('ready');
    expectCalm(outcome, doc.length);
  });

  it('20 MB as a property (no size limit on that path): a clear error, no crash', async function () {
    this.timeout(30000);
    const huge = 'x'.repeat(20 * MiB);
    const outcome = await render({notice: {...seed, summary: {fi: huge}}});
    expectClearError(outcome, 'invalid', /summary\.fi: is 20971520 characters long; the limit is 200000/);
    expect(outcome.uncaught).to.deep.equal([]);
  });

  it('20 MB inline: refused with the same limit as a fetched document', async function () {
    this.timeout(30000);
    const doc = bigValid(20 * MiB, 100);
    const outcome = await render({inline: doc, attrs: {lang: 'fi'}}, 25000);
    console.log(`20 MB inline document: ${outcome.el.status}${outcome.error ? ` (${outcome.error.kind})` : ''}, longest task ${Math.max(0, ...outcome.longTasks)} ms`);
    expectClearError(outcome, 'too-large', /limit/);
    expect(outcome.uncaught).to.deep.equal([]);
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
    expectCalm(outcome, 0);
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
    const doc = JSON.stringify(seed)
      .replace(/^{/, `{${pollution},`)
      .replaceAll('"kind":', `${pollution},"kind":`);
    const outcome = await render({src: await upload(doc)});
    expect(outcome.el.status).to.equal('ready');
    expectNoPollution();
    expect(outcome.uncaught).to.deep.equal([]);
  });

  it('__proto__ and constructor keys in every object: no prototype changes', async () => {
    const doc = JSON.stringify(seed).replace(/{/g, `{${pollution},`);
    const outcome = await render({src: await upload(doc)});
    // Inside localised text they are not language tags: a clear error is right.
    if (outcome.el.status === 'error') expect(outcome.error?.kind).to.equal('invalid');
    expectNoPollution();
    expect(outcome.uncaught).to.deep.equal([]);
  });
});
