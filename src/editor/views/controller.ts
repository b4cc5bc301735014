/** The controller and the contacts. */
import {html} from 'lit';
import {CONTACT_ROLES, type NoticeContact} from '../../document/schema.js';
import {msg, str} from '../../localization.js';
import {contactRoleLabel} from '../../views/labels.js';
import {without} from '../edit.js';
import type {EditorContext} from './context.js';
import {choiceField, findingsList, localizedField, plainField} from './fields.js';

export function controllerView(ctx: EditorContext) {
  const contacts = ctx.notice.contacts ?? [];
  const c = ['controller'] as const;
  return html`<section class="part" aria-labelledby="part-controller">
    <h2 id="part-controller">${msg('Controller and contacts', {id: 'editor-part-controller'})}</h2>
    <div class="card" data-path="controller">
      ${localizedField(ctx, [...c, 'name'], msg('Name of the controller', {id: 'editor-controller-name'}), {required: true})}
      <div class="row">
        ${plainField(ctx, [...c, 'businessId'], msg('Business ID (Y-tunnus)', {id: 'editor-business-id'}))}
        ${plainField(ctx, [...c, 'email'], msg('Email', {id: 'editor-email'}), {type: 'email'})}
        ${plainField(ctx, [...c, 'phone'], msg('Phone', {id: 'editor-phone'}), {type: 'tel'})}
        ${plainField(ctx, [...c, 'url'], msg('Website', {id: 'editor-url'}), {type: 'url'})}
      </div>
      ${localizedField(ctx, [...c, 'address', 'street'], msg('Street address', {id: 'editor-street'}))}
      <div class="row">
        ${plainField(ctx, [...c, 'address', 'postalCode'], msg('Postal code', {id: 'editor-postal-code'}))}
        ${plainField(ctx, [...c, 'address', 'country'], msg('Country (two letters, e.g. FI)', {id: 'editor-country'}))}
      </div>
      ${localizedField(ctx, [...c, 'address', 'locality'], msg('Town', {id: 'editor-locality'}))}
      ${findingsList(ctx, 'controller')}
    </div>
    <h3>${msg('Contacts', {id: 'editor-contacts'})}</h3>
    ${findingsList(ctx, 'contacts')}
    ${contacts.map(
      (contact, i) => html`<div class="card" data-path="contacts[${i}]">
        <h4>${contactRoleLabel(contact.role)}</h4>
        ${choiceField(ctx, ['contacts', i, 'role'], msg('Role', {id: 'editor-contact-role'}), CONTACT_ROLES.map((role) => ({value: role, label: contactRoleLabel(role)})))}
        ${localizedField(ctx, ['contacts', i, 'name'], msg('Name', {id: 'editor-contact-name'}))}
        ${localizedField(ctx, ['contacts', i, 'title'], msg('Job title', {id: 'editor-contact-title'}))}
        <div class="row">
          ${plainField(ctx, ['contacts', i, 'email'], msg('Email', {id: 'editor-email'}), {type: 'email'})}
          ${plainField(ctx, ['contacts', i, 'phone'], msg('Phone', {id: 'editor-phone'}), {type: 'tel'})}
        </div>
        ${findingsList(ctx, `contacts[${i}]`)}
        <button type="button" class="small danger" @click=${() => ctx.set(['contacts'], without(contacts, i).length ? without(contacts, i) : undefined)}>
          ${msg(str`Remove contact ${i + 1}`, {id: 'editor-contact-remove'})}
        </button>
      </div>`
    )}
    <button type="button" @click=${() => ctx.set(['contacts'], [...contacts, {role: 'register-contact'} satisfies NoticeContact])}>${msg('Add a contact', {id: 'editor-contact-add'})}</button>
  </section>`;
}
