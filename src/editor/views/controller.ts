/** The controller (with its representative) and the contacts. */
import {html} from 'lit';
import {CONTACT_ROLES, type NoticeContact} from '../../document/schema.js';
import {msg, str} from '../../localization.js';
import {contactRoleLabel} from '../../views/labels.js';
import {without} from '../edit.js';
import type {EditorContext} from './context.js';
import {choiceField, findingsList, localizedField, plainField} from './fields.js';
import {reachView} from './reach.js';

/** The controller's representative in the EU (Art. 27), when it has one. */
function representativeView(ctx: EditorContext) {
  const r = ['controller', 'representative'] as const;
  if (!ctx.notice.controller.representative)
    return html`<button type="button" class="small add-representative" @click=${() => (ctx.set(r, {name: ''}), ctx.focusAfter('[data-path="controller.representative.name"] input'))}>
      ${msg('Add a representative in the EU (GDPR Art. 27)', {id: 'editor-representative-add'})}
    </button>`;
  return html`<fieldset class="card representative" data-path="controller.representative">
    <legend>${msg('Representative in the EU (GDPR Art. 27)', {id: 'editor-representative'})}</legend>
    ${localizedField(ctx, [...r, 'name'], msg('Name', {id: 'editor-contact-name'}), {required: true})}
    ${plainField(ctx, [...r, 'url'], msg('Website', {id: 'editor-url'}), {type: 'url'})}
    ${reachView(ctx, r)}
    ${findingsList(ctx, 'controller.representative')}
    <button type="button" class="small danger remove-representative" @click=${() => ctx.set(r, undefined)}>${msg('Remove the representative', {id: 'editor-representative-remove'})}</button>
  </fieldset>`;
}

export function controllerView(ctx: EditorContext) {
  const contacts = ctx.notice.contacts ?? [];
  const c = ['controller'] as const;
  return html`<section class="part" aria-labelledby="part-controller">
    <h2 id="part-controller">${msg('Controller and contacts', {id: 'editor-part-controller'})}</h2>
    <div class="card" data-path="controller">
      ${localizedField(ctx, [...c, 'name'], msg('Name of the controller', {id: 'editor-controller-name'}), {required: true})}
      <div class="row">
        ${plainField(ctx, [...c, 'businessId'], msg('Business ID (Y-tunnus)', {id: 'editor-business-id'}))}
        ${plainField(ctx, [...c, 'url'], msg('Website', {id: 'editor-url'}), {type: 'url'})}
      </div>
      ${reachView(ctx, c)}
      ${representativeView(ctx)}
      ${findingsList(ctx, 'controller')}
    </div>
    <h3>${msg('Contacts', {id: 'editor-contacts'})}</h3>
    ${findingsList(ctx, 'contacts')}
    ${contacts.map(
      (contact, i) => html`<div class="card" data-path="contacts[${i}]">
        <h4>${contactRoleLabel(contact.role)}</h4>
        ${choiceField(
          ctx,
          ['contacts', i, 'role'],
          msg('Role', {id: 'editor-contact-role'}),
          CONTACT_ROLES.map((role) => ({value: role, label: contactRoleLabel(role)}))
        )}
        ${localizedField(ctx, ['contacts', i, 'name'], msg('Name', {id: 'editor-contact-name'}))}
        ${localizedField(ctx, ['contacts', i, 'title'], msg('Job title', {id: 'editor-contact-title'}))}
        ${reachView(ctx, ['contacts', i])}
        ${findingsList(ctx, `contacts[${i}]`)}
        <button type="button" class="small danger" @click=${() => ctx.set(['contacts'], without(contacts, i).length ? without(contacts, i) : undefined)}>
          ${msg(str`Remove contact ${i + 1}`, {id: 'editor-contact-remove'})}
        </button>
      </div>`
    )}
    <button type="button" class="add-contact" @click=${() => ctx.set(['contacts'], [...contacts, {role: 'register-contact'} satisfies NoticeContact])}>${msg('Add a contact', {id: 'editor-contact-add'})}</button>
  </section>`;
}
