#!/usr/bin/env node
/**
 * `npm run bench`: how much a notice costs a visitor, against the floor — a
 * static HTML page holding the same text.
 *
 * Builds dist/, serves it with generated pages on 127.0.0.1 (node:http), and
 * drives Debian's Chromium with playwright-core: cold loads (a fresh browser
 * context each), the variants interleaved in rotating order, RUNS of each.
 *
 *   (a) static   the notice as plain HTML, every section's text shown
 *   (b) src      <privacy-notice src="notice.json" open="all">
 *   (c) inline   <privacy-notice open="all"> with the JSON in a child <script>
 *   (d) preload  (b) plus <link rel="preload" as="fetch" crossorigin> for the
 *                document, and credentials="same-origin" on the element (the
 *                preload's request must match the element's to be reused)
 *   (e) rendered (b) with the notice's static HTML from `privacy-notice
 *                render` inside the element as its children: shown before
 *                the script runs, then upgraded
 *   (f) lit      a bare Lit element (bench/lit-stand-in.js) that fetches the
 *                JSON and renders the same text: the framework's own cost
 *
 * Every page carries the same small classic script (INSTRUMENT below). Each
 * animation frame it looks for the last section's text — in the element's
 * shadow root, or in the page — and, once the text is there and visible, posts
 * a message from inside that frame's requestAnimationFrame callback. The
 * message runs after the frame's style, layout and paint, so its time is
 * "the last section's text was painted" (in headless Chromium frames come
 * every ~16.7 ms, which bounds the resolution). Element Timing would be the
 * direct measure, but it does not report text inside shadow roots.
 * LCP and CLS come from PerformanceObservers (CLS: layout-shift entries
 * without recent input, summed); main-thread script time and the JS heap
 * (after a forced garbage collection) from CDP `Performance.getMetrics`
 * (ScriptDuration, JSHeapUsedSize). Ratios (b)/(a) and (c)/(a) are taken run
 * by run (run i of b over run i of a), then their median.
 *
 * The scaling series renders generated documents (10, 100, 1,000 sections;
 * 10 and 1,000 cookie items) into a warm page (bundle and translation
 * loaded by a first, small render): from setting the `notice` property to
 * the element's load event (validated, first slice of sections rendered), to
 * the next painted frame, and to the frame in which every section and cookie
 * row is painted (long lists render in slices, one task each), with the longest
 * main-thread task seen meanwhile; "open" is from clicking a collapsed
 * section's button to the end of the element's update, and to the next
 * painted frame (which also waits for the frame to come: up to ~16.7 ms);
 * for the cookie documents, whose panel is always open, from clicking the
 * analytics consent switch.
 *
 * Options: --runs N (default 15), --scale-runs N (default 10), --no-build,
 * --notice path/to/notice.json, --lang fi, --entry privacy-notice.js (the
 * script the pages load; by default the one with --lang built in, when
 * scripts/build-bundles.js makes one), --latency MS (the cold loads on an
 * emulated network: MS of round-trip time added to every request, 10 Mbit/s
 * down, 5 up; default none, the loopback's own speed).
 * Writes bench-results/<date>.json and bench/latest.json.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {cpus, loadavg} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';
import {BUNDLES} from './build-bundles.js';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './chromium.js';
import {DIST, formatSizes, measureScriptTagDownload} from './size.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const {values: options} = parseArgs({
  options: {
    runs: {type: 'string', default: '15'},
    'scale-runs': {type: 'string', default: '10'},
    'no-build': {type: 'boolean', default: false},
    notice: {type: 'string', default: 'demo/notices/propentus.json'},
    lang: {type: 'string', default: 'fi'},
    latency: {type: 'string', default: '0'},
    entry: {type: 'string'},
  },
});
const RUNS = Math.max(1, Number(options.runs));
const SCALE_RUNS = Math.max(1, Number(options['scale-runs']));
const LANG = options.lang;
const LATENCY = Math.max(0, Number(options.latency) || 0);
/**
 * The script the widget pages load: the entry with the page's language built
 * in when there is one (what the README's install section advises a Finnish page), else the
 * generic privacy-notice.js. Decided after the build.
 */
let SCRIPT = options.entry;

const TARGETS = {
  ratioPaint: 1.3, // (b)/(a), time to painted text
  ratioRendered: 1.05, // (e)/(a), with the rendered HTML inside the element
  render1000: 150, // ms, 1,000 sections all painted
  open: 16, // ms, opening a section
  heap: 2.5 * 1024, // KiB, JS heap after load, (b)
  cls: 0,
};

