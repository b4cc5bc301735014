/**
 * The sections: kind (with its GDPR article), number, title, body; reorder by
 * drag or by the Move up / Move down buttons; add and remove. Each card says
 * what GDPR asks of its kind and shows the findings about it.
 */
import {html, nothing} from 'lit';
import {SECTION_KINDS, type NoticeSection, type SectionKind} from '../../document/schema.js';
import {msg, str} from '../../localization.js';
import {sectionKindHeading} from '../../views/labels.js';
import {addSection, move, without} from '../edit.js';
import {KIND_ARTICLES, kindHelp} from '../help.js';
import {textIn} from '../text.js';
import type {EditorContext} from './context.js';
import {findingsList, localizedField, plainField} from './fields.js';
import {sectionFacts} from './section-facts.js';

/** "Purposes — Art. 13(1)(c)": a kind as the picker shows it. */
export const kindOption = (kind: SectionKind) =>
  KIND_ARTICLES[kind] ? `${sectionKindHeading(kind)} — ${KIND_ARTICLES[kind]}` : sectionKindHeading(kind);

/** A section's name for buttons and announcements. */
const sectionName = (ctx: EditorContext, section: NoticeSection, i: number) =>
  textIn(section.title, ctx.locale, ctx.languages[0]) ||
  textIn(section.title, ctx.languages[0], ctx.languages[0]) ||
  sectionKindHeading(section.kind) ||
  String(i + 1);

let dragged = -1;

export function sectionsView(ctx: EditorContext) {
  const {sections} = ctx.notice;
  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= sections.length) return;
    ctx.set(['sections'], move(sections, from, to));
    // Focus follows the section it moved, on the same button while it can be pressed.
    const [same, other] = to < from ? ['move-up', 'move-down'] : ['move-down', 'move-up'];
    ctx.focusAfter(`li[data-index="${to}"] .${same}`, `li[data-index="${to}"] .${other}`);
    ctx.announce(msg(str`Moved to position ${to + 1} of ${sections.length}`, {id: 'editor-moved'}));
  };
  return html`<section class="part" aria-labelledby="part-sections">
    <h2 id="part-sections">${msg('Sections', {id: 'editor-part-sections'})}</h2>
    <p class="hint">${msg('Drag a section by its handle, or use its Move up and Move down buttons.', {id: 'editor-sections-hint'})}</p>
    <div data-path="sections">${findingsList(ctx, 'sections')}</div>
    <ol class="sections">
      ${sections.map((section, i) => {
        const name = sectionName(ctx, section, i);
        return html`<li
          class="card section"
          data-path="sections[${i}]"
          data-index=${i}
          @dragover=${(e: DragEvent) => dragged >= 0 && e.preventDefault()}
          @drop=${(e: DragEvent) => {
            e.preventDefault();
            if (dragged >= 0) moveTo(dragged, i);
            dragged = -1;
          }}
        >
          <div class="section-head">
            <span class="handle" draggable="true" title=${msg('Drag to move', {id: 'editor-drag'})} aria-hidden="true" @dragstart=${(
              e: DragEvent
            ) => {
              dragged = i;
              e.dataTransfer?.setData('text/plain', String(i));
            }} @dragend=${() => (dragged = -1)}>⠿</span>
            <h3>${section.number ? `${section.number} ` : ''}${name}</h3>
            <span class="moves">
              <button type="button" class="small move-up" ?disabled=${i === 0} aria-label=${msg(str`Move "${name}" up`, {id: 'editor-move-up'})} @click=${() => moveTo(i, i - 1)}>↑</button>
              <button type="button" class="small move-down" ?disabled=${i === sections.length - 1} aria-label=${msg(str`Move "${name}" down`, {id: 'editor-move-down'})} @click=${() => moveTo(i, i + 1)}>↓</button>
              <button type="button" class="small danger" ?disabled=${sections.length === 1} @click=${() => ctx.set(['sections'], without(sections, i))}>${msg(str`Remove "${name}"`, {id: 'editor-section-remove'})}</button>
            </span>
          </div>
          <div class="row">
            <div class="field plain" data-path="sections[${i}].kind">
              <label for="kind-${i}">${msg('What it covers (GDPR)', {id: 'editor-kind'})}</label>
              <select id="kind-${i}" class="kind" @change=${(e: Event) => ctx.set(['sections', i, 'kind'], (e.target as HTMLSelectElement).value)}>
                ${SECTION_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === section.kind}>${kindOption(kind)}</option>`)}
              </select>
            </div>
            ${plainField(ctx, ['sections', i, 'number'], msg('Number', {id: 'editor-number'}))}
            ${plainField(ctx, ['sections', i, 'id'], msg('Link id', {id: 'editor-section-id'}), {required: true})}
          </div>
          <details class="help">
            <summary>${msg('What GDPR asks here', {id: 'editor-gdpr-asks'})}${KIND_ARTICLES[section.kind] ? ` (${KIND_ARTICLES[section.kind]})` : ''}</summary>
            <p>${kindHelp(section.kind)}</p>
            ${(section.kinds ?? []).filter((k) => k !== section.kind).map((k) => html`<p><strong>${kindOption(k)}:</strong> ${kindHelp(k)}</p>`)}
          </details>
          <details class="also">
            <summary>${msg(str`Also covers (${(section.kinds ?? []).length})`, {id: 'editor-also-covers'})}</summary>
            <fieldset class="kinds" data-path="sections[${i}].kinds">
              <legend>${msg('Further items this section covers', {id: 'editor-also-covers-legend'})}</legend>
              ${SECTION_KINDS.filter((k) => k !== section.kind && k !== 'other').map(
                (kind) =>
                  html`<label class="check"><input type="checkbox" .checked=${section.kinds?.includes(kind) ?? false} @change=${(
                    e: Event
                  ) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const next = SECTION_KINDS.filter((k) => (k === kind ? on : section.kinds?.includes(k)));
                    ctx.set(['sections', i, 'kinds'], next.length ? next : undefined);
                  }} /> ${kindOption(kind)}</label>`
              )}
            </fieldset>
          </details>
          ${localizedField(ctx, ['sections', i, 'title'], msg('Heading', {id: 'editor-heading'}))}
          ${localizedField(ctx, ['sections', i, 'body'], msg('Text', {id: 'editor-body'}), {rich: true, required: true})}
          ${sectionFacts(ctx, section, i)}
          ${findingsList(ctx, `sections[${i}]`)}
        </li>`;
      })}
    </ol>
    <form class="inline" @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const kind = (e.target as HTMLFormElement).querySelector('select')!.value as SectionKind;
      ctx.replace(addSection(ctx.notice, kind));
      ctx.announce(msg(str`Added a section: ${sectionKindHeading(kind)}`, {id: 'editor-section-added'}));
    }}>
      <label>${msg('New section of kind', {id: 'editor-new-kind'})}
        <select class="new-kind">${SECTION_KINDS.map((kind) => html`<option value=${kind}>${kindOption(kind)}</option>`)}</select>
      </label>
      <button type="submit">${msg('Add section', {id: 'editor-section-add'})}</button>
    </form>
    ${nothing}
  </section>`;
}
