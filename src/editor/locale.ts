/**
 * The editor's interface language: the same @lit/localize set-up and XLIFF
 * files as the element (src/localization.ts). Every editor element renders
 * inside `inLocale(editorLocale())`, so `msg()` answers in the chosen
 * language; English is built in, Finnish and Swedish load on first use.
 */
import {LitElement, type PropertyValues} from 'lit';
import {inLocale, loadUiLocale, pickUiLocale, type UiLocale} from '../localization.js';

let current: UiLocale = 'en';

export const editorLocale = (): UiLocale => current;

/** Switches the interface language once its translations are here. */
export async function setEditorLocale(locale: UiLocale): Promise<void> {
  await loadUiLocale(locale);
  current = locale;
}

/** The browser's language if the interface has it, else English. */
export const preferredLocale = (saved?: string): UiLocale =>
  pickUiLocale([...(saved ? [saved] : []), ...navigator.languages]);

/** A LitElement whose templates render in the editor's interface language. */
export class LocalizedElement extends LitElement {
  protected override update(changed: PropertyValues): void {
    inLocale(current, () => super.update(changed));
  }
}

/** Name of a language in the interface language: "fi" → "suomi", "Finnish". */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([current], {type: 'language'}).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
