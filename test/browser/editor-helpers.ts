/** Shared by the editor-*.test.ts suites. */
import {fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/editor/main.js';
import type {NoticeEditorElement} from '../../src/editor/notice-editor.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';

/** A fresh editor with its own storage name (suites run side by side on one origin). */
export async function editor(storeName: string, keep = false): Promise<NoticeEditorElement> {
  if (!keep) for (const key of Object.keys(localStorage)) if (key.startsWith(`${storeName}:`)) localStorage.removeItem(key);
  const el = await fixture<NoticeEditorElement>(html`<notice-editor store-name=${storeName}></notice-editor>`);
  await el.whenReady;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Types into an input as a person would: the value, then an input event. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
}

/** Pastes `text` into the start page's box and imports it. */
export async function importText(el: NoticeEditorElement, text: string): Promise<void> {
  $<HTMLTextAreaElement>(el, 'textarea.paste').value = text;
  $<HTMLButtonElement>(el, 'button.import').click();
  await el.updateComplete;
}

export async function seeds(): Promise<string[]> {
  return (await fetch('/seeds/index.json')).json();
}

export const seed = async (name: string) => (await fetch(`/seeds/${name}`)).text();

/** The preview's <privacy-notice>, once it shows the document. */
export async function preview(el: NoticeEditorElement): Promise<PrivacyNoticeElement> {
  await el.updateComplete;
  const notice = $<PrivacyNoticeElement>(el, 'privacy-notice');
  await waitUntil(() => notice.status === 'ready' || notice.status === 'error', 'preview still loading', {timeout: 8000});
  await notice.updateComplete;
  return notice;
}

/** The text field of `path` in language `lang`. */
export const field = (el: NoticeEditorElement, path: string, lang: string) =>
  $<HTMLInputElement>(el, `[data-path="${path}"] input[data-lang="${lang}"]`);
