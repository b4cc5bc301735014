/**
 * Where a consent record is kept, first-party: a cookie (the default) or a
 * localStorage key, both named `privacy-consent-<document id>`.
 */
import {CONSENT_MAX_AGE_DAYS} from './record.js';

export type ConsentStorageKind = 'cookie' | 'local-storage';

/** A place for one consent record (as text). */
export interface ConsentStore {
  readonly kind: ConsentStorageKind;
  /** The cookie name or storage key. */
  readonly key: string;
  read(): string | null;
  write(value: string): void;
  remove(): void;
}

/** The cookie name or storage key for a document's consent record. */
export const consentKey = (documentId: string) => `privacy-consent-${documentId}`;

const MAX_AGE_SECONDS = CONSENT_MAX_AGE_DAYS * 24 * 60 * 60;

/** Reads one cookie's value from a `document.cookie` string. */
export function readCookie(cookieString: string, name: string): string | null {
  for (const pair of cookieString.split(';')) {
    const at = pair.indexOf('=');
    const key = (at < 0 ? pair : pair.slice(0, at)).trim();
    if (key !== name) continue;
    const value = at < 0 ? '' : pair.slice(at + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return null;
}

/** A first-party cookie on the whole site (Path=/), SameSite=Lax, Secure on https. */
export function cookieStore(doc: Document, documentId: string): ConsentStore {
  const key = consentKey(documentId);
  const secure = doc.location?.protocol === 'https:' ? '; Secure' : '';
  return {
    kind: 'cookie',
    key,
    read: () => readCookie(doc.cookie, key),
    write(value) {
      doc.cookie = `${key}=${encodeURIComponent(value)}; Path=/; Max-Age=${MAX_AGE_SECONDS}; SameSite=Lax${secure}`;
    },
    remove() {
      doc.cookie = `${key}=; Path=/; Max-Age=0; SameSite=Lax${secure}`;
    },
  };
}

/**
 * A localStorage key. Storage can be switched off or throw (sandboxed frames,
 * some private modes): then the choice lasts for this page only.
 */
export function localStore(getStorage: () => Storage, documentId: string): ConsentStore {
  const key = consentKey(documentId);
  let fallback: string | null = null;
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    kind: 'local-storage',
    key,
    read() {
      try {
        return storage()?.getItem(key) ?? fallback;
      } catch {
        return fallback;
      }
    },
    write(value) {
      fallback = value;
      try {
        storage()?.setItem(key, value);
      } catch {
        // Kept in `fallback` for this page.
      }
    },
    remove() {
      fallback = null;
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing stored.
      }
    },
  };
}
