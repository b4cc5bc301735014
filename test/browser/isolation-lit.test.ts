/**
 * A host page that uses Lit itself. The built bundle inlines its own Lit, so
 * the page ends up with two copies: the page's (here the unbundled lit
 * package from node_modules, in its development build) and ours (the
 * production build inside dist/privacy-notice.js). Both must work, in either
 * loading order. What clashes between copies: the shared
 * `litHtmlVersions`/`litPropertyMetadata` globals, the `lit-html` Trusted
 * Types policy name. The last suite does the same with a page on Lit 2.8
 * (the devDependency `lit-2`, an alias of lit@2), a different major version.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {exercise, settled, watchUncaught} from './hostile-helpers.js';

declare global {
  interface Window {
    litHtmlVersions?: string[];
  }
}

class HostCounter extends LitElement {
  static override properties = {count: {type: Number}};
  count = 0;
  override render() {
    return html`<button @click=${() => this.count++}>host clicks: ${this.count}</button>`;
  }
}
customElements.define('host-counter-a', HostCounter);

describe('a host page with its own Lit', () => {
  it("page's Lit first, then the bundle: both elements work", async function () {
    this.timeout(20000);
    const uncaught = watchUncaught();
    const counter = document.createElement('host-counter-a') as HostCounter;
    document.body.append(counter);
    await counter.updateComplete;
    const bundle = '/dist/privacy-notice.js';
    await import(/* @vite-ignore */ bundle);
    expect(window.litHtmlVersions?.length, 'two copies of lit-html are loaded').to.equal(2);
    const el = document.createElement('privacy-notice') as PrivacyNoticeElement;
    el.src = '/demo/notices/arjasmaa.json';
    document.body.append(el);
    await settled(el);
    expect(el.status).to.equal('ready');
    await exercise(el);
    counter.shadowRoot!.querySelector('button')!.click();
    await counter.updateComplete;
    expect(counter.shadowRoot!.textContent).to.contain('host clicks: 1');
    uncaught.stop();
    expect(uncaught.seen).to.deep.equal([]);
  });

  it('the bundle first, then a page element on its own Lit: both work', async function () {
    this.timeout(20000);
    const {frame, win} = await framePage(['/dist/privacy-notice.js', '/proof/host-lit-element.js']);
    const el = win.document.querySelector('privacy-notice') as PrivacyNoticeElement;
    await settled(el);
    await exercise(el);
    await expectCounterWorks(win);
    expect((win as Window).litHtmlVersions?.length).to.equal(2);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});

/** A page in an iframe with these module scripts, in this order, and one notice. */
async function framePage(scripts: string[]) {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const query = scripts.map((script) => `script=${encodeURIComponent(script)}`).join('&');
  frame.src = `/proof/page.html?csp=none&${query}&src=/demo/notices/arjasmaa.json`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & {__errors: string[]};
  await waitUntil(() => win.customElements.get('privacy-notice') && win.document.querySelector('host-counter'), 'not defined');
  return {frame, win};
}

/** The page's own Lit element still counts clicks and keeps its own styles. */
async function expectCounterWorks(win: Window) {
  const counter = win.document.querySelector('host-counter') as LitElement;
  await counter.updateComplete;
  const button = counter.shadowRoot!.querySelector('button')!;
  button.click();
  await counter.updateComplete;
  expect(counter.shadowRoot!.textContent).to.contain('host clicks: 1');
  expect(getComputedStyle(button).color, "the host element's own styles").to.equal('rgb(102, 51, 153)');
}

describe('a host page on Lit 2', () => {
  for (const order of [
    ['lit 2', 'bundle'],
    ['bundle', 'lit 2'],
  ]) {
    it(`${order.join(' first, then ')}: both elements work`, async function () {
      this.timeout(20000);
      const scripts = order.map((name) => (name === 'bundle' ? '/dist/privacy-notice.js' : '/proof/host-lit-element.js?lit=2'));
      const {frame, win} = await framePage(scripts);
      const versions = win.litHtmlVersions ?? [];
      expect(
        versions.some((v) => v.startsWith('2.')),
        `lit-html versions: ${versions}`
      ).to.equal(true);
      expect(
        versions.some((v) => v.startsWith('3.')),
        `lit-html versions: ${versions}`
      ).to.equal(true);
      const el = win.document.querySelector('privacy-notice') as PrivacyNoticeElement;
      await settled(el);
      expect(el.status).to.equal('ready');
      await exercise(el);
      await expectCounterWorks(win);
      expect(win.__errors).to.deep.equal([]);
      frame.remove();
    });
  }
});
