/** Art. 13(1)(a)(b), 14(1)(a)(b): the controller, its contacts and the DPO. */
import type {Context} from './context.js';
import {EMAIL_OR_PHONE, hasKind, plain, textOf, WORDS} from './text.js';

const reachable = (who?: {email?: string; phone?: string; address?: object}) =>
  !!who && !!(who.email || who.phone || who.address);

export function checkController({notice, all, contacts, add}: Context): void {
  // 13(1)(a): the controller and how to reach them.
  if (
    !reachable(notice.controller) &&
    !contacts.some(reachable) &&
    !EMAIL_OR_PHONE.test(textOf(notice, ['controller', 'contact']))
  )
    add(
      'controller-contact-missing',
      'controller',
      'No way to reach the controller found: no email, phone or address in `controller` or `contacts`, and none in the controller or contact sections.'
    );

  // 13(1)(b): the DPO, where one is mentioned.
  const dpoContacts = contacts.filter((contact) => contact.role === 'dpo');
  const dpoMentioned =
    hasKind(notice, 'dpo') ||
    dpoContacts.length > 0 ||
    WORDS.dpo.test(all + contacts.map((contact) => plain(contact.title)).join('\n'));
  if (
    dpoMentioned &&
    !dpoContacts.some(reachable) &&
    !EMAIL_OR_PHONE.test(textOf(notice, ['dpo']))
  )
    add(
      'dpo-contact-missing',
      dpoContacts.length ? `contacts[${contacts.indexOf(dpoContacts[0])}]` : 'contacts',
      'A data protection officer is mentioned, but no email, phone or address for them is given.'
    );
}
