#!/usr/bin/env node
/**
 * `npm run build:bundle`: the script-tag files in dist/, one vite build each.
 *
 *   privacy-notice.js     every page; English built in, Finnish and Swedish
 *                         fetched on first use (privacy-notice-fi-….js, -sv-…)
 *   privacy-notice.fi.js  pages in Finnish: Finnish built in, one download
 *   privacy-notice.sv.js  pages in Swedish: Swedish built in, one download
 *
 * Separate builds, because one build with three entries would move the shared
 * code into a chunk of its own: a second download for every page.
 */
import {fileURLToPath} from 'node:url';
import {build} from 'vite';

export const BUNDLES = [
  {input: 'src/define.ts', file: 'privacy-notice.js'},
  {input: 'src/define-fi.ts', file: 'privacy-notice.fi.js', locale: 'fi'},
  {input: 'src/define-sv.ts', file: 'privacy-notice.sv.js', locale: 'sv'},
];

export async function buildBundles({logLevel = 'warn'} = {}) {
  for (const [index, bundle] of BUNDLES.entries()) {
    await build({
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      logLevel,
      build: {
        emptyOutDir: index === 0,
        rollupOptions: {
          input: bundle.input,
          output: {entryFileNames: bundle.file},
          onwarn(warning, warn) {
            // The built-in language is imported statically by its entry and
            // dynamically by src/localization.ts: that is the point.
            if (warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && bundle.locale && warning.message.includes(`locales/${bundle.locale}.ts`)) return;
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
