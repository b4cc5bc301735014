/**
 * The cookie panel's state: which rows are rendered so far, what the last
 * change did, the site owner's audit. The consent itself is the element's
 * (src/consent/consent-controller.ts), live before this panel is.
 */
import {nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {findUndeclared, readPresentStorage, type UndeclaredItem} from '../consent/audit.js';
import {OPTIONAL_CATEGORIES, type OptionalCategory} from '../consent/categories.js';
import type {ConsentController} from '../consent/consent-controller.js';
import type {ConsentState} from '../consent/record.js';
import type {CookieService} from '../document/schema.js';
import {cookiePanel, type CookiePanelModel, type LastChange} from './cookie-panel.js';
import {RenderSlices} from './render-slices.js';
import type {ViewContext} from './view-context.js';

/** The element's settings the panel reads, each time it renders. */
export interface CookiePanelOptions {
  /** The `audit` attribute. */
  audit: boolean;
}

/**
 * A long cookie list renders in slices, one task each, like the sections: a
 * thousand rows (a sanitised description in each) would block the page.
 */
const FIRST_ROWS = 100;
const MORE_ROWS = 200;

/** Owns the panel's state and renders it. */
export class CookiePanelController implements ReactiveController, CookiePanelModel {
  lastChange: LastChange;
  audit: UndeclaredItem[] | undefined;
  services: readonly CookieService[] = [];
  readonly rows = {left: 0};
  #auditPending = false;
  readonly #warned = new Set<string>();
  /** The consent generation (document) the state above belongs to. */
  #generation = -1;
  /** The document whose rows `#slices` counts. */
  #rowsOf?: unknown;
  readonly #slices: RenderSlices;

  constructor(
    private readonly host: ReactiveControllerHost & {readonly isConnected: boolean},
    private readonly consent: ConsentController,
    private readonly options: () => CookiePanelOptions
  ) {
    host.addController(this);
    this.#slices = new RenderSlices(host, FIRST_ROWS, MORE_ROWS, () => this.rows.left < 0);
  }

  hostConnected(): void {}

  get state(): ConsentState {
    return this.consent.manager.state!;
  }

  get showAudit(): boolean {
    return this.options().audit;
  }

  /** Every row now (printing). */
  renderAllRows(): void {
    this.#slices.showAll();
  }

  render(view: ViewContext) {
    const cookies = view.notice.cookies;
    this.rows.left = 0;
    if (!cookies || !this.consent.manager.state) return nothing;
    this.services = cookies.services;
    if (this.#rowsOf !== view.notice) {
      this.#rowsOf = view.notice;
      this.#slices.restart();
    }
    this.rows.left = this.#slices.limit;
    if (this.#generation !== this.consent.generation) {
      this.#generation = this.consent.generation;
      this.lastChange = undefined;
      this.audit = undefined;
    }
    // Reading storage is cheap and has no side effects: done while rendering.
    if (this.showAudit && (this.audit === undefined || this.#auditPending)) this.audit = this.#runAudit();
    this.#auditPending = false;
    return cookiePanel(view, this);
  }

  choose(choices: Partial<Record<OptionalCategory, boolean>>): void {
    const manager = this.consent.manager;
    const before = manager.state;
    const after = manager.choose(choices, 'visitor');
    const revoked = OPTIONAL_CATEGORIES.some((c) => before?.choices[c] === true && !after.choices[c]);
    this.lastChange = {kind: 'saved', revoked};
    if (this.showAudit) this.#auditPending = true;
    this.host.requestUpdate();
  }

  readonly checkAgain = () => {
    this.#auditPending = true;
    this.host.requestUpdate();
  };

  /** Undeclared items now on the page; each is logged once, with a hint. */
  #runAudit(): UndeclaredItem[] | undefined {
    const state = this.consent.manager.state;
    if (!state) return undefined;
    const found = findUndeclared(readPresentStorage(window), this.services, state.document);
    for (const item of found) {
      const key = `${item.type}:${item.name}`;
      if (this.#warned.has(key)) continue;
      this.#warned.add(key);
      console.warn(
        `<privacy-notice audit> ${item.type} "${item.name}" is on this page but not declared in the notice document "${state.document}". ${item.hint}`
      );
    }
    return found;
  }
}
