// The privacy request receiver (server/receiver.js) for the browser tests,
// with failures the tests switch on. Each test uses its own scope, so tests
// running side by side never see each other's requests or faults:
//
//   POST|GET /api/test-receiver/<scope>/requests   the receiver (the form-action)
//   POST     /api/test-receiver/<scope>/fault      {status?, retryAfter?, delay?, drop?, count}
//            the next `count` POSTs: answer `status` (+ Retry-After), store as
//            usual but answer `delay` ms late, or `drop` the connection
//   GET      /api/test-receiver/<scope>/attempts   every POST that arrived: {idempotencyKey, contentType}
//   GET      /api/test-receiver/cross-origin       {origin}: the same routes on another port,
//            without CORS headers, so the browser refuses the answer
import {mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createReceiver, loadRequestSchema} from '../../server/receiver.js';

// Compile the form's payload schema while the browser starts, not on the first
// request: on a busy machine that first compile outlasted a test's wait.
await loadRequestSchema();

const root = mkdtempSync(join(tmpdir(), 'privacy-requests-'));
process.on('exit', () => rmSync(root, {recursive: true, force: true}));

const scopes = new Map();
function scopeNamed(name) {
  let scope = scopes.get(name);
  if (!scope) {
    scope = {receiver: createReceiver({dataDir: join(root, name)}), fault: undefined, attempts: []};
    scopes.set(name, scope);
  }
  return scope;
}

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, {'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers});
  res.end(JSON.stringify(body));
};

const readJson = async (req) => {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
};

const drain = async (req) => {
  for await (const _ of req);
};

/** Answers a route; false when the path is not ours. */
async function route(req, res) {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/api/test-receiver/cross-origin') {
    json(res, 200, {origin: await crossOrigin()});
    return true;
  }
  const match = /^\/api\/test-receiver\/([\w-]{1,64})\/(requests|fault|attempts)$/.exec(url.pathname);
  if (!match) return false;
  const scope = scopeNamed(match[1]);
  const action = match[2];
  if (action === 'fault') {
    const fault = await readJson(req);
    scope.fault = fault.count > 0 ? fault : undefined;
    json(res, 200, {fault: scope.fault ?? null});
  } else if (action === 'attempts') {
    json(res, 200, {attempts: scope.attempts});
  } else if (req.method === 'POST') {
    scope.attempts.push({
      idempotencyKey: req.headers['idempotency-key'] ?? null,
      contentType: req.headers['content-type'] ?? null,
    });
    const fault = scope.fault;
    if (fault && fault.count > 0) {
      fault.count -= 1;
      if (fault.drop) {
        req.socket.destroy();
        return true;
      }
      if (fault.delay) {
        // Stored at once, answered late: what a lost answer looks like.
        const end = res.end.bind(res);
        res.end = (...args) => setTimeout(() => end(...args), fault.delay);
      }
      if (fault.status) {
        await drain(req);
        json(
          res,
          fault.status,
          {error: 'test-fault', reason: `test fault ${fault.status}`},
          fault.retryAfter !== undefined ? {'Retry-After': String(fault.retryAfter)} : {}
        );
        return true;
      }
    }
    await scope.receiver.handle(req, res);
  } else {
    await scope.receiver.handle(req, res);
  }
  return true;
}

let crossOriginServer;
/** The same routes on another port, with no CORS headers at all. */
function crossOrigin() {
  crossOriginServer ??= new Promise((resolve) => {
    const server = createServer((req, res) => {
      route(req, res).then((handled) => handled || json(res, 404, {error: 'not-found'}));
    });
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${server.address().port}`);
    });
  });
  return crossOriginServer;
}

export const middleware = async (context, next) => {
  if (!context.path.startsWith('/api/test-receiver/')) return next();
  context.respond = false;
  const handled = await route(context.req, context.res);
  if (!handled) json(context.res, 404, {error: 'not-found'});
};
