/**
 * The editor's pure parts, in the browser they run in: templates, the cookie
 * catalogue, languages, the diff and the embed code.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {checkNotice} from '../../src/document/check.js';
import {validateNotice} from '../../src/document/validate.js';
import {CATALOGUE, serviceFromCatalogue} from '../../src/editor/catalogue/index.js';
import {diffNotices} from '../../src/editor/diff.js';
import {addLanguage, eachLocalized, move, removeLanguage, setIn} from '../../src/editor/edit.js';
import {embedInline, noticeJson} from '../../src/editor/embed.js';
import {TEMPLATES} from '../../src/editor/templates/index.js';
import {missingByLanguage, unfilledPaths, withText} from '../../src/editor/text.js';
import '../../src/define.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';

describe('editor logic', () => {
  for (const [id, make] of Object.entries(TEMPLATES)) {
    it(`template ${id}: valid, every place to fill flagged, no fact invented`, () => {
      const notice = make();
      expect(validateNotice(notice).ok).to.equal(true);
      const unfilled = unfilledPaths(notice, notice.languages).map((u) => u.path);
      expect(unfilled).to.include('controller.name');
      // No email, phone or address of anyone: those are for the author to give.
      expect(JSON.stringify(notice)).not.to.match(/@|\+358|\b0\d{1,2} \d{3}/);
      expect(checkNotice(notice).valid).to.equal(true);
    });
  }

  it('every catalogue entry makes a valid service, with its source', () => {
    const base = TEMPLATES['customer-register']();
    for (const entry of CATALOGUE) {
      const service = serviceFromCatalogue(entry, ['fi', 'en', 'de']);
      expect(entry.source, entry.id).to.match(/^https:\/\//);
      expect(Object.keys(service.purpose as object), entry.id).to.deep.equal(['fi', 'en']); // no German invented
      const result = validateNotice({...base, cookies: {services: [service]}});
      expect(result.ok, `${entry.id}: ${JSON.stringify(result.errors)}`).to.equal(true);
    }
    expect(CATALOGUE.map((e) => e.name)).to.include.members([
      'Google Analytics 4',
      'Google Tag Manager',
      'Google Ads',
      'Meta Pixel',
      'Matomo',
      'Hotjar',
      'Microsoft Clarity',
      'YouTube',
      'Vimeo',
      'HubSpot',
      'Mailchimp',
    ]);
  });

  it('adding a language invents no text; removing it removes only its texts', () => {
    const one = {
      schemaVersion: 1 as const,
      id: 'a',
      languages: ['fi'],
      title: 'Otsikko',
      controller: {name: 'Oy'},
      sections: [{id: 's', kind: 'other' as const, body: '<p>Teksti</p>'}],
    };
    const two = addLanguage(one, 'sv');
    expect(two).to.deep.equal({...one, languages: ['fi', 'sv']});
    expect(validateNotice(two).ok).to.equal(true);
    const counts = missingByLanguage(two, (visit) => eachLocalized(two, visit));
    expect(counts.get('sv')).to.equal(2); // title and body; the controller's name counts for every language
    const translated = setIn(two, ['title'], withText(two.title, 'sv', 'Rubrik', two.languages));
    expect(removeLanguage(translated, 'sv').title).to.deep.equal({fi: 'Otsikko'});
    expect(removeLanguage(translated, 'fi')).to.equal(translated); // never the original
  });

  it('the diff is readable and matches sections by id', () => {
    const before = TEMPLATES['member-register']();
    const after = {
      ...setIn(before, ['sections', 0, 'title', 'en'], 'Register'),
      sections: move(setIn(before, ['sections', 0, 'title', 'en'], 'Register').sections, 0, 2),
    };
    const changes = diffNotices(before, after);
    expect(changes).to.deep.include({
      type: 'changed',
      where: 'sections › register-name › title (en)',
      before: 'Name of the register',
      after: 'Register',
    });
    expect(changes.filter((c) => c.type === 'moved')).to.have.length(1);
    expect(changes).to.have.length(2);
  });

  it('the inline embed code shows the notice, even with "</script>" in its text', async () => {
    const notice = setIn(TEMPLATES['web-shop'](), ['sections', 0, 'title', 'fi'], 'Kohta </script><script>alert(1)</script>');
    const code = embedInline(notice);
    expect(code.match(/<\/script>/g)).to.have.length(2); // the loader's and the JSON's own
    const box = await fixture(html`<div></div>`);
    const template = document.createElement('template');
    // The embed's element and its JSON, as a page's HTML parser would read them (the loader script aside).
    template.setHTMLUnsafe?.(code.slice(code.indexOf('<privacy-notice')));
    box.append(template.content);
    const el = box.querySelector<PrivacyNoticeElement>('privacy-notice')!;
    await waitUntil(() => el.status === 'ready' || el.status === 'error', 'not rendered');
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.textContent).to.contain('Kohta </script><script>alert(1)</script>');
    expect(JSON.parse(noticeJson(notice)).$schema).to.match(/schema\.json$/);
  });
});
