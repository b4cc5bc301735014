/** The body editor keeps to the format's HTML subset, whatever is pasted; files open. */
import {expect, waitUntil} from '@open-wc/testing';
import type {RichTextElement} from '../../src/editor/rich-text.js';
import {$, $$, editor} from './editor-helpers.js';

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
<!--StartFragment--><h2 style="color:red">Rekisterin tietosisältö</h2>
<p class=MsoNormal><span style='font-family:Calibri'>Nimi ja <b>sähköposti</b><o:p></o:p></span></p>
<div><img src=x onerror=alert(1)>Osoite <a href="javascript:alert(1)">tästä</a> ja <a href="https://example.fi/x">täältä</a></div>
<script>alert(1)</script><table><tr><td>a</td></tr></table><!--EndFragment--></body></html>`;

describe('editor: rich text', () => {
  it("cleans a paste from Word or a web page to the format's subset", async () => {
    const el = await editor('rich-paste');
    $<HTMLButtonElement>(el, 'button.template[data-template="customer-register"]').click();
    await el.updateComplete;
    const body = $<RichTextElement>(el, '[data-path="sections[1].body"] pn-rich-text[data-lang="fi"]');
    const area = body.shadowRoot!.querySelector<HTMLElement>('.area')!;
    area.focus();
    const range = document.createRange();
    range.selectNodeContents(area);
    range.collapse(false);
    const selection = (body.shadowRoot as ShadowRoot & {getSelection(): Selection}).getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const data = new DataTransfer();
    data.setData('text/html', WORD);
    data.setData('text/plain', 'Rekisterin tietosisältö');
    area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true, composed: true}));
    await el.updateComplete;
    const html = (el.notice!.sections[1].body as Record<string, string>).fi;
    expect(html).to.contain('<p><strong>Rekisterin tietosisältö</strong></p>');
    expect(html).to.contain('<b>sähköposti</b>');
    expect(html).to.contain('<a href="https://example.fi/x" rel="noopener noreferrer">täältä</a>');
    expect(html).to.contain('<table>');
    expect(html).not.to.match(/script|onerror|javascript:|style|class=|<img|<div|<span|<h2|o:p/i);
  });

  it('bold from the toolbar is kept as <b>, and the field reports it', async () => {
    const el = await editor('rich-bold');
    $<HTMLButtonElement>(el, 'button.template[data-template="member-register"]').click();
    await el.updateComplete;
    const body = $<RichTextElement>(el, '[data-path="sections[0].body"] pn-rich-text[data-lang="fi"]');
    const area = body.shadowRoot!.querySelector<HTMLElement>('.area')!;
    area.focus();
    const selection = (body.shadowRoot as ShadowRoot & {getSelection(): Selection}).getSelection();
    selection.selectAllChildren(area);
    body.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await el.updateComplete;
    expect((el.notice!.sections[0].body as Record<string, string>).fi).to.match(/<b>[^<]*Yhdistyksen nimi/);
  });

  it('opens a notice.json as it is', async () => {
    const el = await editor('rich-open');
    const notice = {
      schemaVersion: 1,
      id: 'x',
      languages: ['en'],
      title: 'T',
      controller: {name: 'C Oy'},
      sections: [{id: 'a', kind: 'purposes', body: '<p>Why.</p>'}],
    };
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(notice)], 'notice.json', {type: 'application/json'}));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => el.notice, 'not opened');
    expect(el.notice).to.deep.equal(notice);
    expect($$(el, 'li.section').length).to.equal(1);
  });
});
