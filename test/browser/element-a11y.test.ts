/**
 * axe-core on the element in every state it can be in, in Finnish and in
 * English: loading, collapsed, expanded, and the error message.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {settled, testNotice} from './element-helpers.js';

for (const lang of ['fi', 'en']) {
  describe(`<privacy-notice> accessibility (${lang})`, () => {
    it('while loading', async () => {
      const el = await fixture<PrivacyNoticeElement>(
        html`<privacy-notice lang=${lang} src=${`/test-notices/slow.json?id=a11y-${lang}`}></privacy-notice>`
      );
      expect(el.status).to.equal('loading');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('collapsed', async () => {
      const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang=${lang} .notice=${await testNotice()}></privacy-notice>`);
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('expanded', async () => {
      const el = await fixture<PrivacyNoticeElement>(
        html`<privacy-notice lang=${lang} open="all" .notice=${await testNotice()}></privacy-notice>`
      );
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('expanded, dark theme', async () => {
      const el = await fixture<PrivacyNoticeElement>(
        html`<privacy-notice lang=${lang} theme="dark" open="all" .notice=${await testNotice()}></privacy-notice>`
      );
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('in the error state', async () => {
      const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang=${lang} src="/test-notices/broken.json"></privacy-notice>`);
      await settled(el);
      expect(el.status).to.equal('error');
      await expect(el).to.be.accessible();
    });
  });
}
