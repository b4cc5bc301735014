/** The work in progress is saved on every change, survives a reload, and one button clears it. */
import {expect} from '@open-wc/testing';
import {$, $$, editor, field, type} from './editor-helpers.js';

describe('editor: autosave', () => {
  it('keeps every change and reopens the last notice after a reload', async () => {
    const first = await editor('autosave');
    $<HTMLButtonElement>(first, 'button.template[data-template="web-shop"]').click();
    await first.updateComplete;
    type(field(first, 'controller.name', 'fi'), 'Kauppa Oy');
    await first.updateComplete;
    first.remove();

    // A new page: a new element on the same storage.
    const again = await editor('autosave', true);
    expect(again.notice?.controller.name).to.deep.equal({fi: 'Kauppa Oy', en: '[Company name]'});
    expect(field(again, 'controller.name', 'fi').value).to.equal('Kauppa Oy');
    expect($(again, '.save-state').textContent).to.contain('Saved');
  });

  it('keeps several notices, and opens each', async () => {
    const el = await editor('autosave-many');
    $<HTMLButtonElement>(el, 'button.template[data-template="web-shop"]').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.new').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.template[data-template="member-register"]').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.new').click();
    await el.updateComplete;
    const stored = $$<HTMLButtonElement>(el, '.stored button.open');
    expect(stored.map((b) => b.textContent!.trim())).to.deep.equal([
      'Tietosuojaseloste – jäsenrekisteri',
      'Tietosuojaseloste – verkkokauppa',
    ]);
    stored[1].click();
    await el.updateComplete;
    expect(el.notice!.id).to.equal('web-shop');
  });

  it('one button clears everything stored, after asking', async () => {
    const el = await editor('autosave-clear');
    $<HTMLButtonElement>(el, 'button.template[data-template="web-shop"]').click();
    await el.updateComplete;
    localStorage.setItem('someone-else', 'kept');
    $<HTMLButtonElement>(el, 'button.clear').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.clear-yes').click();
    await el.updateComplete;
    expect(Object.keys(localStorage).filter((k) => k.startsWith('autosave-clear:'))).to.deep.equal([]);
    expect(localStorage.getItem('someone-else')).to.equal('kept');
    expect(el.notice).to.equal(undefined);
    localStorage.removeItem('someone-else');
  });
});
