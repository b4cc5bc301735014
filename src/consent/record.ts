/**
 * The stored consent record and what it means against the current document:
 * which categories are granted, whether the cookie list has changed since
 * (stale), and where the answer came from. Pure: no DOM.
 */
import type {CookieCategory, NoticeDocument} from '../document/schema.js';
import {
  NOTHING_OPTIONAL,
  OPTIONAL_CATEGORIES,
  splitChoices,
  withNecessary,
  type ConsentChoices,
  type OptionalCategory,
  type OptionalChoices,
} from './categories.js';
import {categoryFingerprints, cookieListFingerprint} from './fingerprint.js';

const RECORD_FORMAT = 1;

/** How long a choice is kept before the visitor is asked again. */
export const CONSENT_MAX_AGE_DAYS = 365;

/** Who made a stored choice. */
export type ChoiceSource = 'visitor' | 'api';

/**
 * What is stored (as JSON) in the consent cookie or localStorage key:
 *
 * ```json
 * {"v":1,"document":"acme-oy","version":"2025-2","time":"2025-05-03T10:00:00.000Z",
 *  "source":"visitor","fingerprint":"9f1c2a7b",
 *  "choices":{"preferences":false,"analytics":true,"marketing":false},
 *  "lists":{"necessary":"…","preferences":"…","analytics":"…","marketing":"…"}}
 * ```
 */
export interface ConsentRecord {
  /** Format of this record. */
  v: typeof RECORD_FORMAT;
  /** The notice document's `id`. */
  document: string;
  /** The notice document's `version`, when it has one. */
  version?: string;
  /** When the visitor chose (ISO 8601). */
  time: string;
  source: ChoiceSource;
  /** Fingerprint of the whole cookie list the visitor saw. */
  fingerprint: string;
  /** The choice for each optional category. */
  choices: OptionalChoices;
  /** Fingerprint of each category's services, to tell which changed. */
  lists: Record<CookieCategory, string>;
}

/** Facts about the current document that a record is compared with. */
export interface CookieListFacts {
  document: string;
  version?: string;
  fingerprint: string;
  lists: Record<CookieCategory, string>;
}

export function cookieListFacts(notice: NoticeDocument): CookieListFacts {
  const services = notice.cookies?.services ?? [];
  return {
    document: notice.id,
    version: notice.version,
    fingerprint: cookieListFingerprint(services),
    lists: categoryFingerprints(services),
  };
}

export function createRecord(facts: CookieListFacts, choices: OptionalChoices, source: ChoiceSource, now: Date): ConsentRecord {
  const record: ConsentRecord = {
    v: RECORD_FORMAT,
    document: facts.document,
    time: now.toISOString(),
    source,
    fingerprint: facts.fingerprint,
    choices: {...choices},
    lists: {...facts.lists},
  };
  if (facts.version !== undefined) record.version = facts.version;
  return record;
}

export const serializeRecord = (record: ConsentRecord): string => JSON.stringify(record);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored record, or undefined when the text is not one (tampered, old, foreign). */
export function parseRecord(text: string | null | undefined): ConsentRecord | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || value.v !== RECORD_FORMAT) return undefined;
  const {document, version, time, source, fingerprint, choices, lists} = value;
  if (typeof document !== 'string' || typeof fingerprint !== 'string') return undefined;
  if (typeof time !== 'string' || Number.isNaN(Date.parse(time))) return undefined;
  if (version !== undefined && typeof version !== 'string') return undefined;
  if (source !== 'visitor' && source !== 'api') return undefined;
  if (!isObject(choices) || !isObject(lists)) return undefined;
  const parsedChoices = {} as OptionalChoices;
  for (const category of OPTIONAL_CATEGORIES) {
    if (typeof choices[category] !== 'boolean') return undefined;
    parsedChoices[category] = choices[category];
  }
  const parsedLists = {} as Record<CookieCategory, string>;
  for (const category of ['necessary', ...OPTIONAL_CATEGORIES] as const) {
    if (typeof lists[category] !== 'string') return undefined;
    parsedLists[category] = lists[category];
  }
  const record: ConsentRecord = {
    v: RECORD_FORMAT,
    document,
    time,
    source,
    fingerprint,
    choices: parsedChoices,
    lists: parsedLists,
  };
  if (version !== undefined) record.version = version;
  return record;
}

