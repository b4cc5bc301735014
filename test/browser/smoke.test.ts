import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import {validateNotice} from '../../src/document/validate.js';

describe('browser set-up', () => {
  it('registers <privacy-notice> and renders into its shadow root', async () => {
    const el = await fixture(html`<privacy-notice src="/x.json"></privacy-notice>`);
    expect(el.shadowRoot).to.exist;
  });

  it('validates a document in the browser too', () => {
    expect(validateNotice('{').ok).to.equal(false);
  });

  it('reaches the test server middleware', async () => {
    const response = await fetch('/api/ping');
    expect(await response.json()).to.deep.equal({pong: true});
  });
});
