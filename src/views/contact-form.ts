/**
 * The contact and objection form's templates: plain functions of the view
 * and the form's state (./contact-form-controller.ts owns that state and the
 * handlers). Its styles are in ./contact-form.styles.ts.
 */
import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import {html as staticHtml, type StaticValue} from 'lit/static-html.js';
import type {DeliveryFailure, FormActionProblem} from '../form/delivery.js';
import {errorMessage, fieldHint, fieldLabel, messageHint} from '../form/field-text.js';
import {messageRequired, type FieldError, type FieldName, type RequestFields} from '../form/fields.js';
import {REQUESTER_ROLES, type RequestPayload} from '../form/request-schema.js';
import {requestHeading, requestIntro, requestTypeHint, requestTypeName, requesterRoleName} from '../form/request-text.js';
import {requestTypesFor} from '../form/request-types.js';
import {msg} from '../localization.js';
import {failure, mailPanel, receipt} from './contact-form-outcome.js';
import {noContactEmail, noEmailIntro} from './contact-form-reach.js';
import {PART_IDS} from './lazy-part.js';
import {headingTag} from './text.js';
import type {ViewContext} from './view-context.js';

/** Where a request stands. */
export type FormStatus =
  | {kind: 'editing'}
  | {kind: 'sending'}
  | {kind: 'failed'; failure: DeliveryFailure; payload: RequestPayload}
  | {kind: 'mail'; payload: RequestPayload}
  | {kind: 'sent'; payload: RequestPayload; reference: string; dueDate: Date};

/** What the templates read of the form's state, and the handlers they bind. */
export interface ContactFormModel {
  readonly fields: RequestFields;
  readonly honeypot: string;
  readonly errors: ReadonlyMap<FieldName, FieldError>;
  readonly summary?: readonly FieldError[];
  readonly status: FormStatus;
  readonly busy: boolean;
  readonly copyResult?: 'copied' | 'failed';
  /** The checked form-action, or undefined when there is none (email instead). */
  action(): {ok: true; url: string} | FormActionProblem | undefined;
  /** Tells the site owner, in the console, why form-action is not used. */
  reportConfigError(problem: FormActionProblem): void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onInput: (event: Event) => void;
  readonly onFocusOut: (event: FocusEvent) => void;
  jumpTo(field: FieldName): (event: Event) => void;
  copy(text: string): Promise<void>;
  readonly startOver: () => void;
}

/** Element ids inside the shadow root. */
export const fieldId = (field: FieldName) => `request-${field}`;
const errorId = (field: FieldName) => `request-${field}-error`;
const hintId = (field: FieldName) => `request-${field}-hint`;

/** The form's section: heading, introduction, then the form or the receipt. */
export function contactForm(view: ViewContext, form: ContactFormModel) {
  const h = headingTag(view.headingLevel);
  return html`<section
    class="request"
    id=${PART_IDS.form}
    tabindex="-1"
    aria-labelledby="request-heading"
    lang=${view.uiLang ?? nothing}
  >
    ${staticHtml`<${h} class="request-heading" id="request-heading">${requestHeading()}</${h}>`}
    <p class="request-intro">
      ${requestIntro()}
    </p>
    ${form.status.kind === 'sent' ? receipt(form, view, form.status) : formView(form, view)}
  </section>`;
}

function formView(form: ContactFormModel, view: ViewContext) {
  const action = form.action();
  const mailMode = !action?.ok;
  // Neither a form-action nor an email address: the text to copy, and the post or phone.
  const copyMode = mailMode && noContactEmail(view.notice);
  const sub = headingTag(view.headingLevel + 1);
  const types = requestTypesFor(view.notice);
  return html`
    ${action && !action.ok ? configError(form, action) : nothing}
    ${copyMode ? noEmailIntro(view) : nothing}
    <form
      class="request-form"
      novalidate
      @submit=${form.onSubmit}
      @input=${form.onInput}
      @focusout=${form.onFocusOut}
    >
      ${form.summary ? errorSummary(form, sub) : nothing}
      ${choice(
        form,
        'type',
        types.map((type) => ({value: type, label: requestTypeName(type), hint: requestTypeHint(type)}))
      )}
      ${textField(form, 'message')}
      ${textField(form, 'name')}
      ${textField(form, 'email')}
      ${textField(form, 'phone')}
      ${textField(form, 'customerNumber')}
      ${choice(
        form,
        'requesterRole',
        REQUESTER_ROLES.map((role) => ({value: role, label: requesterRoleName(role)}))
      )}
      <div class="request-trap" aria-hidden="true">
        <label for="request-website">${msg('Leave this empty', {desc: 'Label of a hidden anti-spam field people never see'})}</label>
        <input id="request-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(form.honeypot)} />
      </div>
      <div class="request-actions">
        <button
          type="submit"
          class="request-button request-primary"
          aria-disabled=${form.busy ? 'true' : nothing}
        >
          ${
            copyMode
              ? msg('Copy the request text', {
                  desc: 'Submit button when the notice has no email address: it copies the text of the request',
                })
              : mailMode
                ? msg('Write the email', {desc: 'Submit button when the request is sent by email'})
                : msg('Send request', {desc: 'Submit button of the contact and objection form'})
          }
        </button>
        <span class="request-sending" role="status">
          ${form.status.kind === 'sending' ? msg('Sending your request…', {desc: 'Shown while the request is being sent'}) : nothing}
        </span>
      </div>
      ${form.status.kind === 'failed' ? failure(form, view, form.status, sub) : nothing}
      ${form.status.kind === 'mail' ? mailPanel(form, view, form.status.payload, sub) : nothing}
    </form>
  `;
}

