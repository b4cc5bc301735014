// ESLint for the TypeScript and JavaScript we write; Prettier owns the layout
// (`npm run lint` runs both, `npm run format` fixes both).
// TypeScript files in tsconfig.json get the type-aware rules; the Node and
// browser scripts written in JavaScript get the plain recommended ones.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  globalIgnores([
    'dist/',
    'lib/',
    'src/generated/',
    '**/node_modules/',
    '.tmp-*/',
    'wordpress/build/',
    'bench-results/',
    'data/',
    // What the framework apps check builds from its templates.
    'test/frameworks/**/dist/',
  ]),
  {linterOptions: {reportUnusedDisableDirectives: 'error'}},
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Type-aware rules for the code we ship and build with. Across the tests too they doubled
    // the run (about 55 s against 25 s on our 2-core machine), so the tests get the plain set.
    files: ['src/**/*.ts', 'build/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}},
  },
  {
    files: ['src/**/*.ts', 'test/browser/**/*.ts', 'test/fixtures/**/*.ts', 'demo/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
  },
  {
    // The widget, its tests and the demo run in the browser.
    files: ['src/**/*.ts', 'test/browser/**', 'test/fixtures/**', 'demo/**/*.{ts,js}', 'editor/**/*.{ts,js}'],
    languageOptions: {globals: globals.browser},
  },
  {
    // Node: the build, the CLI, scripts, the dev and test servers, configs.
    files: ['scripts/**', 'bin/**', 'build/**', 'server/**', 'test/server/**', 'test/unit/**', 'test/wordpress/**', '*.{js,ts}'],
    languageOptions: {globals: globals.node},
  },
  {
    // Browser code inside Node files: the functions these hand to Playwright's page.evaluate run in
    // the page; bench/lit-stand-in.js is served to the page the bench measures.
    files: ['bench/**', 'scripts/bench.js', 'scripts/framework-apps-test.js', 'test/wordpress/**'],
    languageOptions: {globals: globals.browser},
  },
  {
    // The WordPress plugin's scripts: plain browser JavaScript on WordPress's globals.
    files: ['wordpress/**/*.js'],
    languageOptions: {globals: {...globals.browser, wp: 'readonly'}},
  },
  {
    // A classic script (enqueued without type=module), wrapped in an IIFE.
    files: ['wordpress/privacy-notice/block/editor.js'],
    languageOptions: {sourceType: 'script'},
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/browser/**'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    rules: {
      // `_name` marks a parameter a signature needs but the body does not (as tsconfig's noUnusedParameters allows).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
    },
  }
);
