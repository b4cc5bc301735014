/** The notice as a whole: title, id, dates, languages, summary, introduction. */
import {html} from 'lit';
import {canonicalLanguageTag} from '../../document/language.js';
import {msg, str} from '../../localization.js';
import {addLanguage, removeLanguage, without} from '../edit.js';
import {languageName} from '../locale.js';
import type {EditorContext} from './context.js';
import {findingsList, localizedField, plainField} from './fields.js';

export function documentView(ctx: EditorContext) {
  const {notice} = ctx;
  const addLang = (form: HTMLFormElement) => {
    const input = form.querySelector<HTMLInputElement>('input')!;
    const tag = input.value.trim();
    const canonical = canonicalLanguageTag(tag);
    if (!canonical) return ctx.announce(msg(str`"${tag}" is not a language tag such as "sv" or "en"`, {id: 'editor-language-invalid'}));
    ctx.replace(addLanguage(notice, canonical));
    ctx.announce(msg(str`Added ${languageName(canonical)}`, {id: 'editor-language-added'}));
    input.value = '';
  };
  return html`<section class="part" aria-labelledby="part-document">
    <h2 id="part-document">${msg('The notice', {id: 'editor-part-document'})}</h2>
    <div class="field" data-path="languages">
      <h3>${msg('Languages', {id: 'editor-languages'})}</h3>
      <p class="hint">${msg('The first is the original; the others are translations. Each text field shows every language side by side.', {id: 'editor-languages-hint'})}</p>
      <ul class="language-list">
        ${notice.languages.map(
          (lang, i) => html`<li>
            ${languageName(lang)}${i === 0 ? html` <span class="badge">${msg('original', {id: 'editor-original'})}</span>` : ''}
            ${i > 0 ? html`<button type="button" class="small" @click=${() => ctx.replace(removeLanguage(notice, lang))}>${msg(str`Remove ${languageName(lang)}`, {id: 'editor-language-remove'})}</button>` : ''}
          </li>`
        )}
      </ul>
      <form class="inline" @submit=${(e: SubmitEvent) => (e.preventDefault(), addLang(e.target as HTMLFormElement))}>
        <label>${msg('Add a language (tag such as sv or en)', {id: 'editor-language-add-label'})} <input name="lang" size="8" autocomplete="off" /></label>
        <button type="submit">${msg('Add language', {id: 'editor-language-add'})}</button>
      </form>
      ${findingsList(ctx, 'languages')}
    </div>
    ${localizedField(ctx, ['title'], msg('Title', {id: 'editor-title'}), {required: true})}
    <div class="row">
      ${plainField(ctx, ['id'], msg('Identifier (a-z, 0-9, -)', {id: 'editor-id'}), {required: true})}
      ${plainField(ctx, ['updated'], msg('Last updated', {id: 'editor-updated'}), {type: 'date'})}
      ${plainField(ctx, ['effective'], msg('In effect from', {id: 'editor-effective'}), {type: 'date'})}
      ${plainField(ctx, ['version'], msg('Version', {id: 'editor-version'}))}
    </div>
    ${localizedField(ctx, ['summary'], msg('Summary (the first layer: who, why, your rights)', {id: 'editor-summary'}), {rich: true})}
    ${localizedField(ctx, ['introduction'], msg('Introduction (before the first section)', {id: 'editor-introduction'}), {rich: true})}
    ${legalReferencesView(ctx)}
    ${findingsList(ctx, '')}
  </section>`;
}

/** The laws the notice is given under ("EU:n yleinen tietosuoja-asetus (2016/679)"), each in every language. */
function legalReferencesView(ctx: EditorContext) {
  const refs = ctx.notice.legalReferences ?? [];
  return html`<div class="field legal-references" data-path="legalReferences">
    <h3>${msg('Legal references', {id: 'editor-legal-references'})}</h3>
    <p class="hint">${msg('The laws the notice is given under, e.g. the GDPR (2016/679) and the national data protection act.', {id: 'editor-legal-references-hint'})}</p>
    ${refs.map(
      (_, i) => html`<div class="card legal-reference">
        ${localizedField(ctx, ['legalReferences', i], msg(str`Law or regulation ${i + 1}`, {id: 'editor-legal-reference-n'}), {required: true})}
        <button type="button" class="small danger remove-reference" @click=${() => ctx.set(['legalReferences'], without(refs, i).length ? without(refs, i) : undefined)}>${msg(str`Remove reference ${i + 1}`, {id: 'editor-legal-reference-remove'})}</button>
      </div>`
    )}
    ${findingsList(ctx, 'legalReferences')}
    <button type="button" class="small add-reference" @click=${() => (ctx.set(['legalReferences'], [...refs, '']), ctx.focusAfter(`[data-path="legalReferences[${refs.length}]"] input`))}>${msg('Add a legal reference', {id: 'editor-legal-reference-add'})}</button>
  </div>`;
}
