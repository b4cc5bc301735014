/**
 * The contact and objection form: a data subject's request, from the first
 * keystroke to the receipt. State lives here; the rules (validation, payload,
 * delivery, drafts, email) live in src/form/.
 *
 * Nothing typed is ever lost: every field is kept in sessionStorage as it is
 * typed, and stays on screen after any failure; the draft is cleared only
 * after the request has been delivered.
 */
import {html, nothing, type ReactiveController} from 'lit';
import {live} from 'lit/directives/live.js';
import {literal, html as staticHtml, type StaticValue} from 'lit/static-html.js';
import {copyText} from '../clipboard.js';
import {
  PrivacyRequestEvent,
  PrivacyRequestFailedEvent,
  PrivacyRequestSentEvent,
} from '../events.js';
import {checkFormAction, deliverRequest, type DeliveryFailure} from '../form/delivery.js';
import {ifStillDisconnected} from '../left-page.js';
import {answerDueDate, isoDate} from '../form/due-date.js';
import {clearDraft, loadDraft, saveDraft, sessionStore, type PendingRequest} from '../form/draft.js';
import {errorMessage, failureText, fieldHint, fieldLabel, messageHint} from '../form/field-text.js';
import {
  FIELD_ORDER,
  buildPayload,
  emptyFields,
  fingerprint,
  messageRequired,
  validateField,
  validateFields,
  type FieldError,
  type FieldName,
  type RequestFields,
} from '../form/fields.js';
import {contactEmail, mailtoHref} from '../form/mailto.js';
import {newRequestId} from '../form/request-id.js';
import {REQUESTER_ROLES, type RequestPayload} from '../form/request-schema.js';
import {
  formatDate,
  requestSubject,
  requestText,
  requestTypeHint,
  requestTypeName,
  requesterRoleName,
} from '../form/request-text.js';
import {requestTypesFor} from '../form/request-types.js';
import {msg, str} from '../localization.js';
import type {PrivacyNoticeElement} from '../privacy-notice.js';
import type {ViewContext} from './view-context.js';

type Status =
  | {kind: 'editing'}
  | {kind: 'sending'}
  | {kind: 'failed'; failure: DeliveryFailure; payload: RequestPayload}
  | {kind: 'mail'; payload: RequestPayload}
  | {kind: 'sent'; payload: RequestPayload; reference: string; dueDate: Date};

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const headingTag = (level: number): StaticValue =>
  HEADINGS[Math.min(6, Math.max(1, Math.round(level) || 2)) - 1];

/** Element ids inside the shadow root. */
const fieldId = (field: FieldName) => `request-${field}`;
const errorId = (field: FieldName) => `request-${field}-error`;
const hintId = (field: FieldName) => `request-${field}-hint`;

/** The page address sent with a request, without query or fragment (they may hold tokens). */
const pageUrl = () => location.origin + location.pathname;

/**
 * Owns the state of the contact and objection form and renders it.
 */
export class ContactFormController implements ReactiveController {
  /** Milliseconds each delivery attempt may take. */
  requestTimeout = 15000;
  /** Pauses before automatic retries (network errors, timeouts, 5xx, a short 429). */
  retryDelays: readonly number[] = [1000, 3000];

  private noticeId?: string;
  private fields: RequestFields = emptyFields();
  private honeypot = '';
  private pending?: PendingRequest;
  /** Fields the person has changed: they are checked when left. */
  private readonly touched = new Set<FieldName>();
  /** Inline errors on screen. */
  private errors = new Map<FieldName, FieldError>();
  /** The error summary on screen, from the last submit; undefined when hidden. */
  private summary?: FieldError[];
  private status: Status = {kind: 'editing'};
  /** True from submit until the outcome: a second click sends nothing. */
  private busy = false;
  private copyResult?: 'copied' | 'failed';

  constructor(private readonly host: PrivacyNoticeElement) {
    host.addController(this);
  }

  /** Aborts the request on its way; set while sending. */
  private sending?: AbortController;

  hostConnected(): void {}

