/**
 * Hostile documents through the whole element: markup and javascript: links
 * in every string field, javascript: in every address field (left out, the
 * rest shown) and in `src`.
 * Nothing may run (a trap function on window would record it), and no
 * element or link outside the allow-list may reach the shadow DOM.
 */
import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NoticeDocument} from '../../src/document/schema.js';
import type {Issue} from '../../src/document/shape.js';
import {validateNotice} from '../../src/document/validate.js';
import type {PrivacyNoticeLoadEvent} from '../../src/events.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {$, $$, settled, testNotice} from './element-helpers.js';

declare global {
  interface Window {
    __elementTrap?: (where: string) => void;
  }
}

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

const ran: string[] = [];

const markup = (where: string) =>
  ` <img src=x onerror="__elementTrap('${where} img')">` +
  `<a href="javascript:__elementTrap('${where} link')">link</a>` +
  `<svg onload="__elementTrap('${where} svg')"></svg>` +
  `<script>__elementTrap('${where} script')</` +
  `script>` +
  `<iframe srcdoc="<script>parent.__elementTrap('${where} frame')</` +
  `script>"></iframe>`;

/** Every string leaf, with a setter. */
function leaves(value: Json, path = ''): Array<{path: string; set: (v: string) => void; value: string}> {
  if (Array.isArray(value) || (value && typeof value === 'object')) {
    return Object.entries(value).flatMap(([key, child]) => {
      const at = path ? `${path}.${key}` : key;
      if (typeof child === 'string') {
        return [{path: at, value: child, set: (v: string) => ((value as Record<string, Json>)[key] = v)}];
      }
      return leaves(child, at);
    });
  }
  return [];
}

/** The test document with markup appended to every field that still validates with it. */
async function poisoned(): Promise<{notice: Json; paths: string[]}> {
  const notice = (await testNotice()) as unknown as Json;
  const paths: string[] = [];
  for (const leaf of leaves(notice)) {
    leaf.set(leaf.value + markup(leaf.path));
    if (validateNotice(notice).ok) paths.push(leaf.path);
    else leaf.set(leaf.value);
  }
  return {notice, paths};
}

function expectNothingForeign(el: PrivacyNoticeElement) {
  expect($$(el, 'img, svg:not([aria-hidden="true"]), script, iframe, object, embed, style, form[action^="javascript"]')).to.have.length(0);
  for (const a of $$<HTMLAnchorElement>(el, 'a[href]')) {
    expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
  }
  for (const node of $$(el, '*')) {
    for (const {name} of node.attributes) expect(name, node.localName).to.not.match(/^on/i);
  }
}

describe('<privacy-notice> with hostile documents', () => {
  before(() => {
    window.__elementTrap = (where) => ran.push(where);
  });
  beforeEach(() => {
    ran.length = 0;
  });
  after(() => {
    delete window.__elementTrap;
  });

  it('the trap works (control: the same markup inserted raw does run)', async () => {
    const box = document.createElement('div');
    box.innerHTML = markup('control');
    document.body.append(box);
    // Wait for every payload that can run to have run, so none fires late
    // into the next test's record.
    await waitUntil(() => ran.includes('control img') && ran.includes('control frame'), `only ${ran.join(', ')} ran`, {timeout: 5000});
    box.remove();
    expect(ran).to.include('control img');
  });

  it('runs nothing from markup in any text field, in any language, collapsed or open', async () => {
    const {notice, paths} = await poisoned();
    // Most fields must really carry the payload, or this proves little.
    expect(paths.length).to.be.at.least(30);
    for (const lang of ['fi', 'en']) {
      const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang=${lang} .notice=${notice}></privacy-notice>`);
      await settled(el);
      expect(el.status).to.equal('ready');
      $<HTMLButtonElement>(el, '[part="toggle-all"]')!.click();
      await el.updateComplete;
      await aTimeout(300);
      expectNothingForeign(el);
    }
    expect(ran).to.deep.equal([]);
  });

  it('runs nothing from the same document fetched or inline', async () => {
    const {notice} = await poisoned();
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice open="all"
      ><script type="application/json">
        ${JSON.stringify(notice)}
      </script></privacy-notice
    >`);
    await settled(el);
    expect(el.status).to.equal('ready');
    await aTimeout(300);
    expectNothingForeign(el);
    expect(ran).to.deep.equal([]);
  });

  it('leaves javascript: out of every address field, shows the rest and reports the field', async () => {
    const fields: Array<[string, (notice: NoticeDocument, value: string) => void]> = [
      ['controller.url', (n, v) => (n.controller.url = v)],
      ['controller.email', (n, v) => (n.controller.email = v)],
      ['controller.phone', (n, v) => (n.controller.phone = v)],
      ['controller.representative.url', (n, v) => (n.controller.representative!.url = v)],
      ['contacts[0].email', (n, v) => (n.contacts![0].email = v)],
    ];
    for (const [i, [path, setField]] of fields.entries()) {
      const notice = await testNotice();
      setField(notice, `javascript:__elementTrap('address ${i}')`);
      let warnings: Issue[] = [];
      const el = await fixture<PrivacyNoticeElement>(
        html`<privacy-notice
          .notice=${notice}
          @privacy-notice-load=${(event: PrivacyNoticeLoadEvent) => (warnings = event.warnings)}
        ></privacy-notice>`
      );
      await settled(el);
      expect(el.status, path).to.equal('ready');
      expect(
        warnings.map((warning) => warning.path),
        path
      ).to.include(path);
      expect(el.shadowRoot!.textContent, path).not.to.contain('__elementTrap');
      expectNothingForeign(el);
    }
    await aTimeout(100);
    expect(ran).to.deep.equal([]);
  });

  it('does not link to a javascript: src in its error message', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice src="javascript:__elementTrap('src')"></privacy-notice>`);
    await settled(el);
    expect(el.status).to.equal('error');
    expect($(el, '[part="error"] a')).to.equal(null);
    await aTimeout(100);
    expect(ran).to.deep.equal([]);
  });
});
