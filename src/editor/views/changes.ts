/** The version history, `changes[]`. */
import {html} from 'lit';
import {msg, str} from '../../localization.js';
import {without} from '../edit.js';
import type {EditorContext} from './context.js';
import {findingsList, localizedField, plainField} from './fields.js';

export const today = () => new Date().toISOString().slice(0, 10);

export function changesView(ctx: EditorContext) {
  const changes = ctx.notice.changes ?? [];
  return html`<section class="part" aria-labelledby="part-changes">
    <h2 id="part-changes">${msg('Change history', {id: 'editor-part-changes'})}</h2>
    <div data-path="changes">${findingsList(ctx, 'changes')}</div>
    ${changes.map(
      (_, i) => html`<fieldset class="card" data-path="changes[${i}]">
        <legend>${msg(str`Change ${i + 1}`, {id: 'editor-change-n'})}</legend>
        <div class="row">
          ${plainField(ctx, ['changes', i, 'date'], msg('Date', {id: 'editor-date'}), {type: 'date', required: true})}
          ${plainField(ctx, ['changes', i, 'version'], msg('Version', {id: 'editor-version'}))}
        </div>
        ${localizedField(ctx, ['changes', i, 'summary'], msg('What changed', {id: 'editor-change-summary'}), {rich: true, required: true})}
        <button type="button" class="small danger" @click=${() => ctx.set(['changes'], without(changes, i).length ? without(changes, i) : undefined)}>${msg(str`Remove change ${i + 1}`, {id: 'editor-change-remove'})}</button>
      </fieldset>`
    )}
    <button type="button" @click=${() => ctx.set(['changes'], [...changes, {date: today(), summary: ''}])}>${msg('Add a change', {id: 'editor-change-add'})}</button>
  </section>`;
}
