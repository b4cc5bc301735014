/**
 * The element removed while it works. In the middle of fetching its document
 * the request is aborted: the server (test/server/proof.js) sees the
 * connection closed before it answered, and no error is shown or thrown. In
 * the middle of sending the form, the request is left to finish (the form's
 * design) and nothing throws.
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

describe('removed mid-submit', () => {
  // By the form's design (commit 60b9a82) a request on its way is not aborted
  // when the element leaves: it may still arrive, and the visitor's draft is
  // cleared only if it does. What must hold is that nothing breaks.
  it('the request still arrives whole, and nothing throws', async function () {
    this.timeout(15000);
    const uncaught = watchUncaught();
    const id = uniqueId('submit');
    const el = createNotice({src: SEED, lang: 'fi', attrs: {'form-action': `/proof/submit?id=${id}&delay=1000`}});
    await settled(el);
    const events: string[] = [];
    for (const name of ['privacy-request-sent', 'privacy-request-failed']) el.addEventListener(name, () => events.push(name));
    await fillAndSubmitForm(el);
    // The whole request has reached the server, which is holding its answer back.
    await waitUntil(async () => (await proofStatus(id)).body.length > 0, 'the request never arrived', {timeout: 5000});
    el.remove();
    await waitUntil(async () => {
      const status = await proofStatus(id);
      return status.finished || status.closedEarly;
    }, 'the server never answered', {timeout: 5000, interval: 100});
    const status = await proofStatus(id);
    expect(status.finished, 'answered, not cut off').to.equal(true);
    expect(JSON.parse(status.body).type, 'a real request was sent').to.be.a('string');
    await new Promise((resolve) => setTimeout(resolve, 300));
    uncaught.stop();
    expect(uncaught.seen).to.deep.equal([]);
    expect(events).to.deep.equal(['privacy-request-sent']);
  });
});
