/**
 * The contact and objection form's state: a data subject's request, from the
 * first keystroke to the receipt. The templates are in ./contact-form.ts; the
 * rules (validation, payload, delivery, drafts, email) in src/form/.
 *
 * Nothing typed is ever lost: every field is kept in sessionStorage as it is
 * typed, and stays on screen after any failure; the draft is cleared only
 * after the request has been delivered.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {copyText} from '../clipboard.js';
import {PrivacyRequestEvent, PrivacyRequestFailedEvent, PrivacyRequestSentEvent} from '../events.js';
import {checkFormAction, deliverRequest, type DeliveryFailure, type FormActionProblem} from '../form/delivery.js';
import {answerDueDate, isoDate} from '../form/due-date.js';
import {clearDraft, loadDraft, saveDraft, sessionStore, type PendingRequest} from '../form/draft.js';
import {
  FIELD_ORDER,
  buildPayload,
  emptyFields,
  fingerprint,
  validateField,
  validateFields,
  type FieldError,
  type FieldName,
  type RequestFields,
} from '../form/fields.js';
import {contactEmail} from '../form/mailto.js';
import {newRequestId} from '../form/request-id.js';
import type {RequestPayload} from '../form/request-schema.js';
import {ifStillDisconnected} from '../left-page.js';
import {contactForm, fieldId, type ContactFormModel, type FormStatus} from './contact-form.js';
import {plainRequest} from './contact-form-outcome.js';
import type {ViewContext} from './view-context.js';

/** What the form needs of its element: updates, events, its shadow root. */
export type ContactFormHost = ReactiveControllerHost &
  EventTarget & {readonly isConnected: boolean; readonly shadowRoot: ShadowRoot | null};

/** The element's settings the form reads, each time it needs them. */
export interface ContactFormOptions {
  /** The `form-action` attribute: where requests are POSTed (empty: email instead). */
  action: string;
  /** The `form-encoding` attribute. */
  encoding: string;
}

/** The page address sent with a request, without query or fragment (they may hold tokens). */
const pageUrl = () => location.origin + location.pathname;

/** Owns the state of the contact and objection form and renders it. */
export class ContactFormController implements ReactiveController, ContactFormModel {
  /** Milliseconds each delivery attempt may take. */
  requestTimeout = 15000;
  /** Pauses before automatic retries (network errors, timeouts, 5xx, a short 429). */
  retryDelays: readonly number[] = [1000, 3000];

  /** The page's address, against which form-action is checked (tests pretend to be live). */
  pageHref: () => string = () => location.href;

  fields: RequestFields = emptyFields();
  honeypot = '';
  /** Inline errors on screen. */
  errors = new Map<FieldName, FieldError>();
  /** The error summary on screen, from the last submit; undefined when hidden. */
  summary?: FieldError[];
  status: FormStatus = {kind: 'editing'};
  /** True from submit until the outcome: a second click sends nothing. */
  busy = false;
  copyResult?: 'copied' | 'failed';

  #noticeId?: string;
  #pending?: PendingRequest;
  /** Fields the person has changed: they are checked when left. */
  readonly #touched = new Set<FieldName>();
  #lastView?: ViewContext;
  #loggedConfigError?: string;
  /** Aborts the request on its way; set while sending. */
  #sending?: AbortController;