  // The element left the page mid-submit: the request is aborted and the form
  // goes back to editing. The draft and its request id stay in
  // sessionStorage, so the text survives and sending again (here, or after a
  // reload) repeats the same Idempotency-Key should the first one have arrived.
  hostDisconnected(): void {
    const sending = this.sending;
    if (!sending) return;
    ifStillDisconnected(this.host, () => {
      if (this.sending !== sending) return;
      sending.abort();
      this.sending = undefined;
      this.busy = false;
      this.status = {kind: 'editing'};
    });
  }

  render(view: ViewContext) {
    this.restoreFor(view.notice.id);
    this.lastView = view;
    const h = headingTag(view.headingLevel);
    return html`<section
      class="request"
      aria-labelledby="request-heading"
      lang=${view.uiLang ?? nothing}
    >
      ${staticHtml`<${h} class="request-heading" id="request-heading">${msg('Use your rights', {desc: 'Heading of the contact and objection form'})}</${h}>`}
      <p class="request-intro">
        ${msg('Ask about your personal data, or use your rights under the GDPR. The controller must answer within one month.', {desc: 'Introduction above the contact and objection form'})}
      </p>
      ${this.status.kind === 'sent' ? this.receipt(view, this.status) : this.form(view)}
    </section>`;
  }

  // ---- state -------------------------------------------------------------

  /** Loads the draft of a newly shown notice (and forgets the previous one's state). */
  private restoreFor(noticeId: string) {
    if (noticeId === this.noticeId) return;
    this.noticeId = noticeId;
    const draft = loadDraft(sessionStore(), noticeId);
    this.fields = draft?.fields ?? emptyFields();
    this.pending = draft?.pending;
    this.touched.clear();
    this.errors = new Map();
    this.summary = undefined;
    this.status = {kind: 'editing'};
    this.busy = false;
  }

  private save() {
    if (this.noticeId) {
      saveDraft(sessionStore(), this.noticeId, {fields: this.fields, pending: this.pending});
    }
  }

  private update() {
    this.host.requestUpdate();
  }

