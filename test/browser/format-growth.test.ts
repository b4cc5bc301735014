/**
 * What the grown notice format shows: the introduction, section numbers and
 * several kinds, default headings and placeholders, collision-proof ids,
 * several phones and emails, rights not granted, retention criteria, the
 * change history, and the "changed since your last visit" mark, which reads
 * and writes storage only with the visitor's consent to preference storage.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NoticeDocument} from '../../src/document/schema.js';
import type {PrivacyNoticeElement} from '../../src/privacy-notice.js';
import {seenKey} from '../../src/views/change-history.js';
import {clearConsent, services, switchOf, uniqueId} from './cookies-helpers.js';
import {$, $$, panel, sectionButton, sectionButtons, settled, text} from './element-helpers.js';

const LANGS = ['fi', 'sv', 'en'] as const;
type Lang = (typeof LANGS)[number];

function grownNotice(overrides: Partial<NoticeDocument> = {}): NoticeDocument {
  return {
    schemaVersion: 1,
    id: uniqueId(),
    languages: ['fi', 'sv', 'en'],
    title: {fi: 'Tietosuojaseloste – asiakasrekisteri', sv: 'Dataskyddsbeskrivning – kundregister', en: 'Privacy notice – customers'},
    summary: {fi: '<p>Lyhyesti.</p>', sv: '<p>Kort.</p>', en: '<p>In short.</p>'},
    introduction: {
      fi: '<p>Tässä selosteessa kerromme <strong>miten</strong> käsittelemme tietojasi.<img src=x onerror="window.pwned=1"></p><script>window.pwned=1</script>',
      sv: '<p>Här berättar vi hur vi behandlar dina uppgifter.</p>',
      en: '<p>This notice tells how we process your data.</p>',
    },
    controller: {
      name: 'Esimerkki Oy',
      phone: '09 123 4567',
      phones: [{number: '050 372 1690', label: {fi: 'arkisin 9–16', sv: 'vardagar 9–16', en: 'weekdays 9–16'}}],
      email: 'info@esimerkki.fi',
      emails: [{address: 'tieto+suoja@esimerkki.fi', label: {fi: 'tietosuoja-asiat', sv: 'dataskydd', en: 'privacy matters'}}],
    },
    sections: [
      {
        id: 'purposes',
        number: '1',
        kind: 'purposes',
        kinds: ['legal-basis'],
        body: {fi: '<p>Tarkoitukset.</p>', sv: '<p>Ändamål.</p>', en: '<p>Purposes.</p>'},
      },
      {
        id: 'data',
        number: '2',
        kind: 'data-categories',
        title: {fi: 'Rekisterin tietosisältö', sv: 'Registrets innehåll', en: 'Data in the register'},
        body: {fi: '<p>Nimi.</p>', sv: '<p>Namn.</p>', en: '<p>Name.</p>'},
      },
      {id: 'extra', kind: 'other', body: {fi: '<p>Muuta.</p>', sv: '<p>Övrigt.</p>', en: '<p>Other.</p>'}},
      {
        id: 'retention',
        number: '4',
        kind: 'retention',
        body: {fi: '<p>Säilytys.</p>', sv: '<p>Lagring.</p>', en: '<p>Retention.</p>'},
        retention: [
          {
            data: {fi: 'Asiakastiedot', sv: 'Kunduppgifter', en: 'Customer data'},
            criteria: {
              fi: '<p>Kunnes asiakkuus päättyy.</p>',
              sv: '<p>Tills kundförhållandet upphör.</p>',
              en: '<p>Until the customer relationship ends.</p>',
            },
          },
        ],
      },
      {id: 'rights', number: '5', kind: 'rights', body: {fi: '<p>Oikeudet.</p>', sv: '<p>Rättigheter.</p>', en: '<p>Rights.</p>'}},
    ],
    rights: [
      {type: 'access'},
      {
        type: 'portability',
        offered: false,
        text: {
          fi: '<p>Käsittely ei perustu sopimukseen.</p>',
          sv: '<p>Behandlingen grundar sig inte på avtal.</p>',
          en: '<p>Processing is not based on a contract.</p>',
        },
      },
      {type: 'erasure'},
    ],
    changes: [
      {
        date: '2024-01-15',
        version: '1.0',
        summary: {fi: '<p>Ensimmäinen versio.</p>', sv: '<p>Första versionen.</p>', en: '<p>First version.</p>'},
      },
      {
        date: '2025-03-01',
        version: '1.1',
        summary: {fi: '<p>Lisätty <em>säilytysajat</em>.</p>', sv: '<p>Lagringstider tillagda.</p>', en: '<p>Added retention periods.</p>'},
      },
    ],
    ...overrides,
  } as NoticeDocument;
}

async function show(notice: unknown, lang: Lang = 'fi', attributes: {cookies?: boolean} = {}) {
  const el = await fixture<PrivacyNoticeElement>(
    attributes.cookies
      ? html`<privacy-notice lang=${lang} no-form .notice=${notice}></privacy-notice>`
      : html`<privacy-notice lang=${lang} no-form no-cookies .notice=${notice}></privacy-notice>`
  );
  await settled(el);
  expect(el.status).to.equal('ready');
  return el;
}

const headings = (el: Element) => sectionButtons(el).map((button) => text(button));

describe('the grown notice format', () => {
  it('shows the introduction, sanitised, after the summary and before the sections', async () => {
    const el = await show(grownNotice());
    const intro = $(el, '.introduction')!;
    expect(text(intro)).to.equal('Tässä selosteessa kerromme miten käsittelemme tietojasi.');
    expect(intro.querySelector('strong')).to.exist;
    expect(intro.querySelector('script, img[onerror], [onerror]')).to.equal(null);
    expect((window as {pwned?: number}).pwned).to.equal(undefined);
    const order = (selector: string) => [...el.shadowRoot!.querySelectorAll('*')].indexOf($(el, selector)!);
    expect(order('.summary')).to.be.below(order('.introduction'));
    expect(order('.introduction')).to.be.below(order('.sections'));
    await expect(el).to.be.accessible();
  });

  it('numbers headings; ids and deep links stay the section ids', async () => {
    const el = await show(grownNotice());
    expect(headings(el)[1]).to.equal('2. Rekisterin tietosisältö');
    expect(sectionButton(el, 'data')).to.exist;
    await el.openSection('data');
    expect(sectionButton(el, 'data').getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el, 'data').hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('names untitled sections by their kinds, else "Section 3", in fi, sv and en', async () => {
    const expected: Record<Lang, string[]> = {
      fi: [
        '1. Miksi käsittelemme henkilötietoja ja käsittelyn oikeusperuste',
        'Kohta 3',
        '4. Kuinka kauan tietoja säilytetään',
        '5. Oikeutesi',
      ],
      sv: [
        '1. Varför vi behandlar personuppgifter och rättslig grund för behandlingen',
        'Avsnitt 3',
        '4. Hur länge uppgifterna sparas',
        '5. Dina rättigheter',
      ],
      en: ['1. Why we process personal data and legal basis for processing', 'Section 3', '4. How long data is kept', '5. Your rights'],
    };
    for (const lang of LANGS) {
      const el = await show(grownNotice(), lang);
      const shown = headings(el);
      expect([shown[0], shown[2], shown[3], shown[4]], lang).to.deep.equal(expected[lang]);
    }
    // A numbered section of kind "other" is called by its number.
    const el = await show(grownNotice({sections: [{id: 'x', number: '7', kind: 'other', body: 'Teksti.'}], rights: undefined}), 'fi');
    expect(headings(el)).to.deep.equal(['Kohta 7']);
  });

  it('shows a missing title as the interface\'s "Privacy notice" and no card for a missing controller', async () => {
    const titles: Record<Lang, string> = {fi: 'Tietosuojaseloste', sv: 'Dataskyddsbeskrivning', en: 'Privacy notice'};
    for (const lang of LANGS) {
      const notice = grownNotice({
        contacts: [{role: 'dpo', name: 'Tietosuojavastaava', email: 'dpo@esimerkki.fi'}],
      }) as Partial<NoticeDocument>;
      delete notice.title;
      delete (notice as {controller?: unknown}).controller;
      const el = await show(notice, lang);
      expect(text($(el, '#title')), lang).to.equal(titles[lang]);
      expect(text($(el, 'article'))).not.to.contain('Controller not named');
      expect($$(el, '.card'), lang).to.have.length(1);
      expect(text($(el, '.card'))).to.contain('dpo@esimerkki.fi');
      await expect(el).to.be.accessible();
    }
  });

  it('keeps button and panel ids apart whatever the section ids', async () => {
    const body = '<p>Teksti.</p>';
    const el = await show(
      grownNotice({
        sections: [
          {id: 'x', kind: 'other', title: 'X', body},
          {id: 'button-x', kind: 'other', title: 'Button X', body},
          {id: 'panel-x', kind: 'other', title: 'Panel X', body},
        ],
      })
    );
    const ids = $$(el, '[id]').map((node) => node.id);
    expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
    for (const button of sectionButtons(el)) {
      const controlled = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(controlled.classList.contains('section-body')).to.equal(true);
      expect(controlled.closest('.section')).to.equal(button.closest('.section'));
    }
    sectionButton(el, 'button-x').click();
    await el.updateComplete;
    expect(panel(el, 'button-x').hidden).to.equal(false);
    expect(panel(el, 'x').hidden).to.not.equal(false);
    await expect(el).to.be.accessible();
  });

  it('lists every phone and email of a card, each with its label and link', async () => {
    const el = await show(grownNotice());
    const card = $(el, '.card')!;
    const rows = [...card.querySelectorAll('.card-details > div')].map(
      (row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('dd'))}`
    );
    expect(rows).to.deep.equal([
      'Sähköposti: info@esimerkki.fi',
      'Sähköposti: tieto+suoja@esimerkki.fi — tietosuoja-asiat',
      'Puhelin: 09 123 4567',
      'Puhelin: 050 372 1690 — arkisin 9–16',
    ]);
    const hrefs = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['mailto:info@esimerkki.fi', 'mailto:tieto%2Bsuoja@esimerkki.fi', 'tel:091234567', 'tel:0503721690']);
    await expect(el).to.be.accessible();
  });

  it('shows a right not granted as such, and never offers it in the form', async () => {
    const labels: Record<Lang, string> = {
      fi: 'Ei myönnetä: Oikeus siirtää tiedot järjestelmästä toiseen',
      sv: 'Beviljas inte: Rätt till dataportabilitet',
      en: 'Not granted: Right to data portability',
    };
    for (const lang of LANGS) {
      const el = await show(grownNotice(), lang);
      const item = panel(el, 'rights').querySelector('.not-granted')!;
      expect(text(item.querySelector('.fact-name')), lang).to.equal(labels[lang]);
      expect(panel(el, 'rights').querySelectorAll('.facts li')).to.have.length(3);
    }
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice lang="en" no-cookies .notice=${grownNotice()}></privacy-notice>`);
    await settled(el);
    const types = $$<HTMLInputElement>(el, 'input[name="type"]').map((input) => input.value);
    expect(types).to.deep.equal(['access', 'erasure', 'other']);
    await el.openSection('rights');
    await expect(el).to.be.accessible();
  });

  it('shows retention criteria in the retention list', async () => {
    const el = await show(grownNotice(), 'sv');
    expect(text(panel(el, 'retention').querySelector('.facts'))).to.contain('Tills kundförhållandet upphör.');
  });

  it('lists the change history in a disclosure, newest first', async () => {
    const titles: Record<Lang, string> = {fi: 'Muutoshistoria', sv: 'Ändringshistorik', en: 'Change history'};
    const versions: Record<Lang, string> = {fi: 'Versio 1.1', sv: 'Version 1.1', en: 'Version 1.1'};
    for (const lang of LANGS) {
      const el = await show(grownNotice(), lang);
      const button = $<HTMLButtonElement>(el, '.history-button')!;
      expect(text(button), lang).to.equal(titles[lang]);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const body = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(body.getAttribute('hidden')).to.equal('until-found');
      await expect(el).to.be.accessible();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(body.hidden).to.equal(false);
      const items = [...body.querySelectorAll('li')];
      expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2025-03-01', '2024-01-15']);
      const dates = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(Date.UTC(2025, 2, 1)));
      expect(text(items[0].querySelector('.history-meta')), lang).to.equal(`${dates} ${versions[lang]}`);
      expect(text(items[1].querySelector('.rich')), lang).to.equal(
        {fi: 'Ensimmäinen versio.', sv: 'Första versionen.', en: 'First version.'}[lang]
      );
      if (lang === 'fi') expect(items[0].querySelector('.rich em')).to.exist;
      await expect(el).to.be.accessible();
    }
  });

  it('shows no change history for a document without changes', async () => {
    const el = await show(grownNotice({changes: undefined}));
    expect($(el, '.history')).to.equal(null);
  });
});

describe('"changed since your last visit"', () => {
  beforeEach(() => {
    clearConsent();
    for (const key of Object.keys(localStorage)) if (key.startsWith('privacy-notice-seen-')) localStorage.removeItem(key);
  });
  afterEach(() => clearConsent());

  const withCookies = (id: string, changes?: NoticeDocument['changes']) =>
    grownNotice({id, cookies: {services}, ...(changes && {changes})});
  const newer = [
    ...grownNotice().changes!,
    {
      date: '2025-09-01',
      version: '2.0',
      summary: {fi: '<p>Uusi vastaanottaja.</p>', sv: '<p>Ny mottagare.</p>', en: '<p>A new recipient.</p>'},
    },
  ];

  it('stores and reads nothing without consent to preference storage', async () => {
    const id = uniqueId();
    const getItem = Storage.prototype.getItem;
    const read: string[] = [];
    Storage.prototype.getItem = function (key: string) {
      read.push(key);
      return getItem.call(this, key);
    };
    try {
      await show(withCookies(id), 'fi', {cookies: true});
      localStorage.setItem(seenKey(id), '{"date":"2020-01-01","version":"0.1"}'); // an old visit, before consent was withdrawn
      read.length = 0;
      const el = await show(withCookies(id, newer), 'fi', {cookies: true});
      expect(read.filter((key) => key.startsWith('privacy-notice-seen-'))).to.deep.equal([]);
      expect($(el, '.changed-mark')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.getItem = getItem;
    }
    const el = await show(withCookies(uniqueId(), newer), 'en', {cookies: true});
    expect(Object.keys(localStorage).filter((key) => key.startsWith('privacy-notice-seen-'))).to.deep.equal([seenKey(id)]);
    expect($(el, '.changed-mark')).to.equal(null);
  });

  it('with consent: the first visit stores, a visit after a new change shows the mark', async () => {
    const id = uniqueId();
    // First visit: the visitor allows preference storage in the cookie panel.
    const first = await show(withCookies(id), 'fi', {cookies: true});
    expect(localStorage.getItem(seenKey(id))).to.equal(null);
    switchOf(first.shadowRoot!, 'preferences')!.click();
    await waitUntil(() => localStorage.getItem(seenKey(id)) !== null, 'nothing stored after consent');
    await first.updateComplete;
    expect($(first, '.changed-mark')).to.equal(null);
    first.remove();

    // Same notice again: no mark.
    const same = await show(withCookies(id), 'fi', {cookies: true});
    await same.updateComplete;
    expect($(same, '.changed-mark')).to.equal(null);
    same.remove();

    // A new changes[] entry since: the mark, in each language.
    const marks: Record<Lang, string> = {
      fi: 'Muuttunut edellisen käyntisi jälkeen',
      sv: 'Ändrad sedan ditt senaste besök',
      en: 'Changed since your last visit',
    };
    for (const lang of LANGS) {
      localStorage.setItem(seenKey(id), JSON.stringify({date: '2025-03-01', version: null}));
      const later = await show(withCookies(id, newer), lang, {cookies: true});
      await waitUntil(() => $(later, '.changed-mark'), 'no mark');
      expect(text($(later, '.changed-mark')), lang).to.equal(marks[lang]);
      expect(text($(later, '.history-list li .history-meta'))).to.contain('2.0');
      await expect(later).to.be.accessible();
      later.remove();
    }

    // Withdrawing the consent removes what was stored, and the mark.
    localStorage.setItem(seenKey(id), JSON.stringify({date: '2025-03-01', version: null}));
    const last = await show(withCookies(id, newer), 'fi', {cookies: true});
    await waitUntil(() => $(last, '.changed-mark'), 'no mark');
    switchOf(last.shadowRoot!, 'preferences')!.click();
    await waitUntil(() => localStorage.getItem(seenKey(id)) === null, 'still stored after withdrawal');
    await last.updateComplete;
    expect($(last, '.changed-mark')).to.equal(null);
  });
});