/** Browser signals that ask sites not to track. */
export interface PrivacySignals {
  /** `navigator.globalPrivacyControl === true`. */
  gpc: boolean;
  /** `navigator.doNotTrack === '1'`. */
  dnt: boolean;
}

/** Where the current consent comes from. */
export type ConsentSource =
  | 'visitor' // chosen in the panel
  | 'api' // set by the site through `el.consent.set()`
  | 'stored' // read back from an earlier visit
  | 'gpc' // no choice yet; Global Privacy Control asks not to track
  | 'dnt' // no choice yet; Do Not Track asks not to track
  | 'default'; // no choice yet: everything optional off

/** The consent in force for a document. */
export interface ConsentState {
  /** The notice document's `id`. */
  document: string;
  /** The notice document's `version`, when it has one. */
  version?: string;
  /** Whether each category is granted now (`necessary` always is). */
  choices: ConsentChoices;
  granted: CookieCategory[];
  denied: CookieCategory[];
  source: ConsentSource;
  /** When the choice was made (ISO 8601); absent before the visitor chooses. */
  time?: string;
  /** The cookie list has changed since the stored choice was made. */
  stale: boolean;
  /**
   * Optional categories whose services changed since the choice: an earlier
   * "yes" to them is paused (treated as "no") until the visitor says it again.
   */
  staleCategories: OptionalCategory[];
  /** What the visitor chose before the change, for categories now paused. */
  previousChoices?: OptionalChoices;
}

/** A stored record still valid for this document? (same id, not expired) */
function isRecordUsable(record: ConsentRecord | undefined, facts: CookieListFacts, now: Date): record is ConsentRecord {
  if (!record || record.document !== facts.document) return false;
  const age = now.getTime() - Date.parse(record.time);
  return age < CONSENT_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
}

/**
 * The consent in force: the stored choice when there is a usable one (with
 * grants in changed categories paused), else everything optional denied —
 * with GPC or DNT named as the reason when the browser sends them.
 */
export function resolveConsent(
  record: ConsentRecord | undefined,
  facts: CookieListFacts,
  signals: PrivacySignals,
  now: Date
): ConsentState {
  if (!isRecordUsable(record, facts, now)) {
    const choices = withNecessary(NOTHING_OPTIONAL);
    return {
      document: facts.document,
      ...(facts.version !== undefined && {version: facts.version}),
      choices,
      ...splitChoices(choices),
      source: signals.gpc ? 'gpc' : signals.dnt ? 'dnt' : 'default',
      stale: false,
      staleCategories: [],
    };
  }
  const stale = record.fingerprint !== facts.fingerprint;
  const staleCategories = stale ? OPTIONAL_CATEGORIES.filter((c) => record.lists[c] !== facts.lists[c]) : [];
  const optional = {...record.choices};
  for (const category of staleCategories) optional[category] = false;
  const choices = withNecessary(optional);
  return {
    document: facts.document,
    ...(facts.version !== undefined && {version: facts.version}),
    choices,
    ...splitChoices(choices),
    source: 'stored',
    time: record.time,
    stale,
    staleCategories,
    ...(stale && {previousChoices: {...record.choices}}),
  };
}

/** The state right after a visitor or the site has chosen. */
export function stateFromRecord(record: ConsentRecord): ConsentState {
  const choices = withNecessary(record.choices);
  return {
    document: record.document,
    ...(record.version !== undefined && {version: record.version}),
    choices,
    ...splitChoices(choices),
    source: record.source,
    time: record.time,
    stale: false,
    staleCategories: [],
  };
}
