/**
 * The email fallback: where to write, and a `mailto:` link with the subject
 * and the body filled in.
 */
import {emailsOf, type ContactRole, type NoticeDocument} from '../document/schema.js';

/** Contacts that handle requests, most specific first. */
const ROLE_ORDER: readonly ContactRole[] = ['register-contact', 'privacy-team', 'dpo'];

/**
 * The address requests go to: the register's contact person, the privacy
 * team or the DPO (the first with an email), else the controller's email.
 * Each card's first address counts: `email`, else the first of `emails`.
 */
export function contactEmail(notice: Pick<NoticeDocument, 'contacts' | 'controller'>): string | undefined {
  for (const role of ROLE_ORDER) {
    for (const contact of notice.contacts ?? []) {
      if (contact.role !== role) continue;
      const [first] = emailsOf(contact);
      if (first) return first.address;
    }
  }
  return emailsOf(notice.controller)[0]?.address;
}

/**
 * A `mailto:` URL (RFC 6068): the address kept readable, subject and body
 * percent-encoded, line breaks as CRLF.
 */
export function mailtoHref(to: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `${mailHref(to)}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** A `mailto:` link to an address: kept readable, each part percent-encoded. */
export const mailHref = (address: string): string =>
  `mailto:${address
    .split('@')
    .map((part) => encodeURIComponent(part))
    .join('@')}`;

/** A `tel:` link: the digits and a leading +, as dialers want them. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
