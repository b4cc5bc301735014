/**
 * `<notice-editor>`: import, write, check, translate and publish a notice
 * document without touching JSON. The work in progress is saved in this
 * browser on every change (./store.ts); the real <privacy-notice> shows it
 * beside the fields; the checker's findings sit next to the fields they
 * concern. The element composes plain view functions (./views/); the
 * session's logic (open, import, undo, save) is in ./session.ts.
 */
import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {checkNotice, severityOf} from '../document/check.js';
import type {NoticeDocument} from '../document/schema.js';
import {msg} from '../localization.js';
import {sanitizerReady} from '../sanitize.js';
import type {UiLocale} from '../localization.js';
import {diffNotices} from './diff.js';
import {DEFAULT_SCRIPT_URL} from './embed.js';
import {eachLocalized, setIn, type Path} from './edit.js';
import {editorLocale, LocalizedElement, preferredLocale, setEditorLocale} from './locale.js';
import {editorStyles} from './notice-editor.styles.js';
import {Session} from './session.js';
import {missingByLanguage, unfilledPaths} from './text.js';
import {anchorOf, anchorsOf, pathString, toFindings, type EditorContext, type Finding} from './views/context.js';
import {changesView} from './views/changes.js';
import {checkView} from './views/check.js';
import {controllerView} from './views/controller.js';
import {cookiesView} from './views/cookies.js';
import {documentView} from './views/document.js';
import {previewView, type PreviewOptions} from './views/preview.js';
import {publishView} from './views/publish.js';
import {reportView} from './views/report.js';
import {rightsView} from './views/rights.js';
import {sectionsView} from './views/sections.js';
import {startView} from './views/start.js';
import './rich-text.js';

const LOCALES: {value: UiLocale; label: string}[] = [
  {value: 'en', label: 'English'},
  {value: 'fi', label: 'Suomi'},
  {value: 'sv', label: 'Svenska'},
];

export class NoticeEditorElement extends LocalizedElement {
  static override styles = editorStyles;

