/**
 * Interface text for the element, through @lit/localize's `msg()` and XLIFF.
 *
 * @lit/localize keeps one global locale, but two <privacy-notice> elements on
 * one page may speak different languages, and a host app may use
 * @lit/localize itself. So we do not call `configureLocalization`: our own
 * `msg` (typed as lit's, so `lit-localize extract` finds every call) reads the
 * templates of the locale the element is rendering in, set by `inLocale`.
 *
 * English is built in; each other locale is a chunk of its own, loaded on
 * first use, so a page downloads only the translations it shows.
 */
import type {MsgFn} from '@lit/localize/internal/types.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {
  allLocales,
  sourceLocale,
  type targetLocales,
} from './generated/locale-codes.js';

export {str} from '@lit/localize';

/** A language the interface is translated into. */
export type UiLocale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];
type Templates = NonNullable<Parameters<typeof runtimeMsg>[0]>;

const loaders: Record<TargetLocale, () => Promise<{templates: Templates}>> = {
  fi: () => import('./generated/locales/fi.js'),
  sv: () => import('./generated/locales/sv.js'),
};

const loaded = new Map<UiLocale, Templates | undefined>([[sourceLocale, undefined]]);
const loading = new Map<UiLocale, Promise<void>>();

let active: Templates | undefined;

/** Marks interface text for translation; see `inLocale`. */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(active, template as never, options)) as MsgFn;

/**
 * Makes `locale`'s translations available without loading them: an entry
 * that builds a language in (src/define-fi.ts) calls it before the element
 * first renders.
 */
export function provideUiLocale(locale: TargetLocale, templates: Templates): void {
  loaded.set(locale, templates);
}

/** Whether `locale`'s translations are here, so `inLocale` can use them. */
export const isUiLocaleLoaded = (locale: UiLocale): boolean => loaded.has(locale);

/**
 * Fetches `locale`'s translations once. Never rejects: if the chunk cannot be
 * loaded, the interface stays in English rather than breaking.
 */
export function loadUiLocale(locale: UiLocale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]().then(
      (module) => void loaded.set(locale, module.templates),
      (error: unknown) => {
        console.error(`<privacy-notice>: could not load the "${locale}" translations; showing English.`, error);
        loaded.set(locale, undefined);
      }
    );
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * Runs `render` with `msg()` answering in `locale` (English until that
 * locale is loaded: see `loadUiLocale`).
 */
export function inLocale<T>(locale: UiLocale, render: () => T): T {
  const previous = active;
  active = loaded.get(locale);
  try {
    return render();
  } finally {
    active = previous;
  }
}

/**
 * The first interface locale that fits one of the wanted language tags
 * ("fi-FI" → fi, "sv-AX" → sv, "nb" → none), else English.
 */
export function pickUiLocale(wanted: readonly string[]): UiLocale {
  for (const tag of wanted) {
    const primary = tag.toLowerCase().split('-')[0];
    const found = allLocales.find((locale) => locale === primary);
    if (found) return found;
  }
  return sourceLocale;
}
