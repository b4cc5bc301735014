/**
 * When the notice gives no email address for requests (and there is no
 * form-action): the other ways to reach the controller, by post and by phone,
 * shown before the form and again beside the text to copy. Written here, not
 * taken from ./controller-card.ts, so the form's chunk stays small.
 */
import {html, nothing} from 'lit';
import {phonesOf, type NoticeDocument} from '../document/schema.js';
import {contactEmail, telHref} from '../form/mailto.js';
import {msg} from '../localization.js';
import {plain} from './text.js';
import type {ViewContext} from './view-context.js';

/** True when requests cannot go by email: no address anywhere in the notice. */
export const noContactEmail = (notice: NoticeDocument) => !contactEmail(notice);

/** Whether the controller has a postal address or a phone number. */
export const hasPostOrPhone = (notice: NoticeDocument) => Boolean(notice.controller.address) || phonesOf(notice.controller).length > 0;

/** The controller's name, postal address and phone numbers; nothing when it has neither. */
export function controllerReach(view: ViewContext) {
  const {controller} = view.notice;
  const {address} = controller;
  const phones = phonesOf(controller);
  if (!address && !phones.length) return nothing;
  return html`<div class="request-reach">
    ${view.placeholders.includes('controller.name') ? nothing : html`<p>${plain(view.pick(controller.name))}</p>`}
    ${
      address
        ? html`<address class="card-address">
          ${address.street ? html`<span>${plain(view.pick(address.street))}</span>` : nothing}
          ${
            address.postalCode || address.locality
              ? html`<span>${[address.postalCode, plain(view.pick(address.locality))].filter((part) => part && part !== nothing).map((part, i) => (i ? [' ', part] : part))}</span>`
              : nothing
          }
        </address>`
        : nothing
    }
    ${
      phones.length
        ? html`<ul>
          ${phones.map(
            ({number, label}) =>
              html`<li>
                <a href=${telHref(number)}>${number}</a>${label ? html` — ${plain(view.pick(label))}` : nothing}
              </li>`
          )}
        </ul>`
        : nothing
    }
  </div>`;
}

/** Said up front, above the form: no email, so copy the text and use these instead. */
export function noEmailIntro(view: ViewContext) {
  const reach = hasPostOrPhone(view.notice);
  return html`<div class="request-no-email" id="request-no-email">
    <p>
      ${
        reach
          ? msg('The notice gives no email address for requests. Copy the text and send it to the controller:', {
              desc: "Above the form when the notice has no email address for requests; the controller's postal address and phone follow",
            })
          : msg(
              'The notice gives no email address for requests. Copy the text and send it to the controller in the way the notice describes.',
              {desc: 'Shown when the notice has no contact email'}
            )
      }
    </p>
    ${controllerReach(view)}
  </div>`;
}
