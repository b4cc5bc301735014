/**
 * A long notice renders in slices (so no task blocks the page), yet every
 * section is reachable: by the end, by a link, by printing.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NoticeDocument} from '../../src/document/schema.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {$, $$, panel, sectionButton, settled, testNotice} from './element-helpers.js';

async function longNotice(count: number): Promise<NoticeDocument> {
  const notice = await testNotice();
  notice.sections = Array.from({length: count}, (_, i) => ({
    id: `part-${i}`,
    kind: 'other' as const,
    title: `Part ${i}`,
    body: `<p>Text of part ${i}.</p>`,
  }));
  delete notice.rights;
  return notice;
}

const rendered = (el: PrivacyNoticeElement) => $$(el, '[part~="section"]').length;

describe('<privacy-notice> with a long notice', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the first sections at once and the rest in later tasks', async () => {
    const el = await fixture<PrivacyNoticeElement>(
      html`<privacy-notice lang="en" no-form no-cookies .notice=${await longNotice(400)}></privacy-notice>`
    );
    await settled(el);
    expect(rendered(el)).to.be.within(1, 399);
    await waitUntil(() => rendered(el) === 400, `only ${rendered(el)} sections`);
    expect(el.shadowRoot!.textContent).to.include('Text of part 399.');
  });

  it('opens a linked section beyond the first slice', async () => {
    history.replaceState(null, '', '#part-350');
    const el = await fixture<PrivacyNoticeElement>(
      html`<privacy-notice lang="en" no-form no-cookies .notice=${await longNotice(400)}></privacy-notice>`
    );
    await settled(el);
    expect(sectionButton(el, 'part-350').getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el, 'part-350').hidden).to.equal(false);
  });

  it('renders every section before printing', async () => {
    const el = await fixture<PrivacyNoticeElement>(
      html`<privacy-notice lang="en" no-form no-cookies .notice=${await longNotice(400)}></privacy-notice>`
    );
    await settled(el);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(rendered(el)).to.equal(400);
    expect($(el, '#section-part-399')).to.exist;
  });
});