// ---------------------------------------------------------------- documents

const notice = JSON.parse(readFileSync(join(ROOT, options.notice), 'utf8'));

/** A document string in `lang`, falling back to the first language given. */
const pick = (value, lang = LANG) =>
  value == null ? '' : typeof value === 'string' ? value : (value[lang] ?? Object.values(value)[0] ?? '');

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

const decodeEntities = (text) =>
  text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * A phrase from the last section's text: its presence means the notice is all
 * there. Taken from the middle of the section's longest run of text between
 * tags, so it lies inside one text node however the page wraps it.
 */
function lastTextMarker(doc) {
  const last = doc.sections[doc.sections.length - 1];
  const runs = pick(last.body)
    .split(/<[^>]*>/)
    .map((run) => decodeEntities(run).replace(/\s+/g, ' ').trim());
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  const start = Math.max(0, Math.floor(longest.length / 2) - 15);
  return longest.slice(start, start + 30);
}

/**
 * The floor: the same notice as a static page, written by hand the way a
 * site would (the document's own HTML bodies, trusted here), every section
 * shown. Same page font as the widget pages (the element inherits it).
 */
function staticNoticeHtml(doc) {
  const h = (level, text) => `<h${level}>${escapeHtml(text)}</h${level}>`;
  const parts = [h(1, pick(doc.title)), `<p>${escapeHtml(doc.updated)}</p>`];
  if (doc.summary) parts.push(pick(doc.summary));
  parts.push(h(2, pick(doc.controller.name)));
  for (const section of doc.sections) {
    parts.push(`<section>${h(2, pick(section.title) || section.kind)}`);
    parts.push(pick(section.body));
    for (const p of section.purposes ?? []) parts.push(`<p>${escapeHtml(pick(p.purpose))}</p>`);
    for (const r of section.retention ?? []) parts.push(pick(r.text) || `<p>${escapeHtml(pick(r.data))}</p>`);
    parts.push('</section>');
  }
  if (doc.cookies) {
    parts.push(`<section>${h(2, 'Cookies')}${pick(doc.cookies.description)}`);
    for (const s of doc.cookies.services) {
      parts.push(`${h(3, pick(s.name))}${pick(s.purpose)}<ul>`);
      for (const item of s.items) parts.push(`<li>${escapeHtml(item.name)} — ${escapeHtml(item.duration)}</li>`);
      parts.push('</ul>');
    }
    parts.push('</section>');
  }
  return parts.join('\n');
}

/** A valid document with `count` sections of realistic length. */
function manySections(count) {
  const body =
    '<p>Käsittelemme asiakkaan nimeä, yhteystietoja, tilaushistoriaa ja asiakaspalvelun viestejä sopimuksen täyttämiseksi.</p>' +
    '<ul><li>Nimi ja yhteystiedot</li><li>Tilaus- ja laskutustiedot</li><li>Viestit</li></ul>';
  return {
    ...notice,
    id: `bench-${count}-sections`,
    sections: Array.from({length: count}, (_, i) => ({
      id: `section-${i + 1}`,
      kind: 'other',
      title: {fi: `Osio ${i + 1}`},
      body: {fi: `${body}<p>Osion ${i + 1} loppu.</p>`},
    })),
    cookies: undefined,
  };
}

/** A valid document whose cookie panel lists `count` items. */
function manyCookies(count) {
  return {
    ...notice,
    id: `bench-${count}-cookies`,
    cookies: {
      description: {fi: '<p>Sivusto käyttää evästeitä.</p>'},
      services: [
        {
          id: 'analytics-service',
          name: {fi: 'Analytiikka'},
          category: 'analytics',
          provider: {fi: 'Esimerkki Oy'},
          purpose: {fi: '<p>Kävijämäärien seuranta.</p>'},
          items: Array.from({length: count}, (_, i) => ({
            name: `_cookie_${i + 1}`,
            type: 'cookie',
            duration: 'P13M',
            description: {fi: `<p>Eväste ${i + 1}: erottaa kävijät toisistaan.</p>`},
          })),
        },
      ],
    },
  };
}

// ------------------------------------------------------------------- pages

/**
 * Runs in every page before anything else: records when the last section's
 * text is first painted, LCP and CLS, into `window.__bench`.
 */
