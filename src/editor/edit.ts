/**
 * Pure edits of a notice document: each returns a new document and leaves
 * the old one alone, so undo is a matter of keeping the old ones.
 */
import type {NoticeDocument, NoticeSection, SectionKind} from '../document/schema.js';

export type Path = readonly (string | number)[];

/** `notice` with the value at `path` replaced (`undefined`: the key removed). */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (!path.length) return value as T;
  const [key, ...rest] = path;
  const container = (root ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(container) ? [...container] : {...container}) as Record<string | number, unknown>;
  const next = setIn(container[key], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  return copy as T;
}

/** The value at `path`, if any. */
export function getIn(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = value == null ? undefined : (value as Record<string | number, unknown>)[key];
  return value;
}

/** A list with the item at `from` moved to `to`. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** A list without the item at `index`. */
export const without = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);

/** An id no section has yet, from `base`. */
function freeId(notice: NoticeDocument, base: string): string {
  const ids = new Set(notice.sections.map((s) => s.id));
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section';
  let id = clean;
  for (let n = 2; ids.has(id); n++) id = `${clean}-${n}`;
  return id;
}

/** `notice` with a new, empty section of `kind` after `index` (at the end when absent). */
export function addSection(notice: NoticeDocument, kind: SectionKind, index = notice.sections.length - 1): NoticeDocument {
  const section: NoticeSection = {id: freeId(notice, kind), kind, body: ''};
  const sections = [...notice.sections];
  sections.splice(index + 1, 0, section);
  return {...notice, sections};
}

/**
 * `notice` with `lang` added to its languages, and nothing else: no text is
 * made up. A plain string stays the first language's (see ./text.ts).
 */
export function addLanguage(notice: NoticeDocument, lang: string): NoticeDocument {
  if (notice.languages.some((l) => l.toLowerCase() === lang.toLowerCase())) return notice;
  return {...notice, languages: [...notice.languages, lang]};
}

/** `notice` without `lang`: its texts in that language go (never the first language's). */
export function removeLanguage(notice: NoticeDocument, lang: string): NoticeDocument {
  if (notice.languages[0] === lang || !notice.languages.includes(lang)) return notice;
  const strip = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => strip(v));
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value).filter(([k]) => !(LOCALIZED.has(key ?? '') && k === lang));
    return Object.fromEntries(entries.map(([k, v]) => [k, strip(v, k)]));
  };
  return {...(strip(notice) as NoticeDocument), languages: notice.languages.filter((l) => l !== lang)};
}

/** Keys whose value is localised text. */
const LOCALIZED = new Set([
  'title',
  'summary',
  'introduction',
  'body',
  'name',
  'street',
  'locality',
  'label',
  'purpose',
  'legitimateInterest',
  'data',
  'criteria',
  'text',
  'description',
  'provider',
]);
/** Whether `key` holds localised text here (a cookie's `name` is a plain string). */
const isLocalizedAt = (key: string, parentKey: string | undefined) => LOCALIZED.has(key) && !(key === 'name' && parentKey === 'items');

/** Calls `visit` with each localised text field of the document and its path. */
export function eachLocalized(notice: NoticeDocument, visit: (value: unknown, path: string) => void): void {
  const walk = (value: unknown, path: string, parentKey?: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => (parentKey === 'legalReferences' ? visit(v, `${path}[${i}]`) : walk(v, `${path}[${i}]`, parentKey)));
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      if (isLocalizedAt(k, parentKey) && (typeof v === 'string' || (v && typeof v === 'object' && !Array.isArray(v)))) visit(v, at);
      else walk(v, at, k);
    }
  };
  walk(notice, '');
}
