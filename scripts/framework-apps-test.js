#!/usr/bin/env node
/**
 * `npm run test:frameworks` (after `npm run build`; `npm test` runs both): the
 * packed package in fresh apps, used the way docs/frameworks.md tells app
 * developers to use it.
 *
 * 1. `npm pack` of the built tree (what `npm publish` would upload).
 * 2. Two apps written from test/frameworks/ into .tmp-apps/ (git-ignored):
 *    React + TypeScript (two pages: the element in JSX with
 *    `privacy-notice/react-jsx`, and the `privacy-notice/react` wrapper) and
 *    Vue 3 + TypeScript single-file components (`privacy-notice/vue`,
 *    `isCustomElement`). Template files named `*.tmpl` lose that suffix: the
 *    repo's own `tsc -p .` would check them otherwise, without JSX and before
 *    the build that makes dist/types/.
 * 3. The tarball is extracted into each app's node_modules/privacy-notice
 *    rather than installed: `npm install` would ask the registry, and this
 *    check needs nothing that `npm ci` did not already fetch. The apps live
 *    inside the repo, so react, vue, vite, lit and the rest resolve from its
 *    node_modules, while `privacy-notice` resolves to the tarball's files.
 * 4. Per app: the type check (`tsc --noEmit` / `vue-tsc --noEmit`, with no
 *    declarations of our own; each app has a file of lines that must fail,
 *    so types that degrade to `any` fail it), `vite build`, then each page
 *    served from 127.0.0.1 and loaded in headless Chromium (the wrapper's
 *    page rendered on the server with react-dom/server first, so it is
 *    hydrated, not rendered): the notice
 *    (test/browser/element-fixture.json, served as /notice.json) must show
 *    its English title at the heading level the app asked for, every
 *    section, and the app's load handler must have run.
 *
 * `node scripts/framework-apps-test.js [--keep]` (--keep leaves .tmp-apps/ to look at)
 */
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, '.tmp-apps');
const TEMPLATES = join(ROOT, 'test', 'frameworks');
const FIXTURE = join(ROOT, 'test', 'browser', 'element-fixture.json');
const keep = process.argv.includes('--keep');
const started = Date.now();
const bin = (path) => join(ROOT, 'node_modules', path);

const APPS = [
  {
    name: 'react',
    typeCheck: bin('typescript/bin/tsc'),
    pages: ['/', '/wrapper.html'],
    // wrapper.html holds WrapperApp rendered in Node, and hydrates it.
    serverRender: {page: 'wrapper.html', entry: 'src/WrapperApp.tsx', component: 'WrapperApp'},
  },
  {name: 'vue', typeCheck: bin('vue-tsc/bin/vue-tsc.js'), pages: ['/']},
];

const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const expected = {status: 'loaded en', title: fixture.title.en, heading: 'H3', sections: fixture.sections.length};

const log = (message) => console.log(`[frameworks ${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);

const children = new Set();

/** Runs a Node script; rejects with its output when it exits non-zero. */
function run(label, args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {cwd, stdio: ['ignore', 'pipe', 'pipe']});
    children.add(child);
    child.on('exit', () => children.delete(child));
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`${label} failed (exit ${code}):\n${output.trim()}`))
    );
  });
}

/** test/frameworks/<name>/ -> .tmp-apps/<name>/, `x.tmpl` -> `x`, the notice as public/notice.json. */
function writeApp(name, tarball) {
  const app = join(WORK, name);
  cpSync(join(TEMPLATES, name), app, {recursive: true});
  for (const file of readdirSync(app, {recursive: true})) {
    if (file.endsWith('.tmpl')) renameSync(join(app, file), join(app, file.slice(0, -'.tmpl'.length)));
  }
  mkdirSync(join(app, 'public'));
  cpSync(FIXTURE, join(app, 'public', 'notice.json'));
  const pkg = join(app, 'node_modules', 'privacy-notice');
  mkdirSync(pkg, {recursive: true});
  execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
  return app;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * `vite build --ssr` of the component, rendered with react-dom/server in a
 * Node child (the package's Node exports, Lit's DOM shim) into the built page.
 */
async function serverRender(app, {page, entry, component}) {
  await run(
    `${entry}: vite build --ssr`,
    [bin('vite/bin/vite.js'), 'build', '--ssr', entry, '--outDir', 'dist-ssr', '--logLevel', 'warn'],
    app
  );
  const module = `./dist-ssr/${basename(entry).replace(/\.tsx$/, '.js')}`;
  const script = `
    import {createElement} from 'react';
    import {renderToString} from 'react-dom/server';
    const {${component}} = await import(${JSON.stringify(module)});
    process.stdout.write(renderToString(createElement(${component})));`;
  const markup = await run(`${entry}: renderToString`, ['--input-type=module', '-e', script], app);
  const file = join(app, 'dist', page);
  const html = readFileSync(file, 'utf8');
  const root = '<div id="root"></div>';
  if (!html.includes(root) || !markup.includes('<privacy-notice')) {
    throw new Error(`${page}: no ${root} to fill, or no <privacy-notice> in the server's markup: ${markup}`);
  }
  writeFileSync(file, html.replace(root, `<div id="root">${markup}</div>`));
}