  constructor(
    private readonly host: ContactFormHost,
    private readonly options: () => ContactFormOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  // The element left the page mid-submit: the request is aborted and the form
  // goes back to editing. The draft and its request id stay in
  // sessionStorage, so the text survives and sending again (here, or after a
  // reload) repeats the same Idempotency-Key should the first one have arrived.
  hostDisconnected(): void {
    const sending = this.#sending;
    if (!sending) return;
    ifStillDisconnected(this.host, () => {
      if (this.#sending !== sending) return;
      sending.abort();
      this.#sending = undefined;
      this.busy = false;
      this.status = {kind: 'editing'};
    });
  }

  render(view: ViewContext) {
    this.#restoreFor(view.notice.id);
    this.#lastView = view;
    return contactForm(view, this);
  }

  /** The checked form-action, or undefined when there is none (email instead). */
  action() {
    const action = this.options().action.trim();
    return action ? checkFormAction(action, this.pageHref()) : undefined;
  }

  /** Logs a wrong form-action once (it is checked on every render). */
  reportConfigError({reason, quiet}: FormActionProblem): void {
    if (this.#loggedConfigError === reason) return;
    this.#loggedConfigError = reason;
    const message = `<privacy-notice>: ${reason}. Requests are offered by email instead.`;
    if (quiet) console.warn(message);
    else console.error(message);
  }

  // ---- state -------------------------------------------------------------

  /** Loads the draft of a newly shown notice (and forgets the previous one's state). */
  #restoreFor(noticeId: string) {
    if (noticeId === this.#noticeId) return;
    this.#noticeId = noticeId;
    const draft = loadDraft(sessionStore(), noticeId);
    this.fields = draft?.fields ?? emptyFields();
    this.#pending = draft?.pending;
    this.#touched.clear();
    this.errors = new Map();
    this.summary = undefined;
    this.status = {kind: 'editing'};
    this.busy = false;
  }

  #save() {
    if (this.#noticeId) {
      saveDraft(sessionStore(), this.#noticeId, {fields: this.fields, pending: this.#pending});
    }
  }

  #update() {
    this.host.requestUpdate();
  }

  async #focus(selector: string) {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Shows or clears one field's inline error, and keeps the summary in step. */
  #check(field: FieldName) {
    const error = validateField(this.fields, field);
    if (error) this.errors.set(field, error);
    else this.errors.delete(field);
    if (this.summary) {
      const shown = this.summary;
      this.summary = validateFields(this.fields).filter((e) => shown.some((s) => s.field === e.field));
      if (!this.summary.length) this.summary = undefined;
    }
  }

  readonly onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = target.name as FieldName | 'website';
    if (name === 'website') {
      this.honeypot = target.value;
      return;
    }
    if (!(FIELD_ORDER as readonly string[]).includes(name)) return;
    if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    this.fields = {...this.fields, [name]: target.value};
    this.#touched.add(name);
    this.copyResult = undefined;
    // A choice is complete when made; text is checked when left, or as it is
    // corrected once it shows an error.
    const isChoice = name === 'type' || name === 'requesterRole';
    if (isChoice || this.errors.has(name)) this.#check(name);
    if (name === 'type' && (this.errors.has('message') || this.#touched.has('message'))) {
      this.#check('message');
    }
    if (this.status.kind === 'mail') this.status = {kind: 'editing'};
    this.#save();
    this.#update();
  };

  readonly onFocusOut = (event: FocusEvent) => {
    const name = (event.target as HTMLInputElement).name as FieldName;
    if (!this.#touched.has(name) || name === 'type' || name === 'requesterRole') return;
    // Leaving for a submit button: submitting checks everything, and an error
    // appearing now would move the button away from under the pointer.
    const next = event.relatedTarget as HTMLButtonElement | null;
    if (next?.type === 'submit' && next.form === event.currentTarget) return;
    this.#check(name);
    this.#update();
  };

  readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.#submit();
  };

  async #submit() {
    if (this.busy) return;
    const view = this.#lastView;
    if (!view) return;
    const errors = validateFields(this.fields);
    if (errors.length) {
      this.errors = new Map(errors.map((e) => [e.field, e]));
      this.summary = errors;
      this.#update();
      await this.#focus('.request-summary');
      return;
    }
    this.errors = new Map();
    this.summary = undefined;
    const print = fingerprint(this.fields);
    // A retry of the same words keeps its id (and Idempotency-Key); an edited
    // request is a new one.
    if (!this.#pending || this.#pending.fingerprint !== print) {
      this.#pending = {requestId: newRequestId(), createdAt: new Date().toISOString(), fingerprint: print};
      this.#save();
    }
    const payload = buildPayload(this.fields, {
      notice: view.notice,
      language: view.language,
      pageUrl: pageUrl(),
      requestId: this.#pending.requestId,
      createdAt: new Date(this.#pending.createdAt),
    });
    if (this.honeypot) {
      // A bot filled the hidden field: pretend, send nothing.
      this.#succeed(payload, payload.requestId, false);
      return;
    }
    const action = this.action();
    const request = new PrivacyRequestEvent(payload, action?.ok ? action.url : undefined);
    this.host.dispatchEvent(request);
    if (request.defaultPrevented) {
      await this.#deliverBySite(payload, request.response);
      return;
    }
    if (!action?.ok) {
      this.status = {kind: 'mail', payload};
      this.#update();
      // No address to write to: the button promised to copy the text, so it does.
      if (!contactEmail(view.notice)) void this.copy(plainRequest(view, payload, {withoutId: true}));
      await this.#focus('#request-mail');
      return;
    }
    this.busy = true;
    this.status = {kind: 'sending'};
    this.#update();
    const sending = (this.#sending = new AbortController());
    const result = await deliverRequest({
      url: action.url,
      encoding: this.options().encoding === 'urlencoded' ? 'urlencoded' : 'json',
      payload,
      timeout: this.requestTimeout,
      retryDelays: this.retryDelays,
      signal: sending.signal,
    });
    if (sending.signal.aborted) return;
    this.#sending = undefined;
    if (result.ok) this.#succeed(payload, result.reference);
    else this.#fail(payload, result.failure);
  }

  async #deliverBySite(payload: RequestPayload, response: Promise<{reference?: string} | void> | undefined) {
    if (!response) {
      this.#succeed(payload, payload.requestId);
      return;
    }
    this.busy = true;
    this.status = {kind: 'sending'};
    this.#update();
    try {
      const outcome = await response;
      this.#succeed(payload, (outcome && outcome.reference) || payload.requestId);
    } catch (error) {
      this.#fail(payload, {kind: 'site', detail: `the privacy-request handler failed: ${String(error)}`});
    }
  }

  #succeed(payload: RequestPayload, reference: string, announce = true) {
    const dueDate = answerDueDate(new Date(payload.createdAt));
    this.busy = false;
    this.status = {kind: 'sent', payload, reference, dueDate};
    this.fields = emptyFields();
    this.#pending = undefined;
    this.#touched.clear();
    this.copyResult = undefined;
    if (this.#noticeId) clearDraft(sessionStore(), this.#noticeId);
    if (announce) {
      this.host.dispatchEvent(new PrivacyRequestSentEvent(payload, reference, isoDate(dueDate)));
    }
    this.#update();
    void this.#focus('#request-receipt');
  }

  #fail(payload: RequestPayload, failure: DeliveryFailure) {
    console.warn(`<privacy-notice>: the request was not delivered: ${failure.detail}`);
    this.busy = false;
    this.status = {kind: 'failed', failure, payload};
    this.host.dispatchEvent(new PrivacyRequestFailedEvent(payload, failure));
    this.#update();
    void this.#focus('#request-failure');
  }

  readonly startOver = () => {
    this.status = {kind: 'editing'};
    this.#update();
    void this.#focus('input[name="type"]');
  };

  async copy(text: string): Promise<void> {
    const root = this.host.shadowRoot;
    this.copyResult = root && (await copyText(text, root)) ? 'copied' : 'failed';
    this.#update();
  }

  readonly jumpTo = (field: FieldName) => (event: Event) => {
    event.preventDefault();
    const root = this.host.shadowRoot;
    const target =
      field === 'type' || field === 'requesterRole'
        ? (root?.querySelector<HTMLInputElement>(`input[name="${field}"]:checked`) ??
          root?.querySelector<HTMLInputElement>(`input[name="${field}"]`))
        : root?.querySelector<HTMLElement>(`#${fieldId(field)}`);
    // Show the question or label too, not just the control (as GOV.UK does).
    root?.querySelector(`#${fieldId(field)}-label`)?.scrollIntoView({block: 'start'});
    target?.focus({preventScroll: true});
  };
}
