/** Shared by the element-*.test.ts suites. */
import {waitUntil} from '@open-wc/testing';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import type {NoticeDocument} from '../../src/document/schema.js';

/** The test document (also served by test/server/notices.js as /test-notices/notice.json). */
export async function testNotice(): Promise<NoticeDocument> {
  const response = await fetch(new URL('./element-fixture.json', import.meta.url));
  return (await response.json()) as NoticeDocument;
}

/** Waits until the element has loaded its document or failed, and rendered. */
export async function settled(el: PrivacyNoticeElement): Promise<void> {
  await waitUntil(() => el.status === 'ready' || el.status === 'error', `still ${el.status}`, {timeout: 8000});
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

export const sectionButtons = (el: Element) => $$<HTMLButtonElement>(el, '.section-button');

/** The section button whose panel is `section-panel-<id>`. */
export const sectionButton = (el: Element, id: string) => $<HTMLButtonElement>(el, `#section-button-${id}`)!;

export const panel = (el: Element, id: string) => $(el, `#section-panel-${id}`)!;

/** Text as a reader gets it, whitespace squeezed. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
