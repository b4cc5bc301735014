/**
 * The editor's interface language: the same @lit/localize set-up and XLIFF
 * files as the element (src/localization.ts). Every editor element renders
 * inside `inLocale(editorLocale())`, so `msg()` answers in the chosen
 * language; English is built in, Finnish and Swedish load on first use.
 *
 * The widget loads its translations in chunks per feature that leave the
 * editor's strings out (scripts/split-locales.js). The editor loads
 * lit-localize's whole module of the language instead (every string: its own
 * and the preview's) and provides it for every feature, so the preview needs
 * nothing more.
 */
import {LitElement, type PropertyValues} from 'lit';
import {displayNames} from '../intl-cache.js';
import {inLocale, isUiLocaleLoaded, pickUiLocale, provideUiLocale, type UiFeature, type UiLocale} from '../localization.js';

const FEATURES: readonly UiFeature[] = ['core', 'form', 'cookies'];
const WHOLE = {
  fi: () => import('../generated/locales/fi.js'),
  sv: () => import('../generated/locales/sv.js'),
} as const;

let current: UiLocale = 'en';

export const editorLocale = (): UiLocale => current;

/** Switches the interface language once its translations are here. */
export async function setEditorLocale(locale: UiLocale): Promise<void> {
  if (locale !== 'en' && !isUiLocaleLoaded(locale, FEATURES)) {
    const {templates} = await WHOLE[locale]();
    for (const feature of FEATURES) provideUiLocale(locale, templates, feature);
  }
  current = locale;
}

/** The browser's language if the interface has it, else English. */
export const preferredLocale = (saved?: string): UiLocale => pickUiLocale([...(saved ? [saved] : []), ...navigator.languages]);

/** A LitElement whose templates render in the editor's interface language. */
export class LocalizedElement extends LitElement {
  protected override update(changed: PropertyValues): void {
    inLocale(current, () => super.update(changed));
  }
}

/** Name of a language in the interface language: "fi" → "suomi", "Finnish". */
export function languageName(tag: string): string {
  try {
    const name = displayNames(current, {type: 'language'}).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
