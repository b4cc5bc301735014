/**
 * The text of the host's inline `<script type="application/json">` child,
 * kept current: the parser or a CMS script may add or fill it after the
 * element has connected.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & ParentNode & Node;

export class InlineJson implements ReactiveController {
  /** The child's text, or undefined without one. */
  text?: string;
  #observer?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The JSON child, if the host has one. */
  static script(host: ParentNode): HTMLScriptElement | null {
    return host.querySelector<HTMLScriptElement>(':scope > script[type="application/json" i]');
  }

  #read(): void {
    const script = InlineJson.script(this.host);
    const text = script ? (script.textContent ?? '') : undefined;
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.#read();
    this.#observer = new MutationObserver(() => this.#read());
    this.#observer.observe(this.host, {childList: true, subtree: true, characterData: true});
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
