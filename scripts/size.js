#!/usr/bin/env node
/**
 * Sizes of everything a script-tag page downloads: the entries in dist/
 * (privacy-notice.js, and privacy-notice.fi.js / .sv.js with that language
 * built in) and the chunks beside them (every .js and .css file in dist/,
 * source maps aside). Raw bytes, gzip -9 and brotli at quality 11, as a CDN
 * would serve them.
 *
 * `measureBudgets` splits one page's download by when it is needed: before
 * the notice's first paint, then the form and cookie panel chunks, then
 * DOMPurify where the browser has no Sanitizer API.
 *
 * `total` is every file. `pages` is what one page in one interface language
 * downloads at most, per entry: the entry, plus — for privacy-notice.js — the
 * largest translation chunk it may fetch (a page in English needs none; a
 * page in Finnish or Swedish that uses the generic entry fetches one). A
 * language entry needs nothing more for its own language. `page` is the
 * largest of them.
 *
 *   node scripts/size.js          prints a table (run `npm run build:bundle` first)
 *   node scripts/size.js --json   prints JSON
 */
import {readdirSync, readFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {BUNDLES} from './build-bundles.js';

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
 * The files a script-tag page may download, each measured, their total, and
 * what one page downloads at most. Throws when dist/ has not been built.
 */
export function measureScriptTagDownload(dist = DIST) {
  if (!existsSync(join(dist, ENTRY))) {
    throw new Error(`${join(dist, ENTRY)} is missing: run \`npm run build:bundle\` first`);
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
  const byName = new Map(files.map((f) => [f.file, f]));
  const pages = files
    .filter((f) => isEntry(f.file))
    .map((entry) => {
      // The translation chunks this entry may fetch: its dynamic imports.
      const code = readFileSync(join(dist, entry.file), 'utf8');
      const chunks = [...code.matchAll(/import\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)/g)].map((m) => byName.get(m[1])).filter(Boolean);
      const largest = entry.file === ENTRY ? chunks.sort((a, b) => b.brotli - a.brotli)[0] : undefined;
      return {entry: entry.file, ...sum([entry, ...(largest ? [largest] : [])])};
    });
  const page = pages.reduce((max, p) => (p.brotli > max.brotli ? p : max));
  return {files, total: sum(files), pages, page};
}

const DYNAMIC_IMPORT = /import\(\s*[`'"]\.\/([\w.-]+\.js)[`'"]\s*\)/g;
const STATIC_IMPORT = /from\s*[`'"]\.\/([\w.-]+\.js)[`'"]/g;

/**
 * What one page downloads, per entry and interface language, in three steps:
 * `firstPaint` — the entry and what it must load before the notice paints
 * (the generic entry on a page in Finnish or Swedish: the notice's own
 * strings in that language);
 * `withSetHTML` — plus the contact form and cookie panel chunks and their
 * strings in that language, all a
 * browser with the Sanitizer API needs; `withDOMPurify` — plus DOMPurify's
 * chunk, for browsers without it. Chunks' own static imports are counted.
 */
export function measureBudgets(dist = DIST) {
  const {files} = measureScriptTagDownload(dist);
  const byName = new Map(files.map((f) => [f.file, f]));
  const code = (file) => readFileSync(join(dist, file), 'utf8');
  /** A chunk and the chunks it imports statically, the entry aside. */
  const withImports = (file, entry, seen = new Set()) => {
    if (file === entry || seen.has(file)) return seen;
    seen.add(file);
    for (const [, dep] of code(file).matchAll(STATIC_IMPORT)) withImports(dep, entry, seen);
    return seen;
  };
  const total = (names) => {
    const out = {raw: 0, gzip: 0, brotli: 0};
    for (const name of names) for (const k of Object.keys(out)) out[k] += byName.get(name)[k];
    return out;
  };
  const rows = [];
  for (const bundle of BUNDLES) {
    const dynamic = [...code(bundle.file).matchAll(DYNAMIC_IMPORT)].map((m) => m[1]);
    const pick = (pattern) => dynamic.filter((name) => pattern.test(name));
    const parts = pick(/-part-/);
    const purify = pick(/-purify-/);
    for (const language of bundle.locale ? [bundle.locale] : ['en', 'fi', 'sv']) {
      const first = new Set([bundle.file]);
      // The notice's own strings in this language (built into a language entry).
      if (!bundle.locale && language !== 'en') {
        for (const name of pick(new RegExp(`^privacy-notice-${language}-core-`))) withImports(name, bundle.file, first);
      }
      const set = new Set(first);
      for (const name of parts) withImports(name, bundle.file, set);
      // The form's and the cookie panel's strings, loaded with their chunks.
      if (language !== 'en') {
        for (const name of pick(new RegExp(`^privacy-notice-${language}-(form|cookies)-`))) withImports(name, bundle.file, set);
      }
      const all = new Set(set);
      for (const name of purify) withImports(name, bundle.file, all);
      rows.push({
        entry: bundle.file,
        language,
        firstPaint: total(first),
        withSetHTML: total(set),
        withDOMPurify: total(all),
        files: {firstPaint: [...first], withSetHTML: [...set], withDOMPurify: [...all]},
      });
    }
  }
  return rows;
}

/** The budgets as a text table (brotli). */
export function formatBudgets(rows) {
  const kb = (s) => (s.brotli / 1024).toFixed(2).padStart(8) + ' kB';
  return [
    `${'entry, interface language'.padEnd(30)}  ${'first paint'.padStart(11)}  ${'+ setHTML'.padStart(11)}  ${'+ DOMPurify'.padStart(11)}   (brotli 11)`,
    ...rows.map((r) => `${`${r.entry}, ${r.language}`.padEnd(30)}  ${kb(r.firstPaint)}  ${kb(r.withSetHTML)}  ${kb(r.withDOMPurify)}`),
  ].join('\n');
}

/** privacy-notice.js and the language entries (privacy-notice.fi.js, …), not chunks. */
const isEntry = (file) => BUNDLES.some((bundle) => bundle.file === file);

const kB = (n) => (n / 1024).toFixed(2).padStart(8) + ' kB';

/** The sizes as a small text table. */
export function formatSizes({files, total, pages, page}) {
  const labels = pages.map((p) => `one page with ${p.entry}${p.entry === ENTRY ? ' + a translation' : ''}`);
  const width = Math.max(5, ...files.map((f) => f.file.length), ...labels.map((l) => l.length));
  const row = (name, s) => `${name.padEnd(width)}  ${kB(s.raw)}  ${kB(s.gzip)}  ${kB(s.brotli)}`;
  return [
    `${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip -9'.padStart(11)}  ${'brotli 11'.padStart(11)}`,
    ...files.map((f) => row(f.file, f)),
    ...(files.length > 1 ? [row('all files', total), ...pages.map((p, i) => row(labels[i], p)), row('one page, at most', page)] : []),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = measureScriptTagDownload();
  const budgets = measureBudgets();
  console.log(
    process.argv.includes('--json') ? JSON.stringify({...sizes, budgets}, null, 2) : `${formatSizes(sizes)}\n\n${formatBudgets(budgets)}`
  );
}
