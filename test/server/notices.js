// Real HTTP endpoints for the element's loading tests, under /test-notices/:
// a good document, HTTP errors, broken and wrong documents, a slow answer, an
// oversize and an endless body, wrong content types. The slow and endless
// ones record when the browser gives up (closes the connection), so a test can
// see that an abort really reached the network.
import {readFile} from 'node:fs/promises';
import {Readable} from 'node:stream';

const fixture = new URL('../browser/element-fixture.json', import.meta.url);
const MB = 1024 * 1024;

/** id → 'open' | 'closed', for requests tests want to watch. */
const watched = new Map();

function watch(context) {
  const id = context.query.id;
  if (id) watched.set(id, 'open');
  const closed = new Promise((resolve) =>
    context.res.on('close', () => {
      if (id && !context.res.writableFinished) watched.set(id, 'closed');
      resolve();
    })
  );
  return closed;
}

/** A body of spaces (valid JSON whitespace) that never ends, or ends at `size`. */
function spaces(size = Infinity) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return this.push(null);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

const routes = {
  'notice.json': async (context) => {
    context.type = 'application/json';
    context.body = await readFile(fixture, 'utf8');
  },
  'notice-plain.json': async (context) => {
    context.type = 'text/plain; charset=utf-8';
    context.body = await readFile(fixture, 'utf8');
  },
  'notice-ld.json': async (context) => {
    context.type = 'application/ld+json';
    context.body = await readFile(fixture, 'utf8');
  },
  'warnings.json': async (context) => {
    const notice = JSON.parse(await readFile(fixture, 'utf8'));
    notice.colour = 'blue';
    context.type = 'application/json';
    context.body = JSON.stringify(notice);
  },
  'missing.json': (context) => {
    context.status = 404;
    context.type = 'text/plain';
    context.body = 'Not found';
  },
  'broken.json': (context) => {
    context.status = 500;
    context.type = 'text/plain';
    context.body = 'Internal Server Error';
  },
  'invalid-json.json': (context) => {
    context.type = 'application/json';
    context.body = '{"schemaVersion": 1, "id": ';
  },
  'wrong-shape.json': (context) => {
    context.type = 'application/json';
    context.body = JSON.stringify({schemaVersion: 1, id: 'x', languages: 'fi', sections: []});
  },
  'html.json': (context) => {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Log in</title><p>Please log in.</p>';
  },
  // Answers after 30 s, or never if the browser gives up first.
  'slow.json': async (context) => {
    const closed = watch(context);
    const late = new Promise((resolve) => setTimeout(resolve, 30_000));
    await Promise.race([closed, late]);
    if (context.res.destroyed) return;
    context.type = 'application/json';
    context.body = await readFile(fixture, 'utf8');
  },
  // Says up front it is 3 MB: must be refused without reading it.
  'oversize-declared.json': (context) => {
    watch(context);
    context.compress = false;
    context.type = 'application/json';
    context.length = 3 * MB;
    context.body = spaces(3 * MB);
  },
  // Never ends and declares no length: must be cut off while streaming.
  'endless.json': (context) => {
    watch(context);
    context.compress = false;
    context.type = 'application/json';
    context.body = spaces();
  },
  // The document, noting whether the request carried cookies.
  'credentials.json': async (context) => {
    watched.set(context.query.id, context.get('Cookie') ? 'with-cookies' : 'without-cookies');
    context.type = 'application/json';
    context.body = await readFile(fixture, 'utf8');
  },
  // Whether a watched request is 'open', 'closed' or unknown (or came with cookies).
  'request-state': (context) => {
    context.type = 'application/json';
    context.body = JSON.stringify({state: watched.get(context.query.id) ?? 'unknown'});
  },
};

export const middleware = async (context, next) => {
  const match = /^\/test-notices\/([\w.-]+)$/.exec(context.path);
  const route = match && routes[match[1]];
  if (!route) return next();
  context.set('Cache-Control', 'no-store');
  await route(context);
};
