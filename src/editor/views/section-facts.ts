/** A section's structured facts: purposes with their legal bases, and retention. */
import {html} from 'lit';
import {LEGAL_BASES, type NoticeSection} from '../../document/schema.js';
import {msg, str} from '../../localization.js';
import {legalBasisLabel} from '../../views/labels.js';
import {without} from '../edit.js';
import type {EditorContext} from './context.js';
import {findingsList, localizedField, plainField} from './fields.js';

export function sectionFacts(ctx: EditorContext, section: NoticeSection, i: number) {
  const purposes = section.purposes ?? [];
  const retention = section.retention ?? [];
  const base = ['sections', i] as const;
  return html`<details class="facts">
    <summary>${msg(str`Purposes (${purposes.length}) and retention periods (${retention.length})`, {id: 'editor-facts'})}</summary>
    ${purposes.map(
      (purpose, j) => html`<fieldset class="card" data-path="sections[${i}].purposes[${j}]">
        <legend>${msg(str`Purpose ${j + 1}`, {id: 'editor-purpose-n'})}</legend>
        ${localizedField(ctx, [...base, 'purposes', j, 'purpose'], msg('Purpose', {id: 'editor-purpose'}), {required: true})}
        <fieldset class="bases" data-path="sections[${i}].purposes[${j}].legalBasis">
          <legend>${msg('Legal basis (GDPR Art. 6(1))', {id: 'editor-legal-basis'})}</legend>
          ${LEGAL_BASES.map(
            (basis) =>
              html`<label class="check"><input type="checkbox" .checked=${purpose.legalBasis?.includes(basis) ?? false} @change=${(
                e: Event
              ) => {
                const on = (e.target as HTMLInputElement).checked;
                const next = LEGAL_BASES.filter((b) => (b === basis ? on : purpose.legalBasis?.includes(b)));
                ctx.set([...base, 'purposes', j, 'legalBasis'], next.length ? next : undefined);
              }} /> ${legalBasisLabel(basis)} (${basis.replace('A6-1-', '6(1)(') + ')'})</label>`
          )}
        </fieldset>
        ${purpose.legalBasis?.includes('A6-1-f') ? localizedField(ctx, [...base, 'purposes', j, 'legitimateInterest'], msg('The legitimate interest', {id: 'editor-legitimate-interest'})) : ''}
        ${findingsList(ctx, `sections[${i}].purposes[${j}]`)}
        <button type="button" class="small danger" @click=${() => ctx.set([...base, 'purposes'], without(purposes, j).length ? without(purposes, j) : undefined)}>${msg(str`Remove purpose ${j + 1}`, {id: 'editor-purpose-remove'})}</button>
      </fieldset>`
    )}
    <button type="button" class="small" @click=${() => ctx.set([...base, 'purposes'], [...purposes, {purpose: ''}])}>${msg('Add a purpose', {id: 'editor-purpose-add'})}</button>
    ${retention.map(
      (_, j) => html`<fieldset class="card" data-path="sections[${i}].retention[${j}]">
        <legend>${msg(str`Retention period ${j + 1}`, {id: 'editor-retention-n'})}</legend>
        ${localizedField(ctx, [...base, 'retention', j, 'data'], msg('Which data', {id: 'editor-retention-data'}))}
        ${plainField(ctx, [...base, 'retention', j, 'duration'], msg('Period (ISO 8601, e.g. P2Y = two years, P6M = six months)', {id: 'editor-retention-duration'}))}
        ${localizedField(ctx, [...base, 'retention', j, 'criteria'], msg('Or: what decides the period', {id: 'editor-retention-criteria'}), {rich: true})}
        ${findingsList(ctx, `sections[${i}].retention[${j}]`)}
        <button type="button" class="small danger" @click=${() => ctx.set([...base, 'retention'], without(retention, j).length ? without(retention, j) : undefined)}>${msg(str`Remove retention period ${j + 1}`, {id: 'editor-retention-remove'})}</button>
      </fieldset>`
    )}
    <button type="button" class="small" @click=${() => ctx.set([...base, 'retention'], [...retention, {}])}>${msg('Add a retention period', {id: 'editor-retention-add'})}</button>
  </details>`;
}
