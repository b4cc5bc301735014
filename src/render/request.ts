/** The static stand-in for the data-subject request form. */
import {phonesOf} from '../document/schema.js';
import {contactEmail, mailHref, telHref} from '../form/mailto.js';
import {postalAddress} from './contact-cards.js';
import {heading, link, type Render} from './context.js';
import {escapeHtml as esc} from './escape.js';
import * as label from './labels.js';

/**
 * Where the form would be: its heading and introduction, then a link that
 * writes to the address the form's email fallback uses; with no email, the
 * phone numbers and the postal address of whoever has them.
 */
export function request(r: Render): string {
  const {notice} = r;
  const h = heading(r.level);
  const to = contactEmail(notice);
  let how: string;
  if (to) {
    how = `<p>${link(mailHref(to), label.writeToLabel(to))}</p>\n`;
  } else {
    const who = [
      ...['register-contact', 'privacy-team', 'dpo'].flatMap((role) => (notice.contacts ?? []).filter((contact) => contact.role === role)),
      notice.controller,
    ];
    const phones = who.map(phonesOf).find((list) => list.length) ?? [];
    const address = who.find((contact) => contact.address)?.address;
    const {phone} = label.cardLabels();
    how =
      phones.map(({number}) => `<p>${esc(phone)}: ${link(telHref(number), number)}</p>\n`).join('') +
      (address ? postalAddress(r, address) : '');
  }
  return `<section class="request"${r.ui}>\n<${h}>${esc(label.requestHeading())}</${h}>\n<p>${esc(label.requestIntro())}</p>\n${how}</section>\n`;
}
