/**
 * The unfinished request, kept in sessionStorage so a reload (or a crashed
 * tab restored) loses nothing. Keyed by notice id; cleared after success.
 * The pending request id travels with it, so a retry after a reload still
 * sends the same `Idempotency-Key`. Storage that throws (private modes, a
 * full quota) is ignored: the form still works, it only forgets on reload.
 */
import {fieldsFrom, type RequestFields} from './fields.js';

/** A request that has been sent at least once, with the content it had. */
export interface PendingRequest {
  requestId: string;
  /** ISO time of the first attempt; the payload keeps it on every retry. */
  createdAt: string;
  /** `fingerprint(fields)` when it was first sent. */
  fingerprint: string;
}

export interface Draft {
  fields: RequestFields;
  pending?: PendingRequest;
}

export const draftKey = (noticeId: string) => `privacy-notice:request-draft:${noticeId}`;

/** sessionStorage, or undefined where reading it throws. */
export function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const isPending = (value: unknown): value is PendingRequest => {
  const p = value as PendingRequest | undefined;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.requestId === 'string' &&
    typeof p.createdAt === 'string' &&
    !Number.isNaN(Date.parse(p.createdAt)) &&
    typeof p.fingerprint === 'string'
  );
};

export function loadDraft(storage: Storage | undefined, noticeId: string): Draft | undefined {
  try {
    const text = storage?.getItem(draftKey(noticeId));
    if (!text) return undefined;
    const value = JSON.parse(text) as {fields?: unknown; pending?: unknown};
    return {
      fields: fieldsFrom(value.fields),
      ...(isPending(value.pending) && {pending: value.pending}),
    };
  } catch {
    return undefined;
  }
}

export function saveDraft(storage: Storage | undefined, noticeId: string, draft: Draft): void {
  try {
    storage?.setItem(draftKey(noticeId), JSON.stringify(draft));
  } catch {
    // Quota or privacy mode: nothing to do but carry on.
  }
}

export function clearDraft(storage: Storage | undefined, noticeId: string): void {
  try {
    storage?.removeItem(draftKey(noticeId));
  } catch {
    // as above
  }
}
