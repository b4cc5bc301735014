/** Each seed notice pasted into the editor becomes a valid document that renders. */
import {expect} from '@open-wc/testing';
import {validateNotice} from '../../src/document/validate.js';
import {$, $$, editor, importText, preview, seed, seeds} from './editor-helpers.js';

describe('editor: import by paste', () => {
  it('finds the seeds', async () => {
    expect((await seeds()).length).to.be.greaterThan(3);
  });

  for (const name of ['000', '001', '002', '003', '004']) {
    it(`seed ${name}: pasted, imported, valid, rendered in the preview, with the report`, async () => {
      const file = (await seeds()).find((n) => n.startsWith(name));
      if (!file) return;
      const el = await editor(`import-${name}`);
      await importText(el, await seed(file));
      expect(el.session.error, el.session.error).to.equal(undefined);
      const notice = el.notice!;
      expect(validateNotice(notice).ok).to.equal(true);
      const shown = await preview(el);
      expect(shown.status).to.equal('ready');
      expect(shown.shadowRoot!.querySelectorAll('.section-button').length).to.be.at.least(notice.sections.length);
      const report = $(el, 'details.report');
      expect(report.textContent).to.match(/Kinds found[\s\S]*Facts found[\s\S]*Left out as page chrome/);
      // Every section is in the editor, with its body in a rich-text field.
      expect($$(el, 'li.section').length).to.equal(notice.sections.length);
      expect($$(el, 'li.section pn-rich-text').length).to.be.at.least(notice.sections.length);
    });
  }

  it('says why when the text is not a notice', async () => {
    const el = await editor('import-bad');
    await importText(el, 'Tervetuloa kauppaan! Tarjoukset joka viikko.');
    expect(el.notice).to.equal(undefined);
    expect($(el, '[role="alert"]').textContent).to.contain('Could not import');
  });
});
