/**
 * Renders a long list in slices, one task each, so a thousand sections or
 * cookie rows never block the page: `first` items at once, then `step` more
 * per task while `heldBack()` says some are still missing. Printing, or a
 * link into the list, asks for everything at once (`showAll`).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class RenderSlices implements ReactiveController {
  /** How many items to render now (Infinity: all). */
  limit: number;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & {readonly isConnected: boolean},
    private readonly first: number,
    private readonly step: number,
    private readonly heldBack: () => boolean
  ) {
    this.limit = first;
    host.addController(this);
  }

  /** Back to the first slice: a newly shown list. */
  restart(): void {
    this.limit = this.first;
  }

  /** Every item now. */
  showAll(): void {
    if (this.limit === Infinity) return;
    this.limit = Infinity;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    // Items were held back: the next slice in a task of its own.
    if (this.#timer || !this.host.isConnected || !this.heldBack()) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.limit += this.step;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