const INSTRUMENT = `
(() => {
  const bench = (window.__bench = {paint: null, lcp: 0, cls: 0, loadEvent: null, error: null});
  // The time just after the next frame is painted: a message posted from the
  // frame's callback runs once it is (the scaling runs use it too).
  window.__nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      })
    );
  const marker = document.currentScript.dataset.marker;
  const script = document.currentScript.dataset.script;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.lcp = e.renderTime || e.loadTime || e.startTime;
  }).observe({type: 'largest-contentful-paint', buffered: true});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) bench.cls += e.value;
  }).observe({type: 'layout-shift', buffered: true});
  addEventListener('privacy-notice-load', () => (bench.loadEvent = performance.now()));
  addEventListener('privacy-notice-error', (e) => (bench.error = e.error && e.error.message));
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    bench.paint = performance.now();
    // Where the time went: when each download finished.
    const done = (match) => {
      const entry = performance.getEntriesByType('resource').find((e) => match(new URL(e.name).pathname));
      return entry ? entry.responseEnd : null;
    };
    bench.script = done((path) => path === script);
    bench.noticeJson = done((path) => path === '/notice.json');
    // More than one: a preload the element's request did not match.
    bench.noticeRequests = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/notice.json').length;
    bench.translation = done((path) => path.startsWith('/privacy-notice-') && path.endsWith('.js'));
  };
  const squash = (text) => text.replace(/\\s+/g, " ");
  const visibleText = (root) => {
    if (!root || !squash(root.textContent).includes(marker)) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (squash(n.data).includes(marker) && n.parentElement.checkVisibility()) return true;
    }
    return false;
  };
  const frame = () => {
    const host = document.querySelector('privacy-notice, bare-notice');
    // With rendered HTML inside, the text is first the element's own
    // children, later its shadow root's.
    const roots = host ? [host.shadowRoot, host] : [document.body];
    if (roots.some(visibleText)) channel.port2.postMessage(0);
    else requestAnimationFrame(frame);
  };
  // The scaling page has no marker: it measures from inside, and polling a
  // 1 MB shadow root every frame would slow down what it measures.
  if (marker) requestAnimationFrame(frame);
})();
`;

const PAGE_STYLE = `body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem; }`;

const pageHtml = (body, {marker, module = false, head = '', script = SCRIPT} = {}) => `<!doctype html>
<html lang="${LANG}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title>
<link rel="stylesheet" href="/page.css">
<script src="/instrument.js" data-marker="${escapeHtml(marker ?? '')}" data-script="/${script}"></script>
${module ? `<script type="module" src="/${script}"></script>` : ''}${head}
</head>
<body>
${body}
</body>
</html>`;

/** Inline JSON inside a <script> child: `<` escaped so "</script>" cannot end it. */
const inlineJson = (doc) => JSON.stringify(doc).replace(/</g, '\\u003c');

function pages(rendered) {
  const marker = lastTextMarker(notice);
  return {
    '/rendered.html': {
      type: 'text/html',
      body: pageHtml(`<privacy-notice src="/notice.json" lang="${LANG}" open="all">${rendered}</privacy-notice>`, {
        marker,
        module: true,
      }),
    },
    '/lit.html': {
      type: 'text/html',
      body: pageHtml(`<bare-notice src="/notice.json" lang="${LANG}"></bare-notice>`, {
        marker,
        module: true,
        script: LIT_STAND_IN,
      }),
    },
    '/page.css': {type: 'text/css', body: PAGE_STYLE},
    '/instrument.js': {type: 'text/javascript', body: INSTRUMENT},
    '/notice.json': {type: 'application/json', body: JSON.stringify(notice)},
    '/static.html': {type: 'text/html', body: pageHtml(staticNoticeHtml(notice), {marker})},
    '/src.html': {
      type: 'text/html',
      body: pageHtml(`<privacy-notice src="/notice.json" lang="${LANG}" open="all"></privacy-notice>`, {
        marker,
        module: true,
      }),
    },
    '/preload.html': {
      type: 'text/html',
      body: pageHtml(`<privacy-notice src="/notice.json" credentials="same-origin" lang="${LANG}" open="all"></privacy-notice>`, {
        marker,
        module: true,
        head: '\n<link rel="preload" href="/notice.json" as="fetch" crossorigin>',
      }),
    },
    '/inline.html': {
      type: 'text/html',
      body: pageHtml(
        `<privacy-notice lang="${LANG}" open="all"><script type="application/json">${inlineJson(notice)}</script></privacy-notice>`,
        {marker, module: true}
      ),
    },
    '/scale.html': {type: 'text/html', body: pageHtml('', {module: true})},
    '/scale-lit.html': {type: 'text/html', body: pageHtml('', {module: true, script: LIT_STAND_IN})},
  };
}

