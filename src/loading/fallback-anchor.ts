/**
 * Keeps the notice where the static notice pasted inside the element stood
 * when the element's own rendering replaces it (issue 11: no layout shift on
 * upgrade). The pasted HTML takes the page's styles: its first heading's top
 * margin collapses through the element, so the element's box starts lower
 * than it does around the shadow root's notice, whose first heading has none.
 * Measured just before the swap and just after it, in the same task (nothing
 * is painted between), the difference goes back in as a top margin on the
 * notice's outer box, which collapses through the element the same way.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

/** Below this many CSS pixels a difference is rounding, not a shift. */
const ROUNDING = 0.5;

export class FallbackAnchor implements ReactiveController {
  /** The element's top edge while it showed its children, measured before the update that may replace them. */
  #before?: number;

  constructor(
    private readonly host: Host,
    private readonly options: {
      /** Whether the element shows its children (the slot) right now. */
      showingChildren(): boolean;
      /** Whether this update replaces them: the element can show the notice itself. */
      canShow(): boolean;
      /** The outermost box of what replaces them, once rendered. */
      replacement(): HTMLElement | null;
    }
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Measured on the swapping update only: reading a rect forces a layout.
    const {options} = this;
    this.#before =
      options.showingChildren() && options.canShow() && this.host.isConnected ? this.host.getBoundingClientRect().top : undefined;
  }

  hostUpdated(): void {
    const before = this.#before;
    this.#before = undefined;
    if (before === undefined || this.options.showingChildren()) return;
    const box = this.options.replacement();
    if (!box) return;
    // Margins collapse with the element's and its ancestors' own (the
    // result is the largest), so the margin that puts the top edge back is
    // found in a step or two, not computed from the first difference.
    let margin = 0;
    for (let step = 0; step < 3; step++) {
      const lower = before - this.host.getBoundingClientRect().top;
      // Only down: a negative margin would pull the notice over what is above it.
      if (lower <= ROUNDING || margin + lower <= 0) return;
      margin += lower;
      box.style.marginTop = `${margin}px`;
    }
  }
}
