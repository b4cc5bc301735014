/** The controller's and contacts' cards: name, title, postal address, business id, emails, phones, website. */
import {emailsOf, phonesOf, type LocalizedText, type PostalAddress} from '../document/schema.js';
import {mailHref, telHref} from '../form/mailto.js';
import {isSafeUrl} from '../sanitize/rules.js';
import {cardList, type CardData} from '../views/controller-card.js';
import {countryName} from '../views/format.js';
import {heading, link, plain, uiText, type Render} from './context.js';
import {escapeHtml as esc} from './escape.js';
import * as label from './labels.js';

export function contactCards(r: Render): string {
  const cards = cardList(r.notice, r.placeholders);
  if (!cards.length) return '';
  return `<div class="cards">\n${cards.map((card) => contactCard(r, card)).join('')}</div>\n`;
}

function contactCard(r: Render, card: CardData): string {
  const h = heading(r.level + 1);
  const labels = label.cardLabels();
  const detail = (name: string, value: string) => `<dt${r.ui}>${esc(name)}</dt><dd>${value}</dd>\n`;
  const entryLabel = (text: LocalizedText | undefined) => (text ? ` — ${plain(r.pick(text))}` : '');
  const details = [
    card.businessId ? detail(labels.businessId, esc(card.businessId)) : '',
    ...emailsOf(card).map(({address, label: what}) => detail(labels.email, link(mailHref(address), address) + entryLabel(what))),
    ...phonesOf(card).map(({number, label: what}) => detail(labels.phone, link(telHref(number), number) + entryLabel(what))),
    card.url && isSafeUrl(card.url)
      ? detail(labels.website, link(card.url, card.url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, ''), true))
      : '',
  ].join('');
  return (
    `<div class="card">\n<${h}${r.ui}>${esc(card.heading)}</${h}>\n` +
    (card.name ? `<p>${plain(r.pick(card.name))}</p>\n` : '') +
    (card.title ? `<p>${plain(r.pick(card.title))}</p>\n` : '') +
    (card.address ? postalAddress(r, card.address) : '') +
    (details ? `<dl>\n${details}</dl>\n` : '') +
    `</div>\n`
  );
}

export function postalAddress(r: Render, address: PostalAddress): string {
  const locality = [address.postalCode && esc(address.postalCode), plain(r.pick(address.locality))].filter(Boolean);
  const lines = [
    address.street ? plain(r.pick(address.street)) : '',
    locality.join(' '),
    address.country ? uiText(r, countryName(address.country, r.uiLocale)) : '',
  ].filter(Boolean);
  return `<address>${lines.join('<br>')}</address>\n`;
}
