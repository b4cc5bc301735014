import {defineConfig} from 'vite';
import {privacyRequestReceiver} from './server/receiver.js';
import {litElementPolicy} from './build/lit-policy.js';
import {shrinkSources} from './build/shrink-sources.js';
import {STRICT_CSP_WITH_LIT} from './scripts/csp.js';
import {widgetOnlyStrings} from './scripts/editor-strings.js';

/**
 * `vite build` makes dist/privacy-notice.js, the one module a script-tag page
 * loads (Lit inside), with chunks beside it fetched on first use: the
 * translations, and DOMPurify for browsers without `setHTML`
 * (src/sanitize.ts).
 * `vite` (npm start) serves the demo, and the editor at /editor/
 * (editor/index.html; its static build is scripts/build-editor.js).
 */
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    // Chunks are found relative to the entry, wherever a site hosts it.
    modulePreload: false,
    // Not lib mode: it leaves ES output unminified, and every byte counts here.
    rollupOptions: {
      input: 'src/define.ts',
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: 'privacy-notice.js',
        // Translations: one chunk per locale beside the entry, fetched on first use.
        chunkFileNames: 'privacy-notice-[name]-[hash].js',
        format: 'es',
      },
    },
  },
  server: {host: '127.0.0.1', port: 5173, open: false},
  plugins: [
    shrinkSources(),
    // The editor's strings share the XLIFF files; the widget's chunks leave them out.
    widgetOnlyStrings(),
    // The bundle's Lit uses the element's Trusted Types policy (see the file).
    litElementPolicy(),
    // The demo's receiver for the contact form: /api/privacy-requests, stored in data/.
    privacyRequestReceiver(),
    {
      // The demo runs under the strict CSP the README gives sites (issue 6),
      // with `lit-html` added: under `npm start` the element runs from source.
      name: 'demo-csp',
      configureServer(server) {
        server.middlewares.use((_req, res, next) => {
          res.setHeader('Content-Security-Policy', STRICT_CSP_WITH_LIT);
          next();
        });
      },
    },
    {
      name: 'demo-home',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (req.url === '/' || req.url === '/index.html') {
            res.statusCode = 302;
            res.setHeader('Location', '/demo/');
            res.end();
            return;
          }
          next();
        });
      },
    },
  ],
});