const MIME = {'.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css'};

function serve(routes) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let route = routes[path];
    if (!route && /^\/[\w.-]+\.(js|css|map)$/.test(path)) {
      try {
        const dir = path === `/${LIT_STAND_IN}` ? STAND_IN_DIR : DIST;
        route = {type: MIME[extname(path)], body: readFileSync(join(dir, normalize(path)))};
      } catch {
        route = undefined;
      }
    }
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {'Content-Type': route.type, 'Cache-Control': 'no-cache'});
    res.end(route.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ------------------------------------------------------------------ measure

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length});

/** One cold load: a fresh context (empty cache), metrics once the notice is painted. */
async function coldLoad(browser, url) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (LATENCY) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY,
      downloadThroughput: 10e6 / 8,
      uploadThroughput: 5e6 / 8,
    });
  }
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForFunction(() => window.__bench.paint !== null || window.__bench.error, null, {timeout: 30000});
  // Let LCP and layout shifts settle after the text is painted.
  await page.waitForTimeout(500);
  const bench = await page.evaluate(() => window.__bench);
  if (bench.error) throw new Error(`${url}: ${bench.error}`);
  if (bench.noticeRequests > 1) throw new Error(`${url}: notice.json was requested ${bench.noticeRequests} times (a preload not reused)`);
  await cdp.send('HeapProfiler.collectGarbage');
  const {metrics} = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await context.close();
  return {
    paint: bench.paint,
    script: bench.script,
    noticeJson: bench.noticeJson,
    translation: bench.translation,
    lcp: bench.lcp,
    cls: bench.cls,
    scriptTime: metric('ScriptDuration') * 1000,
    heap: metric('JSHeapUsedSize') / 1024,
  };
}

/** A fresh context with one page, loaded: each scaling run starts alike. */
async function scalePage(browser, url) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  await page.goto(url, {waitUntil: 'load'});
  return {context, page};
}

/**
 * Start every measurement on a collected heap: otherwise a major collection
 * of the page's start-up garbage lands in some runs and not others.
 */
async function collectGarbage(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
}

/**
 * The bare-Lit stand-in renders `doc` into a warm page: the framework's own
 * time for the same sections (no validation, sanitiser, slices, disclosures),
 * the floor under the "1,000 sections" target.
 */
async function scaleRunLit(browser, base, doc) {
  const {context, page} = await scalePage(browser, `${base}/scale-lit.html`);
  await page.evaluate(() => customElements.whenDefined('bare-notice'));
  await collectGarbage(context, page);
  const result = await page.evaluate(
    async ({doc, lang}) => {
      const nextPaint = window.__nextPaint;
      const t0 = performance.now();
      const el = document.createElement('bare-notice');
      el.setAttribute('lang', lang);
      el.notice = doc;
      document.body.append(el);
      await el.updateComplete;
      const rendered = performance.now() - t0;
      const painted = (await nextPaint()) - t0;
      if (el.shadowRoot.querySelectorAll('section').length !== doc.sections.length) throw new Error('bare-notice: sections missing');
      return {rendered, painted, complete: painted};
    },
    {doc, lang: LANG}
  );
  await context.close();
  return result;
}

