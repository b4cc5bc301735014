/**
 * Reading what `privacy-notice check` is given: a file, `-` for standard
 * input, or an http(s) URL, each refused beyond the size the widget accepts.
 * Failures are thrown as `InputError` with a plain message.
 */
import {readFile, stat} from 'node:fs/promises';
import {isAcceptedContentType, MAX_NOTICE_BYTES, readLimitedText} from '../document/load.js';

/** Milliseconds a URL gets to answer with its whole body. */
export const FETCH_TIMEOUT = 10_000;

export class InputError extends Error {
  override name = 'InputError';
}

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

const tooLarge = (size: number | string) =>
  new InputError(`is ${size} bytes; the limit is ${MAX_NOTICE_BYTES} bytes (2 MiB), as in the widget`);

/** The text of a file, standard input (`-`) or URL. */
export async function readInput(source: string, {timeout = FETCH_TIMEOUT, maxBytes = MAX_NOTICE_BYTES} = {}): Promise<string> {
  if (isUrl(source)) return fetchText(source, timeout, maxBytes);
  if (source === '-') return readStream(process.stdin, maxBytes);
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new InputError('is a directory, not a file');
    if (info.size > maxBytes) throw tooLarge(info.size);
    return await readFile(source, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : `cannot be read: ${(error as Error).message}`
    );
  }
}

async function readStream(stream: AsyncIterable<Buffer>, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(`over ${maxBytes}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchText(url: string, timeout: number, maxBytes: number): Promise<string> {
  const signal = AbortSignal.timeout(timeout);
  let response: Response;
  try {
    response = await fetch(url, {signal, headers: {Accept: 'application/json'}});
  } catch (error) {
    throw new InputError(
      signal.aborted
        ? `did not answer within ${timeout / 1000} s`
        : `could not be fetched: ${(error as Error & {cause?: Error}).cause?.message ?? (error as Error).message}`
    );
  }
  const refuse = (message: string) => {
    void response.body?.cancel().catch(() => {});
    return new InputError(message);
  };
  if (!response.ok) throw refuse(`answered HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type');
  if (!isAcceptedContentType(type)) throw refuse(`was served as "${type}", not as JSON (a login or error page?)`);
  try {
    // As the widget reads it: refused by its declared size or while streaming.
    return await readLimitedText(response, maxBytes, tooLarge);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(signal.aborted ? `did not arrive within ${timeout / 1000} s` : `could not be read: ${(error as Error).message}`);
  }
}
