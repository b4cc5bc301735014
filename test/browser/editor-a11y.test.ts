/** axe finds nothing in any state of the editor, in each interface language and at 360 px. */
import {expect, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {NoticeEditorElement} from '../../src/editor/notice-editor.js';
import {$, editor, importText, seed, seeds} from './editor-helpers.js';

const accessible = async (el: NoticeEditorElement) => {
  await el.updateComplete;
  await expect(el).to.be.accessible();
};

describe('editor: accessibility', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  it('start page, clear confirmation', async () => {
    const el = await editor('a11y-start');
    await accessible(el);
    $<HTMLButtonElement>(el, 'button.clear').click();
    await accessible(el);
  });

  it('editing an imported notice, with its report, and its publish part', async function () {
    this.timeout(20000);
    const el = await editor('a11y-import');
    await importText(el, await seed((await seeds())[1]));
    await accessible(el);
  });

  it('a template, in Finnish and in Swedish', async function () {
    this.timeout(40000); // axe over a whole notice, three times
    const el = await editor('a11y-template');
    $<HTMLButtonElement>(el, 'button.template[data-template="web-shop"]').click();
    await accessible(el);
    for (const locale of ['fi', 'sv']) {
      const select = $<HTMLSelectElement>(el, 'select.ui-locale');
      select.value = locale;
      select.dispatchEvent(new Event('change'));
      // The language's strings load first: wait for them, not for a fixed time.
      await waitUntil(() => el.lang === locale && $(el, 'h1').textContent !== 'Privacy notice editor', `no ${locale} interface`, {
        timeout: 10000,
      });
      await accessible(el);
      expect($(el, 'h1').textContent).not.to.equal('Privacy notice editor');
      expect(el.lang).to.equal(locale);
    }
  });

  it('at 360 px: the edit view and the preview view', async () => {
    await setViewport({width: 360, height: 740});
    const el = await editor('a11y-narrow');
    $<HTMLButtonElement>(el, 'button.template[data-template="member-register"]').click();
    await accessible(el);
    $<HTMLButtonElement>(el, 'button.show-preview').click();
    await accessible(el);
    expect(getComputedStyle($(el, '.editor-pane')).display).to.equal('none');
  });
});
