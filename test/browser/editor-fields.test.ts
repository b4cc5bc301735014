/**
 * The parts of the format edited since the first editor: further emails and
 * phones with their labels (in every language side by side), the
 * representative, legal references, a contact's address, a cookie's
 * description. Each lands in the document, is checked where it is, and shows
 * in the preview.
 */
import {expect} from '@open-wc/testing';
import {validateNotice} from '../../src/document/validate.js';
import type {NoticeEditorElement} from '../../src/editor/notice-editor.js';
import {$, $$, editor, field, importText, preview, seed, seeds, type} from './editor-helpers.js';

/** Types into a field and lets the editor re-render, as between a person's keystrokes. */
const enter = async (el: NoticeEditorElement, input: HTMLInputElement, value: string) => {
  type(input, value);
  await el.updateComplete;
};
const click = async (el: NoticeEditorElement, selector: string) => {
  $<HTMLButtonElement>(el, selector).click();
  await el.updateComplete;
};
/** The plain input of the field at `path`. */
const plain = (el: NoticeEditorElement, path: string) => $<HTMLInputElement>(el, `.field.plain[data-path="${path}"] input`);
const findingsAt = (el: NoticeEditorElement, path: string) =>
  $$(el, `[data-path="${path}"] > .findings li`).map((li) => li.textContent ?? '');

async function opened(name: string) {
  const el = await editor(name);
  await importText(el, await seed((await seeds()).find((n) => n.startsWith('001'))!));
  const form = $<HTMLFormElement>(el, '[data-path="languages"] form');
  type(form.querySelector('input')!, 'en');
  form.requestSubmit();
  await el.updateComplete;
  return el;
}

