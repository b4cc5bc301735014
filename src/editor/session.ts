/**
 * One editing session: which notice is open, its undo history, saving on
 * every change, and the ways a notice starts (import, file, template).
 */
import type {NoticeDocument} from '../document/schema.js';
import {repairNotice} from '../document/repair.js';
import {validateNotice} from '../document/validate.js';
import {importDocx, importNotice, type ImportReport, type ImportResult} from '../import/index.js';
import {msg, str} from '../localization.js';
import {noticeJson} from './embed.js';
import {EditHistory} from './history.js';
import {newKey, NoticeStore, type StoredNotice} from './store.js';
import {TEMPLATES, type TemplateId} from './templates/index.js';
import {textIn} from './text.js';

export class Session {
  readonly store: NoticeStore;
  readonly history = new EditHistory<NoticeDocument>();
  entry?: StoredNotice;
  error?: string;
  busy = false;
  saveFailed = false;
  showReport = true;

  constructor(
    private readonly changed: () => void,
    storeName?: string
  ) {
    this.store = new NoticeStore(storeName);
  }

  /** Reopens the notice worked on last, if any. */
  resume(): void {
    const key = this.store.lastKey();
    if (key) this.entry = this.store.load(key);
    this.changed();
  }

  /** Makes `next` the document, recording the old one for undo, and saves. */
  apply(next: NoticeDocument, key = ''): void {
    if (!this.entry || next === this.entry.notice) return;
    this.history.record(this.entry.notice, key);
    this.#set(next);
  }

  undo(): void {
    const previous = this.entry && this.history.undo(this.entry.notice);
    if (previous) this.#set(previous);
  }

  redo(): void {
    const next = this.entry && this.history.redo(this.entry.notice);
    if (next) this.#set(next);
  }

  #set(notice: NoticeDocument) {
    this.entry = {...this.entry!, notice, savedAt: new Date().toISOString()};
    this.#save();
    this.changed();
  }

  #save() {
    const e = this.entry!;
    this.saveFailed = !this.store.save(e, textIn(e.notice.title, e.notice.languages[0], e.notice.languages[0]) || e.notice.id);
  }

  /** Starts editing a new notice. */
  begin(notice: NoticeDocument, source: StoredNotice['source'], report?: ImportReport): void {
    this.entry = {key: newKey(), notice, opened: notice, source, savedAt: new Date().toISOString(), ...(report ? {report} : {})};
    this.history.clear();
    this.error = undefined;
    this.showReport = true;
    this.#save();
    this.changed();
  }

  open(key: string): void {
    const entry = this.store.load(key);
    if (!entry) return;
    this.entry = entry;
    this.history.clear();
    this.#save();
    this.changed();
  }

  close(): void {
    this.entry = undefined;
    this.history.clear();
    this.changed();
  }

  remove(key: string): void {
    this.store.remove(key);
    if (this.entry?.key === key) this.entry = undefined;
    this.changed();
  }

  clearAll(): void {
    this.store.clearAll();
    this.entry = undefined;
    this.history.clear();
    this.changed();
  }

  hideReport(): void {
    this.showReport = false;
    this.changed();
  }

  importText(text: string, fileName?: string): void {
    if (!text.trim()) {
      this.error = msg('Paste the text of a notice first.', {id: 'editor-paste-empty'});
      return this.changed();
    }
    this.#imported(importNotice(text, fileName ? {fileName} : {}));
  }

  #imported(result: ImportResult) {
    if (result.document) this.begin(result.document, 'import', result.report);
    else {
      this.error = msg(str`Could not import: ${result.error ?? ''}`, {id: 'editor-import-failed'});
      this.changed();
    }
  }

  async openFile(file: File): Promise<void> {
    this.busy = true;
    this.changed();
    try {
      if (/\.docx$/i.test(file.name)) this.#imported(await importDocx(new Uint8Array(await file.arrayBuffer()), {fileName: file.name}));
      else if (/\.json$/i.test(file.name) || file.type === 'application/json') this.#openJson(await file.text());
      else this.importText(await file.text(), file.name);
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  /** A notice document: as it is when valid, else what can be shown of it. */
  #openJson(text: string) {
    const valid = validateNotice(text);
    if (valid.ok) return this.begin(valid.notice, 'file');
    const repaired = repairNotice(text);
    if (!repaired.notice) {
      this.error = msg(str`This file is not a notice document: ${repaired.issues[0]?.message ?? ''}`, {id: 'editor-open-failed'});
      return this.changed();
    }
    this.begin(repaired.notice, 'file');
  }

  useTemplate(id: TemplateId): void {
    this.begin(TEMPLATES[id](), 'template');
  }

  startOptions() {
    return {
      stored: this.store.list(),
      importText: (text: string) => this.importText(text),
      openFile: (file: File) => void this.openFile(file),
      useTemplate: (id: TemplateId) => this.useTemplate(id),
      open: (key: string) => this.open(key),
      remove: (key: string) => this.remove(key),
    };
  }

  /** The document as the file to publish. */
  exportJson(): string {
    return noticeJson(this.entry!.notice);
  }

  download(): void {
    const url = URL.createObjectURL(new Blob([this.exportJson()], {type: 'application/json'}));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'notice.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
