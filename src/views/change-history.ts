/**
 * The notice's version history (`changes[]`) as a disclosure, like the
 * sections (WAI-ARIA APG: a heading holding a button with `aria-expanded` /
 * `aria-controls`, and a panel that is `hidden="until-found"` while closed).
 *
 * And, only for a visitor who has allowed preference storage in the cookie
 * panel, a "Changed since your last visit" mark: the last date and version
 * seen are kept first-party in localStorage, one key per notice. Without that
 * consent nothing is read or written; when it is withdrawn the key is removed.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {html as staticHtml} from 'lit/static-html.js';
import type {ConsentState} from '../consent/record.js';
import {lastUpdated, type NoticeChange, type NoticeDocument} from '../document/schema.js';
import {msg} from '../localization.js';
import {formatDate} from './format.js';
import {chevron} from './sections.js';
import {changeHistoryLabel, versionLabel} from './labels.js';
import {headingTag, rich} from './text.js';
import type {ViewContext} from './view-context.js';

/** The localStorage key of the last date and version of a notice the visitor saw. */
export const seenKey = (documentId: string) => `privacy-notice-seen-${documentId}`;

/** What "this version of the notice" is, as stored: its last date and its version. */
function seenMarker(notice: Pick<NoticeDocument, 'updated' | 'version' | 'changes'>): string | undefined {
  const latest = newestFirst(notice.changes ?? [])[0];
  const date = lastUpdated(notice);
  const version = notice.version ?? latest?.version;
  return date || version ? JSON.stringify({date: date ?? null, version: version ?? null}) : undefined;
}

/** The changes, newest first (the order of equal dates kept). */
const newestFirst = (changes: readonly NoticeChange[]) => [...changes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

const BUTTON_ID = 'change-history-button';
const PANEL_ID = 'change-history-panel';

export interface ChangeHistoryOptions {
  /** The document shown, if any. */
  notice?: NoticeDocument;
  /** The visitor's cookie consent, or null while unknown (or with no cookie panel). */
  consent: ConsentState | null;
}

/** Owns the disclosure's open state and the consent-gated "changed since" check. */
export class ChangeHistoryController implements ReactiveController {
  #open = false;
  /** The document whose last visit was looked up (with consent). */
  #checked?: NoticeDocument;
  #changed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: () => ChangeHistoryOptions,
    private readonly storage: () => Storage = () => localStorage
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // After render: the cookie panel has read the consent for this document by now.
    const {notice, consent} = this.options();
    if (!notice) return;
    const known = consent?.document === notice.id;
    const allowed = known && consent.choices.preferences === true;
    if (!allowed) {
      if (known && this.#checked !== undefined) this.#forget(notice);
      this.#checked = undefined;
      this.#setChanged(false);
      return;
    }
    if (this.#checked === notice) return;
    this.#checked = notice;
    this.#setChanged(this.#visit(notice));
  }

  /** Reads the last version seen, stores this one; true when they differ. */
  #visit(notice: NoticeDocument): boolean {
    const marker = seenMarker(notice);
    if (!marker) return false;
    try {
      const storage = this.storage();
      const seen = storage.getItem(seenKey(notice.id));
      if (seen !== marker) storage.setItem(seenKey(notice.id), marker);
      return seen !== null && seen !== marker;
    } catch {
      return false; // storage switched off: no mark, no harm
    }
  }

  /** Consent withdrawn: what we stored goes. */
  #forget(notice: NoticeDocument): void {
    try {
      this.storage().removeItem(seenKey(notice.id));
    } catch {
      // Nothing was stored.
    }
  }

  #setChanged(changed: boolean): void {
    if (changed === this.#changed) return;
    this.#changed = changed;
    this.host.requestUpdate();
  }

  readonly #toggle = () => {
    this.#open = !this.#open;
    this.host.requestUpdate();
  };

  readonly #reveal = () => {
    this.#open = true;
    this.host.requestUpdate();
  };

  /** "Changed since your last visit", for the header; nothing without consent. */
  mark(view: ViewContext) {
    if (!this.#changed || this.#checked !== view.notice) return nothing;
    return html`<p class="changed-mark" part="changed-mark" lang=${view.uiLang ?? nothing}>
      ${msg('Changed since your last visit', {desc: "Small mark beside the privacy notice's title, shown to a returning visitor (who allowed preference storage) when the notice has changed since they last saw it."})}
    </p>`;
  }

  /** The change history disclosure; nothing when the document lists no changes. */
  render(view: ViewContext) {
    const changes = view.notice.changes;
    if (!changes?.length) return nothing;
    const ui = view.uiLang ?? nothing;
    const open = this.#open;
    const h = headingTag(view.headingLevel + 1);
    return html`<section class="history" part="change-history">
      ${staticHtml`<${h} class="history-heading">
        <button
          type="button"
          class="history-button"
          part="change-history-button"
          id=${BUTTON_ID}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${PANEL_ID}
          @click=${this.#toggle}
        ><span class="history-title" lang=${ui}>${changeHistoryLabel()}</span>${chevron}</button>
      </${h}>`}
      <div
        class="history-body"
        id=${PANEL_ID}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${this.#reveal}
      >
        <ol class="history-list">
          ${newestFirst(changes).map((change) => this.#change(view, change))}
        </ol>
      </div>
    </section>`;
  }

  #change(view: ViewContext, change: NoticeChange) {
    const ui = view.uiLang ?? nothing;
    return html`<li>
      <p class="history-meta">
        <time datetime=${change.date} lang=${ui}>${formatDate(change.date, view.uiLocale)}</time>
        ${change.version ? html`<span lang=${ui}>${versionLabel(change.version)}</span>` : nothing}
      </p>
      ${rich(view.pick(change.summary))}
    </li>`;
  }
}
