/**
 * Holds the notice back until rich text can be sanitised: at once where the
 * browser has `setHTML`; elsewhere once DOMPurify's chunk has arrived (or
 * failed: then the notice shows without its rich text, and the console says
 * why). The chunk is asked for when the element connects, so it downloads
 * alongside the document and is usually here first.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isSanitizerReady, sanitizerReady} from '../sanitize.js';

export class SanitizerGate implements ReactiveController {
  /** Whether rich text can be rendered now. */
  ready = isSanitizerReady();
  #waiting?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Resolves once `ready` (never rejects); the host updates then. */
  wait(): Promise<void> {
    if (this.ready) return Promise.resolve();
    this.#waiting ??= sanitizerReady()
      .catch(() => {})
      .then(() => {
        this.ready = true;
        this.host.requestUpdate();
      });
    return this.#waiting;
  }

  hostConnected(): void {
    void this.wait();
  }
}
