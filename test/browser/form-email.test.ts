/** Without a form-action (or with a refused one): the request as an email. */
import {expect, fixture, html} from '@open-wc/testing';
import type {NoticeDocument} from '../../src/document/schema.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {$, controllerOf, fillRequest, formNotice, mount, newScope, submitButton, text, until} from './form-helpers.js';

const mailLink = (el: PrivacyNoticeElement) => $<HTMLAnchorElement>(el, '#request-mail a[href^="mailto:"]');

describe('form: the email fallback', () => {
  beforeEach(() => sessionStorage.clear());

  it('fills a mailto: link to the register contact with subject and body', async () => {
    const el = await mount();
    expect(text(submitButton(el))).to.equal('Write the email');
    await fillRequest(el, 'rectification', 'My address is wrong.\nIt should be Haikankatu 4.');
    submitButton(el).click();
    await until(() => mailLink(el), 'no email link');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#request-mail'));

    const url = new URL(mailLink(el)!.href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('rekisteri@example.fi');
    expect(url.searchParams.get('subject')).to.equal('Data protection request: Correct my data (Customer register privacy notice)');
    const body = url.searchParams.get('body')!;
    expect(body).to.contain('Request: Correct my data\r\n');
    expect(body).to.contain('Name: Maija Meikäläinen\r\n');
    expect(body).to.contain('Email: maija@example.fi\r\n');
    expect(body).to.contain('Phone: +358 40 765 4321\r\n');
    expect(body).to.contain('Customer number: A-1234\r\n');
    expect(body).to.contain('Requester: I am the person the data is about\r\n');
    expect(body).to.match(/Message:\r\nMy address is wrong\.\r\nIt should be Haikankatu 4\.$/);
    expect(body).to.not.contain('Request id');
    // The same text to copy, for people without an email program.
    const copy = $<HTMLTextAreaElement>(el, '#request-copy')!.value;
    expect(copy.replace(/\n/g, '\r\n')).to.equal(body);
    expect(text($(el, '#request-mail'))).to.contain('rekisteri@example.fi');
  });

  it('writes to the controller when the notice names no contact email', async () => {
    const el = await mount({notice: formNotice({contacts: []})});
    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => mailLink(el), 'no email link');
    expect(new URL(mailLink(el)!.href).pathname).to.equal('info@example.fi');
  });

  it('without any email address still offers the text to copy', async () => {
    const el = await mount({
      notice: formNotice({contacts: [], controller: {name: 'Testiyhtiö Oy'}}),
    });
    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => $(el, '#request-mail'), 'no email panel');
    expect(mailLink(el)).to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#request-copy')!.value).to.contain('Request: See my data');
  });

  it('a form-action that is neither https nor this origin is a configuration error: email instead', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice
      lang="en"
      no-cookies
      form-action="http://requests.example/api"
      .notice=${formNotice()}
    ></privacy-notice>`);
    await until(() => $(el, '.request-form'), 'no form');
    expect(text($(el, '.request-config'))).to.contain('not set up correctly');
    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => mailLink(el), 'no email link');
  });

  it('a localhost form-action on a live page is not used: the email route, a console warning, nothing alarming (issue 15)', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const {warn, error} = console;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      const scope = newScope();
      const el = await mount({action: `http://localhost:${location.port}${scope.action}`});
      controllerOf(el).pageHref = () => 'https://shop.example/privacy';
      el.requestUpdate();
      await el.updateComplete;
      expect(text(submitButton(el))).to.equal('Write the email');
      expect($(el, '.request-config')).to.equal(null);
      await fillRequest(el, 'access');
      submitButton(el).click();
      await until(() => mailLink(el), 'no email link');
      expect(await scope.attempts()).to.have.length(0);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`form-action "http://localhost:${location.port}${scope.action}"`);
      expect(warnings[0]).to.contain('https://shop.example');
      expect(warnings[0]).to.contain('offered by email instead');
    } finally {
      Object.assign(console, {warn, error});
    }
  });

  it('while developing on localhost, a localhost form-action is used', async () => {
    const scope = newScope();
    const host = location.hostname === 'localhost' ? 'localhost' : '127.0.0.1';
    const el = await mount({action: `http://${host}:${location.port}${scope.action}`});
    expect(text(submitButton(el))).to.equal('Send request');
    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => $(el, '#request-receipt'), 'no receipt');
    expect(await scope.stored()).to.have.length(1);
  });

  it('the privacy-request event fires before the email too, and may take over', async () => {
    const el = await mount();
    let request: Record<string, unknown> | undefined;
    el.addEventListener('privacy-request', (event) => {
      request = {...event.request};
      event.respondWith(Promise.resolve({reference: 'SITE-7'}));
    });
    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => $(el, '#request-receipt'), 'no receipt');
    expect(request).to.include({type: 'access', email: 'maija@example.fi'});
    expect(text($(el, '.request-reference'))).to.equal('SITE-7');
  });
});

