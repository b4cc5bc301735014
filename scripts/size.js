#!/usr/bin/env node
/**
 * Sizes of everything a script-tag page downloads: dist/privacy-notice.js and
 * any chunk beside it (every .js and .css file in dist/, source maps aside).
 * Raw bytes, gzip -9 and brotli at quality 11, as a CDN would serve them.
 *
 * `total` is every file. `page` is what one page can download at most: the
 * entry, every chunk that is not a translation, and the largest translation
 * chunk (`privacy-notice-<locale>-<hash>.js`, fetched on first use; a page
 * shows one interface language, English needs none).
 *
 *   node scripts/size.js          prints a table (run `vite build` first)
 *   node scripts/size.js --json   prints JSON
 */
import {readdirSync, readFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const ENTRY = 'privacy-notice.js';

/** Compressed sizes of one file's bytes. */
export function measureBytes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/**
 * The files a script-tag page may download, each measured, and their total.
 * Throws when dist/ has not been built.
 */
export function measureScriptTagDownload(dist = DIST) {
  if (!existsSync(join(dist, ENTRY))) {
    throw new Error(`${join(dist, ENTRY)} is missing: run \`npx vite build\` first`);
  }
  const files = readdirSync(dist, {recursive: true})
    .map(String)
    .filter((name) => /\.(m?js|css)$/.test(name))
    .sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)))
    .map((file) => ({file, ...measureBytes(readFileSync(join(dist, file)))}));
  const sum = (list) => {
    const out = {raw: 0, gzip: 0, brotli: 0};
    for (const f of list) for (const k of Object.keys(out)) out[k] += f[k];
    return out;
  };
  const translations = files.filter((f) => isTranslationChunk(f.file));
  const largestTranslation = translations.sort((a, b) => b.brotli - a.brotli)[0];
  const page = sum([
    ...files.filter((f) => !isTranslationChunk(f.file)),
    ...(largestTranslation ? [largestTranslation] : []),
  ]);
  return {files, total: sum(files), page};
}

/** The interface languages with a translation chunk, from lit-localize's output. */
function targetLocales() {
  const source = readFileSync(fileURLToPath(new URL('../src/generated/locale-codes.ts', import.meta.url)), 'utf8');
  const list = source.match(/targetLocales = \[([^\]]*)\]/)?.[1] ?? '';
  return [...list.matchAll(/[`'"]([\w-]+)[`'"]/g)].map((m) => m[1]);
}

const LOCALES = targetLocales();
const isTranslationChunk = (file) =>
  LOCALES.some((locale) => file.startsWith(`privacy-notice-${locale}-`));

const kB = (n) => (n / 1024).toFixed(2).padStart(8) + ' kB';

/** The sizes as a small text table. */
export function formatSizes({files, total, page}) {
  const width = Math.max(5, ...files.map((f) => f.file.length));
  const row = (name, s) =>
    `${name.padEnd(width)}  ${kB(s.raw)}  ${kB(s.gzip)}  ${kB(s.brotli)}`;
  return [
    `${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip -9'.padStart(11)}  ${'brotli 11'.padStart(11)}`,
    ...files.map((f) => row(f.file, f)),
    ...(files.length > 1 ? [row('all files', total), row('one page, at most', page)] : []),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = measureScriptTagDownload();
  console.log(process.argv.includes('--json') ? JSON.stringify(sizes, null, 2) : formatSizes(sizes));
}
