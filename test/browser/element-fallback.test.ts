/**
 * Content inside the element is a fallback for browsers that do not run the
 * script: shown before the element upgrades, hidden once it has.
 */
import {expect, fixture, html} from '@open-wc/testing';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {settled, testNotice} from './element-helpers.js';

describe('<privacy-notice> fallback content', () => {
  it('is visible before the element is defined and hidden after', async () => {
    const notice = await testNotice();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <privacy-notice lang="en" no-form no-cookies><p class="fallback">Read the PDF</p></privacy-notice>
    </div>`);
    const fallback = wrapper.querySelector<HTMLElement>('.fallback')!;
    const el = wrapper.querySelector<PrivacyNoticeElement>('privacy-notice')!;
    if (!customElements.get('privacy-notice')) {
      expect(fallback.getClientRects().length, 'shown before upgrade').to.be.greaterThan(0);
      await import('../../src/define.js');
    }
    el.notice = notice;
    await settled(el);
    expect(el.status).to.equal('ready');
    expect(fallback.getClientRects().length, 'hidden after upgrade').to.equal(0);
    expect(el.shadowRoot!.textContent).to.include('Privacy notice');
  });
});
