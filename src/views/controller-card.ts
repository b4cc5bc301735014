/**
 * Who is responsible and whom to contact: the controller, its EU
 * representative and the notice's contacts, as cards built from structured
 * data (never from rich text).
 */
import {html, nothing} from 'lit';
import {html as staticHtml} from 'lit/static-html.js';
import {
  emailsOf,
  phonesOf,
  type EmailEntry,
  type LocalizedText,
  type NoticeDocument,
  type PhoneEntry,
  type PostalAddress,
} from '../document/schema.js';
import {mailHref, telHref} from '../form/mailto.js';
import {msg} from '../localization.js';
import {isSafeUrl} from '../sanitize.js';
import {countryName} from './format.js';
import {cardLabels, contactRoleLabel, controllerLabel} from './labels.js';
import {headingTag, plain} from './text.js';
import type {ViewContext} from './view-context.js';

/** One contact card's facts and heading. */
export interface CardData {
  heading: string;
  name?: LocalizedText;
  title?: LocalizedText;
  businessId?: string;
  address?: PostalAddress;
  email?: string;
  phone?: string;
  emails?: EmailEntry[];
  phones?: PhoneEntry[];
  url?: string;
}

/**
 * The cards to show, in order: the controller, its representative and the
 * contacts. A controller whose name the document lacks (a placeholder) gets
 * no card of its own. Pure: the static renderer shows the same list.
 */
export function cardList(notice: NoticeDocument, placeholders: readonly string[]): CardData[] {
  const {controller, contacts = []} = notice;
  const cards: CardData[] = placeholders.includes('controller.name') ? [] : [{heading: controllerLabel(), ...controller}];
  if (controller.representative) {
    cards.push({
      heading: msg('Representative in the EU', {
        desc: "Heading of the contact card of the controller's representative in the EU (GDPR Art. 27).",
      }),
      ...controller.representative,
    });
  }
  for (const contact of contacts) {
    cards.push({heading: contactRoleLabel(contact.role), ...contact});
  }
  return cards;
}

/** The controller, its representative and the contacts, as cards. */
export function contactCards(view: ViewContext) {
  const cards = cardList(view.notice, view.placeholders);
  if (!cards.length) return nothing;
  return html`<div class="cards" part="cards">
    ${cards.map((card) => contactCard(view, card))}
  </div>`;
}

function contactCard(view: ViewContext, card: CardData) {
  const h = headingTag(view.headingLevel + 1);
  const ui = view.uiLang ?? nothing;
  const detail = (label: string, value: unknown) => html`<div><dt lang=${ui}>${label}</dt><dd>${value}</dd></div>`;
  const labels = cardLabels();
  const details = [
    card.businessId && detail(labels.businessId, card.businessId),
    // One row per address and number, each with what it is for: "050 372 1690 — arkisin 9–16".
    ...emailsOf(card).map(({address, label}) =>
      detail(labels.email, html`<a href=${mailHref(address)}>${address}</a>${entryLabel(view, label)}`)
    ),
    ...phonesOf(card).map(({number, label}) =>
      detail(labels.phone, html`<a href=${telHref(number)}>${number}</a>${entryLabel(view, label)}`)
    ),
    card.url &&
      isSafeUrl(card.url) &&
      detail(
        labels.website,
        html`<a href=${card.url} rel="noopener noreferrer">${card.url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')}</a>`
      ),
  ].filter(Boolean);
  return html`<div class="card" part="card">
    ${staticHtml`<${h} class="card-heading" lang=${ui}>${card.heading}</${h}>`}
    ${card.name ? html`<p class="card-name">${plain(view.pick(card.name))}</p>` : nothing}
    ${card.title ? html`<p class="card-title">${plain(view.pick(card.title))}</p>` : nothing}
    ${card.address ? postalAddress(view, card.address) : nothing}
    ${details.length ? html`<dl class="card-details">${details}</dl>` : nothing}
  </div>`;
}

/** What an address or number is for, after it. */
const entryLabel = (view: ViewContext, label: LocalizedText | undefined) =>
  label ? html` — <span class="card-entry-label">${plain(view.pick(label))}</span>` : nothing;

function postalAddress(view: ViewContext, address: PostalAddress) {
  const locality = [address.postalCode, plain(view.pick(address.locality))].filter((part) => part !== undefined && part !== nothing);
  return html`<address class="card-address">
    ${address.street ? html`<span>${plain(view.pick(address.street))}</span>` : nothing}
    ${locality.length ? html`<span>${locality.map((part, i) => (i ? [' ', part] : part))}</span>` : nothing}
    ${address.country ? html`<span lang=${view.uiLang ?? nothing}>${countryName(address.country, view.uiLocale)}</span>` : nothing}
  </address>`;
}
