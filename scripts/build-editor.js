#!/usr/bin/env node
/**
 * `npm run build` (last step): the editor as a static page in dist/editor/,
 * which anyone can host or open from disk (file://):
 *
 *   index.html   the page (editor/index.html, with the classic script below)
 *   editor.css   the page's few styles
 *   editor.js    everything: the editor, <privacy-notice> for the preview,
 *                the importer (with mammoth for .docx), all three interface
 *                languages. One classic script, because browsers do not load
 *                module scripts or their chunks from file://.
 *
 * Its own build, with its own settings: the widget's bundles and budgets are
 * not touched. Prints the editor's size (raw, gzip, brotli).
 */
import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';
import {measureBytes} from './size.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/editor/`;

export async function buildEditor({logLevel = 'warn'} = {}) {
  await build({
    configFile: false,
    root,
    logLevel,
    base: './',
    build: {
      target: 'es2022',
      outDir: out,
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      copyPublicDir: false,
      modulePreload: false,
      // One file on purpose (see above); its size is printed below.
      chunkSizeWarningLimit: 2048,
      rollupOptions: {
        input: `${root}src/editor/main.ts`,
        output: {format: 'iife', entryFileNames: 'editor.js', codeSplitting: false},
        onwarn(warning, warn) {
          // vite's dynamic-import helper mentions import.meta; with every
          // dynamic import inlined, nothing is left that reads it.
          if (warning.code === 'EMPTY_IMPORT_META') return;
          warn(warning);
        },
      },
    },
  });
  const page = (await readFile(`${root}editor/index.html`, 'utf8')).replace(
    /<script type="module" src="[^"]*"><\/script>/,
    '<script defer src="./editor.js"></script>'
  );
  await mkdir(out, {recursive: true});
  await writeFile(`${out}index.html`, page);
  await copyFile(`${root}editor/editor.css`, `${out}editor.css`);
  return measureBytes(await readFile(`${out}editor.js`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = await buildEditor({logLevel: process.argv.includes('--quiet') ? 'error' : 'warn'});
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`dist/editor/editor.js: ${kB(size.raw)} raw, ${kB(size.gzip)} gzip, ${kB(size.brotli)} brotli`);
}
