/**
 * When the notice gives no email address for requests (and there is no
 * form-action): the other ways to reach the controller, by post and by phone,
 * shown before the form and again beside the text to copy.
 */
import {html, nothing} from 'lit';
import {phonesOf, type NoticeDocument} from '../document/schema.js';
import {contactEmail} from '../form/mailto.js';
import {msg} from '../localization.js';
import {entryLabel, postalAddress, telHref} from './controller-card.js';
import {plain} from './text.js';
import type {ViewContext} from './view-context.js';

/** True when requests cannot go by email: no address anywhere in the notice. */
export const noContactEmail = (notice: NoticeDocument) => !contactEmail(notice);

/** Whether the controller has a postal address or a phone number. */
export const hasPostOrPhone = (notice: NoticeDocument) =>
  Boolean(notice.controller.address) || phonesOf(notice.controller).length > 0;

/** The controller's name, postal address and phone numbers; nothing when it has neither. */
export function controllerReach(view: ViewContext) {
  const {controller} = view.notice;
  const phones = phonesOf(controller);
  if (!controller.address && !phones.length) return nothing;
  const ui = view.uiLang ?? nothing;
  return html`<div class="request-reach">
    ${view.placeholders.includes('controller.name')
      ? nothing
      : html`<p class="request-reach-name">${plain(view.pick(controller.name))}</p>`}
    ${controller.address ? postalAddress(view, controller.address) : nothing}
    ${phones.length
      ? html`<ul class="request-reach-phones">
          ${phones.map(
            ({number, label}) =>
              html`<li>
                <span lang=${ui}>${msg('Phone', {id: 'card-phone', desc: 'Label of a phone number on a contact card.'})}</span>
                <a href=${telHref(number)}>${number}</a>${entryLabel(view, label)}
              </li>`
          )}
        </ul>`
      : nothing}
  </div>`;
}

/** Said up front, above the form: no email, so copy the text and use these instead. */
export function noEmailIntro(view: ViewContext) {
  const reach = hasPostOrPhone(view.notice);
  return html`<div class="request-no-email" id="request-no-email">
    <p>
      ${reach
        ? msg('The notice gives no email address for requests. Fill in the form, copy the text of your request and send it to the controller using the contact details below:', {desc: 'Above the form when the notice has no email address for requests but has a postal address or phone'})
        : msg('The notice gives no email address for requests. Fill in the form, copy the text of your request and send it to the controller in the way the notice describes.', {desc: 'Above the form when the notice has no email address, postal address or phone for requests'})}
    </p>
    ${controllerReach(view)}
  </div>`;
}
