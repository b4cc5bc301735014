/** The attributes a sanitised element keeps, each value checked and written afresh. */
import {ALLOWED_ATTR, isSafeUrl} from '../sanitize/rules.js';
import {decodeReferences} from './character-references.js';
import {escapeHtml, escapeKeepingReferences} from './escape.js';
import type {Tag} from './html-tokens.js';

const ATTRIBUTES = new Set(ALLOWED_ATTR);
const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);

export function writeAttributes(tag: Tag): string {
  let out = '';
  const seen = new Set<string>();
  for (const [name, raw] of tag.attributes) {
    if (!ATTRIBUTES.has(name) || seen.has(name)) continue;
    seen.add(name);
    if (name === 'href') {
      if (tag.name !== 'a') continue;
      const url = decodeReferences(raw).trim();
      if (isSafeUrl(url)) out += ` href="${escapeHtml(url)}"`;
    } else if (name === 'colspan' || name === 'rowspan') {
      if ((tag.name === 'td' || tag.name === 'th') && /^\s*\d{1,3}\s*$/.test(raw)) {
        out += ` ${name}="${Number(raw)}"`;
      }
    } else if (name === 'scope') {
      const scope = raw.trim().toLowerCase();
      if (tag.name === 'th' && SCOPES.has(scope)) out += ` scope="${scope}"`;
    } else {
      out += ` ${name}="${escapeKeepingReferences(raw)}"`;
    }
  }
  if (tag.name === 'a') out += ' rel="noopener noreferrer"';
  return out;
}
