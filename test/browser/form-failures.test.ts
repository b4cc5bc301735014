/**
 * Nothing lost: every failure keeps every field, says what happened, and
 * "Try again" sends the same request id as the Idempotency-Key, so the
 * receiver stores the request once.
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {PrivacyRequestFailedEvent} from '../../src/events.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {draftKey} from '../../src/form/draft.js';
import {$, failure, fillRequest, focused, formNotice, mount, newScope, receipt, submitButton, text, until, values} from './form-helpers.js';

const MESSAGE = 'Please stop sending me marketing letters.';

async function failOnce(el: PrivacyNoticeElement) {
  const failed = new Promise<PrivacyRequestFailedEvent>((resolve) => el.addEventListener('privacy-request-failed', resolve, {once: true}));
  submitButton(el).click();
  await until(() => failure(el), 'no failure shown');
  return failed;
}

async function expectKeptAndRetry(
  el: PrivacyNoticeElement,
  scope: ReturnType<typeof newScope>,
  requestId: string,
  /** POSTs the receiver saw: the failed ones and the retry. */
  minAttempts = 2
) {
  const before = values(el);
  expect(before).to.deep.equal({
    type: 'objection-direct-marketing',
    message: MESSAGE,
    name: 'Maija Meikäläinen',
    email: 'maija@example.fi',
    phone: '+358 40 765 4321',
    customerNumber: 'A-1234',
    requesterRole: 'data-subject',
  });
  expect(focused(el)).to.equal(failure(el));
  await scope.clearFault();
  $<HTMLButtonElement>(el, '#request-failure button[type="submit"]')!.click();
  await until(() => receipt(el), 'no receipt after retrying');
  const stored = await scope.stored();
  expect(stored).to.have.length(1);
  expect(stored[0].idempotencyKey).to.equal(requestId);
  expect(text($(el, '.request-reference'))).to.equal(stored[0].reference);
  const keys = (await scope.attempts()).map((a) => a.idempotencyKey);
  expect(keys.length).to.be.at.least(minAttempts);
  expect(new Set(keys)).to.deep.equal(new Set([requestId]));
}

