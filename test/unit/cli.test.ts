/**
 * The real command: bin/privacy-notice.js, run by Node on files in a temp
 * dir and on URLs served by a local HTTP server. It runs the compiled lib/,
 * so `npm run build:lib` first (npm test does).
 */
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const bin = fileURLToPath(new URL('../../bin/privacy-notice.js', import.meta.url));
const compiled = fileURLToPath(new URL('../../lib/cli/main.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      {cwd: dir, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: ''}, timeout: 30_000},
      (error, stdout, stderr) => resolve({code: error ? ((error as {code?: number}).code ?? -1) : 0, stdout, stderr})
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

const notice = (changes: Record<string, unknown> = {}) =>
  JSON.stringify({
    schemaVersion: 1,
    id: 'acme',
    languages: ['fi'],
    title: 'Tietosuojaseloste',
    updated: '2024-05-31',
    controller: {name: 'Acme Oy', email: 'tietosuoja@acme.fi'},
    sections: [{id: 'purposes', kind: 'purposes', body: 'Asiakkuus.'}],
    ...changes,
  });

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  if (!existsSync(compiled)) throw new Error('lib/cli/main.js is missing: run `npm run build:lib` before this test');
  dir = await mkdtemp(join(tmpdir(), 'privacy-notice-cli-'));
  await writeFile(join(dir, 'good.json'), notice());
  await writeFile(join(dir, 'bom.json'), '\uFEFF' + notice());
  await writeFile(join(dir, 'bad.json'), notice({updated: '31.5.2024', sections: [{id: 'purposes', kind: 'purpose', body: 'x'}]}));
  await writeFile(join(dir, 'broken.json'), '{\n  "schemaVersion": 1,\n  "id": \n}');
  server = createServer((request, response) => {
    const url = request.url ?? '';
    if (url === '/notice.json') {
      response.setHeader('content-type', 'application/json');
      response.end(notice());
    } else if (url === '/login') {
      response.setHeader('content-type', 'text/html');
      response.end('<!doctype html><title>Log in</title>');
    } else if (url === '/huge.json') {
      // Streams 3 MiB with no declared length: the limit must hold while reading.
      response.setHeader('content-type', 'application/json');
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const push = () => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', push);
        }
        response.end();
      };
      push();
    } else if (url === '/slow.json') {
      // Never answers: the command must give up on its own.
      request.on('close', () => response.destroy());
    } else {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) await rm(dir, {recursive: true, force: true});
});

describe('privacy-notice check', () => {
  it('exits 0 for a valid document and prints its warnings with articles', async () => {
    const result = await run(['check', 'good.json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ good\.json is valid, \d+ warnings$/m);
    expect(result.stdout).toContain('[retention-missing]');
    expect(result.stdout).toContain('Art. 13(2)(a), 14(2)(a) — People must be told how long');
    expect(result.stdout).toMatch(/1 file checked: 1 valid, 0 not valid, \d+ warnings\.\n$/);
  });

  it('accepts a byte-order mark', async () => {
    expect((await run(['check', 'bom.json'])).code).toBe(0);
  });

  it('exits 1 for an invalid document and names the path of each error', async () => {
    const result = await run(['check', 'good.json', 'bad.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ bad.json is not valid: 2 errors, 0 warnings');
    expect(result.stdout).toContain('error    updated: "31.5.2024" is not an ISO date like "2024-05-31"');
    expect(result.stdout).toContain('error    sections[0].kind: "purpose" is not a known kind — did you mean "purposes"?');
    expect(result.stdout).toContain('2 files checked: 1 valid, 1 not valid');
  });

  it('exits 1 for broken JSON, with line and column', async () => {
    const result = await run(['check', 'broken.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error {4}document: is not valid JSON: .*\(line 4, column 1\)/);
  });

  it('exits 1 for a file that does not exist, and still checks the others', async () => {
    const result = await run(['check', 'missing.json', 'good.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ missing.json could not be checked: it does not exist');
    expect(result.stdout).toContain('✔ good.json is valid');
  });

  it('prints one JSON object for tools with --json', async () => {
    const result = await run(['check', '--json', 'good.json', 'bad.json', 'missing.json']);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.valid).toBe(false);
    expect(output.summary).toEqual({
      files: 3,
      valid: 1,
      invalid: 2,
      warnings: output.files[0].warnings.length,
    });
    expect(output.files.map((file: {source: string; valid: boolean}) => [file.source, file.valid])).toEqual([
      ['good.json', true],
      ['bad.json', false],
      ['missing.json', false],
    ]);
    expect(output.files[0].warnings[0]).toEqual({
      code: expect.stringMatching(/^[a-z-]+$/),
      path: expect.any(String),
      message: expect.any(String),
      article: expect.stringMatching(/^Art\./),
      why: expect.any(String),
    });
    expect(output.files[1].errors).toContainEqual({path: 'updated', message: '"31.5.2024" is not an ISO date like "2024-05-31"'});
    expect(output.files[2]).toMatchObject({unreadable: true, errors: [{path: '', message: 'does not exist'}]});
  });

  it('reads standard input for -', async () => {
    const result = await run(['check', '-', '--json'], notice());
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files[0].source).toBe('-');
  });

  it('fetches a URL', async () => {
    const result = await run(['check', `${base}/notice.json`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`✔ ${base}/notice.json is valid`);
  });

  it('exits 1 for a URL that fails: HTTP error, HTML, too large, too slow', async () => {
    const result = await run([
      'check',
      '--json',
      `${base}/missing.json`,
      `${base}/login`,
      `${base}/huge.json`,
      'http://127.0.0.1:9/refused.json',
    ]);
    expect(result.code).toBe(1);
    const messages = JSON.parse(result.stdout).files.map((file: {errors: {message: string}[]}) => file.errors[0].message);
    expect(messages[0]).toBe('answered HTTP 404 Not Found');
    expect(messages[1]).toBe('was served as "text/html", not as JSON (a login or error page?)');
    expect(messages[2]).toBe('is over 2097152 bytes; the limit is 2097152 bytes (2 MiB), as in the widget');
    expect(messages[3]).toMatch(/^could not be fetched: /);
  });

  it('gives up on a URL that does not answer', async () => {
    const result = await run(['check', '--timeout', '0.5', `${base}/slow.json`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('could not be checked: it did not answer within 0.5 s');
  });
});

describe('privacy-notice usage', () => {
  it('--help and --version exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: privacy-notice <check\|import\|render>/);
    expect(help.stdout).toMatch(/check <file\|URL\|->\.\.\./);
    const version = await run(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [[], /^Usage:/],
    [['chek', 'good.json'], /unknown command "chek" — did you mean "check"\?/],
    [['check'], /check needs at least one file or URL/],
    [['check', '--jsn', 'good.json'], /unknown option "--jsn" — did you mean "--json"\?/],
    [['check', '--timeout', 'soon', 'good.json'], /--timeout needs a number of seconds/],
  ])('exits 2 for a usage error: %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('checks a file named like an option after --', async () => {
    await writeFile(join(dir, '--json'), notice());
    const result = await run(['check', '--', '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✔ --json is valid');
  });
});
