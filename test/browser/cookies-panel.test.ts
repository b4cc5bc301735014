/** The cookie panel as a visitor sees it: categories, services, tables, durations, layout. */
import {expect, fixture, html} from '@open-wc/testing';
import {formatDuration} from '../../src/document/duration.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {clearConsent, noticeDoc, panelOf, showNotice, switchOf, uniqueId} from './cookies-helpers.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('cookie panel: rendering', () => {
  afterEach(clearConsent);

  it('groups services under every category, necessary always on, the others as switches', async () => {
    const {root} = await showNotice(noticeDoc(uniqueId()), {lang: 'en'});
    const categories = [...root.querySelectorAll('.cookie-category')];
    expect(categories.map((c) => c.getAttribute('data-category'))).to.deep.equal(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(categories.map((c) => text(c.querySelector('.category-heading')))).to.deep.equal([
      'Necessary',
      'Preferences',
      'Analytics',
      'Marketing',
    ]);
    expect(switchOf(root, 'necessary')).to.equal(null);
    expect(text(categories[0].querySelector('.always-on'))).to.equal('Always on');
    for (const category of ['preferences', 'analytics', 'marketing']) {
      const control = switchOf(root, category)!;
      expect(control, category).to.exist;
      expect(control.getAttribute('aria-checked')).to.equal('false');
      expect(control.getAttribute('aria-labelledby')).to.equal(`cookie-category-${category}`);
    }
    const analytics = categories[2];
    expect(text(analytics.querySelector('.service-heading'))).to.equal('Google Analytics');
  });

  it('shows provider, purpose, a safe privacy-policy link and the transfer outside the EU/EEA', async () => {
    const {root} = await showNotice(noticeDoc(uniqueId()), {lang: 'fi'});
    const ga = root.querySelector('[data-service="google-analytics"]')!;
    const facts = text(ga.querySelector('.service-facts'));
    expect(facts).to.contain('Google Ireland Limited');
    expect(facts).to.contain('Kävijätilastot.');
    const link = ga.querySelector<HTMLAnchorElement>('.service-facts a')!;
    expect(link.href).to.equal('https://policies.google.com/privacy');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(facts).to.contain('Yhdysvallat');
    expect(facts).to.match(/EU:n ja ETA:n ulkopuolel/);
    const ads = text(root.querySelector('[data-service="ads"] .service-facts'));
    expect(ads).to.contain('Ruotsi');
    expect(ads).not.to.match(/ulkopuolel/);
  });

  it("lists a service's items in a real table with caption and header cells", async () => {
    const {root} = await showNotice(noticeDoc(uniqueId()), {lang: 'en'});
    const table = root.querySelector('[data-service="google-analytics"] table')!;
    expect(text(table.querySelector('caption'))).to.equal('Cookies and storage used by Google Analytics');
    const heads = [...table.querySelectorAll('thead th')];
    expect(heads.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
    expect(heads.map(text)).to.deep.equal(['Name', 'Type', 'Duration', 'Description']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((row) => text(row.querySelector('th[scope="row"]')))).to.deep.equal(['_ga', '_ga_*', '_gid']);
    expect([...rows[0].querySelectorAll('td')].map(text)).to.deep.equal(['Cookie', '2 years', 'Used to distinguish users.']);
    expect(text(rows[2].querySelectorAll('td')[1])).to.equal('1 day');
  });

  it('says durations in Finnish', async () => {
    const {root} = await showNotice(noticeDoc(uniqueId()), {lang: 'fi'});
    const durations = [...root.querySelectorAll('tbody td:nth-of-type(2)')].map(text);
    expect(durations).to.deep.equal(['istunto', '1 vuosi', '2 vuotta', '2 vuotta', '1 päivä', '13 kuukautta']);
    expect(text(root.querySelector('[data-category="necessary"] tbody td'))).to.equal('Eväste');
    expect(text(root.querySelector('.cookie-panel-heading'))).to.equal('Evästeet ja vastaavat tekniikat');
  });

  it('says durations in Swedish', async () => {
    const {root} = await showNotice(noticeDoc(uniqueId()), {lang: 'sv'});
    const durations = [...root.querySelectorAll('tbody td:nth-of-type(2)')].map(text);
    expect(durations).to.deep.equal(['session', '1 år', '2 år', '2 år', '1 dygn', '13 månader']);
  });

  it('formats durations the same way in the browser as the unit tests expect', () => {
    expect(formatDuration('P2Y', 'fi')).to.equal('2 vuotta');
    expect(formatDuration('P13M', 'en')).to.equal('13 months');
    expect(formatDuration('P2Y', 'sv')).to.equal('2 år');
  });

  it('is hidden by no-cookies', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice no-cookies .notice=${noticeDoc(uniqueId())}></privacy-notice>`);
    const {waitUntil} = await import('@open-wc/testing');
    await waitUntil(() => el.shadowRoot?.querySelector('.section'), 'notice did not render');
    expect(el.shadowRoot!.querySelector('.cookie-panel')).to.equal(null);
  });

  it('stacks table rows on a narrow element and keeps a table on a wide one', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('privacy-notice');
    el.setAttribute('lang', 'en');
    el.notice = noticeDoc(uniqueId());
    wrap.append(el);
    const root = await panelOf(el);
    const cell = root.querySelector('[data-service="google-analytics"] tbody td')!;
    expect(getComputedStyle(cell).display).to.equal('block');
    expect(getComputedStyle(cell, '::before').content).to.contain('Type');
    const head = root.querySelector('[data-service="google-analytics"] thead')!;
    expect(head.getBoundingClientRect().width).to.be.at.most(1);
    // Nothing sticks out sideways.
    const panel = root.querySelector('.cookie-panel')!;
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);

    wrap.style.width = '900px';
    await new Promise(requestAnimationFrame);
    expect(getComputedStyle(cell).display).to.equal('table-cell');
    expect(getComputedStyle(cell, '::before').content).to.equal('none');
  });

  it('passes axe in Finnish and in English, also when narrow', async () => {
    const fi = await showNotice(noticeDoc(uniqueId()), {lang: 'fi'});
    await expect(fi.el).to.be.accessible();
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('privacy-notice');
    el.setAttribute('lang', 'en');
    el.notice = noticeDoc(uniqueId());
    wrap.append(el);
    await panelOf(el);
    await expect(el).to.be.accessible();
  });
});
