/**
 * A small receiver for the form's data subject requests, for the demo
 * (`npm start` mounts it at /api/privacy-requests) and the tests. Plain Node,
 * no dependencies of its own.
 *
 * POST: a request body, JSON or urlencoded, checked by the same code the form
 *   builds it with (src/form/request-encoding.ts). 201 {reference}; 400 with a
 *   reason; 413 when larger than MAX_REQUEST_BYTES; 415 for other types.
 *   `Idempotency-Key` (else the body's requestId): the same key gets the same
 *   reference (200, `Idempotent-Replayed: true`) and is stored once.
 * GET: every stored request, oldest first: {requests: [...]}. Demo only — a
 *   real back-end must never list personal data to anyone who asks.
 *
 * Storage is append-only JSON Lines, one request per line, in `dataDir`.
 */
import {randomBytes} from 'node:crypto';
import {appendFile, mkdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const SCHEMA_MODULE = fileURLToPath(new URL('../src/form/request-encoding.ts', import.meta.url));

/** Bodies larger than this are not even read to the end: the socket closes. */
const HARD_LIMIT = 10 * 1024 * 1024;

let schema;
/**
 * The form's own payload code, loaded from TypeScript source through vite
 * (already a dev dependency), so form and receiver share one schema.
 */
export function loadRequestSchema() {
  schema ??= import('vite').then(({runnerImport}) => runnerImport(SCHEMA_MODULE)).then(({module}) => module);
  return schema;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference a person can read out on the phone: PR-20240531-7K3M9Q. */
export function newReference(now = new Date()) {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const code = [...randomBytes(6)].map((b) => ALPHABET[b % 32]).join('');
  return `PR-${day}-${code}`;
}

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/** Reads the body up to `limit` bytes; beyond it reads on (to answer 413 cleanly) but keeps nothing. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    if (req.destroyed) return reject(new Error('the connection closed before the body was read'));
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > HARD_LIMIT) {
        req.destroy();
        return;
      }
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({text: Buffer.concat(chunks).toString('utf8'), tooLarge: size > limit}));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('the connection closed before the body ended'));
    });
  });
}

/**
 * @param {{dataDir: string, file?: string}} options
 * @returns {{handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>, list: () => Promise<object[]>, file: string}}
 */
export function createReceiver({dataDir, file = 'privacy-requests.jsonl'}) {
  const path = join(dataDir, file);
  /** idempotency key → stored record; read from the file once. */
  let byKey;

  async function index() {
    if (byKey) return byKey;
    const records = await list();
    byKey ??= new Map(records.map((record) => [record.idempotencyKey, record]));
    return byKey;
  }

  async function list() {
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    return text
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => {
        try {
          return [JSON.parse(line)];
        } catch {
          return []; // a torn last line after a crash: skip it, keep the rest
        }
      });
  }

  async function receive(req, res) {
    const {parseRequestBody, MAX_REQUEST_BYTES} = await loadRequestSchema();
    const declared = Number(req.headers['content-length']);
    if (declared > HARD_LIMIT) {
      req.resume();
      return send(res, 413, {error: 'too-large', reason: `the body is larger than ${MAX_REQUEST_BYTES} bytes`}, {Connection: 'close'});
    }
    const {text, tooLarge} = await readBody(req, MAX_REQUEST_BYTES);
    if (tooLarge) {
      return send(res, 413, {error: 'too-large', reason: `the body is larger than ${MAX_REQUEST_BYTES} bytes`});
    }
    const parsed = parseRequestBody(text, req.headers['content-type']);
    if (!parsed.ok) {
      const error = {400: 'bad-request', 413: 'too-large', 415: 'unsupported-media-type'}[parsed.status];
      return send(res, parsed.status, {error, reason: parsed.reason});
    }
    const header = req.headers['idempotency-key'];
    const key = typeof header === 'string' && header.trim() ? header.trim().slice(0, 255) : parsed.payload.requestId;
    const known = await index();
    const earlier = known.get(key);
    if (earlier) {
      return send(
        res,
        200,
        {reference: earlier.reference, requestId: earlier.request.requestId, receivedAt: earlier.receivedAt},
        {'Idempotent-Replayed': 'true'}
      );
    }
    const record = {
      reference: newReference(),
      receivedAt: new Date().toISOString(),
      idempotencyKey: key,
      encoding: parsed.encoding,
      request: parsed.payload,
    };
    // Claimed before the write, so a second attempt arriving meanwhile gets the same reference.
    known.set(key, record);
    try {
      await mkdir(dataDir, {recursive: true});
      await appendFile(path, JSON.stringify(record) + '\n', 'utf8');
    } catch (error) {
      known.delete(key);
      throw error;
    }
    send(res, 201, {reference: record.reference, requestId: record.request.requestId, receivedAt: record.receivedAt});
  }

  async function handle(req, res) {
    try {
      if (req.method === 'POST') return await receive(req, res);
      if (req.method === 'GET' || req.method === 'HEAD') return send(res, 200, {requests: await list()});
      send(res, 405, {error: 'method-not-allowed', reason: 'use POST to send a request, GET to list them'}, {Allow: 'GET, POST'});
    } catch (error) {
      if (res.headersSent || res.destroyed) return;
      send(res, 500, {error: 'server-error', reason: 'the request could not be stored'});
      console.error('[privacy request receiver]', error);
    }
  }

  return {handle, list, file: path};
}

/**
 * The vite plugin `npm start` uses: the receiver at `path`, storing in
 * `dataDir`. `POST {path}/pause` and `{path}/resume` let the demo pretend the
 * receiver is down (connections are dropped, as if it had stopped).
 */
export function privacyRequestReceiver({path = '/api/privacy-requests', dataDir = 'data'} = {}) {
  const receiver = createReceiver({dataDir});
  let paused = false;
  return {
    name: 'privacy-request-receiver',
    // Appending a request must not look like a source change to the watcher.
    config: () => ({server: {watch: {ignored: [`**/${dataDir}/**`]}}}),
    configureServer(server) {
      server.middlewares.use(path, (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        if (req.method === 'POST' && (url.pathname === '/pause' || url.pathname === '/resume')) {
          paused = url.pathname === '/pause';
          return send(res, 200, {paused});
        }
        if (url.pathname === '/status') return send(res, 200, {paused});
        if (url.pathname !== '/') return next();
        if (paused && req.method === 'POST') return void req.socket.destroy();
        void receiver.handle(req, res);
      });
    },
  };
}
