/**
 * The words for requests: the name and one-line explanation of each type,
 * and a plain-text copy of a request (the email body, "copy text", the saved
 * receipt). Interface text only, through msg().
 */
import {msg, str} from '../localization.js';
import {formatDate} from '../views/format.js';
import {isoDate} from './due-date.js';
import type {RequestType} from './request-types.js';
import type {RequestPayload, RequesterRole} from './request-schema.js';

export function requestTypeName(type: RequestType): string {
  switch (type) {
    case 'access':
      return msg('See my data', {desc: 'Request type: right of access (GDPR Art. 15)'});
    case 'rectification':
      return msg('Correct my data', {desc: 'Request type: right to rectification (Art. 16)'});
    case 'erasure':
      return msg('Erase my data', {desc: 'Request type: right to erasure (Art. 17)'});
    case 'restriction':
      return msg('Restrict the processing of my data', {
        desc: 'Request type: right to restriction of processing (Art. 18)',
      });
    case 'objection':
      return msg('Object to the processing of my data', {
        desc: 'Request type: right to object (Art. 21(1))',
      });
    case 'objection-direct-marketing':
      return msg('Stop direct marketing to me', {
        desc: 'Request type: objection to direct marketing (Art. 21(2))',
      });
    case 'portability':
      return msg('Move my data', {desc: 'Request type: right to data portability (Art. 20)'});
    case 'withdraw-consent':
      return msg('Withdraw my consent', {desc: 'Request type: withdrawal of consent (Art. 7(3))'});
    case 'other':
      return msg('Another question', {desc: 'Request type: any other question about personal data'});
  }
}

export function requestTypeHint(type: RequestType): string {
  switch (type) {
    case 'access':
      return msg('Find out whether your data is processed and get a copy of it.', {
        desc: 'One-line explanation of the right of access',
      });
    case 'rectification':
      return msg('Have wrong or incomplete data corrected. Tell us what is wrong and what is right.', {
        desc: 'One-line explanation of the right to rectification',
      });
    case 'erasure':
      return msg('Have your data deleted when there is no longer a reason to keep it.', {
        desc: 'One-line explanation of the right to erasure',
      });
    case 'restriction':
      return msg('Your data is kept but not otherwise used, for example while its accuracy is checked. Tell us why.', {
        desc: 'One-line explanation of the right to restriction of processing',
      });
    case 'objection':
      return msg(
        'Object to processing based on legitimate or public interests, on grounds relating to your situation. Tell us what they are.',
        {
          desc: 'One-line explanation of the right to object (Art. 21(1))',
        }
      );
    case 'objection-direct-marketing':
      return msg('Your data is no longer used for direct marketing or for profiling for it. No reason is needed.', {
        desc: 'One-line explanation of the objection to direct marketing (Art. 21(2))',
      });
    case 'portability':
      return msg('Get the data you gave in a machine-readable format, or have it sent to another company.', {
        desc: 'One-line explanation of the right to data portability',
      });
    case 'withdraw-consent':
      return msg('Processing based on your consent stops from now on. Tell us which consent, if you gave several.', {
        desc: 'One-line explanation of withdrawing consent',
      });
    case 'other':
      return msg('Ask anything about how your personal data is processed.', {
        desc: 'One-line explanation of the "another question" request type',
      });
  }
}

export function requesterRoleName(role: RequesterRole): string {
  return role === 'data-subject'
    ? msg('I am the person the data is about', {desc: 'Requester role: the data subject themself'})
    : msg('I am acting for the person the data is about, for example as their guardian or with a power of attorney', {
        desc: 'Requester role: a representative of the data subject',
      });
}

/** The subject line of a request sent by email. */
export const requestSubject = (payload: Pick<RequestPayload, 'type'>, noticeTitle: string) => {
  const type = requestTypeName(payload.type);
  return msg(str`Data protection request: ${type} (${noticeTitle})`, {
    desc: 'Email subject. 1: request type, 2: title of the privacy notice',
  });
};

export interface RequestTextOptions {
  noticeTitle: string;
  /** Interface locale, for dates. */
  locale: string;
  /** Shown after success: the server's reference and the answer's due date. */
  reference?: string;
  dueDate?: Date;
  /** Leave out the technical request id (email: the person writes it). */
  withoutId?: boolean;
}

/** The request as plain text a person can read, keep or paste into an email. */
export function requestText(payload: RequestPayload, options: RequestTextOptions): string {
  const line = (label: string, value: string | undefined) => (value ? `${label}: ${value}` : undefined);
  const created = formatDate(isoDate(new Date(payload.createdAt)), options.locale);
  const lines = [
    msg('Hello,', {desc: 'Greeting that opens a request email'}),
    '',
    msg(str`I am making a request about my personal data under the GDPR (${options.noticeTitle}).`, {
      desc: 'First sentence of a request email. 1: title of the privacy notice',
    }),
    '',
    line(msg('Request', {desc: 'Label in the plain-text copy of a request'}), requestTypeName(payload.type)),
    line(msg('Name', {desc: 'Label: requester name'}), payload.name),
    line(msg('Email', {desc: 'Label: requester email'}), payload.email),
    line(msg('Phone', {desc: 'Label: requester phone number'}), payload.phone),
    line(msg('Customer number', {desc: 'Label: requester customer number'}), payload.customerNumber),
    line(
      msg('Requester', {desc: 'Label: who makes the request (the person, or someone acting for them)'}),
      requesterRoleName(payload.requesterRole)
    ),
    line(msg('Date', {desc: 'Label: date of the request'}), created),
    line(msg('Reference', {desc: 'Label: the reference the controller gave the request'}), options.reference),
    line(
      msg('Answer due by', {desc: 'Label: date by which the controller must answer (GDPR Art. 12(3))'}),
      options.dueDate && formatDate(isoDate(options.dueDate), options.locale)
    ),
    options.withoutId ? undefined : line(msg('Request id', {desc: 'Label: technical id of the request'}), payload.requestId),
    payload.message ? '' : undefined,
    payload.message && msg('Message:', {desc: 'Label before the free-text message in a request'}),
    payload.message,
  ];
  return lines.filter((l) => l !== undefined).join('\n');
}

/** The form's heading and introduction, and its email fallback (the static render uses them too). */
export const requestHeading = () => msg('Use your rights', {desc: 'Heading of the contact and objection form'});
export const requestIntro = () =>
  msg('Ask about your personal data, or use your rights under the GDPR. The controller must answer within one month.', {
    desc: 'Introduction above the contact and objection form',
  });
export const writeToLabel = (to: string) => msg(str`Write to ${to}`, {desc: 'Link that opens the email program. 1: email address'});