describe('editor: everything the format holds', () => {
  it("the controller's further emails and phones, each labelled in every language; rows added and removed; findings at the row", async () => {
    const el = await opened('fields-reach');
    const fi = el.notice!.languages[0];
    await click(el, '[data-path="controller.emails"] > button.add-email');
    // Focus goes to the new row.
    expect(el.shadowRoot!.activeElement).to.equal(plain(el, 'controller.emails[0].address'));
    await enter(el, plain(el, 'controller.emails[0].address'), 'laskutus@prosist');
    // A malformed address is an error, shown at the row's field.
    expect(findingsAt(el, 'controller.emails[0].address').join()).to.match(/^Error: .*email/);
    await enter(el, plain(el, 'controller.emails[0].address'), 'laskutus@prosist.fi');
    await enter(el, field(el, 'controller.emails[0].label', fi), 'laskutus');
    await enter(el, field(el, 'controller.emails[0].label', 'en'), 'invoicing');
    await el.updateComplete;
    expect(findingsAt(el, 'controller.emails[0].address')).to.deep.equal([]);
    await click(el, '[data-path="controller.phones"] > button.add-phone');
    await enter(el, plain(el, 'controller.phones[0].number'), '+358 2 123 4567');
    await enter(el, field(el, 'controller.phones[0].label', fi), 'vaihde');
    await el.updateComplete;
    expect(el.notice!.controller.emails).to.deep.equal([{address: 'laskutus@prosist.fi', label: {[fi]: 'laskutus', en: 'invoicing'}}]);
    expect(el.notice!.controller.phones).to.deep.equal([{number: '+358 2 123 4567', label: {[fi]: 'vaihde'}}]);
    // The English label of the phone is missing: marked at its field.
    expect($(el, '[data-path="controller.phones[0].label"] .language.is-missing input')?.dataset.lang).to.equal('en');
    expect(validateNotice(el.notice!).ok).to.equal(true);
    const shown = await preview(el);
    expect(shown.shadowRoot!.textContent).to.contain('laskutus@prosist.fi');
    // Removed again: the list goes with its last row.
    await click(el, 'button.remove-email');
    await click(el, 'button.remove-phone');
    expect(el.notice!.controller.emails).to.equal(undefined);
    expect(el.notice!.controller.phones).to.equal(undefined);
  });

  it("the representative, a contact's address and phones, legal references", async () => {
    const el = await opened('fields-more');
    const fi = el.notice!.languages[0];
    await click(el, 'button.add-representative');
    await enter(el, field(el, 'controller.representative.name', fi), 'EU Rep Oy');
    await enter(el, plain(el, 'controller.representative.email'), 'rep@example.eu');
    await enter(el, field(el, 'controller.representative.address.street', fi), 'Esimerkkikatu 1');
    await el.updateComplete;
    expect(el.notice!.controller.representative).to.deep.equal({
      name: {[fi]: 'EU Rep Oy'},
      email: 'rep@example.eu',
      address: {street: {[fi]: 'Esimerkkikatu 1'}},
    });

    await click(el, 'button.add-contact');
    const i = el.notice!.contacts!.length - 1;
    await enter(el, field(el, `contacts[${i}].address.street`, fi), 'Haapatie 2 B 7');
    await enter(el, plain(el, `contacts[${i}].address.postalCode`), '28400');
    await enter(el, field(el, `contacts[${i}].address.locality`, fi), 'Ulvila');
    await el.updateComplete;
    await click(el, `[data-path="contacts[${i}].phones"] > button.add-phone`);
    await enter(el, plain(el, `contacts[${i}].phones[0].number`), '+358 44 270 8139');
    await el.updateComplete;
    expect(el.notice!.contacts![i].address).to.deep.equal({
      street: {[fi]: 'Haapatie 2 B 7'},
      postalCode: '28400',
      locality: {[fi]: 'Ulvila'},
    });
    expect(el.notice!.contacts![i].phones).to.deep.equal([{number: '+358 44 270 8139'}]);

    const refsBefore = el.notice!.legalReferences ?? [];
    await click(el, 'button.add-reference');
    const n = refsBefore.length;
    await enter(el, field(el, `legalReferences[${n}]`, fi), 'Tietosuojalaki (1050/2018)');
    await enter(el, field(el, `legalReferences[${n}]`, 'en'), 'Data Protection Act (1050/2018)');
    await el.updateComplete;
    expect(el.notice!.legalReferences![n]).to.deep.equal({[fi]: 'Tietosuojalaki (1050/2018)', en: 'Data Protection Act (1050/2018)'});
    expect(validateNotice(el.notice!).ok).to.equal(true);
    const shown = await preview(el);
    expect(shown.shadowRoot!.textContent).to.contain('EU Rep Oy');
    $$<HTMLButtonElement>(el, 'button.remove-reference')[n].click();
    await el.updateComplete;
    expect(el.notice!.legalReferences?.length ?? 0).to.equal(n);
    await click(el, 'button.remove-representative');
    expect(el.notice!.controller.representative).to.equal(undefined);
  });

  it("a cookie's description, in every language", async () => {
    const el = await opened('fields-cookie');
    const fi = el.notice!.languages[0];
    const catalogue = $<HTMLSelectElement>(el, 'select.catalogue');
    catalogue.value = 'google-analytics';
    catalogue.closest('form')!.requestSubmit();
    await el.updateComplete;
    const i = el.notice!.cookies!.services.length - 1;
    expect(el.notice!.cookies!.services[i].name).to.equal('Google Analytics 4');
    const details = $<HTMLDetailsElement>(el, `[data-path="cookies.services[${i}]"] details.item-descriptions`);
    expect(details.querySelector('summary')!.textContent).to.match(/0 of [1-9]/);
    const write = (lang: string, value: string) =>
      details
        .querySelector(`[data-path="cookies.services[${i}].items[0].description"] pn-rich-text[data-lang="${lang}"]`)!
        .dispatchEvent(Object.assign(new Event('rich-text-input'), {value}));
    write(fi, '<p>Erottaa kävijät toisistaan.</p>');
    await el.updateComplete;
    write('en', '<p>Tells visitors apart.</p>');
    await el.updateComplete;
    expect(el.notice!.cookies!.services[i].items[0].description).to.deep.equal({
      [fi]: '<p>Erottaa kävijät toisistaan.</p>',
      en: '<p>Tells visitors apart.</p>',
    });
    expect(details.querySelector('summary')!.textContent).to.match(/1 of [1-9]/);
    expect(validateNotice(el.notice!).ok).to.equal(true);
  });
});
