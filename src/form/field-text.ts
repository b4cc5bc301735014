/**
 * The form's labels, hints and error messages (GOV.UK style: say what to do,
 * not what went wrong), and the plain-words explanation of each delivery
 * failure. Interface text only, through msg(); call during render.
 */
import {msg, str} from '../localization.js';
import {dateTimeFormat} from '../intl-cache.js';
import type {DeliveryFailure} from './delivery.js';
import type {FieldError, FieldName} from './fields.js';
import type {RequestType} from './request-types.js';

export function fieldLabel(field: FieldName, optional = false): string {
  switch (field) {
    case 'type':
      return msg('What would you like to do?', {desc: 'Form question above the list of request types'});
    case 'message':
      return optional
        ? msg('Your message (optional)', {desc: 'Form label: free-text message, not required'})
        : msg('Your message', {desc: 'Form label: free-text message, required'});
    case 'name':
      return msg('Your name', {desc: 'Form label: the requester’s full name'});
    case 'email':
      return msg('Email address', {desc: 'Form label: the requester’s email address'});
    case 'phone':
      return msg('Phone number (optional)', {desc: 'Form label: phone number, not required'});
    case 'customerNumber':
      return msg('Customer number (optional)', {desc: 'Form label: customer number, not required'});
    case 'requesterRole':
      return msg('Who is making the request?', {desc: 'Form question: the data subject themself, or someone acting for them'});
  }
}

/** What to write in the message, for the chosen request type. */
export function messageHint(type: RequestType | ''): string {
  switch (type) {
    case 'rectification':
      return msg('Tell us which data is wrong and what it should say.', {desc: 'Hint for the message of a rectification request'});
    case 'restriction':
      return msg('Tell us why the processing should be restricted, for example because you dispute the accuracy of the data.', {
        desc: 'Hint for the message of a restriction request (grounds of GDPR Art. 18(1))',
      });
    case 'objection':
      return msg('Tell us about the grounds relating to your particular situation.', {
        desc: 'Hint for the message of an objection (GDPR Art. 21(1))',
      });
    case 'other':
      return msg('Write your question.', {desc: 'Hint for the message of a general question'});
    default:
      return msg('Anything that helps to handle your request, for example which service or period it concerns.', {
        desc: 'Hint for an optional message',
      });
  }
}

export function fieldHint(field: FieldName): string | undefined {
  switch (field) {
    case 'email':
      return msg('The answer will be sent to this address.', {desc: 'Hint under the email field'});
    case 'customerNumber':
      return msg('If you have one, it helps to find your data.', {desc: 'Hint under the customer number field'});
    default:
      return undefined;
  }
}

/** The error message for a field, as it appears inline and in the summary. */
export function errorMessage(error: FieldError, type: RequestType | ''): string {
  const {field, code} = error;
  if (code === 'too-long') {
    const max = error.max ?? 0;
    return msg(str`Use ${max} characters or fewer in “${fieldLabel(field, true)}”`, {
      desc: 'Error: text too long. 1: the limit, 2: the field’s label',
    });
  }
  if (code === 'email') {
    return msg('Enter an email address in the correct format, like name@example.com', {desc: 'Error: email address not valid'});
  }
  if (code === 'phone') {
    return msg('Enter a phone number, like +358 40 123 4567', {desc: 'Error: phone number not valid'});
  }
  switch (field) {
    case 'type':
      return msg('Choose what you would like to do', {desc: 'Error: no request type chosen'});
    case 'name':
      return msg('Enter your name', {desc: 'Error: name missing'});
    case 'email':
      return msg('Enter your email address', {desc: 'Error: email missing'});
    case 'requesterRole':
      return msg('Choose who is making the request', {desc: 'Error: requester role not chosen'});
    default:
      switch (type) {
        case 'rectification':
          return msg('Tell us which data is wrong and what it should say', {desc: 'Error: rectification request without a message'});
        case 'restriction':
          return msg('Tell us why the processing should be restricted', {desc: 'Error: restriction request without a message'});
        case 'objection':
          return msg('Tell us the grounds for your objection', {desc: 'Error: objection without a message'});
        default:
          return msg('Write your question', {desc: 'Error: question without a message'});
      }
  }
}

const clockTime = (date: Date, locale: string) => dateTimeFormat(locale, {timeStyle: 'short'}).format(date);

/** What happened, in plain words, for a person (the developer detail goes to the console). */
export function failureText(failure: DeliveryFailure, locale: string, now = Date.now()): string {
  const status = failure.status ?? 0;
  switch (failure.kind) {
    case 'offline':
      return msg('Your device seems to be offline, so the request could not be sent.', {desc: 'Delivery failure: the browser is offline'});
    case 'network':
      return msg(
        'The request could not reach the server. The connection may have dropped, or the server may be down or refusing requests from this page.',
        {desc: 'Delivery failure: network error, connection refused or blocked (CORS)'}
      );
    case 'timeout':
      return msg('The server did not answer in time.', {desc: 'Delivery failure: timeout'});
    case 'rate-limited':
      if (failure.retryAfter !== undefined) {
        const time = clockTime(new Date(now + failure.retryAfter * 1000), locale);
        return msg(str`The server is busy and asked to wait. Try again after ${time}.`, {
          desc: 'Delivery failure: HTTP 429 with Retry-After. 1: clock time',
        });
      }
      return msg('The server is busy. Wait a moment and try again.', {desc: 'Delivery failure: HTTP 429 without Retry-After'});
    case 'server':
      return msg(str`Something went wrong on the server (error ${status}).`, {desc: 'Delivery failure: HTTP 5xx. 1: status code'});
    case 'rejected':
      return msg(str`The server did not accept the request (error ${status}). Check your details, or send the request by email.`, {
        desc: 'Delivery failure: HTTP 4xx. 1: status code',
      });
    case 'site':
      return msg('The site could not deliver the request.', {desc: 'Delivery failure: the page’s own delivery code reported an error'});
  }
}
