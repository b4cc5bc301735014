#!/usr/bin/env node
/**
 * `npm run build:bundle`: the script-tag files in dist/, one vite build each.
 *
 *   privacy-notice.js     every page; English built in, Finnish and Swedish
 *                         fetched on first use (privacy-notice-fi-….js, -sv-…)
 *   privacy-notice.fi.js  pages in Finnish: Finnish built in, one download
 *   privacy-notice.sv.js  pages in Swedish: Swedish built in, one download
 *
 * Each also has chunks it loads after the first paint: the contact form
 * (privacy-notice-contact-form-part-….js) and the cookie panel
 * (privacy-notice-cookie-panel-part-….js), each with its strings in Finnish
 * or Swedish beside it (privacy-notice-fi-form-….js, -fi-cookies-…; the
 * notice's own are privacy-notice-fi-core-….js, built into .fi.js), and
 * DOMPurify only in browsers without the Sanitizer API
 * (privacy-notice-purify-….js).
 *
 * Separate builds, because one build with three entries would move the shared
 * code into a chunk of its own: a second download for every page.
 */
import {fileURLToPath} from 'node:url';
import {build} from 'vite';
import {writeSplitLocales} from './split-locales.js';

export const BUNDLES = [
  {input: 'src/define.ts', file: 'privacy-notice.js'},
  {input: 'src/define-fi.ts', file: 'privacy-notice.fi.js', locale: 'fi'},
  {input: 'src/define-sv.ts', file: 'privacy-notice.sv.js', locale: 'sv'},
];

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * A language bundle's entry: src/define.ts first, then the language entry
 * (src/define-fi.ts: its translations, provided before the first render,
 * which waits for a microtask). With the translations first, rolldown leaves
 * @lit/localize in a chunk of its own — shared by the entry, the other
 * language and the form and cookie panel chunks — that every page would have
 * to download before the first paint.
 */
function languageEntry(bundle) {
  const id = `\0privacy-notice-entry-${bundle.locale}`;
  return {
    name: 'privacy-notice:language-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (loading) =>
      loading === id
        ? `import ${JSON.stringify(SRC + 'define.ts')};\nexport * from ${JSON.stringify(SRC + bundle.input.replace(/^src\//, ''))};\n`
        : null,
    entry: id,
  };
}

/** `outDir`: another directory than dist/ (to measure a build without touching the shared one). */
export async function buildBundles({logLevel = 'warn', outDir = undefined} = {}) {
  // The translations split by feature, from lit-localize's modules (scripts/split-locales.js).
  const changed = writeSplitLocales();
  if (changed.length && logLevel !== 'error') console.log(`split-locales: wrote ${changed.join(', ')}`);
  for (const [index, bundle] of BUNDLES.entries()) {
    const entry = bundle.locale ? languageEntry(bundle) : undefined;
    await build({
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      logLevel,
      plugins: entry ? [entry] : [],
      build: {
        emptyOutDir: index === 0,
        ...(outDir ? {outDir} : {}),
        rollupOptions: {
          input: entry?.entry ?? bundle.input,
          output: {entryFileNames: bundle.file},
          onwarn(warning, warn) {
            // The built-in language's core strings are imported statically by
            // its entry and dynamically by src/localization.ts: that is the point.
            if (
              warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' &&
              bundle.locale &&
              warning.message.includes(`locales-split/${bundle.locale}-core.ts`)
            )
              return;
            warn(warning);
          },
        },
      },
    });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildBundles({logLevel: process.argv.includes('--quiet') ? 'error' : 'warn'});
}
