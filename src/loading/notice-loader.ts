/**
 * Loads the element's notice document, in the shape of @lit/task: before each
 * update it compares the source with the last one and, when it changed,
 * aborts the running load and starts a new one with a fresh `AbortSignal`;
 * the template renders its `loading` / `ready` / `error` state. Removing the
 * element aborts a running load (and a later reconnect starts it again).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {NoticeLoadError} from '../events.js';
import {acceptNotice, DEFAULT_TIMEOUT, fetchNotice, NoticeLoadFailure, type LoadedNotice} from '../document/load.js';
import {ifStillDisconnected} from '../left-page.js';

/** Where the document comes from, in order of precedence. */
export type NoticeSource =
  | {kind: 'object'; value: unknown}
  | {kind: 'inline'; text: string}
  | {
      kind: 'url';
      url: string;
      credentials: RequestCredentials;
      timeout: number;
    }
  | {kind: 'none'};

const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];

/**
 * The element's source from its settings, in order of precedence: the
 * `notice` property, an inline JSON child's text, the `src` attribute
 * (resolved against the page; `credentials` and `timeout` checked).
 */
export function noticeSource(settings: {
  notice: unknown;
  inline: string | undefined;
  src: string;
  credentials: RequestCredentials;
  timeout: number;
}): NoticeSource {
  const {notice, inline, src, credentials} = settings;
  if (notice !== undefined && notice !== null) return {kind: 'object', value: notice};
  if (inline !== undefined) return {kind: 'inline', text: inline};
  if (!src) return {kind: 'none'};
  let url = src;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    // fetch() reports the bad address as a network error.
  }
  const timeout = Number(settings.timeout);
  return {
    kind: 'url',
    url,
    credentials: CREDENTIALS.includes(credentials) ? credentials : 'omit',
    timeout: Number.isFinite(timeout) && timeout >= 0 ? timeout : DEFAULT_TIMEOUT,
  };
}

export type LoadState =
  {status: 'idle'} | {status: 'loading'; url?: string} | ({status: 'ready'} & LoadedNotice) | {status: 'error'; error: NoticeLoadError};

const sameSource = (a: NoticeSource | undefined, b: NoticeSource) => {
  if (!a || a.kind !== b.kind) return false;
  switch (b.kind) {
    case 'object':
      return (a as typeof b).value === b.value;
    case 'inline':
      return (a as typeof b).text === b.text;
    case 'url':
      return (a as typeof b).url === b.url && (a as typeof b).credentials === b.credentials;
    default:
      return true;
  }
};

/** Resolves a task after the page's load event. */
const pageLoaded = () =>
  new Promise<void>((resolve) => {
    const later = () => setTimeout(resolve);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, {once: true});
  });

const unexpected = (error: unknown): NoticeLoadError => ({
  kind: 'invalid',
  message: `The notice document could not be read: ${String(error)}`,
});

export class NoticeLoader implements ReactiveController {
  state: LoadState = {status: 'idle'};
  #source?: NoticeSource;
  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & {readonly isConnected: boolean},
    private readonly options: {
      /** Read before every update. */
      source: () => NoticeSource;
      /** Called once per finished load, before the host renders it. */
      finished?: (state: LoadState) => void;
      /** Called once per finished load, after the host has rendered it. */
      settled?: (state: LoadState) => void;
    }
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const source = this.options.source();
    if (!sameSource(this.#source, source)) this.run(source);
  }

  hostConnected(): void {
    if (!this.#source) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    const abort = this.#abort;
    ifStillDisconnected(this.host, () => {
      if (abort !== this.#abort) return;
      if (this.state.status === 'loading' || this.state.status === 'idle') {
        this.#abort?.abort();
        // Load again if the element comes back.
        this.#source = undefined;
        this.state = {status: 'idle'};
      }
    });
  }

  /** Loads the current source again, even if it did not change. */
  reload(): void {
    this.#source = undefined;
    this.host.requestUpdate();
  }

  private run(source: NoticeSource): void {
    this.#abort?.abort();
    this.#source = source;
    const abort = (this.#abort = new AbortController());
    switch (source.kind) {
      case 'none':
        // A page script may still set src or notice: only once the page has
        // loaded and nothing came is that an error.
        this.state = {status: 'idle'};
        void pageLoaded().then(() =>
          this.finish(abort, {
            status: 'error',
            error: {
              kind: 'no-source',
              message:
                'No notice document: set the src attribute, add a <script type="application/json"> child, or set the notice property',
            },
          })
        );
        return;
      case 'object':
      case 'inline':
        this.finish(abort, this.check(source.kind === 'object' ? source.value : source.text));
        return;
      case 'url':
        this.state = {status: 'loading', url: source.url};
        fetchNotice(source.url, {
          signal: abort.signal,
          timeout: source.timeout,
          credentials: source.credentials,
        }).then(
          (loaded) => this.finish(abort, {status: 'ready', ...loaded}),
          (error: unknown) => {
            if (abort.signal.aborted) return;
            this.finish(abort, {
              status: 'error',
              error: error instanceof NoticeLoadFailure ? error.error : unexpected(error),
            });
          }
        );
    }
  }

  private check(input: unknown): LoadState {
    try {
      return {status: 'ready', ...acceptNotice(input)};
    } catch (error) {
      return {
        status: 'error',
        error: error instanceof NoticeLoadFailure ? error.error : unexpected(error),
      };
    }
  }

  private finish(abort: AbortController, state: LoadState): void {
    if (abort !== this.#abort || abort.signal.aborted) return;
    this.state = state;
    this.options.finished?.(state);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (abort === this.#abort && this.state === state) this.options.settled?.(state);
    });
  }
}
