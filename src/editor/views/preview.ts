/** The real <privacy-notice>, given the document as its `notice` property. */
import {html} from 'lit';
import type {NoticeDocument} from '../../document/schema.js';
import {msg} from '../../localization.js';
import {languageName} from '../locale.js';

export interface PreviewOptions {
  notice: NoticeDocument;
  lang: string;
  width: 'phone' | 'desktop';
  theme: 'light' | 'dark';
  set(change: Partial<{lang: string; width: 'phone' | 'desktop'; theme: 'light' | 'dark'}>): void;
}

export function previewView(o: PreviewOptions) {
  const radio = <T extends string>(name: string, value: T, current: T, label: string, set: (v: T) => void) =>
    html`<label class="check"><input type="radio" name=${name} .checked=${value === current} @change=${() => set(value)} /> ${label}</label>`;
  return html`<section class="preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${msg('Preview', {id: 'editor-preview'})}</h2>
    <div class="preview-controls">
      <label>${msg('Language', {id: 'editor-preview-language'})}
        <select class="preview-lang" @change=${(e: Event) => o.set({lang: (e.target as HTMLSelectElement).value})}>
          ${o.notice.languages.map((lang) => html`<option value=${lang} ?selected=${lang === o.lang}>${languageName(lang)}</option>`)}
        </select>
      </label>
      <fieldset class="inline-choices"><legend>${msg('Width', {id: 'editor-preview-width'})}</legend>
        ${radio('pw', 'phone', o.width, msg('Phone', {id: 'editor-preview-phone'}), (width) => o.set({width}))}
        ${radio('pw', 'desktop', o.width, msg('Desktop', {id: 'editor-preview-desktop'}), (width) => o.set({width}))}
      </fieldset>
      <fieldset class="inline-choices"><legend>${msg('Colours', {id: 'editor-preview-theme'})}</legend>
        ${radio('pt', 'light', o.theme, msg('Light', {id: 'editor-light'}), (theme) => o.set({theme}))}
        ${radio('pt', 'dark', o.theme, msg('Dark', {id: 'editor-dark'}), (theme) => o.set({theme}))}
      </fieldset>
    </div>
    <div class="frame ${o.width} ${o.theme}">
      <privacy-notice .notice=${o.notice} lang=${o.lang} theme=${o.theme} no-language-switcher heading-level="3"></privacy-notice>
    </div>
  </section>`;
}