describe('form: the privacy-request event and double clicks', () => {
  beforeEach(() => sessionStorage.clear());

  it('is cancelable: a prevented request is not sent by the form', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    let event: Event | undefined;
    el.addEventListener('privacy-request', (e) => {
      event = e;
      e.preventDefault();
    });
    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => $(el, '#request-receipt'), 'no receipt');
    expect(event).to.include({bubbles: true, composed: true, cancelable: true});
    expect(await scope.attempts()).to.have.length(0);
  });

  it('respondWith: a failure of the site’s own delivery keeps everything', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    el.addEventListener('privacy-request', (e) => e.respondWith(Promise.reject(new Error('down'))), {once: true});
    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => $(el, '#request-failure'), 'no failure');
    expect(text($(el, '#request-failure'))).to.contain('The site could not deliver the request.');
    expect($<HTMLInputElement>(el, '#request-email')!.value).to.equal('maija@example.fi');
  });

  it('a double click sends once', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    let events = 0;
    el.addEventListener('privacy-request', () => events++);
    await fillRequest(el, 'access');
    await scope.fault({delay: 300, count: 1}); // slow enough for the second click to land mid-send
    submitButton(el).click();
    submitButton(el).click();
    await el.updateComplete;
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    submitButton(el).click();
    await until(() => $(el, '#request-receipt'), 'no receipt');
    expect(await scope.attempts()).to.have.length(1);
    expect(await scope.stored()).to.have.length(1);
    expect(events).to.equal(1);
  });
});

describe('form: no email address anywhere in the notice (issue 15)', () => {
  beforeEach(() => sessionStorage.clear());
  const noEmailNotice = (controller: NoticeDocument['controller']) => formNotice({contacts: [], controller});

  it('says so before the form, offers to copy the text, and shows the postal address and phone', async () => {
    const el = await mount({
      lang: 'fi',
      notice: noEmailNotice({
        name: 'Testiyhtiö Oy',
        address: {street: 'Haikankatu 4', postalCode: '00100', locality: 'Helsinki'},
        phones: [{number: '+358 9 123 4567', label: 'arkisin 9–16'}],
      }),
    });
    await until(() => text(submitButton(el)) === 'Kopioi pyynnön teksti', `button says "${text(submitButton(el))}"`);
    const intro = $(el, '#request-no-email')!;
    expect(text(intro)).to.contain('Selosteessa ei ole sähköpostiosoitetta pyyntöjä varten.');
    expect(text(intro)).to.contain('Kopioi teksti ja toimita se rekisterinpitäjälle:');
    expect(text(intro)).to.contain('Testiyhtiö Oy');
    expect(text(intro)).to.contain('Haikankatu 4');
    expect(text(intro)).to.contain('00100 Helsinki');
    expect(text(intro)).to.contain('+358 9 123 4567 — arkisin 9–16');
    expect(intro.querySelector('a[href="tel:+35891234567"]')).to.not.equal(null);
    // The intro comes before the form.
    expect(intro.compareDocumentPosition($(el, '.request-form')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    await fillRequest(el, 'access');
    submitButton(el).click();
    await until(() => $(el, '#request-mail'), 'no panel');
    expect(mailLink(el)).to.equal(null);
    expect(text($(el, '#request-mail-title'))).to.equal('Kopioi ja lähetä pyyntösi');
    const panel = text($(el, '#request-mail'));
    expect(panel).to.contain('Haikankatu 4');
    expect(panel).to.contain('+358 9 123 4567');
    expect($<HTMLTextAreaElement>(el, '#request-copy')!.value).to.contain('Maija Meikäläinen');
    // The button promised to copy: it tried, and says how it went.
    await until(() => text($(el, '.request-copied')), 'no copy status');
    await expect(el).to.be.accessible();
  });

  it('without a postal address or phone either: the way the notice describes', async () => {
    const el = await mount({lang: 'fi', notice: noEmailNotice({name: 'Testiyhtiö Oy'})});
    await until(() => text(submitButton(el)) === 'Kopioi pyynnön teksti', 'not in Finnish');
    expect(text($(el, '#request-no-email'))).to.contain('Kopioi teksti ja toimita se rekisterinpitäjälle selosteessa kerrotulla tavalla.');
    expect($(el, '.request-reach')).to.equal(null);
  });

  it('with an email address (or a form-action) nothing of this shows', async () => {
    const el = await mount({lang: 'fi'});
    await until(() => text(submitButton(el)) === 'Laadi sähköpostiviesti', 'not in Finnish');
    expect($(el, '#request-no-email')).to.equal(null);
    const sending = await mount({lang: 'fi', action: newScope().action, notice: noEmailNotice({name: 'Testiyhtiö Oy'})});
    await until(() => text(submitButton(sending)) === 'Lähetä pyyntö', `"${text(submitButton(sending))}"`);
    expect($(sending, '#request-no-email')).to.equal(null);
  });
});
