/**
 * The editor's last step, as a new user takes it: a seed notice pasted in, an
 * English translation of one section, the embed code "with the notice inline"
 * copied, and pasted into a plain page of its own. There the notice renders,
 * the request form is filled and sent (to the email fallback, as the embed
 * code names no receiver), and the cookie panel's analytics switch fires
 * privacy-consent-change.
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {PrivacyConsentChangeEvent} from '../../src/events.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {DEFAULT_SCRIPT_URL} from '../../src/editor/embed.js';
import {$, editor, field, importText, seed, seeds, type} from './editor-helpers.js';
import {fillAndSubmitForm, squash} from './hostile-helpers.js';

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** Serves `html` as a page of its own (test/server/proof.js) and opens it in a frame. */
async function openPlainPage(html: string, id: string): Promise<Window> {
  const stored = await (await fetch(`/proof/store?id=${id}`, {method: 'POST', body: html})).json();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = `${stored.url}&type=${encodeURIComponent('text/html; charset=utf-8')}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

describe('editor: the embed code on a plain page', () => {
  it('seed 001 + an English section → inline embed code → a plain page where the notice, form and cookie panel work', async function () {
    this.timeout(60000);
    const file = (await seeds()).find((n) => n.startsWith('001'))!;
    const text = await seed(file);
    expect(text).to.contain('Google Analytics');
    const el = await editor('embed-flow');
    await importText(el, text);
    const notice = el.notice!;
    const first = notice.languages[0];

    // The seed names Google Analytics: the importer lists it as a cookie service.
    // (If it ever does not, the test adds it from the catalogue, as a user would.)
    if (!notice.cookies?.services.some((s) => s.category === 'analytics')) {
      const catalogue = $<HTMLSelectElement>(el, 'select.catalogue');
      catalogue.value = 'google-analytics';
      catalogue.closest('form')!.requestSubmit();
      await el.updateComplete;
    }
    expect(el.notice!.cookies!.services.some((s) => s.category === 'analytics')).to.equal(true);

    // English, and the first section translated.
    const form = $<HTMLFormElement>(el, '[data-path="languages"] form');
    type(form.querySelector('input')!, 'en');
    form.requestSubmit();
    await el.updateComplete;
    type(field(el, 'sections[0].title', 'en'), 'Controller');
    await el.updateComplete;
    const body = $(el, '[data-path="sections[0].body"] pn-rich-text[data-lang="en"]');
    body.dispatchEvent(Object.assign(new Event('rich-text-input'), {value: "<p>Aristokrata tmi – PRO'SIST keeps this register.</p>"}));
    await el.updateComplete;
    expect(el.notice!.languages).to.deep.equal([first, 'en']);
    expect((el.notice!.sections[0].body as Record<string, string>).en).to.contain('keeps this register');

    // The script's address: the site's own copy by default (no CDN has the package yet).
    const script = $<HTMLInputElement>(el, '#embed-script');
    expect(script.value).to.equal(DEFAULT_SCRIPT_URL);
    expect($<HTMLTextAreaElement>(el, '#embed-inline').value).to.contain(`<script type="module" src="${DEFAULT_SCRIPT_URL}">`);
    // Here the site is the test server, which serves the element from source.
    type(script, '/src/define.ts');
    await el.updateComplete;

    // Copy the inline embed code (the clipboard is the editor's: caught here).
    let copied = '';
    const clipboard = navigator.clipboard;
    const writeText = clipboard.writeText;
    clipboard.writeText = async (value: string) => void (copied = value);
    try {
      $<HTMLButtonElement>(el, 'button.copy-inline').click();
      await waitUntil(() => copied, 'nothing was copied');
    } finally {
      clipboard.writeText = writeText;
    }
    expect(copied).to.equal($<HTMLTextAreaElement>(el, '#embed-inline').value);
    expect(copied).to.match(/^<script type="module" src="\/src\/define\.ts"><\/script>\n<privacy-notice lang=/);

    // A fresh plain page with nothing but the pasted code.
    const win = await openPlainPage(
      `<!doctype html>\n<html lang="${first}">\n<head><meta charset="utf-8"><title>Tietosuoja</title></head>\n<body>\n<h1>Tietosuojaseloste</h1>\n${copied}\n</body>\n</html>\n`,
      `embed-${Date.now()}`
    );
    win.localStorage.removeItem(`privacy-consent-${el.notice!.id}`);
    const shown = win.document.querySelector('privacy-notice') as PrivacyNoticeElement;
    await waitUntil(() => win.customElements.get('privacy-notice') && shown.status === 'ready', 'the element did not show the notice', {
      timeout: 15000,
    });
    await shown.updateComplete;
    const root = shown.shadowRoot!;

    // The notice, section by section, in the document's language…
    const titles = [...root.querySelectorAll('.section-button')].map((b) => squash(b.textContent));
    for (const section of el.notice!.sections.filter((s) => typeof s.title === 'string' || s.title?.[first]))
      expect(titles.join(' | ')).to.contain(squash(typeof section.title === 'string' ? section.title : section.title![first]));
    // …and in English, with the translated section.
    shown.setAttribute('lang', 'en');
    await shown.updateComplete;
    expect(squash(root.querySelector('.section-button')?.textContent)).to.contain('Controller');

    // The request form, filled and sent: no receiver named, so it becomes an email.
    await waitUntil(() => root.querySelector('form'), 'no request form', {timeout: 10000});
    expect(await fillAndSubmitForm(shown)).to.equal(true);
    const mail = await waitUntil(
      () => root.querySelector<HTMLAnchorElement>('#request-mail a[href^="mailto:"]'),
      'the request did not become an email',
      {timeout: 10000}
    ).then(() => root.querySelector<HTMLAnchorElement>('#request-mail a[href^="mailto:"]')!);
    // To the register contact the seed names, with the visitor's details in it.
    expect(new URL(mail.href).pathname).to.equal('noora.ylimys@prosist.fi');
    expect(new URL(mail.href).searchParams.get('body')).to.contain('maija@example.fi');

    // The cookie panel, with its analytics switch: choosing it fires privacy-consent-change.
    await waitUntil(() => root.querySelector('[role="switch"]#consent-switch-analytics'), 'no analytics switch', {timeout: 10000});
    const change = new Promise<PrivacyConsentChangeEvent>((resolve) =>
      win.document.addEventListener('privacy-consent-change', (e) => resolve(e as PrivacyConsentChangeEvent), {once: true})
    );
    const analytics = root.querySelector<HTMLButtonElement>('[role="switch"]#consent-switch-analytics')!;
    expect(analytics.getAttribute('aria-checked')).to.equal('false');
    analytics.click();
    const event = await change;
    expect(event.granted).to.include('analytics');
    await shown.updateComplete;
    expect(analytics.getAttribute('aria-checked')).to.equal('true');
    win.localStorage.removeItem(`privacy-consent-${el.notice!.id}`);
  });
});
