/**
 * A long notice renders in slices (so no task blocks the page), yet every
 * section is reachable: by the end, by a link, by printing. A long cookie
 * list too.
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
    expect($(el, '#section-panel-part-399')).to.exist;
  });

  describe('with a long cookie list', () => {
    async function manyCookies(count: number): Promise<NoticeDocument> {
      const notice = await testNotice();
      notice.cookies = {
        services: [
          {
            id: 'stats',
            name: 'Stats',
            category: 'analytics',
            items: Array.from({length: count}, (_, i) => ({
              name: `_c${i}`,
              type: 'cookie' as const,
              duration: 'P1Y',
              description: `<p>Cookie number ${i}.</p>`,
            })),
          },
        ],
      };
      return notice;
    }
    const rows = (el: PrivacyNoticeElement) => $$(el, '[part~="cookie-table"] tbody tr').length;
    const table = (el: PrivacyNoticeElement) => $(el, '[part~="cookie-table"]')!;

    it('shows the first rows at once, the rest in later tasks, busy until then', async () => {
      const el = await fixture<PrivacyNoticeElement>(
        html`<privacy-notice lang="en" no-form .notice=${await manyCookies(700)}></privacy-notice>`
      );
      await settled(el);
      expect(rows(el)).to.be.within(1, 699);
      expect(table(el).getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => rows(el) === 700, `only ${rows(el)} rows`);
      await el.updateComplete;
      expect(table(el).hasAttribute('aria-busy')).to.equal(false);
      expect(el.shadowRoot!.textContent).to.include('Cookie number 699.');
    });

    it('renders every row before printing', async () => {
      const el = await fixture<PrivacyNoticeElement>(
        html`<privacy-notice lang="en" no-form .notice=${await manyCookies(700)}></privacy-notice>`
      );
      await settled(el);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(rows(el)).to.equal(700);
    });

    it('a switch click keeps the rows and their language', async () => {
      const el = await fixture<PrivacyNoticeElement>(
        html`<privacy-notice lang="fi" no-form .notice=${await manyCookies(300)}></privacy-notice>`
      );
      await settled(el);
      await waitUntil(() => rows(el) === 300, `only ${rows(el)} rows`);
      const first = $(el, '[part~="cookie-table"] tbody tr')!;
      $(el, '[part~="consent-switch"]')!.click();
      await el.updateComplete;
      expect($(el, '[part~="consent-switch"]')!.getAttribute('aria-checked')).to.equal('true');
      expect($(el, '[part~="cookie-table"] tbody tr')).to.equal(first);
      expect(first.querySelector('.duration')!.textContent!.trim()).to.equal('1 vuosi');
    });
  });
});
