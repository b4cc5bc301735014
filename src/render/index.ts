/**
 * Notice document → static HTML (pure: Node and the browser). See
 * docs/cli-render.md; the CLI's `privacy-notice render` is a thin wrapper.
 */
export {
  renderNoticeHtml,
  renderStaticNotice,
  type NoticeHtmlOptions,
  type StaticRenderOptions,
  type StaticRenderResult,
} from './render-notice.js';
export {sanitizeHtml} from './sanitize-html.js';
