/**
 * For each section kind, the GDPR article it answers and a short "what GDPR
 * asks here", in our own words (after /shared/GDPR-CHECKLIST.md). Call during
 * render, inside the editor's locale.
 */
import type {SectionKind} from '../document/schema.js';
import {msg} from '../localization.js';

/** The article each kind answers (Art. 13 for data from the person, 14 otherwise). */
export const KIND_ARTICLES: Record<SectionKind, string> = {
  controller: 'Art. 13(1)(a)',
  contact: 'Art. 13(1)(a)',
  dpo: 'Art. 13(1)(b)',
  'register-name': '',
  purposes: 'Art. 13(1)(c)',
  'legal-basis': 'Art. 13(1)(c)',
  'legitimate-interests': 'Art. 13(1)(d)',
  'data-categories': 'Art. 14(1)(d)',
  sources: 'Art. 14(2)(f)',
  recipients: 'Art. 13(1)(e)',
  transfers: 'Art. 13(1)(f)',
  retention: 'Art. 13(2)(a)',
  rights: 'Art. 13(2)(b)',
  'withdraw-consent': 'Art. 13(2)(c)',
  complaint: 'Art. 13(2)(d)',
  requirement: 'Art. 13(2)(e)',
  'automated-decisions': 'Art. 13(2)(f)',
  security: 'Art. 32',
  cookies: '',
  other: '',
};

/** What GDPR asks a section of `kind` to say. */
export function kindHelp(kind: SectionKind): string {
  switch (kind) {
    case 'controller':
      return msg('Who is responsible for the data: the name and how to reach them (address, email or phone).', {
        id: 'editor-help-controller',
      });
    case 'contact':
      return msg('Whom to ask about the register, with a way to reach them.', {id: 'editor-help-contact'});
    case 'dpo':
      return msg('If you have appointed a data protection officer, how to reach them.', {id: 'editor-help-dpo'});
    case 'register-name':
      return msg("The register's name, as older Finnish notices (rekisteriseloste) give it. Not required by the GDPR.", {
        id: 'editor-help-register-name',
      });
    case 'purposes':
      return msg('What the data is used for, each purpose with its legal basis.', {id: 'editor-help-purposes'});
    case 'legal-basis':
      return msg(
        'For each purpose, the legal basis of Art. 6(1): consent, contract, legal obligation, vital interests, public task or legitimate interests.',
        {id: 'editor-help-legal-basis'}
      );
    case 'legitimate-interests':
      return msg('When the basis is legitimate interests, what those interests are.', {id: 'editor-help-legitimate-interests'});
    case 'data-categories':
      return msg('What kinds of personal data you process. Required when the data does not come from the person.', {
        id: 'editor-help-data-categories',
      });
    case 'sources':
      return msg('Where the data comes from, and whether from public sources.', {id: 'editor-help-sources'});
    case 'recipients':
      return msg('Who receives the data, by name or by kind (for example "our accounting firm"), or that nobody does.', {
        id: 'editor-help-recipients',
      });
    case 'transfers':
      return msg(
        'Whether data leaves the EU/EEA; if it does, where to, on which adequacy decision or safeguards, and how to get a copy of them.',
        {id: 'editor-help-transfers'}
      );
    case 'retention':
      return msg('How long the data is kept, or what decides it. Give a period where you can; "as long as necessary" is not enough.', {
        id: 'editor-help-retention',
      });
    case 'rights':
      return msg("The person's rights: access, rectification, erasure, restriction, objection and portability, and how to use them.", {
        id: 'editor-help-rights',
      });
    case 'withdraw-consent':
      return msg('Where processing rests on consent: that it can be withdrawn at any time, and how.', {id: 'editor-help-withdraw-consent'});
    case 'complaint':
      return msg('That the person can complain to a supervisory authority; in Finland the Data Protection Ombudsman.', {
        id: 'editor-help-complaint',
      });
    case 'requirement':
      return msg('Whether the person must give the data (by law or for a contract) and what happens if they do not.', {
        id: 'editor-help-requirement',
      });
    case 'automated-decisions':
      return msg('Whether decisions are made automatically or people are profiled; if so, the logic and what it means for them.', {
        id: 'editor-help-automated-decisions',
      });
    case 'security':
      return msg('How the data is protected. Not required in the notice, but readers expect it.', {id: 'editor-help-security'});
    case 'cookies':
      return msg('Which cookies and similar technologies the site uses, what for and for how long. Add the services below.', {
        id: 'editor-help-cookies',
      });
    case 'other':
      return msg('Anything else readers should know. If this section answers one of the items above, choose that kind instead.', {
        id: 'editor-help-other',
      });
  }
}
