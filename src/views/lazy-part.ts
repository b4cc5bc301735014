/**
 * A part of the notice that is a chunk of its own (code, styles): the contact
 * form and the cookie panel. The notice paints first with a placeholder that
 * keeps the part's space, and the part is loaded right after that paint — or
 * at once when `load()` is called (a link to it, printing, the page asking).
 * When it arrives its styles join the shadow root and the host renders it in
 * the placeholder's place.
 */
import {html, type CSSResult, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {ViewContext} from './view-context.js';

/** What a loaded part does: render into the notice. */
export interface NoticePart {
  render(view: ViewContext): unknown;
}

export interface LoadedPart<P extends NoticePart> {
  part: P;
  styles: CSSResult;
}

/**
 * Ids of the parts in the shadow root, and the page-address hashes that link
 * to them (`#privacy-request` loads the form at once and scrolls to it).
 */
export const PART_IDS = {form: 'privacy-request', cookies: 'privacy-cookies'} as const;

type Host = ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};

/** Fallback for the rare case the next frame never comes (a hidden tab has none). */
const LATEST = 250;

/** Adds a chunk's styles to a shadow root, after the element's own. */
function adopt(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && root instanceof ShadowRoot) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.append(style);
}

export class LazyPart<P extends NoticePart> implements ReactiveController {
  /** The part, once its chunk has loaded. */
  part?: P;
  #loading?: Promise<P>;
  #scheduled = false;
  #settle!: () => void;
  /** Whether the chunk has loaded, or failed to (then the notice goes on without it). */
  settledNow = false;
  /** Resolves once `settledNow` (whoever started the load). */
  readonly settled = new Promise<void>((resolve) => (this.#settle = resolve));

  constructor(
    private readonly host: Host,
    /** Which part: its placeholder's class and id. */
    private readonly name: keyof typeof PART_IDS,
    private readonly importPart: () => Promise<LoadedPart<P>>
  ) {
    host.addController(this);
  }

  /** Loads the chunk now (once); resolves with the part. Rejects if it cannot be loaded. */
  load(): Promise<P> {
    this.#loading ??= this.importPart().then(
      ({part, styles}) => {
        adopt(this.host.renderRoot, styles);
        this.part = part;
        this.#settled();
        return part;
      },
      (error: unknown) => {
        this.#loading = undefined; // a later call tries again
        this.#settled();
        console.error(`<privacy-notice>: could not load the ${this.name === 'form' ? 'contact form' : 'cookie panel'}.`, error);
        throw error;
      }
    );
    return this.#loading;
  }

  #settled() {
    this.settledNow = true;
    this.#settle();
    this.host.requestUpdate();
  }

  /** The part, or its placeholder until it has loaded (which this first render then asks for). */
  render(view: ViewContext): unknown {
    if (this.part) return this.part.render(view);
    if (this.settledNow) return undefined; // it could not be loaded: no empty space
    if (!this.#scheduled) this.#scheduled = this.#schedule();
    return html`<div class="part-placeholder ${this.name}-placeholder" id=${PART_IDS[this.name]} aria-hidden="true"></div>`;
  }

  /** Right after the next paint: a task queued from the frame's callback runs once it is painted. */
  #schedule(): true {
    const load = () => void this.load().catch(() => {});
    requestAnimationFrame(() => setTimeout(load));
    setTimeout(load, LATEST);
    return true;
  }

  hostConnected(): void {}
}
