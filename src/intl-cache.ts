/**
 * `Intl` formatters, one per locale and options, built on first use and
 * kept: building one costs far more than using it, and a render formats the
 * same few things many times. Typed functions keyed by locale + options, as in
 * github/relative-time-element's intl-cache. Locales come from documents and
 * attributes, so each cache is bounded: when it holds `MAX` it starts again.
 */
const MAX = 64;

/** `make`, memoised on its locale and options (a JSON key: options are literals with a fixed key order). */
export function cached<T, O extends object>(make: (locale: string, options?: O) => T): (locale: string, options?: O) => T {
  const cache = new Map<string, T>();
  return (locale, options) => {
    const key = locale + JSON.stringify(options);
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= MAX) cache.clear();
      cache.set(key, (value = make(locale, options)));
    }
    return value;
  };
}

export const dateTimeFormat = cached((locale, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
export const numberFormat = cached((locale, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
export const listFormat = cached((locale, options?: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));
export const displayNames = cached(
  (locale, options: Intl.DisplayNamesOptions = {type: 'language'}) => new Intl.DisplayNames(locale, options)
);
