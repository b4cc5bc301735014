/**
 * The site owner's audit: cookies and storage keys present on the page that
 * the notice document does not declare. Declared names may use wildcards:
 * `_ga_*` (any text) or `_ga_<container-id>` (a placeholder in angle
 * brackets). Pure apart from `readPresentStorage`.
 */
import type {CookieCategory, CookieService, StorageType} from '../document/schema.js';
import {consentKey} from './storage.js';

/** The kinds of storage a page can see. */
export type AuditedType = Exclude<StorageType, 'pixel'>;

/** A cookie or storage key found on the page. */
export interface PresentItem {
  name: string;
  type: AuditedType;
}

/** A present item no service declares, with a hint on what to add. */
export interface UndeclaredItem extends PresentItem {
  /** A likely service and category, when the name is a well-known one. */
  likely?: {service: string; category: CookieCategory; pattern: string; duration: string};
  /** What to add to the document, in plain English (for the site owner and the console). */
  hint: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test for a declared name: exact, or with `*` / `<placeholder>` wildcards. */
export function nameMatcher(pattern: string): (name: string) => boolean {
  const parts = pattern.split(/\*|<[^<>]*>/);
  if (parts.length === 1) return (name) => name === pattern;
  const regexp = new RegExp(`^${parts.map(escapeRegExp).join('.*')}$`, 's');
  return (name) => regexp.test(name);
}

/** Names of the cookies in a `document.cookie` string. */
export function cookieNames(cookieString: string): string[] {
  const names = cookieString
    .split(';')
    .map((pair) => {
      const at = pair.indexOf('=');
      return (at < 0 ? '' : pair.slice(0, at)).trim();
    })
    .filter(Boolean);
  return [...new Set(names)];
}

function storageKeys(getStorage: () => Storage): string[] {
  try {
    const storage = getStorage();
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  } catch {
    return []; // storage switched off
  }
}

/** What the page holds now: cookies readable by script, localStorage, sessionStorage. */
export function readPresentStorage(win: Window): PresentItem[] {
  return [
    ...cookieNames(win.document.cookie).map((name) => ({name, type: 'cookie' as const})),
    ...storageKeys(() => win.localStorage).map((name) => ({name, type: 'localStorage' as const})),
    ...storageKeys(() => win.sessionStorage).map((name) => ({
      name,
      type: 'sessionStorage' as const,
    })),
  ];
}

/** Well-known names, to suggest a service, category and duration. */
const WELL_KNOWN: {test: RegExp; service: string; category: CookieCategory; pattern: string; duration: string}[] = [
  {test: /^_ga$/, service: 'Google Analytics', category: 'analytics', pattern: '_ga', duration: 'P2Y'},
  {test: /^_ga_/, service: 'Google Analytics', category: 'analytics', pattern: '_ga_*', duration: 'P2Y'},
  {test: /^_gid$/, service: 'Google Analytics', category: 'analytics', pattern: '_gid', duration: 'P1D'},
  {test: /^_gcl_/, service: 'Google Ads', category: 'marketing', pattern: '_gcl_*', duration: 'P90D'},
  {test: /^_fbp$/, service: 'Meta Pixel', category: 'marketing', pattern: '_fbp', duration: 'P90D'},
  {test: /^_hj/, service: 'Hotjar', category: 'analytics', pattern: '_hj*', duration: 'P1Y'},
  {test: /^_cl(ck|sk)$/, service: 'Microsoft Clarity', category: 'analytics', pattern: '_clck', duration: 'P1Y'},
];

function hintFor(item: PresentItem, documentId: string | undefined): UndeclaredItem {
  if (documentId !== undefined && item.name === consentKey(documentId)) {
    const likely = {
      service: 'privacy-notice',
      category: 'necessary' as const,
      pattern: item.name,
      duration: 'P1Y',
    };
    return {
      ...item,
      likely,
      hint: `This is the visitor's consent record, kept by <privacy-notice>. Declare it under a "necessary" service: {"name": "${item.name}", "type": "${item.type}", "duration": "P1Y"}.`,
    };
  }
  const known = WELL_KNOWN.find((k) => k.test.test(item.name));
  if (known) {
    const {service, category, pattern, duration} = known;
    return {
      ...item,
      likely: {service, category, pattern, duration},
      hint: `Looks like ${service}. Declare it in cookies.services (category "${category}"): {"name": "${pattern}", "type": "${item.type}", "duration": "${duration}", "description": "…"}.`,
    };
  }
  return {
    ...item,
    hint: `Declare it in cookies.services under the service that sets it: {"name": "${item.name}", "type": "${item.type}", "duration": "session or e.g. P1Y", "description": "…"} (use * for a changing part of the name).`,
  };
}

/**
 * The present items no service declares with the same type and a matching
 * name, each with a hint. `documentId` names our own consent record.
 */
export function findUndeclared(present: readonly PresentItem[], services: readonly CookieService[], documentId?: string): UndeclaredItem[] {
  const declared = services.flatMap((service) => service.items.map((item) => ({type: item.type, matches: nameMatcher(item.name)})));
  return present
    .filter((item) => !declared.some((d) => d.type === item.type && d.matches(item.name)))
    .map((item) => hintFor(item, documentId));
}
