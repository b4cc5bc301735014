/**
 * The only place that turns document strings into HTML. Everything else is
 * rendered through Lit's escaping.
 *
 * An explicit allow-list (./sanitize/rules.ts): the small HTML subset the
 * notice format allows, no ids or names (they clobber globals and our own
 * form), no styles, nothing that loads from another host, links only to
 * http(s), mailto and tel, always with rel="noopener noreferrer".
 *
 * Two ways to apply it, with the same rules and the same hostile corpus
 * passed by both (test/browser/hostile-*.test.ts):
 * - the browser's own `setHTML` with a `Sanitizer` (./sanitize/native.ts),
 *   synchronous and nothing to download;
 * - where that is missing, DOMPurify (./sanitize/purify.ts), a chunk of its
 *   own fetched on first use. Until it arrives `sanitizeToFragment` cannot
 *   run: `sanitizerReady()` says when it can, and `richText` renders then.
 */
import {noChange, nothing} from 'lit';
import {AsyncDirective, directive} from 'lit/async-directive.js';
import {nativeSanitizer, type Sanitize} from './sanitize/native.js';
// Made up front, on every path: the fallback needs it, and it must exist
// before the element is defined (see the file). A page then allows the same
// policy names whichever browser visits it.
import './trusted-types.js';

export {ALLOWED_ATTR, ALLOWED_TAGS, isSafeUrl} from './sanitize/rules.js';

let native: Sanitize | undefined | null = null; // null: not looked for yet
let fallback: Sanitize | undefined;
let loading: Promise<void> | undefined;
let forceFallback = false;

/** The sanitiser to use now, if it is ready. */
function current(): Sanitize | undefined {
  if (!forceFallback) {
    if (native === null) native = nativeSanitizer();
    if (native) return native;
  }
  return fallback;
}

/** Whether `sanitizeToFragment` can run now (always, where the browser has `setHTML`). */
export function isSanitizerReady(): boolean {
  return current() !== undefined;
}

/**
 * Resolves once `sanitizeToFragment` can run: at once where the browser has
 * `setHTML`, otherwise when DOMPurify's chunk has loaded (the first call
 * starts the download). Rejects if the chunk cannot be loaded.
 */
export function sanitizerReady(): Promise<void> {
  if (isSanitizerReady()) return Promise.resolve();
  loading ??= import('./sanitize/purify.js').then(
    (module) => {
      fallback = module.sanitize;
    },
    (error: unknown) => {
      loading = undefined; // a later call tries again
      throw error;
    }
  );
  return loading;
}

/**
 * For tests: sanitise with DOMPurify even where the browser has `setHTML`
 * (await `sanitizerReady()` after switching), or go back to choosing.
 */
export function useFallbackSanitizer(force = true): void {
  forceFallback = force;
}

/** Which sanitiser `sanitizeToFragment` uses now, if one is ready (for tests and diagnostics). */
export function sanitizerKind(): 'setHTML' | 'DOMPurify' | undefined {
  const sanitize = current();
  return sanitize === undefined ? undefined : sanitize === native ? 'setHTML' : 'DOMPurify';
}

/** Sanitises rich text into a fresh fragment. Throws before `sanitizerReady()` has resolved. */
export function sanitizeToFragment(html: string): DocumentFragment {
  const sanitize = current();
  if (!sanitize) throw new Error('<privacy-notice>: the sanitiser is still loading; await sanitizerReady() first');
  return sanitize(html);
}

let reportedFailure = false;

class RichTextDirective extends AsyncDirective {
  #last: string | undefined;
  /** Text waiting for the sanitiser to load. */
  #waiting: string | undefined;

  render(html: string | undefined) {
    if (html === this.#last) return noChange;
    this.#last = html;
    this.#waiting = undefined;
    if (!html) return nothing;
    if (isSanitizerReady()) return sanitizeToFragment(html);
    // DOMPurify is on its way (the element waits for it before it shows a
    // notice, so this is the rare case): nothing until it is here.
    this.#waiting = html;
    sanitizerReady().then(
      () => this.#show(html),
      (error: unknown) => {
        if (reportedFailure) return;
        reportedFailure = true;
        console.error(`<privacy-notice>: the sanitiser could not be loaded, so rich text is not shown. (${String(error)})`);
      }
    );
    return nothing;
  }

  #show(html: string) {
    if (this.#waiting !== html || !this.isConnected) return;
    this.#waiting = undefined;
    this.setValue(sanitizeToFragment(html));
  }

  protected override reconnected(): void {
    if (this.#waiting !== undefined && isSanitizerReady()) this.#show(this.#waiting);
  }
}

/**
 * Renders rich text from a notice document, sanitised. Only re-parses when the
 * string changes, so re-renders are cheap.
 */
export const richText = directive(RichTextDirective);