/** A static server for an app's dist/ on 127.0.0.1 and a free port. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
    response.end(readFileSync(file));
  });
  return new Promise((resolvePromise) =>
    server.listen(0, '127.0.0.1', () => resolvePromise({server, origin: `http://127.0.0.1:${server.address().port}`}))
  );
}

/** What the page shows once the app's load handler has run. */
async function check(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent !== 'waiting', null, {timeout: 30_000}).catch(() => {});
    const seen = await page.evaluate(() => {
      const root = document.querySelector('privacy-notice')?.shadowRoot;
      const title = root?.querySelector('[part~="title"]');
      return {
        status: document.querySelector('#status')?.textContent,
        title: title?.textContent?.trim(),
        heading: title?.tagName,
        sections: root?.querySelectorAll('[part~="section"]').length ?? 0,
      };
    });
    if (seen.status === 'waiting') seen.status += ' (the load handler did not run within 30 s)';
    const wrong = Object.keys(expected).filter((key) => seen[key] !== expected[key]);
    if (wrong.length || errors.length) {
      throw new Error(
        `${url}: ${wrong.map((key) => `${key} ${JSON.stringify(seen[key])}, expected ${JSON.stringify(expected[key])}`).join('; ')}` +
          (errors.length ? `\n  page errors:\n  ${errors.join('\n  ')}` : '')
      );
    }
  } finally {
    await page.close();
  }
}

const cleanUp = () => {
  if (!keep) rmSync(WORK, {recursive: true, force: true});
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill();
    cleanUp();
    process.exit(130);
  });
}

const servers = [];
let browser;
try {
  for (const built of ['lib/react.js', 'dist/privacy-notice.js', 'dist/types/react-jsx.d.ts', 'dist/types/vue.d.ts']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run npm run build first`);
  }
  rmSync(WORK, {recursive: true, force: true});
  mkdirSync(WORK);
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', WORK], {cwd: ROOT, encoding: 'utf8'})
  );
  const tarball = join(WORK, packed.filename);
  log(`packed ${packed.filename} (${packed.entryCount} files)`);

  // Both apps at once; every failure is reported, once both have stopped.
  const results = await Promise.allSettled(
    APPS.map(async ({name, typeCheck, pages, serverRender: rendered}) => {
      const app = writeApp(name, tarball);
      await run(`${name}: ${relative(ROOT, typeCheck)} --noEmit`, [typeCheck, '--noEmit', '-p', '.'], app);
      log(`${name}: types check, and the lines that must fail do`);
      await run(`${name}: vite build`, [bin('vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app);
      log(`${name}: vite build`);
      if (rendered) {
        await serverRender(app, rendered);
        log(`${name}: ${rendered.page} rendered on the server`);
      }
      return {name, dist: join(app, 'dist'), pages};
    })
  );

  const failed = results.filter((result) => result.status === 'rejected');
  if (failed.length) throw new Error(failed.map((result) => result.reason.message).join('\n\n'));
  const apps = results.map((result) => result.value);

  browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
  for (const {name, dist, pages} of apps) {
    const served = await serve(dist);
    servers.push(served.server);
    for (const page of pages) {
      await check(browser, served.origin + page);
      log(`${name}${page}: "${expected.title}" as ${expected.heading}, ${expected.sections} sections, load handler ran`);
    }
  }
  log('passed');
} catch (error) {
  console.error(`\nFramework app check FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  for (const server of servers) server.close();
  cleanUp();
  if (keep) log(`kept ${relative(ROOT, WORK)}/`);
}
