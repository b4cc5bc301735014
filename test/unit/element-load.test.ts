/**
 * The element's pure parts: which content types load, how a document becomes
 * an error, durations in words, which sections show; and `fetchNotice`
 * against a real local HTTP server (Node's fetch).
 */
import {createServer, type Server} from 'node:http';
import {readFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {acceptNotice, fetchNotice, isAcceptedContentType, MAX_NOTICE_BYTES, NoticeLoadFailure} from '../../src/document/load.js';
import type {NoticeDocument} from '../../src/document/schema.js';
import {shownSections} from '../../src/views/sections.js';

const fixtureText = readFileSync(new URL('../browser/element-fixture.json', import.meta.url), 'utf8');
const fixture = () => JSON.parse(fixtureText) as NoticeDocument;

const failure = async (promise: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof NoticeLoadFailure) return error.error;
    throw error;
  }
  throw new Error('did not fail');
};

describe('isAcceptedContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['application/ld+json', true],
    ['application/vnd.privacy-notice+json', true],
    ['text/plain; charset=utf-8', true],
    [null, true],
    ['text/html; charset=utf-8', false],
    ['application/xml', false],
    ['application/javascript', false],
    ['image/svg+xml', false],
  ])('%s → %s', (type, accepted) => {
    expect(isAcceptedContentType(type)).toBe(accepted);
  });
});

describe('acceptNotice', () => {
  it('accepts the test document as text or object', () => {
    expect(acceptNotice(fixtureText).notice.id).toBe('test-register');
    expect(acceptNotice(fixture()).warnings).toEqual([]);
  });

  it('tells broken JSON from a wrong shape', async () => {
    expect((await failure(() => acceptNotice('{"a":'))).kind).toBe('json');
    const wrong = await failure(() => acceptNotice({schemaVersion: 1}, 'https://example.fi/n.json'));
    expect(wrong.kind).toBe('invalid');
    expect(wrong.url).toBe('https://example.fi/n.json');
    expect(wrong.details!.some((line) => line.startsWith('id: '))).toBe(true);
    expect(wrong.message).toContain('https://example.fi/n.json');
  });
});

describe('acceptNotice: an error only when there is nothing to show', () => {
  it('shows a repairable document and reports each repair with its path', () => {
    const broken = {
      ...fixture(),
      languages: ['fi', 'en_US', 'sv', 'en'],
      updated: '2025-02-30',
      colour: 'blue',
      title: 42,
    };
    const loaded = acceptNotice(broken);
    expect(loaded.notice.languages).toEqual(['fi', 'sv', 'en']);
    expect(loaded.notice.updated).toBeUndefined();
    expect(loaded.warnings.map(({path}) => path)).toEqual(expect.arrayContaining(['languages[1]', 'updated', 'title', 'colour']));
    for (const warning of loaded.warnings) expect(Object.keys(warning).sort()).toEqual(['message', 'path']);
  });

  it('refuses only: not JSON, not an object, a JSON string, no section with text, too large', async () => {
    const cases: Array<[unknown, string, RegExp]> = [
      ['{"a":', 'json', /not valid JSON/],
      ['[1, 2]', 'invalid', /expected an object, found a list/],
      ['42', 'invalid', /expected an object, found 42/],
      [JSON.stringify(fixtureText), 'invalid', /expected an object, found "/],
      [{...fixture(), sections: [{id: 'a', kind: 'other', body: '<p> </p>', title: '\u200b'}]}, 'invalid', /no section has any text/],
      [' '.repeat(MAX_NOTICE_BYTES + 1), 'too-large', /limit is 2097152/],
    ];
    for (const [input, kind, message] of cases) {
      const error = await failure(() => acceptNotice(input));
      expect(error.kind, String(input).slice(0, 40)).toBe(kind);
      expect(error.message).toMatch(message);
    }
  });
});

describe('shownSections', () => {
  it('puts the rights list into the first rights section, or one of its own', () => {
    const notice = fixture();
    expect(
      shownSections(notice)
        .filter((s) => s.withRights)
        .map((s) => s.section.id)
    ).toEqual(['rights']);
    notice.sections = notice.sections.map((s) => (s.kind === 'rights' ? {...s, kind: 'other'} : s));
    const shown = shownSections(notice);
    // "rights" is taken by the section that is now "other".
    expect(shown.at(-1)).toMatchObject({withRights: true, section: {id: 'rights-2', kind: 'rights'}});
    delete notice.rights;
    expect(shownSections(notice).some((s) => s.withRights)).toBe(false);
  });
});

describe('fetchNotice over real HTTP', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '';
      if (path === '/ok') {
        response.writeHead(200, {'Content-Type': 'application/json'});
        response.end(fixtureText);
      } else if (path === '/endless') {
        response.writeHead(200, {'Content-Type': 'application/json'});
        const chunk = Buffer.alloc(16 * 1024, 0x20);
        const pump = () => {
          while (response.write(chunk));
          response.once('drain', pump);
        };
        pump();
      } else if (path === '/declared') {
        response.writeHead(200, {'Content-Type': 'application/json', 'Content-Length': '5000000'});
        response.write(' ');
      } else if (path === '/slow') {
        // Never answers.
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('loads and validates', async () => {
    const loaded = await fetchNotice(`${base}/ok`);
    expect(loaded.notice.id).toBe('test-register');
    expect(loaded.url).toBe(`${base}/ok`);
  });

  it('stops reading an endless body at the limit', async () => {
    const error = await failure(fetchNotice(`${base}/endless`, {maxBytes: 100_000}));
    expect(error.kind).toBe('too-large');
  });

  it('refuses a declared oversize body before reading it', async () => {
    const error = await failure(fetchNotice(`${base}/declared`, {maxBytes: 100_000}));
    expect(error).toMatchObject({kind: 'too-large'});
    expect(error.message).toContain('5000000 bytes');
  });

  it('times out, and rejects with AbortError when the caller aborts', async () => {
    expect((await failure(fetchNotice(`${base}/slow`, {timeout: 50}))).kind).toBe('timeout');
    const controller = new AbortController();
    const pending = fetchNotice(`${base}/slow`, {signal: controller.signal, timeout: 0});
    controller.abort();
    await expect(pending).rejects.toMatchObject({name: 'AbortError'});
  });

  it('reports HTTP errors with their status', async () => {
    expect(await failure(fetchNotice(`${base}/nothing`))).toMatchObject({kind: 'http', status: 404});
  });
});
