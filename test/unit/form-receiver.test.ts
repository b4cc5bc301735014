/**
 * The demo receiver over real HTTP, and the form's delivery talking to it
 * (Node's fetch: the same code the browser runs, minus CORS).
 */
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {createReceiver, type Receiver} from '../../server/receiver.js';
import {deliverRequest} from '../../src/form/delivery.js';
import {buildPayload, emptyFields} from '../../src/form/fields.js';
import {newRequestId} from '../../src/form/request-id.js';
import {encodeRequest} from '../../src/form/request-encoding.js';

let dataDir: string;
let receiver: Receiver;
let server: Server;
let base: string;
/** Failures for the next POSTs: an HTTP status (with Retry-After), a delay, or a dropped connection. */
let faults: {status?: number; retryAfter?: number; delay?: number; drop?: boolean}[] = [];
let keys: (string | undefined)[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'receiver-test-'));
  receiver = createReceiver({dataDir});
  server = createServer(async (req, res) => {
    if (req.method === 'POST') {
      keys.push(req.headers['idempotency-key'] as string | undefined);
      const fault = faults.shift();
      if (fault?.drop) return void req.socket.destroy();
      if (fault?.delay) await new Promise((r) => setTimeout(r, fault.delay));
      if (fault?.status) {
        req.resume();
        res.writeHead(fault.status, fault.retryAfter ? {'Retry-After': String(fault.retryAfter)} : {});
        return void res.end('{"reason":"test fault"}');
      }
    }
    await receiver.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dataDir, {recursive: true, force: true});
});

beforeEach(() => {
  faults = [];
  keys = [];
});

const payload = (over: Partial<ReturnType<typeof emptyFields>> = {}) =>
  buildPayload(
    {
      ...emptyFields(),
      type: 'objection-direct-marketing',
      name: 'Matti Virtanen',
      email: 'matti@example.fi',
      requesterRole: 'data-subject',
      ...over,
    },
    {
      notice: {id: 'arjasmaa', updated: '2018-05-25'},
      language: 'fi',
      pageUrl: 'https://example.fi/tietosuoja',
      requestId: newRequestId(),
      createdAt: new Date(),
    }
  );

const post = (body: string, contentType = 'application/json', headers: Record<string, string> = {}) =>
  fetch(base, {method: 'POST', body, headers: {'Content-Type': contentType, ...headers}});

const stored = async () =>
  (await readFile(receiver.file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe('the receiver', () => {
  it('stores a JSON request and answers 201 with a reference', async () => {
    const request = payload();
    const response = await post(encodeRequest(request, 'json').body);
    expect(response.status).toBe(201);
    const {reference} = await response.json();
    expect(reference).toMatch(/^PR-\d{8}-[0-9A-Z]{6}$/);
    const record = (await stored()).find((r) => r.reference === reference);
    expect(record).toMatchObject({idempotencyKey: request.requestId, encoding: 'json', request});
  });

  it('accepts urlencoded bodies too', async () => {
    const request = payload({type: 'other', message: 'Käytättekö tietojani & miten?'});
    const {body, contentType} = encodeRequest(request, 'urlencoded');
    const response = await post(body, contentType);
    expect(response.status).toBe(201);
    const {reference} = await response.json();
    expect((await stored()).find((r) => r.reference === reference)).toMatchObject({encoding: 'urlencoded', request});
  });

  it('gives the same key the same reference and stores it once', async () => {
    const request = payload();
    const body = encodeRequest(request, 'json').body;
    const first = await post(body, 'application/json', {'Idempotency-Key': request.requestId});
    const again = await post(body, 'application/json', {'Idempotency-Key': request.requestId});
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await again.json()).reference).toBe((await first.json()).reference);
    expect((await stored()).filter((r) => r.idempotencyKey === request.requestId)).toHaveLength(1);
  });

  it('remembers keys across a restart (reads its file back)', async () => {
    const request = payload();
    const body = encodeRequest(request, 'json').body;
    const {reference} = await (await post(body)).json();
    const restarted = createReceiver({dataDir});
    expect((await restarted.list()).some((r) => r.reference === reference)).toBe(true);
  });

  it('answers 400 with a reason for a bad body', async () => {
    const response = await post(JSON.stringify({...payload(), type: 'rectification'}));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'bad-request',
      reason: 'message: is required for a "rectification" request',
    });
    const broken = await post('{"schemaVersion": 1,');
    expect(broken.status).toBe(400);
    expect((await broken.json()).reason).toMatch(/not valid JSON/);
  });

  it('answers 413 for an oversize body, and 415 for another type', async () => {
    const huge = JSON.stringify({...payload(), message: 'x'.repeat(100_000)});
    expect((await post(huge)).status).toBe(413);
    expect((await post('hello', 'text/plain')).status).toBe(415);
  });

  it('lists what it stored', async () => {
    const response = await fetch(base);
    const {requests} = await response.json();
    expect(requests.length).toBe((await stored()).length);
  });
});

describe('delivery', () => {
  const options = {url: '', encoding: 'json' as const, timeout: 2000, retryDelays: [10, 10]};

  it('returns the server’s reference', async () => {
    const result = await deliverRequest({...options, url: base, payload: payload()});
    expect(result.ok && result.reference).toMatch(/^PR-/);
  });

  it('retries a 5xx, a dropped connection and a timeout with the same key, stored once', async () => {
    const request = payload();
    faults = [{status: 503}, {drop: true}, {delay: 700}];
    const result = await deliverRequest({...options, url: base, payload: request, timeout: 500, retryDelays: [10, 10, 10]});
    expect(result.ok).toBe(true);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    expect(new Set(keys)).toEqual(new Set([request.requestId]));
    expect((await stored()).filter((r) => r.idempotencyKey === request.requestId)).toHaveLength(1);
  });

  it('reports the last failure when retries run out, keeping its kind', async () => {
    faults = [{status: 500}, {status: 500}, {status: 500}];
    const server = await deliverRequest({...options, url: base, payload: payload()});
    expect(server).toMatchObject({ok: false, failure: {kind: 'server', status: 500}});
    faults = [{status: 429, retryAfter: 120}];
    const limited = await deliverRequest({...options, url: base, payload: payload()});
    expect(limited).toMatchObject({ok: false, failure: {kind: 'rate-limited', status: 429, retryAfter: 120}});
    expect(keys).toHaveLength(4); // a long Retry-After is not waited for
    const rejected = await deliverRequest({...options, url: base, payload: {...payload(), email: 'x'}});
    expect(rejected).toMatchObject({ok: false, failure: {kind: 'rejected', status: 400}});
    expect(rejected.ok || rejected.failure.detail).toMatch(/email: "x" is not an email address/);
  });

  it('reports a timeout and an unreachable server', async () => {
    faults = [{delay: 800}];
    const slow = await deliverRequest({...options, url: base, payload: payload(), timeout: 200, retryDelays: []});
    expect(slow).toMatchObject({ok: false, failure: {kind: 'timeout'}});
    const closed = await deliverRequest({...options, url: 'http://127.0.0.1:9/', payload: payload(), retryDelays: []});
    expect(closed).toMatchObject({ok: false, failure: {kind: 'network'}});
  });
});