  private async focus(selector: string) {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Shows or clears one field's inline error, and keeps the summary in step. */
  private check(field: FieldName) {
    const error = validateField(this.fields, field);
    if (error) this.errors.set(field, error);
    else this.errors.delete(field);
    if (this.summary) {
      this.summary = validateFields(this.fields).filter((e) =>
        this.summary!.some((shown) => shown.field === e.field)
      );
      if (!this.summary.length) this.summary = undefined;
    }
  }

  private readonly onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = target.name as FieldName | 'website';
    if (name === 'website') {
      this.honeypot = target.value;
      return;
    }
    if (!(FIELD_ORDER as readonly string[]).includes(name)) return;
    if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    this.fields = {...this.fields, [name]: target.value};
    this.touched.add(name);
    this.copyResult = undefined;
    // A choice is complete when made; text is checked when left, or as it is
    // corrected once it shows an error.
    const isChoice = name === 'type' || name === 'requesterRole';
    if (isChoice || this.errors.has(name)) this.check(name);
    if (name === 'type' && (this.errors.has('message') || this.touched.has('message'))) {
      this.check('message');
    }
    if (this.status.kind === 'mail') this.status = {kind: 'editing'};
    this.save();
    this.update();
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const name = (event.target as HTMLInputElement).name as FieldName;
    if (!this.touched.has(name) || name === 'type' || name === 'requesterRole') return;
    // Leaving for a submit button: submitting checks everything, and an error
    // appearing now would move the button away from under the pointer.
    const next = event.relatedTarget as HTMLButtonElement | null;
    if (next?.type === 'submit' && next.form === event.currentTarget) return;
    this.check(name);
    this.update();
  };

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submit();
  };

  private async submit() {
    if (this.busy) return;
    const view = this.lastView;
    if (!view) return;
    const errors = validateFields(this.fields);
    if (errors.length) {
      this.errors = new Map(errors.map((e) => [e.field, e]));
      this.summary = errors;
      this.update();
      await this.focus('.request-summary');
      return;
    }
    this.errors = new Map();
    this.summary = undefined;
    const print = fingerprint(this.fields);
    // A retry of the same words keeps its id (and Idempotency-Key); an edited
    // request is a new one.
    if (!this.pending || this.pending.fingerprint !== print) {
      this.pending = {requestId: newRequestId(), createdAt: new Date().toISOString(), fingerprint: print};
      this.save();
    }
    const payload = buildPayload(this.fields, {
      notice: view.notice,
      language: view.language,
      pageUrl: pageUrl(),
      requestId: this.pending.requestId,
      createdAt: new Date(this.pending.createdAt),
    });
    if (this.honeypot) {
      // A bot filled the hidden field: pretend, send nothing.
      this.succeed(payload, payload.requestId, false);
      return;
    }
    const action = this.action();
    const request = new PrivacyRequestEvent(payload, action?.ok ? action.url : undefined);
    this.host.dispatchEvent(request);
    if (request.defaultPrevented) {
      await this.deliverBySite(payload, request.response);
      return;
    }
    if (!action?.ok) {
      this.status = {kind: 'mail', payload};
      this.update();
      await this.focus('#request-mail');
      return;
    }
    this.busy = true;
    this.status = {kind: 'sending'};
    this.update();
    const sending = (this.sending = new AbortController());
    const result = await deliverRequest({
      url: action.url,
      encoding: this.host.formEncoding === 'urlencoded' ? 'urlencoded' : 'json',
      payload,
      timeout: this.requestTimeout,
      retryDelays: this.retryDelays,
      signal: sending.signal,
    });
    if (sending.signal.aborted) return;
    this.sending = undefined;
    if (result.ok) this.succeed(payload, result.reference);
    else this.fail(payload, result.failure);
  }

  private async deliverBySite(
    payload: RequestPayload,
    response: Promise<{reference?: string} | void> | undefined
  ) {
    if (!response) {
      this.succeed(payload, payload.requestId);
      return;
    }
    this.busy = true;
    this.status = {kind: 'sending'};
    this.update();
    try {
      const outcome = await response;
      this.succeed(payload, (outcome && outcome.reference) || payload.requestId);
    } catch (error) {
      this.fail(payload, {kind: 'site', detail: `the privacy-request handler failed: ${String(error)}`});
    }
  }

  private succeed(payload: RequestPayload, reference: string, announce = true) {
    const dueDate = answerDueDate(new Date(payload.createdAt));
    this.busy = false;
    this.status = {kind: 'sent', payload, reference, dueDate};
    this.fields = emptyFields();
    this.pending = undefined;
    this.touched.clear();
    this.copyResult = undefined;
    if (this.noticeId) clearDraft(sessionStore(), this.noticeId);
    if (announce) {
      this.host.dispatchEvent(new PrivacyRequestSentEvent(payload, reference, isoDate(dueDate)));
    }
    this.update();
    void this.focus('#request-receipt');
  }

  private fail(payload: RequestPayload, failure: DeliveryFailure) {
    console.warn(`<privacy-notice>: the request was not delivered: ${failure.detail}`);
    this.busy = false;
    this.status = {kind: 'failed', failure, payload};
    this.host.dispatchEvent(new PrivacyRequestFailedEvent(payload, failure));
    this.update();
    void this.focus('#request-failure');
  }

  /** The checked form-action, or undefined when there is none (email instead). */
  private action() {
    const action = this.host.formAction.trim();
    return action ? checkFormAction(action, location.href) : undefined;
  }

  private startOver = () => {
    this.status = {kind: 'editing'};
    this.update();
    void this.focus('input[name="type"]');
  };

  private async copy(text: string) {
    const root = this.host.shadowRoot;
    this.copyResult = root && (await copyText(text, root)) ? 'copied' : 'failed';
    this.update();
  }

  private readonly jumpTo = (field: FieldName) => (event: Event) => {
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

  // ---- templates ---------------------------------------------------------

  private lastView?: ViewContext;

  private form(view: ViewContext) {
    const action = this.action();
    const mailMode = !action?.ok;
    const sub = headingTag(view.headingLevel + 1);
    const types = requestTypesFor(view.notice);
    return html`
      ${action && !action.ok ? this.configError(action.reason) : nothing}
      <form
        class="request-form"
        novalidate
        @submit=${this.onSubmit}
        @input=${this.onInput}
        @focusout=${this.onFocusOut}
      >
        ${this.summary ? this.errorSummary(sub) : nothing}
        ${this.choice('type', types.map((type) => ({value: type, label: requestTypeName(type), hint: requestTypeHint(type)})))}
        ${this.textField('message')}
        ${this.textField('name')}
        ${this.textField('email')}
        ${this.textField('phone')}
        ${this.textField('customerNumber')}
        ${this.choice('requesterRole', REQUESTER_ROLES.map((role) => ({value: role, label: requesterRoleName(role)})))}
        <div class="request-trap" aria-hidden="true">
          <label for="request-website">${msg('Leave this empty', {desc: 'Label of a hidden anti-spam field people never see'})}</label>
          <input id="request-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(this.honeypot)} />
        </div>
        <div class="request-actions">
          <button
            type="submit"
            class="request-button request-primary"
            aria-disabled=${this.busy ? 'true' : nothing}
          >
            ${mailMode
              ? msg('Write the email', {desc: 'Submit button when the request is sent by email'})
              : msg('Send request', {desc: 'Submit button of the contact and objection form'})}
          </button>
          <span class="request-sending" role="status">
            ${this.status.kind === 'sending' ? msg('Sending your request…', {desc: 'Shown while the request is being sent'}) : nothing}
          </span>
        </div>
        ${this.status.kind === 'failed' ? this.failure(view, this.status, sub) : nothing}
        ${this.status.kind === 'mail' ? this.mailPanel(view, this.status.payload, sub) : nothing}
      </form>
    `;
  }

  private loggedConfigError?: string;

  private configError(reason: string) {
    if (this.loggedConfigError !== reason) {
      this.loggedConfigError = reason;
      console.error(`<privacy-notice>: ${reason}. Requests are offered by email instead.`);
    }
    return html`<p class="request-config">
      ${msg('This form is not set up correctly, so it cannot send requests itself. It will prepare an email for you instead.', {desc: 'Shown when form-action is not an allowed address'})}
    </p>`;
  }

  private errorSummary(sub: StaticValue) {
    const summary = this.summary ?? [];
    return html`<div class="request-summary" tabindex="-1"><div role="alert">
      ${staticHtml`<${sub} class="request-summary-title">${msg('There is a problem', {desc: 'Heading of the error summary'})}</${sub}>`}
      <ul>
        ${summary.map(
          (error) => html`<li>
            <a href="#${fieldId(error.field)}" @click=${this.jumpTo(error.field)}
              >${errorMessage(error, this.fields.type)}</a
            >
          </li>`
        )}
      </ul>
    </div></div>`;
  }

  private inlineError(field: FieldName) {
    const error = this.errors.get(field);
    return error
      ? html`<p class="request-error" id=${errorId(field)}>
          <span class="vh">${msg('Error:', {desc: 'Read by screen readers before an inline error message'})}</span>
          ${errorMessage(error, this.fields.type)}
        </p>`
      : nothing;
  }

  private describedBy(field: FieldName, hint: boolean) {
    const ids = [hint ? hintId(field) : '', this.errors.has(field) ? errorId(field) : '']
      .filter(Boolean)
      .join(' ');
    return ids || nothing;
  }

  private choice(field: 'type' | 'requesterRole', options: {value: string; label: string; hint?: string}[]) {
    const invalid = this.errors.has(field);
    return html`<fieldset
      class="request-field ${invalid ? 'request-invalid' : ''}"
      role="radiogroup"
      aria-labelledby="${fieldId(field)}-label"
      aria-describedby=${this.describedBy(field, false)}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-required="true"
    >
      <legend class="request-legend" id="${fieldId(field)}-label">${fieldLabel(field)}</legend>
      ${this.inlineError(field)}
      <div class="request-options">
        ${options.map(({value, label, hint}) => {
          const id = `${fieldId(field)}-${value}`;
          return html`<div class="request-option">
            <input
              type="radio"
              id=${id}
              name=${field}
              value=${value}
              .checked=${live(this.fields[field] === value)}
              aria-describedby=${hint ? `${id}-hint` : nothing}
            />
            <label for=${id}>${label}</label>
            ${hint ? html`<span class="request-hint" id="${id}-hint">${hint}</span>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private textField(field: 'message' | 'name' | 'email' | 'phone' | 'customerNumber') {
    const optional =
      field === 'phone' || field === 'customerNumber' || (field === 'message' && !messageRequired(this.fields));
    const hint = field === 'message' ? messageHint(this.fields.type) : fieldHint(field);
    const invalid = this.errors.has(field);
    const common = {
      id: fieldId(field),
      describedBy: this.describedBy(field, Boolean(hint)),
      invalid: invalid ? 'true' : nothing,
      required: optional ? nothing : 'true',
    };
    const control =
      field === 'message'
        ? html`<textarea
            id=${common.id}
            name="message"
            rows="5"
            aria-describedby=${common.describedBy}
            aria-invalid=${common.invalid}
            aria-required=${common.required}
            .value=${live(this.fields.message)}
          ></textarea>`
        : html`<input
            id=${common.id}
            name=${field}
            type=${field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
            autocomplete=${field === 'name' ? 'name' : field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'off'}
            spellcheck=${field === 'email' || field === 'customerNumber' ? 'false' : nothing}
            aria-describedby=${common.describedBy}
            aria-invalid=${common.invalid}
            aria-required=${common.required}
            .value=${live(this.fields[field])}
          />`;
    return html`<div class="request-field ${invalid ? 'request-invalid' : ''}">
      <label class="request-label" id="${fieldId(field)}-label" for=${common.id}>${fieldLabel(field, optional)}</label>
      ${hint ? html`<span class="request-hint" id=${hintId(field)}>${hint}</span>` : nothing}
      ${this.inlineError(field)} ${control}
    </div>`;
  }

  /** Plain text of a request, for email, copying and saving. */
  private text(view: ViewContext, payload: RequestPayload, extra: {reference?: string; dueDate?: Date; withoutId?: boolean} = {}) {
    return requestText(payload, {
      noticeTitle: view.pick(view.notice.title)?.text ?? view.notice.id,
      locale: view.uiLocale,
      ...extra,
    });
  }

  /** The email fallback: a filled-in mailto: link and the same text to copy. */
  private emailFallback(view: ViewContext, payload: RequestPayload) {
    const to = contactEmail(view.notice);
    const text = this.text(view, payload, {withoutId: true});
    const subject = requestSubject(payload, view.pick(view.notice.title)?.text ?? view.notice.id);
    return html`
      ${to
        ? html`<p>
            ${msg(str`Your email program opens with the request written out. Check it and send it. If it does not open, copy the text and send it to ${to}.`, {desc: 'Explains the email fallback. 1: email address'})}
          </p>`
        : html`<p>
            ${msg('The notice gives no email address for requests. Copy the text and send it to the controller in the way the notice describes.', {desc: 'Shown when the notice has no contact email'})}
          </p>`}
      <div class="request-actions">
        ${to
          ? html`<a class="request-button request-primary" href=${mailtoHref(to, subject, text)}
              >${msg(str`Write to ${to}`, {desc: 'Link that opens the email program. 1: email address'})}</a
            >`
          : nothing}
        ${this.copyButton(text)}
      </div>
      ${this.copyArea(text)}
    `;
  }

  private copyButton(text: string) {
    return html`<button type="button" class="request-button" @click=${() => this.copy(text)}>
        ${msg('Copy text', {desc: 'Button: copy the text of the request'})}
      </button>
      <span class="request-copied" role="status"
        >${this.copyResult === 'copied'
          ? msg('Copied.', {desc: 'Status after the request text was copied'})
          : this.copyResult === 'failed'
            ? msg('Could not copy: select the text below and copy it.', {desc: 'Status when copying failed'})
            : nothing}</span
      >`;
  }

  private copyArea(text: string) {
    return html`<label class="request-label" for="request-copy">${msg('Text of your request', {desc: 'Label of the read-only box holding the request text'})}</label>
      <textarea id="request-copy" class="request-copy" readonly rows="8" .value=${text}></textarea>`;
  }

  private mailPanel(view: ViewContext, payload: RequestPayload, sub: StaticValue) {
    return html`<div class="request-panel" id="request-mail" tabindex="-1" role="group" aria-labelledby="request-mail-title">
      ${staticHtml`<${sub} class="request-panel-title" id="request-mail-title">${msg('Send your request by email', {desc: 'Heading of the email fallback'})}</${sub}>`}
      ${this.emailFallback(view, payload)}
    </div>`;
  }

  private failure(view: ViewContext, status: Extract<Status, {kind: 'failed'}>, sub: StaticValue) {
    return html`<div class="request-panel request-problem" id="request-failure" tabindex="-1" role="group" aria-labelledby="request-failure-title">
      ${staticHtml`<${sub} class="request-panel-title" id="request-failure-title">${msg('Your request was not sent', {desc: 'Heading shown when delivery failed'})}</${sub}>`}
      <p>${failureText(status.failure, view.uiLocale)}</p>
      <p>
        ${msg('Everything you wrote is still here, and it stays even if you reload the page.', {desc: 'Reassurance after a failure'})}
      </p>
      <div class="request-actions">
        <button type="submit" class="request-button request-primary" aria-disabled=${this.busy ? 'true' : nothing}>
          ${msg('Try again', {desc: 'Button: send the same request again'})}
        </button>
      </div>
      <details class="request-fallback">
        <summary>${msg('Send it by email instead', {desc: 'Opens the email fallback after a failure'})}</summary>
        ${this.emailFallback(view, status.payload)}
      </details>
    </div>`;
  }

  private receipt(view: ViewContext, status: Extract<Status, {kind: 'sent'}>) {
    const sub = headingTag(view.headingLevel + 1);
    const due = formatDate(status.dueDate, view.uiLocale);
    const text = this.text(view, status.payload, {reference: status.reference, dueDate: status.dueDate});
    const file = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
    return html`<div class="request-receipt" id="request-receipt" tabindex="-1" role="group" aria-labelledby="request-receipt-title">
      ${staticHtml`<${sub} class="request-panel-title" id="request-receipt-title">${msg('Your request has been sent', {desc: 'Heading after a request was delivered'})}</${sub}>`}
      <dl class="request-facts">
        <div>
          <dt>${msg('Reference', {desc: 'Label: the reference the controller gave the request'})}</dt>
          <dd class="request-reference">${status.reference}</dd>
        </div>
        <div>
          <dt>${msg('Answer due by', {desc: 'Label: date by which the controller must answer (GDPR Art. 12(3))'})}</dt>
          <dd class="request-due"><time datetime=${isoDate(status.dueDate)}>${due}</time></dd>
        </div>
      </dl>
      <p>
        ${msg(str`The controller must answer by ${due}. For complex or numerous requests it may take two months more, but it must tell you so before that date.`, {desc: 'Explains the one-month deadline of GDPR Art. 12(3). 1: date'})}
      </p>
      <p>${msg('Keep a copy of your request:', {desc: 'Lead-in to the copy of a sent request'})}</p>
      <div class="request-actions">
        ${this.copyButton(text)}
        <a class="request-button" href=${file} download="${status.reference}.txt"
          >${msg('Save as a file', {desc: 'Link: download the request as a text file'})}</a
        >
        <button type="button" class="request-button" @click=${() => print()}>
          ${msg('Print', {desc: 'Button: print the page with the request'})}
        </button>
      </div>
      ${this.copyArea(text)}
      <p>
        <button type="button" class="request-link" @click=${this.startOver}>
          ${msg('Make another request', {desc: 'Button: start a new request after one was sent'})}
        </button>
      </p>
    </div>`;
  }
}
