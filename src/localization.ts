/**
 * Interface text for the element, through @lit/localize's `msg()` and XLIFF.
 *
 * @lit/localize keeps one global locale, but two <privacy-notice> elements on
 * one page may speak different languages, and a host app may use
 * @lit/localize itself. So we do not call `configureLocalization`: our own
 * `msg` (typed as lit's, so `lit-localize extract` finds every call) reads the
 * templates of the locale the element is rendering in, set by `inLocale`.
 *
 * English is built in; each other locale comes in chunks, one per feature
 * (scripts/split-locales.js): the notice's own strings (`core`), fetched
 * before it first renders in that locale, and the contact form's (`form`) and
 * the cookie panel's (`cookies`), fetched with those chunks. A page downloads
 * only the translations it shows.
 */
import type {MsgFn} from '@lit/localize/internal/types.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {primaryLanguage} from './document/language.js';
import {allLocales, sourceLocale, type targetLocales} from './generated/locale-codes.js';

export {str} from '@lit/localize';

/** A language the interface is translated into. */
export type UiLocale = (typeof allLocales)[number];
/** A part of the interface whose strings load together. */
export type UiFeature = 'core' | 'form' | 'cookies';
type TargetLocale = (typeof targetLocales)[number];
type Templates = NonNullable<Parameters<typeof runtimeMsg>[0]>;

const loaders: Record<TargetLocale, Record<UiFeature, () => Promise<{templates: Templates}>>> = {
  fi: {
    core: () => import('./generated/locales-split/fi-core.js'),
    form: () => import('./generated/locales-split/fi-form.js'),
    cookies: () => import('./generated/locales-split/fi-cookies.js'),
  },
  sv: {
    core: () => import('./generated/locales-split/sv-core.js'),
    form: () => import('./generated/locales-split/sv-form.js'),
    cookies: () => import('./generated/locales-split/sv-cookies.js'),
  },
};

const CORE: readonly UiFeature[] = ['core'];
/** Each locale's templates so far, all its loaded features in one object. */
const templates = new Map<UiLocale, Templates | undefined>();
/** Which features of a locale are here (or failed to load: then they speak English). */
const loaded = new Map<UiLocale, Set<UiFeature>>();
const loading = new Map<string, Promise<void>>();

let active: Templates | undefined;

/** Marks interface text for translation; see `inLocale`. */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) => runtimeMsg(active, template, options)) as MsgFn;

function add(locale: UiLocale, feature: UiFeature, more: Templates | undefined): void {
  if (more) templates.set(locale, {...templates.get(locale), ...more});
  loaded.set(locale, new Set(loaded.get(locale)).add(feature));
}

/**
 * Makes `locale`'s translations of `feature` available without loading them:
 * an entry that builds a language in (src/define-fi.ts) calls it before the
 * element first renders.
 */
export function provideUiLocale(locale: TargetLocale, more: Templates, feature: UiFeature = 'core'): void {
  add(locale, feature, more);
}

/** Whether `locale`'s translations of `features` are here, so `inLocale` can use them. */
export const isUiLocaleLoaded = (locale: UiLocale, features: readonly UiFeature[] = CORE): boolean =>
  locale === sourceLocale || features.every((feature) => loaded.get(locale)?.has(feature));

/**
 * Fetches `locale`'s translations of `features` once. Never rejects: if a
 * chunk cannot be loaded, that part of the interface stays in English rather
 * than breaking.
 */
export function loadUiLocale(locale: UiLocale, features: readonly UiFeature[] = CORE): Promise<void> {
  if (isUiLocaleLoaded(locale, features)) return Promise.resolve();
  return Promise.all(
    features
      .filter((feature) => !loaded.get(locale)?.has(feature))
      .map((feature) => {
        const key = `${locale} ${feature}`;
        let pending = loading.get(key);
        if (!pending) {
          pending = loaders[locale as TargetLocale][feature]().then(
            (module) => add(locale, feature, module.templates),
            (error: unknown) => {
              console.error(`<privacy-notice>: could not load the "${locale}" translations (${feature}); showing English.`, error);
              add(locale, feature, undefined);
            }
          );
          loading.set(key, pending);
        }
        return pending;
      })
  ).then(() => {});
}

/**
 * Runs `render` with `msg()` answering in `locale` (English until that
 * locale is loaded: see `loadUiLocale`).
 */
export function inLocale<T>(locale: UiLocale, render: () => T): T {
  const previous = active;
  active = templates.get(locale);
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
    const primary = primaryLanguage(tag);
    const found = allLocales.find((locale) => locale === primary);
    if (found) return found;
  }
  return sourceLocale;
}
