/** The site owner's audit: undeclared cookies and storage keys, named in the panel and the console. */
import {expect, waitUntil} from '@open-wc/testing';
import {clearConsent, click, noticeDoc, removeCookie, showNotice, switchOf, uniqueId} from './cookies-helpers.js';

const listed = (root: ShadowRoot) =>
  [...root.querySelectorAll('.audit-list li')].map((li) => `${li.getAttribute('data-type')}:${li.getAttribute('data-name')}`);

describe('cookie panel: audit', () => {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  const set = ['undeclared_test', '_ga', '_ga_TEST123', 'sid'];

  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    for (const name of set) document.cookie = `${name}=1; Path=/`;
    localStorage.setItem('stray-key', 'x');
    localStorage.setItem('lang', 'fi'); // declared as localStorage
    sessionStorage.setItem('stray-session', 'x');
  });

  afterEach(() => {
    console.warn = originalWarn;
    for (const name of set) removeCookie(name);
    localStorage.removeItem('stray-key');
    localStorage.removeItem('lang');
    sessionStorage.removeItem('stray-session');
    clearConsent();
  });

  it('lists what the page stores but the document does not declare, and ignores declared names', async () => {
    const {el, root} = await showNotice(noticeDoc(uniqueId()), {audit: true, lang: 'en'});
    await waitUntil(() => root.querySelector('.audit-list'), 'no audit list');
    const found = listed(root);
    expect(found).to.include('cookie:undeclared_test');
    expect(found).to.include('localStorage:stray-key');
    expect(found).to.include('sessionStorage:stray-session');
    // Declared: _ga exactly, _ga_TEST123 through "_ga_*", sid, lang (localStorage).
    for (const declared of ['cookie:_ga', 'cookie:_ga_TEST123', 'cookie:sid', 'localStorage:lang']) {
      expect(found).not.to.include(declared);
    }
    const warning = warnings.find((w) => w.includes('"undeclared_test"'));
    expect(warning).to.contain('not declared');
    expect(warning).to.contain('"type": "cookie"');
    await expect(el).to.be.accessible();
  });

  it('names our own consent cookie with a hint, and finds a cookie set later with "Check again"', async () => {
    const id = uniqueId();
    const {el, root} = await showNotice(noticeDoc(id), {audit: true});
    await click(el, switchOf(root, 'analytics'));
    await waitUntil(() => listed(root).includes(`cookie:privacy-consent-${id}`), 'own cookie not listed');
    expect(warnings.find((w) => w.includes(`privacy-consent-${id}`))).to.contain('necessary');

    document.cookie = 'late_cookie=1; Path=/';
    try {
      const recheck = [...root.querySelectorAll<HTMLButtonElement>('.cookie-audit button')].at(-1)!;
      await click(el, recheck);
      expect(listed(root)).to.include('cookie:late_cookie');
      // Each name is logged once, however often the audit runs.
      expect(warnings.filter((w) => w.includes('"undeclared_test"'))).to.have.length(1);
    } finally {
      removeCookie('late_cookie');
    }
  });

  it('shows no audit without the attribute', async () => {
    const {root} = await showNotice(noticeDoc(uniqueId()));
    expect(root.querySelector('.cookie-audit')).to.equal(null);
    expect(warnings.filter((w) => w.includes('privacy-notice audit'))).to.have.length(0);
  });
});
