/**
 * The work in progress, kept in the browser's localStorage: several notices,
 * each with the version it was opened as (for "what changed"), saved on every
 * change. No server, no account. `clearAll` removes everything the editor
 * stored and nothing else.
 */
import type {NoticeDocument} from '../document/schema.js';
import type {ImportReport} from '../import/index.js';

export interface StoredNotice {
  key: string;
  /** The document as it is now. */
  notice: NoticeDocument;
  /** The document as it was opened or imported: "what changed" compares with it. */
  opened: NoticeDocument;
  /** How it was started: the importer's report, when imported. */
  report?: ImportReport;
  source: 'import' | 'file' | 'template' | 'blank';
  savedAt: string;
}

export interface StoredSummary {
  key: string;
  title: string;
  savedAt: string;
}

export class NoticeStore {
  readonly #prefix: string;

  /** `name` keeps apart several editors on one origin (tests use their own). */
  constructor(
    name = 'privacy-notice-editor',
    private readonly storage: Storage = localStorage
  ) {
    this.#prefix = `${name}:`;
  }

  list(): StoredSummary[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(`${this.#prefix}index`) ?? '[]');
      return Array.isArray(parsed) ? (parsed as StoredSummary[]).filter((s) => typeof s?.key === 'string') : [];
    } catch {
      return [];
    }
  }

  load(key: string): StoredNotice | undefined {
    try {
      const value = JSON.parse(this.storage.getItem(this.#prefix + key) ?? 'null') as StoredNotice | null;
      return value?.notice ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves one notice; false when the browser refused (storage full or off). */
  save(entry: StoredNotice, title: string): boolean {
    try {
      this.storage.setItem(this.#prefix + entry.key, JSON.stringify(entry));
      const rest = this.list().filter((s) => s.key !== entry.key);
      this.storage.setItem(`${this.#prefix}index`, JSON.stringify([{key: entry.key, title, savedAt: entry.savedAt}, ...rest]));
      this.storage.setItem(`${this.#prefix}last`, entry.key);
      return true;
    } catch {
      return false;
    }
  }

  /** The notice worked on last, if it is still stored. */
  lastKey(): string | undefined {
    const key = this.storage.getItem(`${this.#prefix}last`) ?? undefined;
    return key && this.list().some((s) => s.key === key) ? key : undefined;
  }

  remove(key: string): void {
    this.storage.removeItem(this.#prefix + key);
    this.storage.setItem(`${this.#prefix}index`, JSON.stringify(this.list().filter((s) => s.key !== key)));
  }

  /** Forgets every notice and setting the editor stored. */
  clearAll(): void {
    const mine: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const name = this.storage.key(i);
      if (name?.startsWith(this.#prefix)) mine.push(name);
    }
    for (const name of mine) this.storage.removeItem(name);
  }

  getSetting(name: string): string | undefined {
    return this.storage.getItem(`${this.#prefix}setting:${name}`) ?? undefined;
  }

  setSetting(name: string, value: string): void {
    try {
      this.storage.setItem(`${this.#prefix}setting:${name}`, value);
    } catch {
      // A setting that is not kept is no loss.
    }
  }
}

/** A fresh key for a new notice. */
export const newKey = (): string => `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
