/**
 * Which languages the element speaks: the reader's languages, most wanted
 * first (the visitor's pick in the language switcher, the element's `lang`,
 * the nearest ancestor's `lang`, the page's, the browser's), and from them
 * the interface locale, whose translations it loads before they are shown.
 * Until a new locale's translations arrive, the one on screen stays.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isUiLocaleLoaded, loadUiLocale, pickUiLocale, type UiFeature, type UiLocale} from '../localization.js';

type Host = ReactiveControllerHost & Element;

export interface UiLanguageOptions {
  /** The shown document's first language: the interface's last resort. */
  documentLanguage?: string;
  /** The parts of the interface on screen, whose strings a locale needs before it is shown. */
  features: readonly UiFeature[];
}

/** The nearest `lang` above `node` (itself included), crossing shadow roots. */
function inheritedLang(node: Node | null): string | undefined {
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang') || undefined;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

export class UiLanguage implements ReactiveController {
  /** The language the visitor picked with the language switcher. */
  #chosen?: string;
  /** The interface locale last rendered (its translations are loaded). */
  #shown?: UiLocale;
  #observer?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly options: () => UiLanguageOptions
  ) {
    host.addController(this);
  }

  /** The reader's languages, most wanted first. */
  wanted(): string[] {
    return [this.#chosen, inheritedLang(this.host), document.documentElement.lang, ...(navigator.languages ?? [navigator.language])].filter(
      (tag): tag is string => !!tag
    );
  }

  /** The interface locale wanted now (its translations may still be loading). */
  wantedLocale(): UiLocale {
    const {documentLanguage} = this.options();
    return pickUiLocale(documentLanguage ? [...this.wanted(), documentLanguage] : this.wanted());
  }

  /** Whether the wanted locale's translations are here. */
  isReady(): boolean {
    return isUiLocaleLoaded(this.wantedLocale(), this.options().features);
  }

  /**
   * For `render`: the locale to speak now — the wanted one once loaded (this
   * starts loading it), else the one on screen, else none yet.
   */
  current(): UiLocale | undefined {
    const wanted = this.wantedLocale();
    const ready = this.isReady();
    if (!ready) void loadUiLocale(wanted, this.options().features).then(() => this.host.requestUpdate());
    this.#shown = ready ? wanted : this.#shown;
    return this.#shown;
  }

  /**
   * Resolves once the element shows the wanted locale; false if `stillCurrent`
   * turns false meanwhile (another document, or the element left the page).
   */
  async settle(stillCurrent: () => boolean): Promise<boolean> {
    while (this.#shown !== this.wantedLocale() || !this.isReady()) {
      await loadUiLocale(this.wantedLocale(), this.options().features);
      await this.host.updateComplete;
      if (!stillCurrent()) return false;
    }
    return true;
  }

  /** The visitor picked a language in the switcher. */
  readonly choose = (language: string): void => {
    this.#chosen = language;
    this.host.requestUpdate();
  };

  /** The page set the element's `lang` (even to the same value): it overrides the visitor's pick. */
  langSet(): void {
    this.#chosen = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // The page's or an ancestor's lang may change, or be set or removed on
    // any ancestor: watch the whole chain (crossing shadow roots; a few
    // elements, attribute changes of one name only).
    this.#observer = new MutationObserver(() => this.host.requestUpdate());
    const filter = {attributeFilter: ['lang']};
    for (let node = this.host.parentNode; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
      if (node instanceof Element) this.#observer.observe(node, filter);
    }
    this.#observer.observe(document.documentElement, filter);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
