/** The rights: for each, not stated / granted / refused (with the reason in its text). */
import {html} from 'lit';
import {RIGHT_TYPES, type NoticeRight, type RightType} from '../../document/schema.js';
import {msg} from '../../localization.js';
import {rightLabel} from '../../views/labels.js';
import type {EditorContext} from './context.js';
import {findingsList, localizedField} from './fields.js';

type State = 'absent' | 'granted' | 'refused';

export function rightsView(ctx: EditorContext) {
  const rights = ctx.notice.rights ?? [];
  const setState = (type: RightType, state: State) => {
    const index = rights.findIndex((r) => r.type === type);
    let next: NoticeRight[];
    if (state === 'absent') next = rights.filter((r) => r.type !== type);
    else {
      const right: NoticeRight = {...(rights[index] ?? {type}), type};
      if (state === 'refused') right.offered = false;
      else delete right.offered;
      next = index >= 0 ? rights.map((r, i) => (i === index ? right : r)) : [...rights, right];
    }
    ctx.set(['rights'], next.length ? next : undefined);
  };
  return html`<section class="part" aria-labelledby="part-rights">
    <h2 id="part-rights">${msg('Rights', {id: 'editor-part-rights'})}</h2>
    <p class="hint">${msg('The contact form offers exactly the rights granted here. A refused right needs its reason in its text.', {id: 'editor-rights-hint'})}</p>
    <div data-path="rights">${findingsList(ctx, 'rights')}</div>
    ${RIGHT_TYPES.map((type) => {
      const index = rights.findIndex((r) => r.type === type);
      const right = rights[index];
      const state: State = !right ? 'absent' : right.offered === false ? 'refused' : 'granted';
      return html`<fieldset class="card right" data-path=${index >= 0 ? `rights[${index}]` : `right-${type}`}>
        <legend>${rightLabel(type)}</legend>
        <div class="choices">
          ${(['absent', 'granted', 'refused'] as const).map(
            (
              value
            ) => html`<label class="check"><input type="radio" name="right-${type}" .checked=${state === value} @change=${() => setState(type, value)} />
              ${value === 'absent' ? msg('Not stated', {id: 'editor-right-absent'}) : value === 'granted' ? msg('Granted', {id: 'editor-right-granted'}) : msg('Refused', {id: 'editor-right-refused'})}</label>`
          )}
        </div>
        ${index >= 0 ? localizedField(ctx, ['rights', index, 'text'], state === 'refused' ? msg('Why it is refused', {id: 'editor-right-why'}) : msg('Text (optional)', {id: 'editor-right-text'}), {rich: true}) : ''}
        ${index >= 0 ? findingsList(ctx, `rights[${index}]`) : ''}
      </fieldset>`;
    })}
  </section>`;
}
