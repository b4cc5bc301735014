import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import {validateNotice} from '../../src/document/validate.js';

describe('browser set-up', () => {
  it('registers <privacy-notice> and renders a document into its shadow root', async () => {
    const el = await fixture(html`<privacy-notice src="/test-notices/notice.json"></privacy-notice>`);
    await oneEvent(el, 'privacy-notice-load');
    expect(el.shadowRoot!.querySelector('[part="title"]')).to.exist;
  });

  it('validates a document in the browser too', () => {
    expect(validateNotice('{').ok).to.equal(false);
  });

  it('reaches the test server middleware', async () => {
    const response = await fetch('/api/ping');
    expect(await response.json()).to.deep.equal({pong: true});
  });
});