function configError(form: ContactFormModel, problem: FormActionProblem) {
  form.reportConfigError(problem);
  // A development address left on a live page: the visitor just gets the email route.
  if (problem.quiet) return nothing;
  return html`<p class="request-config">
    ${msg('This form is not set up correctly, so it cannot send requests itself. It will prepare an email for you instead.', {desc: 'Shown when form-action is not an allowed address'})}
  </p>`;
}

function errorSummary(form: ContactFormModel, sub: StaticValue) {
  const summary = form.summary ?? [];
  return html`<div class="request-summary" tabindex="-1"><div role="alert">
    ${staticHtml`<${sub} class="request-summary-title">${msg('There is a problem', {desc: 'Heading of the error summary'})}</${sub}>`}
    <ul>
      ${summary.map(
        (error) => html`<li>
          <a href="#${fieldId(error.field)}" @click=${form.jumpTo(error.field)}
            >${errorMessage(error, form.fields.type)}</a
          >
        </li>`
      )}
    </ul>
  </div></div>`;
}

function inlineError(form: ContactFormModel, field: FieldName) {
  const error = form.errors.get(field);
  return error
    ? html`<p class="request-error" id=${errorId(field)}>
        <span class="vh">${msg('Error:', {desc: 'Read by screen readers before an inline error message'})}</span>
        ${errorMessage(error, form.fields.type)}
      </p>`
    : nothing;
}

function describedBy(form: ContactFormModel, field: FieldName, hint: boolean) {
  const ids = [hint ? hintId(field) : '', form.errors.has(field) ? errorId(field) : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

function choice(form: ContactFormModel, field: 'type' | 'requesterRole', options: {value: string; label: string; hint?: string}[]) {
  const invalid = form.errors.has(field);
  return html`<fieldset
    class="request-field ${invalid ? 'request-invalid' : ''}"
    role="radiogroup"
    aria-labelledby="${fieldId(field)}-label"
    aria-describedby=${describedBy(form, field, false)}
    aria-invalid=${invalid ? 'true' : nothing}
    aria-required="true"
  >
    <legend class="request-legend" id="${fieldId(field)}-label">${fieldLabel(field)}</legend>
    ${inlineError(form, field)}
    <div class="request-options">
      ${options.map(({value, label, hint}) => {
        const id = `${fieldId(field)}-${value}`;
        return html`<div class="request-option">
          <input
            type="radio"
            id=${id}
            name=${field}
            value=${value}
            .checked=${live(form.fields[field] === value)}
            aria-describedby=${hint ? `${id}-hint` : nothing}
          />
          <label for=${id}>${label}</label>
          ${hint ? html`<span class="request-hint" id="${id}-hint">${hint}</span>` : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function textField(form: ContactFormModel, field: 'message' | 'name' | 'email' | 'phone' | 'customerNumber') {
  const optional = field === 'phone' || field === 'customerNumber' || (field === 'message' && !messageRequired(form.fields));
  const hint = field === 'message' ? messageHint(form.fields.type) : fieldHint(field);
  const invalid = form.errors.has(field);
  const common = {
    id: fieldId(field),
    describedBy: describedBy(form, field, Boolean(hint)),
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
          .value=${live(form.fields.message)}
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
          .value=${live(form.fields[field])}
        />`;
  return html`<div class="request-field ${invalid ? 'request-invalid' : ''}">
    <label class="request-label" id="${fieldId(field)}-label" for=${common.id}>${fieldLabel(field, optional)}</label>
    ${hint ? html`<span class="request-hint" id=${hintId(field)}>${hint}</span>` : nothing}
    ${inlineError(form, field)} ${control}
  </div>`;
}
