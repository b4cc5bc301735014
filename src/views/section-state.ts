/**
 * The sections' state: which are open (the `open` attribute, a link to
 * `#<section-id>`, the visitor's clicks), how many are rendered (a long
 * notice renders in slices), deep links — opening, scrolling to and focusing
 * a linked section, which the browser's own fragment scrolling cannot reach
 * in a shadow root — and copying a section's link.
 */
import {nothing, type ReactiveControllerHost} from 'lit';
import {copyText} from '../clipboard.js';
import {msg} from '../localization.js';
import type {NoticeDocument} from '../document/schema.js';
import {RenderSlices} from './render-slices.js';
import {buttonId, shownSections, type SectionActions} from './sections.js';

/**
 * A long notice renders in slices, one task each, so a 1,000-section document
 * never blocks the page: the first slice at once, the rest right after.
 */
const FIRST_SLICE = 50;
const SLICE = 100;

type Host = ReactiveControllerHost & {readonly isConnected: boolean; readonly renderRoot: HTMLElement | DocumentFragment};

export interface SectionStateOptions {
  /** The document shown, if any. */
  notice?: NoticeDocument;
  /** The `open` attribute: `all`, or section ids separated by spaces or commas. */
  open: string;
}

const ids = (notice: NoticeDocument) => shownSections(notice).map(({section}) => section.id);

/** The id the page's address links to (decoded), or ''. */
function hashId(): string {
  const id = location.hash.slice(1);
  try {
    return decodeURIComponent(id);
  } catch {
    return id; // a malformed escape: the hash as it is
  }
}

/** Scrolls an element of the notice to the top, smoothly unless the visitor prefers less motion. */
export function scrollToTop(target: Element): void {
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({block: 'start', behavior: smooth ? 'smooth' : 'auto'});
}

export class SectionState {
  /** How many sections are rendered so far. */
  readonly slices: RenderSlices;
  /** What the polite live region says after copying a link. */
  announcement?: 'copied' | 'copy-failed';
  /** Ids of the open sections (changed only through `#setOpen`). */
  #open = new Set<string>();

  constructor(
    private readonly host: Host,
    private readonly options: () => SectionStateOptions
  ) {
    this.slices = new RenderSlices(host, FIRST_SLICE, SLICE, () => {
      const {notice} = this.options();
      return !!notice && this.busy(notice);
    });
  }

  /** Whether sections of `notice` are still to be rendered. */
  busy(notice: NoticeDocument): boolean {
    return this.slices.limit < shownSections(notice).length;
  }

  /** A newly loaded document, before it first renders: the first slice, the sections open at first. */
  restart(notice: NoticeDocument): void {
    this.slices.restart();
    this.#open = this.#initiallyOpen(notice);
    this.#cover();
  }

  /** The `open` attribute changed. */
  reopen(): void {
    const {notice} = this.options();
    if (notice) this.#setOpen(this.#initiallyOpen(notice));
  }

  /** The section the page's address names, if this document has it. */
  linked(notice: NoticeDocument): string | undefined {
    const id = hashId();
    return id && ids(notice).includes(id) ? id : undefined;
  }

  /** Opens the section with this id, scrolls to it, and focuses its button if asked. */
  async reveal(id: string, focus: boolean): Promise<void> {
    const {notice} = this.options();
    if (!notice || !ids(notice).includes(id)) return;
    this.#setOpen(new Set(this.#open).add(id));
    await this.host.updateComplete;
    this.scrollTo(id, focus);
  }

  /** Scrolls to a rendered section. */
  scrollTo(id: string, focus: boolean): void {
    // By id, not a selector: a section id may be anything a selector would have to escape.
    const button = (this.host.renderRoot as ShadowRoot).getElementById(buttonId(id));
    if (!button) return;
    const section = button.closest('.section');
    if (section) scrollToTop(section);
    if (focus) button.focus({preventScroll: true});
  }

  /** What the polite live region says now. */
  announcementText() {
    switch (this.announcement) {
      case 'copied':
        return msg('Link copied', {desc: 'Announced after the link to a section was copied to the clipboard.'});
      case 'copy-failed':
        return msg('The link could not be copied', {desc: 'Announced when copying the link to a section to the clipboard failed.'});
      default:
        return nothing;
    }
  }

  readonly actions: SectionActions = {
    isOpen: (id) => this.#open.has(id),
    toggle: (id) => {
      const open = new Set(this.#open);
      if (!open.delete(id)) open.add(id);
      this.#setOpen(open);
    },
    reveal: (id) => this.#setOpen(new Set(this.#open).add(id)),
    copyLink: (id) => void this.#copyLink(id),
    expandAll: () => {
      const {notice} = this.options();
      if (notice) this.#setOpen(new Set(ids(notice)));
    },
    collapseAll: () => this.#setOpen(new Set()),
  };

  #initiallyOpen(notice: NoticeDocument): Set<string> {
    const all = ids(notice);
    const wanted = this.options().open.trim().toLowerCase();
    const open = new Set(wanted === 'all' ? all : wanted.split(/[\s,]+/).filter((id) => all.includes(id)));
    const linked = this.linked(notice);
    if (linked) open.add(linked);
    return open;
  }

  #setOpen(open: Set<string>): void {
    this.#open = open;
    this.#cover();
    this.host.requestUpdate();
  }

  /** Renders far enough that every open section is there (a link to one not rendered yet). */
  #cover(): void {
    const {notice} = this.options();
    const {limit} = this.slices;
    if (!notice || limit === Infinity) return;
    const all = ids(notice);
    if ([...this.#open].some((id) => all.indexOf(id) >= limit)) this.slices.showAll();
  }

  async #copyLink(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = id;
    const copied = await copyText(url.href, this.host.renderRoot as ShadowRoot);
    // Empty the live region first, so saying the same words again is announced.
    this.announcement = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.announcement = copied ? 'copied' : 'copy-failed';
    this.host.requestUpdate();
  }
}
