/** Shared by the hostile-*, csp-* and isolation-* suites (issue 6). */
import {waitUntil} from '@open-wc/testing';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {sanitizeToFragment} from '../../src/sanitize.js';
import {CLOBBER_NAMES} from '../fixtures/xss-payloads.js';

declare global {
  interface Window {
    __xssTrap?: (id: number) => void;
    trustedTypes?: {createPolicy: unknown};
  }
}

/** Waits until the element has loaded its document or failed, and rendered. */
export async function settled(el: PrivacyNoticeElement, timeout = 8000): Promise<void> {
  await waitUntil(() => el.status === 'ready' || el.status === 'error', `still ${el.status}`, {timeout});
  await el.updateComplete;
}

/** An element in `container` (the body by default), not yet settled. */
export function createNotice(
  setup: {notice?: unknown; src?: string; lang?: string; attrs?: Record<string, string>},
  container: Element = document.body
): PrivacyNoticeElement {
  const el = document.createElement('privacy-notice');
  if (setup.lang) el.setAttribute('lang', setup.lang);
  for (const [name, value] of Object.entries(setup.attrs ?? {})) el.setAttribute(name, value);
  // Hostile on purpose: the type says what a document should be, not what arrives.
  if (setup.notice !== undefined) el.notice = setup.notice as PrivacyNoticeElement['notice'];
  if (setup.src) el.src = setup.src;
  container.append(el);
  return el;
}

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Text as a reader gets it, whitespace squeezed. */
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Sets a form control as a person would: value, then an input event. */
function enter(control: HTMLInputElement | HTMLTextAreaElement, value?: string) {
  // No instanceof: the element may live in another frame (the CSP suite's).
  if (control.type === 'radio') (control as HTMLInputElement).checked = true;
  else control.value = value ?? '';
  control.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
}

/**
 * Fills the contact form with a valid request and submits it: in email mode
 * the request is written out with the document's strings in it; with a
 * `form-action` it is posted.
 */
export async function fillAndSubmitForm(el: PrivacyNoticeElement): Promise<boolean> {
  const root = el.shadowRoot!;
  const form = root.querySelector<HTMLFormElement>('form');
  if (!form) return false;
  const radio = (name: string) => root.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"]`);
  const field = (name: string) => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  const type = radio('type');
  if (type) enter(type);
  await el.updateComplete;
  const values: Record<string, string> = {
    message: 'Haluan tietää, mitä tietoja minusta on tallennettu.',
    name: 'Maija Meikäläinen',
    email: 'maija@example.fi',
  };
  for (const [name, value] of Object.entries(values)) {
    const control = field(name);
    if (control) enter(control, value);
  }
  const role = radio('requesterRole');
  if (role) enter(role);
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
  await el.updateComplete;
  return true;
}

/**
 * Everything a visitor can open: all sections, the form (filled and sent),
 * the cookie panel (consent given). Then every language of the document.
 */
export async function exercise(el: PrivacyNoticeElement): Promise<void> {
  const expandAll = () => $$<HTMLButtonElement>(el, '[part~="toggle-all"]')[0]?.click();
  expandAll();
  await el.updateComplete;
  await fillAndSubmitForm(el);
  $$<HTMLButtonElement>(el, '[part~="consent-button"]')[0]?.click();
  await el.updateComplete;
  for (const language of el.loadedNotice?.languages ?? []) {
    el.setAttribute('lang', language);
    await el.updateComplete;
    expandAll();
    await el.updateComplete;
  }
}

/** Addresses an attribute may hold inside the element. */
const SAFE_URL = /^(https?:|mailto:|tel:|#)/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
const FORBIDDEN_TAGS = [
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'style',
  'noscript',
  'template',
  'math',
  'foreignobject',
];

/**
 * Markup in the element's shadow root that a payload could have planted:
 * handlers, unsafe addresses, frames and scripts, clobbering ids and names.
 */
export function plantedMarkup(el: Element): string[] {
  const problems: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const tag = node.localName.toLowerCase();
    if (FORBIDDEN_TAGS.includes(tag)) problems.push(`<${tag}>`);
    for (const {name, value} of node.attributes) {
      if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
      if (name === 'srcdoc' || name === 'style') problems.push(`<${tag} ${name}="${value.slice(0, 40)}">`);
      if (URL_ATTRIBUTES.includes(name) && !SAFE_URL.test(value.trim())) {
        // Our own download links (a receipt) are the only other addresses.
        const ownDownload = tag === 'a' && node.hasAttribute('download') && /^(blob:|data:text\/plain)/.test(value);
        if (!ownDownload) problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      }
      if ((name === 'id' || name === 'name') && CLOBBER_NAMES.includes(value)) problems.push(`<${tag} ${name}="${value}">`);
    }
  }
  return problems;
}

/** Collects uncaught errors and unhandled rejections until `stop()`. */
export function watchUncaught() {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** What a test/server/proof.js endpoint saw of a request, by id. */
export interface ProofStatus {
  started: boolean;
  bytesSent: number;
  finished: boolean;
  closedEarly: boolean;
  body: string;
  /** The Idempotency-Key of a form request (/proof/submit). */
  key?: string;
  /** How many requests came with this id. */
  requests: number;
}

export async function proofStatus(id: string): Promise<ProofStatus> {
  return (await fetch(`/proof/status?id=${encodeURIComponent(id)}`)).json();
}

export const uniqueId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
/** A page test/server/proof.js serves, with what it recorded. */
export interface ProofWindow extends Window {
  __violations: Violation[];
  __errors: string[];
  __gatedRan?: number;
}

/** Opens a proof page in a frame; resolves once its element has settled. */
export async function openProofPage(query: Record<string, string | string[]>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) params.append(key, v);
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/proof/page.html?${params}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ProofWindow;
  const elements = [...win.document.querySelectorAll('privacy-notice')] as PrivacyNoticeElement[];
  await waitUntil(() => win.customElements.get('privacy-notice') || win.__errors.length, 'never defined', {timeout: 10000});
  for (const el of elements) if (win.customElements.get('privacy-notice')) await settled(el, 15000);
  return {frame, win, elements};
}

/** Sanitised rich text as an HTML string, through the element's sanitiser (after `sanitizerReady()`). */
export function sanitizeToString(html: string): string {
  const box = document.createElement('div');
  box.append(sanitizeToFragment(html));
  return box.innerHTML;
}
