/**
 * The embed code a site pastes: the script and the element with `src` (the
 * notice hosted as a file), or with the document inline for a CMS that
 * cannot host a file. The inline form is a `<script type="application/json">`
 * child, so no HTML parser ever reads the notice's text as markup.
 */
import type {NoticeDocument} from '../document/schema.js';

/**
 * Where the page loads the element from, by default: the site's own copy of
 * `dist/` (`npm run build`), hosted at /privacy-notice/. The package is not on
 * npm yet, so no CDN serves it; the publish view lets the author change it.
 */
export const DEFAULT_SCRIPT_URL = '/privacy-notice/privacy-notice.js';

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Script tag plus `<privacy-notice src>`. */
export function embedWithSrc(notice: NoticeDocument, src = '/privacy/notice.json', script = DEFAULT_SCRIPT_URL): string {
  return `<script type="module" src="${attr(script)}"></script>\n<privacy-notice src="${attr(src)}" lang="${attr(notice.languages[0])}"></privacy-notice>`;
}

/** Script tag plus `<privacy-notice>` holding the document inline. */
export function embedInline(notice: NoticeDocument, script = DEFAULT_SCRIPT_URL): string {
  // "</script" or "<!--" inside the JSON would end or upset the script element:
  // every "<" (only ever inside a JSON string) is written \u003c.
  const json = JSON.stringify(notice, null, 2).replace(/</g, '\\u003c');
  return `<script type="module" src="${attr(script)}"></script>\n<privacy-notice lang="${attr(notice.languages[0])}">\n<script type="application/json">\n${json}\n</script>\n</privacy-notice>`;
}

/** The document as the file to download: pretty, with `$schema` first. */
export function noticeJson(notice: NoticeDocument): string {
  return JSON.stringify({$schema: 'https://unpkg.com/privacy-notice/privacy-notice.schema.json', ...notice}, null, 2) + '\n';
}
