// Endpoints for the hostile-input, CSP and isolation suites (issue 6). Each
// streaming endpoint records, under the `id` the test gives it, how much it
// sent and whether the client closed the connection before the end, so a
// test can prove the element stopped reading (GET /proof/status?id=…).
import {Readable} from 'node:stream';
import {STRICT_CSP, STRICT_CSP_WITH_LIT} from '../../scripts/csp.js';

/** What each streaming request did, by the test's id. */
const requests = new Map();
/** Documents a test uploaded (POST /proof/store?id=…), served by GET /proof/doc?id=…. */
const stored = new Map();

const track = (id) => {
  // `requests`: how many requests came with this id (the state is the last one's).
  const state = {
    started: false,
    bytesSent: 0,
    finished: false,
    closedEarly: false,
    body: '',
    requests: (requests.get(id)?.requests ?? 0) + 1,
  };
  if (id) requests.set(id, state);
  return state;
};

/** Watches the response: finished, or closed by the client before the end. */
const watch = (context, state) => {
  state.started = true;
  context.res.on('close', () => {
    state.finished = context.res.writableFinished;
    state.closedEarly = !context.res.writableFinished;
  });
};

/** A notice document's opening, then padding that never closes. */
const head = '{"schemaVersion":1,"id":"endless","pad":"';

/**
 * A body of `total` bytes (0: endless) in `chunk`-byte pieces, one piece per
 * `interval` ms, counted as it is handed to the socket.
 */
function paced(state, {total, chunk, interval}) {
  let sent = 0;
  let timer;
  const stream = new Readable({
    read() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        const left = total ? total - sent : chunk;
        if (left <= 0) return void this.push(null);
        const size = Math.min(chunk, left);
        const piece = sent === 0 ? head + 'x'.repeat(Math.max(0, size - head.length)) : 'x'.repeat(size);
        sent += piece.length;
        state.bytesSent = sent;
        this.push(piece);
      }, interval);
    },
    destroy(error, callback) {
      clearTimeout(timer);
      callback(error);
    },
  });
  return stream;
}

/** A tiny script that records CSP violations and errors before anything else runs. */
const COLLECTOR = `
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber});
});
window.addEventListener('error', (e) => window.__errors.push(String(e.error && e.error.stack || e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push('unhandled rejection: ' + String(e.reason && e.reason.stack || e.reason)));
`;

/**
 * Hostile global CSS a host page might carry: resets, `!important` on
 * everything, rules aimed at buttons, forms and headings, and selectors that
 * try to reach into a shadow root. (`::part()` is left out: it is the styling
 * API the element offers on purpose.)
 */
const HOSTILE_CSS = `
* { all: revert !important; }
*, *::before, *::after { box-sizing: content-box !important; font: 40px/1 serif !important; color: red !important; background: yellow !important; }
button, [role="button"], [role="switch"], summary, details, form, fieldset, input, select, textarea, label, table, dl { display: none !important; visibility: hidden !important; opacity: 0 !important; }
h1, h2, h3, h4, h5, h6, p, ul, ol, li, a, section, article, div, span { display: none !important; position: absolute !important; left: -9999px !important; }
[hidden] { display: block !important; }
[aria-expanded], [part], [class] { display: none !important; }
privacy-notice * { display: none !important; }
privacy-notice > *, privacy-notice::slotted(*), privacy-notice::before { display: none !important; }
:host, :host(*), :host(privacy-notice), ::slotted(*) { display: none !important; }
html privacy-notice:not(:defined) { display: block !important; }
body { margin: 0 !important; }
`;

/** A host page's own Lit-based element, built on the page's copy of Lit. */
// \`?lit=2\`: the same element on Lit 2.8 (devDependency "lit-2", an alias of lit@2).
const hostLitElement = (lit) => `
import {LitElement, html, css} from '/node_modules/${lit === '2' ? 'lit-2' : 'lit'}/index.js';
class HostCounter extends LitElement {
  static properties = {count: {type: Number}};
  static styles = css\`button { color: rebeccapurple; }\`;
  constructor() { super(); this.count = 0; }
  render() { return html\`<button @click=\${() => this.count++}>host clicks: \${this.count}</button>\`; }
}
customElements.define('host-counter', HostCounter);
document.body.append(document.createElement('host-counter'));
`;

