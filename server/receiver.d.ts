import type {IncomingMessage, ServerResponse} from 'node:http';
import type {Plugin} from 'vite';

export interface StoredRequest {
  reference: string;
  receivedAt: string;
  idempotencyKey: string;
  encoding: 'json' | 'urlencoded';
  request: import('../src/form/request-schema.js').RequestPayload;
}

export interface Receiver {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  list(): Promise<StoredRequest[]>;
  /** The JSON Lines file requests are appended to. */
  file: string;
}

export function createReceiver(options: {dataDir: string; file?: string}): Receiver;
export function loadRequestSchema(): Promise<typeof import('../src/form/request-encoding.js')>;
export function newReference(now?: Date): string;
export function privacyRequestReceiver(options?: {path?: string; dataDir?: string}): Plugin;