/** Renders `doc` into a warm page; times to painted render and to an opened section. */
async function scaleRun(browser, base, doc, openSelector) {
  const {context, page} = await scalePage(browser, `${base}/scale.html`);
  // Warm-up: the interface translation is fetched on first use (with the
  // generic entry); measure rendering, not that.
  await page.evaluate(
    async ({doc, lang}) => {
      await customElements.whenDefined('privacy-notice');
      const el = document.createElement('privacy-notice');
      el.setAttribute('lang', lang);
      el.notice = {...doc, sections: doc.sections.slice(0, 1), cookies: undefined};
      document.body.append(el);
      await new Promise((resolve) => el.addEventListener('privacy-notice-load', resolve, {once: true}));
      el.remove();
    },
    {doc, lang: LANG}
  );
  await collectGarbage(context, page);
  const result = await page.evaluate(
    async ({doc, openSelector, lang}) => {
      const nextPaint = window.__nextPaint;
      const show = async (notice) => {
        const el = document.createElement('privacy-notice');
        el.setAttribute('lang', lang);
        const loaded = new Promise((resolve, reject) => {
          el.addEventListener('privacy-notice-load', resolve, {once: true});
          el.addEventListener('privacy-notice-error', (e) => reject(new Error(e.error.message)), {once: true});
        });
        el.notice = notice;
        document.body.append(el);
        await loaded;
        return el;
      };
      const longTasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({type: 'longtask'});
      const t0 = performance.now();
      const el = await show(doc);
      const rendered = performance.now() - t0;
      const painted = (await nextPaint()) - t0;
      // A long notice (and a long cookie list) renders in slices after the
      // load event: wait for the last.
      const all = doc.sections.length;
      const pending = () =>
        el.shadowRoot.querySelectorAll('[part~="section"]').length < all ||
        el.shadowRoot.querySelector('[part~="cookie-table"][aria-busy="true"]');
      while (pending()) await nextPaint();
      const complete = (await nextPaint()) - t0;
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      const longestTask = Math.max(0, ...longTasks);
      const button = el.shadowRoot.querySelector(openSelector);
      if (!button) throw new Error(`nothing to open: ${openSelector}`);
      const t1 = performance.now();
      button.click();
      await el.updateComplete;
      const openedWork = performance.now() - t1;
      const opened = (await nextPaint()) - t1;
      return {
        rendered,
        painted,
        complete,
        longestTask,
        opened,
        openedWork,
        state: button.getAttribute('aria-expanded') ?? button.getAttribute('aria-checked'),
      };
    },
    {doc, openSelector, lang: LANG}
  );
  await context.close();
  if (result.state !== 'true') throw new Error(`${openSelector} did not open`);
  return result;
}