  /** Keeps this editor's notices apart from another's on the same site. */
  @property({attribute: 'store-name'}) storeName = 'privacy-notice-editor';
  session!: Session;
  /** Resolves once the sanitiser and the interface language are here and the editor has rendered. */
  whenReady: Promise<void> = Promise.resolve();
  @state() private ready = false;
  @state() private pane: 'edit' | 'preview' = 'edit';
  @state() private preview: Omit<PreviewOptions, 'notice' | 'set'> = {
    lang: '',
    width: 'desktop',
    theme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  };
  @state() private announcement = '';
  @state() private confirmClear = false;
  @state() private src = '/privacy/notice.json';
  /** The embed code's script address (remembered in this browser). */
  @state() private script?: string;
  #findings: Finding[] = [];
  #byAnchor = new Map<string, Finding[]>();
  #missing = new Map<string, number>();
  #checked?: NoticeDocument;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#keys);
    this.session ??= new Session(() => this.requestUpdate(), this.storeName);
    const locale = preferredLocale(this.session.store.getSetting('locale'));
    this.whenReady = Promise.all([sanitizerReady(), setEditorLocale(locale)]).then(async () => {
      this.session.resume();
      this.lang = editorLocale(); // the interface's language, for screen readers and hyphenation
      this.ready = true;
      await this.updateComplete;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#keys);
  }

  /** The document as it is now (for tests and scripts). */
  get notice(): NoticeDocument | undefined {
    return this.session.entry?.notice;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const notice = this.notice;
    if (!notice || notice === this.#checked) return;
    this.#checked = notice;
    const report = checkNotice(notice);
    this.#findings = toFindings(report.errors, report.warnings, unfilledPaths(notice, notice.languages), severityOf);
    const anchors = anchorsOf(notice);
    this.#byAnchor = new Map();
    for (const f of this.#findings) {
      const anchor = anchorOf(f.path, anchors);
      this.#byAnchor.set(anchor, [...(this.#byAnchor.get(anchor) ?? []), f]);
    }
    this.#missing = missingByLanguage(notice, (visit) => eachLocalized(notice, visit));
    if (!notice.languages.includes(this.preview.lang)) this.preview = {...this.preview, lang: notice.languages[0]};
  }

  /** Every finding of the live check (for tests). */
  get findings(): readonly Finding[] {
    return this.#findings;
  }

  override render() {
    if (!this.ready) return html`<p>${msg('Loading…', {id: 'editor-loading'})}</p>`;
    const s = this.session;
    return html`
      <header class="bar">
        <h1>${msg('Privacy notice editor', {id: 'editor-heading-main'})}</h1>
        <div class="tools">
          ${s.entry ? html`<button type="button" class="new" @click=${() => s.close()}>${msg('New or other notice', {id: 'editor-new'})}</button>` : nothing}
          ${
            s.entry
              ? html`<button type="button" class="undo" ?disabled=${!s.history.canUndo} @click=${() => s.undo()}>${msg('Undo', {id: 'editor-undo'})}</button>
                <button type="button" class="redo" ?disabled=${!s.history.canRedo} @click=${() => s.redo()}>${msg('Redo', {id: 'editor-redo'})}</button>
                <span class="save-state">${s.saveFailed ? msg('Not saved: the browser refused to store it', {id: 'editor-save-failed'}) : msg('Saved in this browser', {id: 'editor-saved'})}</span>`
              : nothing
          }
          <label>${msg('Interface language', {id: 'editor-ui-language'})}
            <select class="ui-locale" @change=${(e: Event) => this.#setLocale((e.target as HTMLSelectElement).value as UiLocale)}>
              ${LOCALES.map((l) => html`<option value=${l.value} lang=${l.value} ?selected=${l.value === editorLocale()}>${l.label}</option>`)}
            </select>
          </label>
          ${
            this.confirmClear
              ? html`<span class="confirm" role="group" aria-label=${msg('Clear everything', {id: 'editor-clear'})}>
                ${msg('Delete every notice stored in this browser?', {id: 'editor-clear-question'})}
                <button type="button" class="danger clear-yes" @click=${() => ((this.confirmClear = false), s.clearAll(), this.#announce(msg('Everything stored was deleted.', {id: 'editor-cleared'})))}>${msg('Yes, delete everything', {id: 'editor-clear-yes'})}</button>
                <button type="button" class="clear-no" @click=${() => (this.confirmClear = false)}>${msg('Cancel', {id: 'editor-cancel'})}</button>
              </span>`
              : html`<button type="button" class="danger clear" @click=${() => (this.confirmClear = true)}>${msg('Clear everything stored', {id: 'editor-clear-all'})}</button>`
          }
        </div>
      </header>
      <main>${s.entry ? this.#editing() : startView({...s.startOptions(), busy: s.busy, error: s.error})}</main>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  #editing() {
    const s = this.session;
    const entry = s.entry!;
    const ctx = this.#context(entry.notice);
    return html`
      <div class="switch" role="group" aria-label=${msg('Show', {id: 'editor-show'})}>
        <button type="button" class="show-edit" aria-pressed=${this.pane === 'edit' ? 'true' : 'false'} @click=${() => (this.pane = 'edit')}>${msg('Edit', {id: 'editor-edit'})}</button>
        <button type="button" class="show-preview" aria-pressed=${this.pane === 'preview' ? 'true' : 'false'} @click=${() => (this.pane = 'preview')}>${msg('Preview', {id: 'editor-preview'})}</button>
      </div>
      <div class="layout pane-${this.pane}">
        <div class="editor-pane">
          ${entry.report && s.showReport ? reportView(entry.report, () => s.hideReport()) : nothing}
          ${checkView({findings: this.#findings, missing: this.#missing, go: (path) => void this.focusPath(path)})}
          ${documentView(ctx)} ${controllerView(ctx)} ${sectionsView(ctx)} ${rightsView(ctx)} ${cookiesView(ctx)} ${changesView(ctx)}
          ${publishView(ctx, {
            changes: diffNotices(entry.opened, entry.notice),
            src: this.src,
            setSrc: (src) => (this.src = src),
            script: this.script ?? s.store.getSetting('script') ?? DEFAULT_SCRIPT_URL,
            setScript: (script) => {
              this.script = script;
              s.store.setSetting('script', script);
            },
            download: () => s.download(),
            copy: (text) => void this.#copy(text),
            errors: this.#findings.filter((f) => f.severity === 'error').length,
          })}
        </div>
        <div class="preview-pane">
          ${previewView({...this.preview, notice: entry.notice, set: (change) => (this.preview = {...this.preview, ...change})})}
        </div>
      </div>
    `;
  }

  #context(notice: NoticeDocument): EditorContext {
    return {
      notice,
      languages: notice.languages,
      locale: editorLocale(),
      set: (path: Path, value: unknown) => this.session.apply(setIn(notice, path, value), pathString(path)),
      replace: (next) => this.session.apply(next),
      findingsAt: (anchor) => this.#byAnchor.get(anchor) ?? [],
      announce: (message) => this.#announce(message),
      focusAfter: (...selectors) =>
        void this.updateComplete.then(() => {
          for (const selector of selectors) {
            const target = this.renderRoot.querySelector<HTMLElement>(selector);
            if (target && !(target as HTMLButtonElement).disabled) return target.focus();
          }
        }),
    };
  }

  /** Moves focus to the field a finding's path concerns. */
  async focusPath(path: string): Promise<void> {
    this.pane = 'edit';
    await this.updateComplete;
    const anchor = anchorOf(path, anchorsOf(this.notice!));
    const place = this.renderRoot.querySelector<HTMLElement>(`[data-path="${CSS.escape(anchor)}"]`);
    if (!place) return;
    for (let d = place.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    const target = place.matches('input, select, textarea, pn-rich-text')
      ? place
      : (place.querySelector<HTMLElement>('input, select, textarea, pn-rich-text, button') ?? place);
    target.scrollIntoView({block: 'center'});
    target.focus();
  }

  async #setLocale(locale: UiLocale) {
    await setEditorLocale(locale);
    this.session.store.setSetting('locale', locale);
    this.lang = locale;
    this.#checked = undefined;
    this.requestUpdate();
  }

  #announce(message: string) {
    // A new text each time, so the same message is read again.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  async #copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.#announce(msg('Copied.', {id: 'editor-copied'}));
    } catch {
      this.#announce(msg('Could not copy: select the code and copy it yourself.', {id: 'editor-copy-failed'}));
    }
  }

  #keys = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLElement;
    if (!(event.ctrlKey || event.metaKey) || target.closest?.('input, textarea, [contenteditable]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.session.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) this.session.redo();
    else return;
    event.preventDefault();
  };
}
