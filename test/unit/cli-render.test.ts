/**
 * `privacy-notice render`, the real command: bin/privacy-notice.js on files
 * in a temp dir, standard input and a local HTTP server. It runs the compiled
 * lib/, so `npm run build:lib` first (npm test does).
 */
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const bin = fileURLToPath(new URL('../../bin/privacy-notice.js', import.meta.url));
const compiled = fileURLToPath(new URL('../../lib/cli/render.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, 'render', ...args],
      {cwd: dir, env: {...process.env, NO_COLOR: '1'}, timeout: 30_000},
      (error, stdout, stderr) => resolve({code: error ? ((error as {code?: number}).code ?? -1) : 0, stdout, stderr})
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

const notice = (changes: Record<string, unknown> = {}) =>
  JSON.stringify({
    schemaVersion: 1,
    id: 'acme',
    languages: ['fi', 'sv'],
    title: {fi: 'Tietosuojaseloste <script>alert(1)</script>', sv: 'Dataskyddsbeskrivning'},
    updated: '2024-05-31',
    controller: {name: 'Acme Oy', email: 'tietosuoja@acme.fi'},
    sections: [{id: 'purposes', kind: 'purposes', body: {fi: '<p>Asiakkuus.</p>', sv: '<p>Kundrelation.</p>'}}],
    ...changes,
  });

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  if (!existsSync(compiled)) throw new Error('lib/cli/render.js is missing: run `npm run build:lib` before this test');
  dir = await mkdtemp(join(tmpdir(), 'privacy-notice-render-'));
  await writeFile(join(dir, 'good.json'), notice());
  await writeFile(join(dir, 'repaired.json'), notice({updated: '31.5.2024', sections: [{id: 'a', kind: 'purpose', body: 'Teksti.'}]}));
  await writeFile(join(dir, 'empty.json'), notice({sections: [{id: 'a', kind: 'other', body: '<p> </p>'}]}));
  await writeFile(join(dir, 'broken.json'), '{"schemaVersion": 1,');
  server = createServer((request, response) => {
    if (request.url === '/notice.json') {
      response.writeHead(200, {'content-type': 'application/json'}).end(notice());
    } else response.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (dir) await rm(dir, {recursive: true, force: true});
});

describe('privacy-notice render', {timeout: 60_000}, () => {
  it('writes the notice as HTML to standard output, in the first language', async () => {
    const {code, stdout, stderr} = await run(['good.json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^<article class="privacy-notice" lang="fi" dir="ltr">\n<header>\n<h2>Tietosuojaseloste &lt;script&gt;alert\(1\)&lt;\/script&gt;<\/h2>/
    );
    expect(stdout).toContain('<section id="purposes">\n<h3><span>Miksi käsittelemme henkilötietoja</span></h3>');
    expect(stdout).toContain('<a href="mailto:tietosuoja@acme.fi">Kirjoita osoitteeseen tietosuoja@acme.fi</a>');
    expect(stdout).not.toContain('<script');
  });

  it('--lang picks the language; -o writes a file', async () => {
    const {code, stdout} = await run(['good.json', '--lang', 'sv', '-o', 'out.html']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const html = await readFile(join(dir, 'out.html'), 'utf8');
    expect(html).toContain('<article class="privacy-notice" lang="sv"');
    expect(html).toContain('<h2>Dataskyddsbeskrivning</h2>');
    expect(html).toContain('Kundrelation.');
    const equals = await run(['--lang=sv', '--output=out2.html', 'good.json']);
    expect(equals.code).toBe(0);
    expect(await readFile(join(dir, 'out2.html'), 'utf8')).toBe(html);
  });

  it('warns when the document lacks the language asked for', async () => {
    const {code, stdout, stderr} = await run(['good.json', '--lang', 'de']);
    expect(code).toBe(0);
    expect(stdout).toContain('lang="fi"');
    expect(stderr).toBe('warning  the document has no "de" text; rendered in "fi"\n');
  });

  it('--inline-json adds the document for the element', async () => {
    const {code, stdout} = await run(['good.json', '--inline-json']);
    expect(code).toBe(0);
    const [, json] = /^<script type="application\/json">(.*)<\/script>\n<article/.exec(stdout)!;
    expect(JSON.parse(json).title.fi).toBe('Tietosuojaseloste <script>alert(1)</script>');
    expect(json).not.toContain('<');
  });

  it('renders what is valid and prints the rest as warnings', async () => {
    const {code, stdout, stderr} = await run(['repaired.json']);
    expect(code).toBe(0);
    expect(stdout).toContain('Teksti.');
    expect(stderr).toContain('warning  updated: "31.5.2024" is not an ISO date like "2024-05-31"');
    expect(stderr).toMatch(/warning {2}sections\[0\]\.kind: "purpose" is not a known kind — did you mean "purposes"\?/);
  });

  it('exits 1 when there is nothing to show, or nothing to read', async () => {
    for (const [file, reason] of [
      ['empty.json', 'error  sections: no section has any text to show'],
      ['broken.json', 'error  '],
      ['missing.json', 'missing.json does not exist'],
    ]) {
      const {code, stdout, stderr} = await run([file]);
      expect(code, file).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(reason);
    }
    const notFound = await run([`${base}/nope.json`]);
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toContain('answered HTTP 404');
  });

  it('reads standard input and URLs', async () => {
    const stdin = await run(['-'], notice());
    expect(stdin.code).toBe(0);
    expect(stdin.stdout).toContain('Asiakkuus.');
    const url = await run([`${base}/notice.json`, '--lang', 'sv']);
    expect(url.code).toBe(0);
    expect(url.stdout).toContain('Kundrelation.');
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      [],
      ['a.json', 'b.json'],
      ['good.json', '--langs', 'fi'],
      ['good.json', '--lang'],
      ['good.json', '--lang', 'not a tag'],
      ['good.json', '-o'],
      ['good.json', '--heading-level', '7'],
    ]) {
      const {code, stdout, stderr} = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('privacy-notice render: ');
    }
    expect((await run(['good.json', '--langs', 'fi'])).stderr).toContain('did you mean "--lang"?');
  });

  it('--help exits 0; the main help lists the command', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: privacy-notice render <file|URL|->');
    const main = await new Promise<string>((resolve) => execFile(process.execPath, [bin, '--help'], (_, stdout) => resolve(stdout)));
    expect(main).toContain('render <file|URL|->');
  });
});
