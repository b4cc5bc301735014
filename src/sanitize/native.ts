/**
 * The browser's own sanitiser: `Element.setHTML` with a `Sanitizer`
 * (Chromium 146+, Firefox 148+). Its safe mode removes scripts, handlers and
 * `javascript:` URLs whatever the configuration says; our configuration
 * narrows that to the allow-list of ./rules.ts. Nothing here is a Trusted
 * Types sink, so no policy is needed on this path.
 */
import {ALLOWED_ATTR, ALLOWED_TAGS, DROP_WITH_CONTENT, finishLink} from './rules.js';

/** The part of the HTML Sanitizer API we use (not in TypeScript's DOM types yet). */
interface SanitizerConfig {
  elements: string[];
  attributes: string[];
  replaceWithChildrenElements: string[];
  comments: boolean;
  dataAttributes: boolean;
}
type SanitizerOption = object;
interface WithSetHTML {
  setHTML(html: string, options: {sanitizer: SanitizerOption}): void;
}

/**
 * Elements whose text stays when the element goes: DOMPurify's KEEP_CONTENT.
 * An allow-list `Sanitizer` removes whatever it does not list, content and
 * all, so every HTML element that may hold text is named here (those in the
 * allow-list and in DROP_WITH_CONTENT are taken out below). Unknown and
 * custom elements are removed with their content on this path only. (`html`
 * and `body` are not here: the parser never makes them inside a fragment, and
 * a Sanitizer refuses to unwrap `html`.)
 */
const KEEP_CONTENT =
  'abbr acronym address article aside bdi bdo big blink blockquote button canvas center cite code ' +
  'data datalist dd del details dfn dialog dir div dl dt fieldset figcaption figure font footer form ' +
  'h1 h2 h3 h4 h5 h6 header hgroup ins kbd label legend listing main map mark marquee menu meter ' +
  'nav nobr optgroup option output picture pre progress q rb rp rt rtc ruby s samp search section select ' +
  'slot small span strike sub summary sup textarea tfoot time tt u var';

const NATIVE_CONFIG: SanitizerConfig = {
  elements: ALLOWED_TAGS,
  attributes: ALLOWED_ATTR,
  replaceWithChildrenElements: KEEP_CONTENT.split(' ').filter((tag) => !ALLOWED_TAGS.includes(tag) && !DROP_WITH_CONTENT.includes(tag)),
  comments: false,
  dataAttributes: false,
};

/**
 * Markup a conforming `setHTML` with our configuration turns into exactly
 * PROBE_OUT. A browser that has `setHTML` but reads the configuration another
 * way (an earlier draft of the API) gets DOMPurify instead.
 */
const PROBE_IN =
  '<p title="t" id="i" data-x="1">a<a href="javascript:x" target="_blank">l</a><u>k</u><script>s</script><svg><text>v</text></svg><!--c--></p>';
const PROBE_OUT = '<p title="t">a<a rel="noopener noreferrer">l</a>k</p>';

export type Sanitize = (html: string) => DocumentFragment;

/**
 * A function that sanitises with the browser's `setHTML`, or undefined when
 * the browser has none (or one that does not do what we ask of it).
 */
export function nativeSanitizer(): Sanitize | undefined {
  if (typeof Element === 'undefined' || typeof (Element.prototype as Partial<WithSetHTML>).setHTML !== 'function') {
    return undefined;
  }
  try {
    // A Sanitizer object is built once; a plain dictionary would be
    // validated again on every call.
    const Ctor = (globalThis as {Sanitizer?: new (config: SanitizerConfig) => SanitizerOption}).Sanitizer;
    const sanitizer: SanitizerOption = Ctor ? new Ctor(NATIVE_CONFIG) : NATIVE_CONFIG;
    // Parsed in a document with no window: nothing in it loads or runs, even
    // before it is sanitised. A <div> gives the parser the same context as
    // DOMPurify's <body>.
    const inert = document.implementation.createHTMLDocument('');
    const sanitize: Sanitize = (html) => {
      const box = inert.createElement('div') as unknown as Element & WithSetHTML;
      box.setHTML(html, {sanitizer});
      const fragment = inert.createDocumentFragment();
      fragment.append(...box.childNodes);
      for (const node of fragment.querySelectorAll('[href], a')) finishLink(node);
      return fragment;
    };
    const probe = inert.createElement('div');
    probe.append(sanitize(PROBE_IN));
    return probe.innerHTML === PROBE_OUT ? sanitize : undefined;
  } catch {
    return undefined; // a Sanitizer that refuses our configuration
  }
}