const HOST_DOMPURIFY = `
import DOMPurify from '/node_modules/dompurify/dist/purify.es.mjs';
const box = document.createElement('div');
box.id = 'host-sanitized';
box.innerHTML = DOMPurify.sanitize('<b>host</b><i title="x">page</i>', {RETURN_TRUSTED_TYPE: true});
document.body.append(box);
`;

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

/**
 * A page for the CSP and isolation suites. Query: `script` (module scripts,
 * repeatable), `classic` (classic scripts), `src` (one element per value),
 * `count` (copies of each element), `attrs` (extra attributes, as a query
 * string), `css=hostile`, `gated` (a held-back analytics script),
 * `csp=none` (no policy), `tt` (another trusted-types list; by default
 * `privacy-notice` when every script is a bundle, plus `lit-html` otherwise).
 */
function page(query) {
  const all = (name) => [query[name] ?? []].flat().filter(Boolean);
  const attrs = new URLSearchParams(query.attrs ?? '');
  const attributes = [...attrs].map(([k, v]) => (v ? ` ${k}="${escapeHtml(v)}"` : ` ${k}`)).join('');
  const count = Math.min(100, Number(query.count) || 1);
  const elements = all('src').flatMap((src) =>
    Array.from({length: count}, () => `<privacy-notice src="${escapeHtml(src)}"${attributes}></privacy-notice>`)
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>proof page</title>
<script src="/proof/collect.js"></script>
${query.css === 'hostile' ? '<link rel="stylesheet" href="/proof/hostile.css">' : ''}
${all('classic')
  .map((s) => `<script src="${escapeHtml(s)}"></script>`)
  .join('\n')}
${all('script')
  .map((s) => `<script type="module" src="${escapeHtml(s)}"></script>`)
  .join('\n')}
${query.gated ? '<script type="text/plain" data-privacy-category="analytics" src="/proof/gated.js"></script>' : ''}
</head>
<body>
<main>
<h1>Host page</h1>
<button type="button" id="host-button">A host page button</button>
${elements.join('\n')}
</main>
</body>
</html>`;
}

/** The pages' scripts and styles, by path. */
const ASSETS = {
  '/proof/collect.js': {type: 'text/javascript', body: () => COLLECTOR},
  // A held-back analytics script: records that it ran.
  '/proof/gated.js': {type: 'text/javascript', body: () => 'window.__gatedRan = (window.__gatedRan || 0) + 1;'},
  // The host page's own Lit element, from its own (unbundled) copy of Lit.
  '/proof/host-lit-element.js': {type: 'text/javascript', body: (query) => hostLitElement(query.lit)},
  // The host page's own DOMPurify, on its own `dompurify` Trusted Types policy.
  '/proof/host-dompurify.js': {type: 'text/javascript', body: () => HOST_DOMPURIFY},
  '/proof/hostile.css': {type: 'text/css', body: () => HOSTILE_CSS},
};

/** CSP violation reports (report-uri), by the test's id. */
const cspReports = new Map();

export const middleware = async (context, next) => {
  const {path, query} = context;
  if (path.startsWith('/demo/') && typeof query['csp-test'] === 'string') {
    // The demo's own pages, served as usual but under the strict policy, with
    // violations reported to /proof/csp-report (the page itself is not ours
    // to add a listener to).
    await next();
    if (context.response.is('html')) {
      const report = `/proof/csp-report?id=${encodeURIComponent(query['csp-test'])}`;
      // The demo's pages load the element from source, on Lit's own policy.
      context.set('Content-Security-Policy', `${STRICT_CSP_WITH_LIT}; report-uri ${report}`);
      context.set('Cache-Control', 'no-store');
    }
    return;
  }
  if (!path.startsWith('/proof/')) return next();
  const id = typeof query.id === 'string' ? query.id : '';
  const asset = ASSETS[path];
  if (asset) {
    context.type = asset.type;
    context.body = asset.body(query);
    return;
  }

  switch (path) {
    case '/proof/page.html': {
      context.type = 'text/html';
      context.set('Cache-Control', 'no-store');
      if (query.csp !== 'none') {
        // The bundle alone needs `privacy-notice`; source modules, or a page
        // element on its own Lit, need `lit-html` too.
        const onlyBundles = [query.script ?? []].flat().every((script) => script.startsWith('/dist/'));
        const strict = onlyBundles ? STRICT_CSP : STRICT_CSP_WITH_LIT;
        const csp = query.tt ? strict.replace(/trusted-types .*$/, `trusted-types ${query.tt}`) : strict;
        context.set('Content-Security-Policy', csp);
      }
      context.body = page(query);
      return;
    }

    case '/proof/csp-report': {
      if (context.method === 'POST') {
        const chunks = [];
        for await (const chunk of context.req) chunks.push(chunk);
        let report;
        try {
          report = JSON.parse(Buffer.concat(chunks).toString('utf8'))['csp-report'];
        } catch {
          report = {unreadable: true};
        }
        cspReports.set(id, [...(cspReports.get(id) ?? []), report]);
        context.status = 204;
        return;
      }
      context.type = 'application/json';
      context.body = JSON.stringify(cspReports.get(id) ?? []);
      return;
    }

    case '/proof/status': {
      const state = requests.get(id);
      context.type = 'application/json';
      context.body = JSON.stringify(state ?? {started: false});
      return;
    }

    case '/proof/stream': {
      // total=0: endless. declare=N: a Content-Length of N bytes whatever is sent.
      const state = track(id);
      watch(context, state);
      const total = Number(query.bytes) || 0;
      context.type = 'application/json';
      context.set('Cache-Control', 'no-store');
      if (query.declare) context.set('Content-Length', String(Number(query.declare)));
      context.body = paced(state, {
        total,
        chunk: Number(query.chunk) || 64 * 1024,
        interval: Number(query.interval) || 1,
      });
      return;
    }

    case '/proof/hang': {
      // Headers, then nothing until the client gives up (or a minute passes).
      const state = track(id);
      watch(context, state);
      context.type = 'application/json';
      context.set('Cache-Control', 'no-store');
      context.body = paced(state, {total: 2, chunk: 1, interval: 60_000});
      return;
    }

    case '/proof/store': {
      // Keeps an uploaded document (up to 32 MB) for GET /proof/doc?id=….
      const chunks = [];
      let size = 0;
      for await (const chunk of context.req) {
        size += chunk.length;
        if (size > 32 * 1024 * 1024) break;
        chunks.push(chunk);
      }
      stored.set(id, Buffer.concat(chunks));
      context.type = 'application/json';
      context.body = JSON.stringify({url: `/proof/doc?id=${encodeURIComponent(id)}`, bytes: size});
      return;
    }

    case '/proof/doc': {
      // A stored document, or `body` from the query; `bom=1` adds a byte-order mark.
      const bytes = stored.get(id) ?? Buffer.from(String(query.body ?? ''));
      const state = track(id);
      watch(context, state);
      context.type = query.type || 'application/json';
      context.set('Cache-Control', 'no-store');
      context.body = query.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
      return;
    }

    case '/proof/submit': {
      // A slow form endpoint: reads the request, then answers after `delay` ms.
      const state = track(id);
      watch(context, state);
      const chunks = [];
      for await (const chunk of context.req) chunks.push(chunk);
      state.body = Buffer.concat(chunks).toString('utf8').slice(0, 10_000);
      state.key = context.get('Idempotency-Key');
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, Number(query.delay) || 30_000);
        context.req.socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (context.req.socket.destroyed) {
        context.respond = false; // the client is gone: nothing to answer
        return;
      }
      context.status = 202;
      context.type = 'application/json';
      context.body = JSON.stringify({requestId: 'PROOF-1'});
      return;
    }

    default:
      return next();
  }
};
