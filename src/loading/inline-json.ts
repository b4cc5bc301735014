/**
 * What the host's light-DOM children hold, kept current (the parser or a CMS
 * script may add or fill them after the element has connected): the text of
 * an inline `<script type="application/json">` child, and whether other
 * element children — a fallback, such as `privacy-notice render`'s static
 * notice — are there to show until the element can show the notice itself.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & ParentNode & Node;

export class InlineJson implements ReactiveController {
  /** The JSON child's text, or undefined without one. */
  text?: string;
  /**
   * Other element children: `rendered` when they hold the static notice
   * (`<article class="privacy-notice">` from `privacy-notice render`),
   * `children` for any other fallback, undefined without.
   */
  fallback?: 'rendered' | 'children';
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
    const others = [...this.host.children].filter((child) => !child.matches('script[type="application/json" i]'));
    const fallback = others.some((child) => child.matches('article.privacy-notice')) ? 'rendered' : others.length ? 'children' : undefined;
    if (text === this.text && fallback === this.fallback) return;
    this.text = text;
    this.fallback = fallback;
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
