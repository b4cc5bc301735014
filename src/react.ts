/**
 * `privacy-notice/react`: `<PrivacyNotice>`, a React component for the
 * element, made by @lit/react's `createComponent`, for React 18 and 19.
 *
 * Props are the element's properties (camelCase: `src`, `headingLevel`,
 * `formAction`, `notice`), set as properties once React has rendered (so also
 * after hydration), and its events as `on` + the event name in camelCase
 * (`onPrivacyNoticeLoad`, …), each typed with the event's class and attached
 * with `addEventListener`, so `preventDefault()` and `respondWith()` on
 * `privacy-request` work. Importing this module registers the tag
 * (`./define.js`). It imports in Node too: server rendering gives the tag
 * and its children, and the props are set when React hydrates it. A ref
 * gets the `PrivacyNoticeElement`.
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {PrivacyNoticeElement} from './define.js';
import {
  PrivacyConsentChangeEvent,
  PrivacyNoticeErrorEvent,
  PrivacyNoticeLoadEvent,
  PrivacyRequestEvent,
  PrivacyRequestFailedEvent,
  PrivacyRequestSentEvent,
} from './events.js';

const event = <E extends Event>(eventClass: {eventName: string; prototype: E}) => eventClass.eventName as EventName<E>;

/** `<privacy-notice>` as a React component, with typed `onPrivacy…` event props. */
export const PrivacyNotice = createComponent({
  react: React,
  tagName: 'privacy-notice',
  elementClass: PrivacyNoticeElement,
  displayName: 'PrivacyNotice',
  events: {
    onPrivacyNoticeLoad: event(PrivacyNoticeLoadEvent),
    onPrivacyNoticeError: event(PrivacyNoticeErrorEvent),
    onPrivacyConsentChange: event(PrivacyConsentChangeEvent),
    onPrivacyRequest: event(PrivacyRequestEvent),
    onPrivacyRequestSent: event(PrivacyRequestSentEvent),
    onPrivacyRequestFailed: event(PrivacyRequestFailedEvent),
  },
});
