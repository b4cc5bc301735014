/**
 * The cookie catalogue: common services with their cookie names, durations,
 * providers and transfer countries, each entry citing where its facts come
 * from. Adding one to a notice copies its facts and, for each of the
 * document's languages we have written a purpose in, that purpose; other
 * languages are left for the author (and counted as missing).
 */
import {primaryLanguage} from '../../document/language.js';
import type {CookieService} from '../../document/schema.js';
import {CATALOGUE, type CatalogueEntry} from './services.js';

export {CATALOGUE, type CatalogueEntry};

/** The service for a notice in `languages`, facts only where the entry has them. */
export function serviceFromCatalogue(entry: CatalogueEntry, languages: readonly string[], takenIds: readonly string[] = []): CookieService {
  let id = entry.id;
  for (let n = 2; takenIds.includes(id); n++) id = `${entry.id}-${n}`;
  const purpose: Record<string, string> = {};
  for (const lang of languages) {
    const text = entry.purpose[primaryLanguage(lang) as keyof CatalogueEntry['purpose']];
    if (text) purpose[lang] = `<p>${text}</p>`;
  }
  return {
    id,
    name: entry.name,
    category: entry.category,
    ...(entry.provider ? {provider: entry.provider} : {}),
    ...(Object.keys(purpose).length ? {purpose} : {}),
    ...(entry.privacyPolicy ? {privacyPolicy: entry.privacyPolicy} : {}),
    ...(entry.transferCountry ? {transferCountry: entry.transferCountry} : {}),
    items: entry.items.map((item) => ({...item})),
  };
}

/** The catalogue entry a service was added from, by its id. */
export const catalogueEntry = (id: string): CatalogueEntry | undefined =>
  CATALOGUE.find((entry) => entry.id === id || id.startsWith(`${entry.id}-`));
