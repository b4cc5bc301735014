#!/usr/bin/env node
/**
 * Sizes of everything a script-tag page downloads: dist/privacy-notice.js and
 * any chunk beside it (every .js and .css file in dist/, source maps aside —
 * an upper bound, since a lazy chunk is only fetched when it is needed).
 * Raw bytes, gzip -9 and brotli at quality 11, as a CDN would serve them.
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
  const total = {raw: 0, gzip: 0, brotli: 0};
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return {files, total};
}

const kB = (n) => (n / 1024).toFixed(2).padStart(8) + ' kB';

/** The sizes as a small text table. */
export function formatSizes({files, total}) {
  const width = Math.max(5, ...files.map((f) => f.file.length));
  const row = (name, s) =>
    `${name.padEnd(width)}  ${kB(s.raw)}  ${kB(s.gzip)}  ${kB(s.brotli)}`;
  return [
    `${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip -9'.padStart(11)}  ${'brotli 11'.padStart(11)}`,
    ...files.map((f) => row(f.file, f)),
    ...(files.length > 1 ? [row('total', total)] : []),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = measureScriptTagDownload();
  console.log(process.argv.includes('--json') ? JSON.stringify(sizes, null, 2) : formatSizes(sizes));
}
