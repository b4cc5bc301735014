/**
 * `privacy-notice import`, called in-process (main's dispatch to runImport):
 * exit codes, the files it writes, the human and --json reports.
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {runImport} from '../../src/cli/import.js';
import {validateNotice} from '../../src/document/validate.js';

let dir: string;
const seeds = new URL('../../../shared/seeds/', import.meta.url);

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runImport(args, {
    stdout: {write: (t: string) => (stdout += t)},
    stderr: {write: (t: string) => (stderr += t)},
    env: {NO_COLOR: '1'},
  });
  return {code, stdout, stderr};
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'privacy-notice-import-'));
});
afterAll(() => rm(dir, {recursive: true, force: true}));

describe('privacy-notice import', () => {
  it('writes a valid document with -o and prints the report and the checker', async () => {
    const out = join(dir, 'propentus.json');
    const {code, stdout} = await run([new URL('002_ecf86816e8bf7385.txt', seeds).pathname, '-o', out]);
    expect(code).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8'));
    expect(written.$schema).toMatch(/privacy-notice\.schema\.json$/);
    expect(validateNotice(written).ok).toBe(true);
    expect(stdout).toContain('15 sections, language fi, read as text');
    expect(stdout).toContain('contacts[1].name');
    expect(stdout).toContain('Heidi Eklund-Karvonen');
    expect(stdout).toContain('a login box on the page: "Login to your account"');
    expect(stdout).toContain('You must add');
    expect(stdout).toMatch(/What "privacy-notice check" says: \d+ warnings/);
    expect(stdout).toContain('[requirement-missing]');
  });

  it('without -o writes the document to standard output and the report to standard error', async () => {
    const {code, stdout, stderr} = await run([new URL('000_b637b4023ffd70b5.txt', seeds).pathname]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).controller.name).toBe('Oy Arbonaut Ltd.');
    expect(stderr).toContain('Sections');
  });

  it('--json prints one object for tools', async () => {
    const {code, stdout} = await run([new URL('004_6d065ad1fc66e94d.txt', seeds).pathname, '--json', '--lang', 'fi']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.ok).toBe(true);
    expect(result.document.id).toBe('pro-pk-pilvipalvelut');
    expect(result.report.sections).toHaveLength(9);
    expect(result.check.valid).toBe(true);
  });

  it('exit 1 when the input holds no notice or cannot be read', async () => {
    const empty = join(dir, 'shop.html');
    await writeFile(empty, '<html><body><p>Buy our boats!</p></body></html>');
    expect((await run([empty])).code).toBe(1);
    expect((await run([join(dir, 'missing.txt')])).stderr).toContain('does not exist');
    const bomb = join(dir, 'bomb.docx');
    await writeFile(bomb, Buffer.from('PK\x03\x04 not a zip at all'));
    const refused = await run([bomb]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/zip/);
  });

  it('exit 2 for usage errors', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a.txt', 'b.txt'])).code).toBe(2);
    expect((await run(['a.txt', '--lang', 'not a tag'])).code).toBe(2);
    const typo = await run(['a.txt', '--ouptut', 'x.json']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "--output"');
    expect((await run(['--help'])).stdout).toContain('Usage: privacy-notice import');
  });
});
