/**
 * `<pn-rich-text>`: a contenteditable limited to the format's HTML subset.
 * Bold, italic, lists and links from a toolbar (and Ctrl+B / Ctrl+I); what is
 * typed or pasted (from Word, a web page) is cleaned by the project's own
 * sanitiser rules (./rich-text-clean.ts). Content is put in as sanitised
 * nodes, never as an HTML string, so it works under Trusted Types.
 */
import {css, html} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg} from '../localization.js';
import {isSafeUrl, sanitizeToFragment} from '../sanitize.js';
import {LocalizedElement} from './locale.js';
import {cleanHtml, textToHtml} from './rich-text-clean.js';

/** Fired on every change, with the cleaned HTML. */
export class RichTextInputEvent extends Event {
  constructor(readonly value: string) {
    super('rich-text-input', {bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pn-rich-text': RichTextElement;
  }
  interface GlobalEventHandlersEventMap {
    'rich-text-input': RichTextInputEvent;
  }
}

export class RichTextElement extends LocalizedElement {
  static override shadowRootOptions = {...LocalizedElement.shadowRootOptions, delegatesFocus: true};

  /** The HTML shown; set from outside (undo, another field) it replaces the content. */
  @property() value = '';
  /** The accessible name of the editing area. */
  @property() label = '';
  /** The language of the text (BCP 47). */
  @property() language = '';
  /** Re-render when the interface language changes. */
  @property() locale = '';
  @property({type: Boolean}) invalid = false;

  @state() private linking = false;
  @query('.area') private area!: HTMLDivElement;
  #shown?: string;
  #range?: Range;

  static override styles = css`
    :host { display: block; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-block-end: 0.25rem; }
    button, input { font: inherit; font-size: 0.875rem; }
    button { min-block-size: 2rem; min-inline-size: 2rem; border: 1px solid var(--pn-line, #767676); border-radius: 0.25rem; background: var(--pn-button, transparent); color: inherit; cursor: pointer; }
    button:focus-visible, input:focus-visible, .area:focus-visible { outline: 3px solid var(--pn-focus, #1a5fb4); outline-offset: 1px; }
    .area { min-block-size: 4.5rem; padding: 0.25rem 0.5rem; border: 1px solid var(--pn-line, #767676); border-radius: 0.25rem; background: var(--pn-field, Field); color: var(--pn-field-text, FieldText); overflow-wrap: anywhere; }
    :host([invalid]) .area { border-color: var(--pn-error, #b00020); border-width: 2px; }
    .area :first-child { margin-block-start: 0.25rem; }
    .area :last-child { margin-block-end: 0.25rem; }
    .area a { color: var(--pn-link, LinkText); }
    .link { display: flex; flex-wrap: wrap; gap: 0.25rem; align-items: center; margin-block-end: 0.25rem; }
  `;

  override render() {
    return html`
      <div class="toolbar" role="toolbar" aria-label=${msg('Text formatting', {id: 'editor-rt-toolbar'})}>
        <button type="button" @mousedown=${this.#keep} @click=${() => this.#command('bold')} aria-label=${msg('Bold', {id: 'editor-rt-bold'})}><b aria-hidden="true">B</b></button>
        <button type="button" @mousedown=${this.#keep} @click=${() => this.#command('italic')} aria-label=${msg('Italic', {id: 'editor-rt-italic'})}><i aria-hidden="true">I</i></button>
        <button type="button" @mousedown=${this.#keep} @click=${() => this.#command('insertUnorderedList')}>${msg('• List', {id: 'editor-rt-bullets'})}</button>
        <button type="button" @mousedown=${this.#keep} @click=${() => this.#command('insertOrderedList')}>${msg('1. List', {id: 'editor-rt-numbers'})}</button>
        <button type="button" @mousedown=${this.#keep} @click=${this.#startLink} aria-expanded=${this.linking ? 'true' : 'false'}>${msg('Link', {id: 'editor-rt-link'})}</button>
        <button type="button" @mousedown=${this.#keep} @click=${() => this.#command('unlink')}>${msg('Remove link', {id: 'editor-rt-unlink'})}</button>
      </div>
      ${
        this.linking
          ? html`<div class="link">
            <label>${msg('Link address', {id: 'editor-rt-link-address'})} <input type="url" class="url" placeholder="https://" @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), this.#applyLink())} /></label>
            <button type="button" @click=${this.#applyLink}>${msg('Add link', {id: 'editor-rt-link-apply'})}</button>
            <button type="button" @click=${() => (this.linking = false)}>${msg('Cancel', {id: 'editor-cancel'})}</button>
          </div>`
          : ''
      }
      <div
        class="area"
        contenteditable="true"
        role="textbox"
        aria-multiline="true"
        aria-label=${this.label}
        aria-invalid=${this.invalid ? 'true' : 'false'}
        lang=${this.language}
        spellcheck="true"
        @input=${this.#input}
        @paste=${this.#paste}
        @keyup=${this.#remember}
        @mouseup=${this.#remember}
        @focus=${() => document.execCommand('defaultParagraphSeparator', false, 'p')}
      ></div>
    `;
  }

  protected override updated(): void {
    if (this.value === this.#shown) return;
    this.#shown = this.value;
    this.area.replaceChildren(this.value ? sanitizeToFragment(this.value) : '');
  }

  /** Keeps the selection in the text while a toolbar button is pressed. */
  #keep = (event: MouseEvent) => event.preventDefault();

  #selection(): Selection | null {
    const root = this.shadowRoot as ShadowRoot & {getSelection?: () => Selection | null};
    return root.getSelection?.() ?? document.getSelection();
  }

  #remember = () => {
    const selection = this.#selection();
    if (selection?.rangeCount && this.area.contains(selection.getRangeAt(0).commonAncestorContainer))
      this.#range = selection.getRangeAt(0).cloneRange();
  };

  #restore() {
    this.area.focus();
    const selection = this.#selection();
    if (this.#range && selection) {
      selection.removeAllRanges();
      selection.addRange(this.#range);
    }
  }

  #command(name: string, argument?: string) {
    if (!this.area.contains(this.#selection()?.anchorNode ?? null)) this.#restore();
    document.execCommand(name, false, argument);
    this.#input();
  }

  #startLink = () => {
    this.#remember();
    this.linking = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.url')?.focus());
  };

  #applyLink = () => {
    const url = this.renderRoot.querySelector<HTMLInputElement>('.url')?.value.trim() ?? '';
    this.linking = false;
    if (!url || !isSafeUrl(url)) return;
    this.#restore();
    document.execCommand('createLink', false, url);
    this.#input();
  };

  #paste = (event: ClipboardEvent) => {
    const data = event.clipboardData;
    if (!data) return;
    event.preventDefault();
    const markup = data.getData('text/html');
    const clean = markup ? cleanHtml(markup) : textToHtml(data.getData('text/plain'));
    const selection = this.#selection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    const fragment = sanitizeToFragment(clean);
    const last = fragment.lastChild;
    if (range && this.area.contains(range.commonAncestorContainer)) {
      range.deleteContents();
      range.insertNode(fragment);
      if (last) {
        range.setStartAfter(last);
        range.collapse(true);
        selection!.removeAllRanges();
        selection!.addRange(range);
      }
    } else this.area.append(fragment);
    this.#input();
  };

  #input = () => {
    const value = cleanHtml(this.area.innerHTML);
    this.#shown = value;
    this.value = value;
    this.dispatchEvent(new RichTextInputEvent(value));
  };
}
