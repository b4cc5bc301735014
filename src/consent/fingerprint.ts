/**
 * A short fingerprint of what a visitor agrees to: the services of a cookie
 * list and their storage items. It changes when a service, its category,
 * provider or transfer country, or an item's name, type or duration changes;
 * it does not change when only descriptions are reworded. Pure: no DOM.
 */
import type {CookieCategory, CookieService} from '../document/schema.js';
import {COOKIE_CATEGORIES} from './categories.js';

/** FNV-1a, 32 bits, as 8 hex digits: small and stable, not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

function canonical(services: readonly CookieService[]): string {
  return JSON.stringify(
    [...services]
      .sort(byKey((s) => s.id))
      .map((service) => [
        service.id,
        service.category,
        service.provider ?? null,
        service.transferCountry ?? null,
        [...service.items].sort(byKey((item) => `${item.type}:${item.name}`)).map((item) => [item.name, item.type, item.duration]),
      ])
  );
}

/** Fingerprint of a whole cookie list. */
export function cookieListFingerprint(services: readonly CookieService[]): string {
  return fnv1a(canonical(services));
}

/** Fingerprint of each category's part of a cookie list. */
export function categoryFingerprints(services: readonly CookieService[]): Record<CookieCategory, string> {
  const result = {} as Record<CookieCategory, string>;
  for (const category of COOKIE_CATEGORIES) {
    result[category] = cookieListFingerprint(services.filter((s) => s.category === category));
  }
  return result;
}
