/**
 * The element removed while it works. In the middle of fetching its document
 * the request is aborted: the server (test/server/proof.js) sees the
 * connection closed before it answered, and no error is shown or thrown. In
 * the middle of sending the form, likewise — and the typed text survives.
 */
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {createNotice, fillAndSubmitForm, proofStatus, settled, uniqueId, watchUncaught} from './hostile-helpers.js';

const SEED = '/demo/notices/arjasmaa.json';

/** Until the server has seen the client close the connection (or time runs out). */
async function serverSawClose(id: string) {
  await waitUntil(async () => (await proofStatus(id)).closedEarly, 'the server never saw the request closed', {
    timeout: 5000,
    interval: 100,
  });
  return proofStatus(id);
}

describe('removed mid-fetch', () => {
  it('aborts the request: the server sees it closed, no error is shown or thrown', async () => {
    const uncaught = watchUncaught();
    const id = uniqueId('hang');
    const events: string[] = [];
    const el = createNotice({src: `/proof/hang?id=${id}`});
    el.addEventListener('privacy-notice-error', (e) => events.push(e.error.kind));
    el.addEventListener('privacy-notice-load', () => events.push('load'));
    await waitUntil(async () => (await proofStatus(id)).started, 'the request never arrived', {timeout: 5000});
    expect(el.status).to.equal('loading');
    el.remove();
    const status = await serverSawClose(id);
    expect(status.finished).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    uncaught.stop();
    expect(events).to.deep.equal([]);
    expect(uncaught.seen).to.deep.equal([]);
  });

  it('loads again when put back', async () => {
    const id = uniqueId('hang');
    const el = createNotice({src: `/proof/hang?id=${id}`});
    await waitUntil(async () => (await proofStatus(id)).started, 'the request never arrived', {timeout: 5000});
    el.remove();
    await serverSawClose(id);
    el.src = SEED;
    document.body.append(el);
    await settled(el);
    expect(el.status).to.equal('ready');
    el.remove();
  });

  it('moved elsewhere in the page mid-fetch: the same request goes on', async () => {
    const id = uniqueId('hang');
    const el = createNotice({src: `/proof/hang?id=${id}`});
    await waitUntil(async () => (await proofStatus(id)).started, 'the request never arrived', {timeout: 5000});
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const status = await proofStatus(id);
    expect(status.requests, 'one request, not a second one').to.equal(1);
    expect(status.closedEarly, 'not cut off').to.equal(false);
    expect(el.status).to.equal('loading');
    elsewhere.remove();
    await serverSawClose(id);
  });

  it('changing src mid-fetch aborts the first request', async () => {
    const id = uniqueId('hang');
    const el = createNotice({src: `/proof/hang?id=${id}`});
    await waitUntil(async () => (await proofStatus(id)).started, 'the request never arrived', {timeout: 5000});
    el.src = SEED;
    await serverSawClose(id);
    await settled(el);
    expect(el.status).to.equal('ready');
    el.remove();
  });
});

/** A notice whose form has been sent to a slow endpoint; resolves once the whole request has arrived. */
async function submitToSlowEndpoint(delay: number) {
  const id = uniqueId('submit');
  const el = createNotice({src: SEED, lang: 'fi', attrs: {'form-action': `/proof/submit?id=${id}&delay=${delay}`}});
  await settled(el);
  const events: string[] = [];
  for (const name of ['privacy-request-sent', 'privacy-request-failed']) el.addEventListener(name, () => events.push(name));
  await fillAndSubmitForm(el);
  // The server holds its answer back for `delay` ms.
  await waitUntil(async () => (await proofStatus(id)).body.length > 0, 'the request never arrived', {timeout: 5000});
  return {el, id, events};
}

describe('removed mid-submit', () => {
  it('aborts the request, shows and throws nothing, and keeps the text for sending again', async function () {
    this.timeout(15000);
    const uncaught = watchUncaught();
    const {el, id, events} = await submitToSlowEndpoint(5000);
    const first = await proofStatus(id);
    el.remove();
    const status = await serverSawClose(id);
    expect(status.finished, 'cut off, not answered').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    uncaught.stop();
    expect(uncaught.seen).to.deep.equal([]);
    expect(events, 'neither sent nor failed').to.deep.equal([]);

    // Put back: the text is still there, and sending again repeats the same key.
    const again = uniqueId('submit');
    el.setAttribute('form-action', `/proof/submit?id=${again}&delay=10`);
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector<HTMLTextAreaElement>('textarea[name="message"]')?.value).to.equal(
      'Haluan tietää, mitä tietoja minusta on tallennettu.'
    );
    expect(root.querySelector('.request-sending')?.textContent?.trim(), 'no longer sending').to.equal('');
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await waitUntil(() => events.includes('privacy-request-sent'), 'the second send never succeeded', {timeout: 5000});
    expect((await proofStatus(again)).key)
      .to.equal(first.key)
      .and.to.be.a('string');
    el.remove();
  });
});

describe('moved mid-submit', () => {
  it('the request goes on: moving the element elsewhere in the page is not leaving it', async function () {
    this.timeout(15000);
    const uncaught = watchUncaught();
    const {el, id, events} = await submitToSlowEndpoint(800);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el); // a move: disconnected and connected again at once
    await waitUntil(() => events.includes('privacy-request-sent'), 'the request was not delivered after the move', {timeout: 5000});
    const status = await proofStatus(id);
    expect(status.finished, 'answered, not cut off').to.equal(true);
    uncaught.stop();
    expect(uncaught.seen).to.deep.equal([]);
    elsewhere.remove();
  });
});
