/**
 * Interface text for the element, through @lit/localize's `msg()` and XLIFF.
 *
 * @lit/localize keeps one global locale, but two <privacy-notice> elements on
 * one page may speak different languages, and a host app may use
 * @lit/localize itself. So we do not call `configureLocalization`: our own
 * `msg` (typed as lit's, so `lit-localize extract` finds every call) reads the
 * templates of the locale the element is rendering in, set by `inLocale`.
 */
import type {MsgFn} from '@lit/localize/internal/types.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {
  allLocales,
  sourceLocale,
  type targetLocales,
} from './generated/locale-codes.js';
import {templates as fi} from './generated/locales/fi.js';
import {templates as sv} from './generated/locales/sv.js';

export {str} from '@lit/localize';

/** A language the interface is translated into. */
export type UiLocale = (typeof allLocales)[number];
type Templates = NonNullable<Parameters<typeof runtimeMsg>[0]>;

const translations: Record<(typeof targetLocales)[number], Templates> = {fi, sv};

let active: Templates | undefined;

/** Marks interface text for translation; see `inLocale`. */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(active, template as never, options)) as MsgFn;

/** Runs `render` with `msg()` answering in `locale`. */
export function inLocale<T>(locale: UiLocale, render: () => T): T {
  const previous = active;
  active = locale === sourceLocale ? undefined : translations[locale];
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