// ---------------------------------------------------------------------- run

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const range = (s, digits = 1) => `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;

const LIT_STAND_IN = 'lit-stand-in.js';
const STAND_IN_DIR = join(ROOT, 'bench-results', 'stand-in');

/** Builds the bare-Lit stand-in the way the widget is built (vite, minified). */
async function buildStandIn() {
  const {build} = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: STAND_IN_DIR,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: {entry: join(ROOT, 'bench', LIT_STAND_IN), formats: ['es'], fileName: () => LIT_STAND_IN},
    },
  });
}

/** The notice as `privacy-notice render` writes it (from lib/, built by build:lib). */
async function renderedHtml() {
  const {renderStaticNotice} = await import(new URL('../lib/render/index.js', import.meta.url).href);
  const {html} = await renderStaticNotice(notice, {lang: LANG});
  if (!html) throw new Error(`${options.notice}: nothing to render`);
  return html;
}

async function main() {
  const started = new Date();
  const loadBefore = loadavg();
  if (!options['no-build']) {
    for (const script of ['build:lib', 'build:bundle']) {
      const build = spawnSync('npm', ['run', script], {cwd: ROOT, stdio: 'inherit'});
      if (build.status !== 0) process.exit(build.status ?? 1);
    }
  }
  await buildStandIn();
  const sizes = measureScriptTagDownload();
  SCRIPT ??= (BUNDLES.find((bundle) => bundle.locale === LANG) ?? BUNDLES[0]).file;
  const server = await serve(pages(await renderedHtml()));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const variants = {
      static: '/static.html',
      src: '/src.html',
      inline: '/inline.html',
      preload: '/preload.html',
      rendered: '/rendered.html',
      lit: '/lit.html',
    };
    const names = Object.keys(variants);
    // One warm-up of each, not counted (first launch costs).
    for (const name of names) await coldLoad(browser, base + variants[name]);
    const runs = Object.fromEntries(names.map((n) => [n, []]));
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, in rotating order, so drift in the machine's load hits all alike.
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length];
        runs[name].push(await coldLoad(browser, base + variants[name]));
      }
      process.stderr.write(`\rcold loads: ${i + 1}/${RUNS}`);
    }
    process.stderr.write('\n');
    const metrics = ['paint', 'lcp', 'cls', 'scriptTime', 'heap'];
    const loads = Object.fromEntries(names.map((n) => [n, Object.fromEntries(metrics.map((m) => [m, summary(runs[n].map((r) => r[m]))]))]));
    // When the widget's downloads finished (ms from navigation start).
    const downloads = Object.fromEntries(
      ['src', 'inline', 'preload', 'rendered'].map((n) => [
        n,
        Object.fromEntries(
          ['script', 'noticeJson', 'translation']
            .filter((d) => runs[n].every((r) => r[d] !== null))
            .map((d) => [d, summary(runs[n].map((r) => r[d]))])
        ),
      ])
    );
    const ratio = (variant, metric) => summary(runs[variant].map((r, i) => r[metric] / runs.static[i][metric]));
    const ratios = {
      'src/static': {paint: ratio('src', 'paint'), lcp: ratio('src', 'lcp')},
      'inline/static': {paint: ratio('inline', 'paint'), lcp: ratio('inline', 'lcp')},
      'preload/static': {paint: ratio('preload', 'paint'), lcp: ratio('preload', 'lcp')},
      'rendered/static': {paint: ratio('rendered', 'paint'), lcp: ratio('rendered', 'lcp')},
      'lit/static': {paint: ratio('lit', 'paint'), lcp: ratio('lit', 'lcp')},
    };

    const sectionButton = (id) => `#section-button-${id}`;
    const series = [
      ['10 sections', manySections(10), sectionButton('section-5')],
      ['100 sections', manySections(100), sectionButton('section-50')],
      ['1,000 sections', manySections(1000), sectionButton('section-500')],
      ['10 cookie items', manyCookies(10), COOKIE_OPEN],
      ['1,000 cookie items', manyCookies(1000), COOKIE_OPEN],
    ];
    const scaling = {};
    for (const [label, doc, selector] of series) {
      const results = [];
      for (let i = 0; i < SCALE_RUNS; i++) results.push(await scaleRun(browser, base, doc, selector));
      scaling[label] = {
        rendered: summary(results.map((r) => r.rendered)),
        painted: summary(results.map((r) => r.painted)),
        complete: summary(results.map((r) => r.complete)),
        longestTask: summary(results.map((r) => r.longestTask)),
        opened: summary(results.map((r) => r.opened)),
        openedWork: summary(results.map((r) => r.openedWork)),
      };
      process.stderr.write(`scaling: ${label} done\n`);
    }
    {
      const results = [];
      for (let i = 0; i < SCALE_RUNS; i++) results.push(await scaleRunLit(browser, base, manySections(1000)));
      const none = {median: NaN, min: NaN, max: NaN, runs: 0};
      scaling['1,000 sections, bare Lit'] = {
        rendered: summary(results.map((r) => r.rendered)),
        painted: summary(results.map((r) => r.painted)),
        complete: summary(results.map((r) => r.complete)),
        longestTask: none,
        opened: none,
        openedWork: none,
      };
      process.stderr.write('scaling: 1,000 sections, bare Lit done\n');
    }

    const report = {
      date: started.toISOString(),
      machine: {
        cpu: cpus()[0]?.model,
        cores: cpus().length,
        loadAverageBefore: loadBefore.map((n) => +n.toFixed(2)),
        loadAverageAfter: loadavg().map((n) => +n.toFixed(2)),
        chromium: browser.version(),
        node: process.version,
      },
      notice: options.notice,
      script: SCRIPT,
      lang: LANG,
      network: LATENCY ? {latency: LATENCY, downMbps: 10, upMbps: 5} : 'loopback',
      runs: RUNS,
      scaleRuns: SCALE_RUNS,
      units: {
        complete: 'ms',
        longestTask: 'ms',
        paint: 'ms',
        lcp: 'ms',
        cls: 'score',
        scriptTime: 'ms',
        heap: 'KiB',
        script: 'ms',
        noticeJson: 'ms',
        translation: 'ms',
        rendered: 'ms',
        painted: 'ms',
        opened: 'ms',
        openedWork: 'ms',
      },
      loads,
      downloads,
      ratios,
      scaling,
      sizes,
      targets: TARGETS,
    };
    print(report);
    mkdirSync(join(ROOT, 'bench-results'), {recursive: true});
    mkdirSync(join(ROOT, 'bench'), {recursive: true});
    const json = JSON.stringify(report, null, 2) + '\n';
    writeFileSync(join(ROOT, 'bench-results', `${started.toISOString().replace(/[:.]/g, '-')}.json`), json);
    writeFileSync(join(ROOT, 'bench', 'latest.json'), json);
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The cookie panel is always open, its tables shown; what a visitor does there
 * is flip a consent switch, which re-renders the panel with every item.
 */
