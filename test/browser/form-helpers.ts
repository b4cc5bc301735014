/** Shared by the form-*.test.ts suites: a notice, the element, the test receiver. */
import {fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NoticeDocument} from '../../src/document/schema.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import type {ContactFormController} from '../../src/views/contact-form-controller.js';

/** A small notice with every right a person can ask for. */
export const formNotice = (over: Partial<NoticeDocument> = {}): NoticeDocument => ({
  schemaVersion: 1,
  id: 'form-test',
  languages: ['en', 'fi'],
  title: {en: 'Customer register privacy notice', fi: 'Asiakasrekisterin tietosuojaseloste'},
  updated: '2024-05-31',
  version: '2',
  controller: {name: 'Testiyhtiö Oy', email: 'info@example.fi'},
  contacts: [{role: 'register-contact', name: 'Hanna Kemppe', email: 'rekisteri@example.fi'}],
  rights: [
    {type: 'access'},
    {type: 'rectification'},
    {type: 'erasure'},
    {type: 'restriction'},
    {type: 'objection'},
    {type: 'objection-direct-marketing'},
    {type: 'portability'},
    {type: 'withdraw-consent'},
    {type: 'complaint'},
  ],
  sections: [{id: 'purposes', kind: 'purposes', body: {en: '<p>Customer relationship.</p>', fi: '<p>Asiakassuhde.</p>'}}],
  ...over,
});

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A fresh receiver scope: its own stored requests, attempts and faults. */
export function newScope() {
  const name = `t${Math.random().toString(36).slice(2, 10)}`;
  const base = `/api/test-receiver/${name}`;
  return {
    name,
    action: `${base}/requests`,
    async fault(fault: {status?: number; retryAfter?: number; delay?: number; drop?: boolean; count: number}) {
      await fetch(`${base}/fault`, {method: 'POST', body: JSON.stringify(fault)});
    },
    async clearFault() {
      await fetch(`${base}/fault`, {method: 'POST', body: '{}'});
    },
    async attempts(): Promise<{idempotencyKey: string | null; contentType: string | null}[]> {
      return (await (await fetch(`${base}/attempts`)).json()).attempts;
    },
    async stored(): Promise<{reference: string; idempotencyKey: string; encoding: string; request: Record<string, unknown>}[]> {
      return (await (await fetch(`${base}/requests`)).json()).requests;
    },
  };
}

/** The form's controller, once its chunk has loaded (see mount). */
export const controllerOf = (el: PrivacyNoticeElement) =>
  (el as unknown as {contactForm: {part?: ContactFormController}}).contactForm.part!;

export interface MountOptions {
  action?: string;
  encoding?: 'json' | 'urlencoded';
  notice?: NoticeDocument;
  lang?: string;
  /** Per-attempt timeout and automatic retry pauses (short, so tests stay quick). */
  timeout?: number;
  retryDelays?: number[];
}

/** The element with a notice and its form rendered. */
export async function mount(options: MountOptions = {}): Promise<PrivacyNoticeElement> {
  const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice
    lang=${options.lang ?? 'en'}
    no-cookies
    form-action=${options.action ?? ''}
    form-encoding=${options.encoding ?? 'json'}
    .notice=${options.notice ?? formNotice()}
  ></privacy-notice>`);
  await waitUntil(() => $(el, '.request-form'), 'the form did not render', {timeout: 8000});
  const form = controllerOf(el);
  form.requestTimeout = options.timeout ?? 3000;
  form.retryDelays = options.retryDelays ?? [];
  return el;
}

/** Types into a field the way a person does: value, then an input event. */
export async function type(el: PrivacyNoticeElement, name: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`)!;
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await el.updateComplete;
}

export async function choose(el: PrivacyNoticeElement, name: string, value: string) {
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!.click();
  await el.updateComplete;
}

/** Fills a valid request of `requestType`. */
export async function fillRequest(el: PrivacyNoticeElement, requestType = 'access', message = '') {
  await choose(el, 'type', requestType);
  if (message) await type(el, 'message', message);
  await type(el, 'name', 'Maija Meikäläinen');
  await type(el, 'email', 'maija@example.fi');
  await type(el, 'phone', '+358 40 765 4321');
  await type(el, 'customerNumber', 'A-1234');
  await choose(el, 'requesterRole', 'data-subject');
}

export const submitButton = (el: PrivacyNoticeElement) => $<HTMLButtonElement>(el, '.request-form button[type="submit"]')!;

/** The values on screen, by field name. */
export const values = (el: PrivacyNoticeElement) => ({
  type: $<HTMLInputElement>(el, 'input[name="type"]:checked')?.value,
  message: $<HTMLTextAreaElement>(el, '[name="message"]')!.value,
  name: $<HTMLInputElement>(el, '[name="name"]')!.value,
  email: $<HTMLInputElement>(el, '[name="email"]')!.value,
  phone: $<HTMLInputElement>(el, '[name="phone"]')!.value,
  customerNumber: $<HTMLInputElement>(el, '[name="customerNumber"]')!.value,
  requesterRole: $<HTMLInputElement>(el, 'input[name="requesterRole"]:checked')?.value,
});

export const receipt = (el: PrivacyNoticeElement) => $(el, '#request-receipt');
export const failure = (el: PrivacyNoticeElement) => $(el, '#request-failure');

export async function until(predicate: () => unknown, message: string, timeout = 8000) {
  await waitUntil(predicate, message, {timeout, interval: 25});
}

/** The element inside the shadow root that has focus. */
export const focused = (el: PrivacyNoticeElement) => el.shadowRoot!.activeElement;