describe('form: failures keep the input, retry is idempotent', () => {
  beforeEach(() => sessionStorage.clear());

  it('a 500: says so, keeps everything, retries with the same key', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    await fillRequest(el, 'objection-direct-marketing', MESSAGE);
    await scope.fault({status: 500, count: 100});
    const event = await failOnce(el);
    expect(event.failure).to.include({kind: 'server', status: 500});
    expect(text(failure(el))).to.contain('Something went wrong on the server (error 500)');
    expect(text(failure(el))).to.contain('Everything you wrote is still here');
    await expectKeptAndRetry(el, scope, event.request.requestId);
  });

  it('a 429 with Retry-After: says when to try again', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    await fillRequest(el, 'objection-direct-marketing', MESSAGE);
    await scope.fault({status: 429, retryAfter: 120, count: 100});
    const event = await failOnce(el);
    expect(event.failure).to.include({kind: 'rate-limited', retryAfter: 120});
    expect(text(failure(el))).to.match(/The server is busy and asked to wait\. Try again after .+\./);
    await expectKeptAndRetry(el, scope, event.request.requestId);
  });

  it('a 4xx: says it was not accepted', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    await fillRequest(el, 'objection-direct-marketing', MESSAGE);
    await scope.fault({status: 422, count: 100});
    const event = await failOnce(el);
    expect(event.failure).to.include({kind: 'rejected', status: 422});
    expect(text(failure(el))).to.contain('did not accept the request (error 422)');
    await expectKeptAndRetry(el, scope, event.request.requestId);
  });

  it('a timeout: the late request and the retry are stored once', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action, timeout: 400});
    await fillRequest(el, 'objection-direct-marketing', MESSAGE);
    // The server stores the first attempt, but answers after the browser gave up.
    await scope.fault({delay: 1200, count: 1});
    const event = await failOnce(el);
    expect(event.failure.kind).to.equal('timeout');
    expect(text(failure(el))).to.contain('did not answer in time');
    await until(async () => (await scope.stored()).length === 1, 'the late request was not stored');
    await expectKeptAndRetry(el, scope, event.request.requestId);
  });

  it('a dropped connection (as when offline): says it could not reach the server', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    await fillRequest(el, 'objection-direct-marketing', MESSAGE);
    await scope.fault({drop: true, count: 100});
    const event = await failOnce(el);
    expect(['network', 'offline']).to.include(event.failure.kind);
    expect(text(failure(el))).to.contain('could not reach the server');
    await expectKeptAndRetry(el, scope, event.request.requestId);
  });

  it('a CORS refusal: fails the same way; fixed configuration, same key', async () => {
    const scope = newScope();
    const {origin} = await (await fetch('/api/test-receiver/cross-origin')).json();
    const el = await mount({action: `${origin}${scope.action}`});
    await fillRequest(el, 'objection-direct-marketing', MESSAGE);
    const event = await failOnce(el);
    expect(event.failure.kind).to.equal('network');
    expect(await scope.stored()).to.have.length(0);
    // The site fixes its configuration; the retry still carries the first key.
    el.formAction = scope.action;
    await el.updateComplete;
    await expectKeptAndRetry(el, scope, event.request.requestId, 1);
  });

  it('automatic retries carry the same key and store once', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action, retryDelays: [10, 10]});
    await fillRequest(el, 'access');
    await scope.fault({status: 503, count: 2});
    submitButton(el).click();
    await until(() => receipt(el), 'no receipt');
    const attempts = await scope.attempts();
    expect(attempts).to.have.length(3);
    expect(new Set(attempts.map((a) => a.idempotencyKey)).size).to.equal(1);
    expect(await scope.stored()).to.have.length(1);
  });

  it('offers the email after a failure', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    await fillRequest(el, 'objection-direct-marketing', MESSAGE);
    await scope.fault({status: 500, count: 100});
    await failOnce(el);
    const link = $<HTMLAnchorElement>(el, '#request-failure a[href^="mailto:"]')!;
    const url = new URL(link.href);
    expect(url.pathname).to.equal('rekisteri@example.fi');
    expect(url.searchParams.get('body')).to.contain(MESSAGE);
  });

  it('keeps the draft, and the pending request id, across a reload', async () => {
    const scope = newScope();
    let el = await mount({action: scope.action});
    await fillRequest(el, 'objection-direct-marketing', MESSAGE);
    await scope.fault({status: 500, count: 100});
    const event = await failOnce(el);
    el.remove();

    el = await mount({action: scope.action}); // as after a reload: a new element, same notice
    expect(values(el)).to.include({type: 'objection-direct-marketing', message: MESSAGE, email: 'maija@example.fi'});
    await scope.clearFault();
    submitButton(el).click();
    await until(() => receipt(el), 'no receipt');
    const stored = await scope.stored();
    expect(stored.map((r) => r.idempotencyKey)).to.deep.equal([event.request.requestId]);
    expect(sessionStorage.getItem(draftKey('form-test'))).to.equal(null);
  });

  it('keeps drafts per notice', async () => {
    const a = await mount();
    await fillRequest(a, 'access');
    a.remove();
    const other = await fixture<PrivacyNoticeElement>(html`<privacy-notice
      lang="en"
      no-cookies
      .notice=${formNotice({id: 'another-notice'})}
    ></privacy-notice>`);
    await until(() => $(other, '.request-form'), 'no form');
    expect(values(other).name).to.equal('');
  });

  it('an edited request after a failure is a new request (new id)', async () => {
    const scope = newScope();
    const el = await mount({action: scope.action});
    await fillRequest(el, 'objection-direct-marketing', MESSAGE);
    await scope.fault({status: 500, count: 1});
    const event = await failOnce(el);
    const message = $<HTMLTextAreaElement>(el, '[name="message"]')!;
    message.value = MESSAGE + ' Also by phone.';
    message.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await el.updateComplete;
    submitButton(el).click();
    await until(() => receipt(el), 'no receipt');
    const [stored] = await scope.stored();
    expect(stored.idempotencyKey).to.not.equal(event.request.requestId);
    expect(stored.request.message).to.equal(MESSAGE + ' Also by phone.');
  });
});