const COOKIE_OPEN = 'button[role="switch"]';

function print(r) {
  const out = [];
  const ok = (pass) => (pass ? 'met' : 'MISSED');
  out.push(`privacy-notice bench — ${r.date}`);
  out.push(
    `${r.machine.cpu}, ${r.machine.cores} cores, load ${r.machine.loadAverageBefore.join(' ')} → ${r.machine.loadAverageAfter.join(' ')}; Chromium ${r.machine.chromium}`
  );
  const network =
    r.network === 'loopback'
      ? 'loopback network'
      : `emulated network: +${r.network.latency} ms round trip, ${r.network.downMbps} Mbit/s down`;
  out.push(`notice ${r.notice} (${r.lang}), script ${r.script}, ${r.runs} cold loads per variant, ${network}, medians (min–max)\n`);
  const cols = ['paint', 'lcp', 'cls', 'scriptTime', 'heap'];
  const head = ['variant', 'last text painted ms', 'LCP ms', 'CLS', 'script ms', 'JS heap KiB'];
  const rows = Object.entries(r.loads).map(([name, m]) => [name, ...cols.map((c) => range(m[c], c === 'cls' ? 3 : c === 'heap' ? 0 : 1))]);
  out.push(table(head, rows));
  out.push('');
  const names = {script: 'script downloaded', noticeJson: 'notice.json downloaded', translation: 'translation downloaded'};
  for (const [variant, d] of Object.entries(r.downloads)) {
    // A download some runs had not finished when the text was painted (the rendered page) is left out.
    const parts = [
      ...Object.entries(d).map(([k, v]) => `${names[k]} ${fmt(v.median)} ms`),
      `last text painted ${fmt(r.loads[variant].paint.median)} ms`,
    ];
    out.push(`${variant}: ${parts.join(', ')} (medians, from navigation start)`);
  }
  out.push('');
  out.push(
    table(
      ['ratio (run by run)', 'last text painted', 'LCP'],
      Object.entries(r.ratios).map(([name, m]) => [name, range(m.paint, 2), range(m.lcp, 2)])
    )
  );
  out.push('');
  out.push(
    table(
      [
        'scaling (warm page)',
        'load event ms',
        'first paint ms',
        'all painted ms',
        'longest task ms',
        'open ms (update)',
        'open ms (painted)',
      ],
      Object.entries(r.scaling).map(([name, m]) => [
        name,
        range(m.rendered),
        range(m.painted),
        range(m.complete),
        range(m.longestTask, 0),
        range(m.openedWork),
        range(m.opened),
      ])
    )
  );
  out.push('');
  out.push(formatSizes(r.sizes));
  out.push('');
  const t = r.targets;
  const opens = Object.entries(r.scaling).filter(([name]) => name.includes('sections') && !name.includes('bare Lit'));
  out.push(
    `targets (reported, not asserted): ` +
      `(b)/(a) last text painted ≤ ${t.ratioPaint}: ${ok(r.ratios['src/static'].paint.median <= t.ratioPaint)} (${fmt(r.ratios['src/static'].paint.median, 2)}) · ` +
      `(e)/(a) ≤ ${t.ratioRendered}: ${ok(r.ratios['rendered/static'].paint.median <= t.ratioRendered)} (${fmt(r.ratios['rendered/static'].paint.median, 2)}) · ` +
      `JS heap (b) ≤ ${t.heap} KiB: ${ok(r.loads.src.heap.median <= t.heap)} (${fmt(r.loads.src.heap.median, 0)}) · ` +
      `1,000 sections render ≤ ${t.render1000} ms: ${ok(r.scaling['1,000 sections'].complete.median <= t.render1000)} (all painted ${fmt(r.scaling['1,000 sections'].complete.median)}, first paint ${fmt(r.scaling['1,000 sections'].painted.median)}) · ` +
      `opening a section ≤ ${t.open} ms: ${ok(Math.max(...opens.map(([, m]) => m.openedWork.median)) <= t.open)} (update, worst median ${fmt(Math.max(...opens.map(([, m]) => m.openedWork.median)))}) · ` +
      `CLS ≤ ${t.cls}: ${ok(Math.max(...Object.values(r.loads).map((l) => l.cls.max)) <= t.cls)}`
  );
  console.log(out.join('\n'));
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

await main();
