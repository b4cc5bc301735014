/**
 * The contact form's outcomes: the receipt of a sent request, the failure
 * panel, and the email fallback (a filled-in mailto: link and the text to
 * copy). Plain template functions, like ./contact-form.ts.
 */
import {html, nothing} from 'lit';
import {html as staticHtml, type StaticValue} from 'lit/static-html.js';
import {isoDate} from '../form/due-date.js';
import {failureText} from '../form/field-text.js';
import {contactEmail, mailtoHref} from '../form/mailto.js';
import type {RequestPayload} from '../form/request-schema.js';
import {requestSubject, requestText, writeToLabel} from '../form/request-text.js';
import {formatDate} from './format.js';
import {msg, str} from '../localization.js';
import type {ContactFormModel, FormStatus} from './contact-form.js';
import {controllerReach, hasPostOrPhone} from './contact-form-reach.js';
import {headingTag} from './text.js';
import type {ViewContext} from './view-context.js';

/** Plain text of a request, for email, copying and saving. */
export function plainRequest(
  view: ViewContext,
  payload: RequestPayload,
  extra: {reference?: string; dueDate?: Date; withoutId?: boolean} = {}
) {
  return requestText(payload, {
    noticeTitle: view.pick(view.notice.title)?.text ?? view.notice.id,
    locale: view.uiLocale,
    ...extra,
  });
}

/** The email fallback: a filled-in mailto: link and the same text to copy. */
function emailFallback(form: ContactFormModel, view: ViewContext, payload: RequestPayload) {
  const to = contactEmail(view.notice);
  const text = plainRequest(view, payload, {withoutId: true});
  const subject = requestSubject(payload, view.pick(view.notice.title)?.text ?? view.notice.id);
  return html`
    ${
      to
        ? html`<p>
          ${msg(str`Your email program opens with the request written out. Check it and send it. If it does not open, copy the text and send it to ${to}.`, {desc: 'Explains the email fallback. 1: email address'})}
        </p>`
        : hasPostOrPhone(view.notice)
          ? controllerReach(view)
          : html`<p>
            ${msg('The notice gives no email address for requests. Copy the text and send it to the controller in the way the notice describes.', {desc: 'Shown when the notice has no contact email'})}
          </p>`
    }
    <div class="request-actions">
      ${
        to
          ? html`<a class="request-button request-primary" href=${mailtoHref(to, subject, text)}
            >${writeToLabel(to)}</a
          >`
          : nothing
      }
      ${copyButton(form, text)}
    </div>
    ${copyArea(text)}
  `;
}

function copyButton(form: ContactFormModel, text: string) {
  return html`<button type="button" class="request-button" @click=${() => void form.copy(text)}>
      ${msg('Copy text', {desc: 'Button: copy the text of the request'})}
    </button>
    <span class="request-copied" role="status"
      >${
        form.copyResult === 'copied'
          ? msg('Copied.', {desc: 'Status after the request text was copied'})
          : form.copyResult === 'failed'
            ? msg('Could not copy: select the text below and copy it.', {desc: 'Status when copying failed'})
            : nothing
      }</span
    >`;
}

function copyArea(text: string) {
  return html`<label class="request-label" for="request-copy">${msg('Text of your request', {desc: 'Label of the read-only box holding the request text'})}</label>
    <textarea id="request-copy" class="request-copy" readonly rows="8" .value=${text}></textarea>`;
}

export function mailPanel(form: ContactFormModel, view: ViewContext, payload: RequestPayload, sub: StaticValue) {
  return html`<div class="request-panel" id="request-mail" tabindex="-1" role="group" aria-labelledby="request-mail-title">
    ${staticHtml`<${sub} class="request-panel-title" id="request-mail-title">${
      contactEmail(view.notice)
        ? msg('Send your request by email', {desc: 'Heading of the email fallback'})
        : msg('Copy and send your request', {desc: 'Heading of the request text to copy when the notice has no email address'})
    }</${sub}>`}
    ${emailFallback(form, view, payload)}
  </div>`;
}

export function failure(form: ContactFormModel, view: ViewContext, status: Extract<FormStatus, {kind: 'failed'}>, sub: StaticValue) {
  return html`<div class="request-panel request-problem" id="request-failure" tabindex="-1" role="group" aria-labelledby="request-failure-title">
    ${staticHtml`<${sub} class="request-panel-title" id="request-failure-title">${msg('Your request was not sent', {desc: 'Heading shown when delivery failed'})}</${sub}>`}
    <p>${failureText(status.failure, view.uiLocale)}</p>
    <p>
      ${msg('Everything you wrote is still here, and it stays even if you reload the page.', {desc: 'Reassurance after a failure'})}
    </p>
    <div class="request-actions">
      <button type="submit" class="request-button request-primary" aria-disabled=${form.busy ? 'true' : nothing}>
        ${msg('Try again', {desc: 'Button: send the same request again'})}
      </button>
    </div>
    <details class="request-fallback">
      <summary>${msg('Send it by email instead', {desc: 'Opens the email fallback after a failure'})}</summary>
      ${emailFallback(form, view, status.payload)}
    </details>
  </div>`;
}

export function receipt(form: ContactFormModel, view: ViewContext, status: Extract<FormStatus, {kind: 'sent'}>) {
  const sub = headingTag(view.headingLevel + 1);
  const due = formatDate(isoDate(status.dueDate), view.uiLocale);
  const text = plainRequest(view, status.payload, {reference: status.reference, dueDate: status.dueDate});
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
      ${copyButton(form, text)}
      <a class="request-button" href=${file} download="${status.reference}.txt"
        >${msg('Save as a file', {desc: 'Link: download the request as a text file'})}</a
      >
      <button type="button" class="request-button" @click=${() => print()}>
        ${msg('Print', {desc: 'Button: print the page with the request'})}
      </button>
    </div>
    ${copyArea(text)}
    <p>
      <button type="button" class="request-link" @click=${form.startOver}>
        ${msg('Make another request', {desc: 'Button: start a new request after one was sent'})}
      </button>
    </p>
  </div>`;
}
