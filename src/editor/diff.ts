/**
 * What changed between two versions of a notice, as lines a person reads:
 * "sections › retention › body (fi): changed", with the text before and
 * after. Sections are matched by id, so a moved section is one line, not
 * every section after it. Pure.
 */
import {LANGUAGE_TAG_PATTERN} from '../document/patterns.js';
import type {NoticeDocument} from '../document/schema.js';

export interface Change {
  type: 'added' | 'removed' | 'changed' | 'moved';
  /** Readable place: `sections › retention › title (en)`. */
  where: string;
  before?: string;
  after?: string;
}

/** Markup out, entities in, white space squeezed: what a reader sees. */
export const readable = (value: unknown): string =>
  String(value)
    .replace(/<\/(p|li|tr|h\d)>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Every leaf as readable place → text. Keyed lists (sections, services) by id. */
function flatten(value: unknown, where: string[], out: Map<string, string>, languages: readonly string[]): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      const key =
        item && typeof item === 'object' && 'id' in item
          ? String(item.id)
          : item && typeof item === 'object' && 'type' in item
            ? String(item.type)
            : String(i + 1);
      flatten(item, [...where, key], out, languages);
    });
    return;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const localized =
      entries.length > 0 && entries.every(([k, v]) => typeof v === 'string' && LANGUAGE_TAG_PATTERN.test(k) && languages.includes(k));
    for (const [key, item] of entries) {
      if (key === 'id' && where.length) continue;
      if (localized) flatten(item, [...where.slice(0, -1), `${where[where.length - 1]} (${key})`], out, languages);
      else flatten(item, [...where, key], out, languages);
    }
    return;
  }
  out.set(where.join(' › '), readable(value));
}

/** The changes from `before` to `after`, in document order. */
export function diffNotices(before: NoticeDocument, after: NoticeDocument): Change[] {
  const languages = [...new Set([...before.languages, ...after.languages])];
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, [], a, languages);
  flatten(after, [], b, languages);
  const changes: Change[] = [];
  for (const [where, text] of b) {
    if (!a.has(where)) changes.push({type: 'added', where, after: text});
    else if (a.get(where) !== text) changes.push({type: 'changed', where, before: a.get(where), after: text});
  }
  for (const [where, text] of a) if (!b.has(where)) changes.push({type: 'removed', where, before: text});
  const order = (notice: NoticeDocument) =>
    notice.sections.map((s) => s.id).filter((id) => before.sections.some((s) => s.id === id) && after.sections.some((s) => s.id === id));
  const was = order(before);
  const now = order(after);
  if (was.join() !== now.join()) changes.push({type: 'moved', where: 'sections', before: was.join(', '), after: now.join(', ')});
  return changes;
}
