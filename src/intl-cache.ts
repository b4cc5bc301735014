/**
 * `Intl` formatters, each built once per key (kind, locale and options) and
 * kept: building one costs far more than using it, and a render formats the
 * same few things many times.
 */
const formatters = new Map<string, unknown>();

/** The formatter stored under `key`, made by `make` the first time. */
export function cachedFormatter<T>(key: string, make: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    formatters.set(key, value);
  }
  return value;
}
