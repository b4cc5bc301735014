/**
 * The ways to reach a controller, its representative or a contact: an email
 * and a phone, then any further addresses and numbers with what each is for
 * (`emails[]`, `phones[]`, the labels in every language side by side), and a
 * postal address.
 */
import {html} from 'lit';
import type {EmailEntry, PhoneEntry} from '../../document/schema.js';
import {msg, str} from '../../localization.js';
import {getIn, without, type Path} from '../edit.js';
import {pathString, type EditorContext} from './context.js';
import {findingsList, localizedField, plainField} from './fields.js';

/** Email and phone, the further ones with their labels, and the postal address. */
export function reachView(ctx: EditorContext, base: Path) {
  const where = pathString(base);
  const emails = (getIn(ctx.notice, [...base, 'emails']) as EmailEntry[] | undefined) ?? [];
  const phones = (getIn(ctx.notice, [...base, 'phones']) as PhoneEntry[] | undefined) ?? [];
  const setList = (key: 'emails' | 'phones', next: unknown[]) => ctx.set([...base, key], next.length ? next : undefined);
  const addRow = (key: 'emails' | 'phones', row: EmailEntry | PhoneEntry, count: number) => {
    setList(key, [...(key === 'emails' ? emails : phones), row]);
    ctx.focusAfter(`[data-path="${where}.${key}[${count}]"] input`);
  };
  return html`<div class="row">
      ${plainField(ctx, [...base, 'email'], msg('Email', {id: 'editor-email'}), {type: 'email'})}
      ${plainField(ctx, [...base, 'phone'], msg('Phone', {id: 'editor-phone'}), {type: 'tel'})}
    </div>
    <div class="reach-list" data-path="${where}.emails">
      ${emails.map(
        (_, j) => html`<fieldset class="card reach" data-path="${where}.emails[${j}]">
          <legend>${msg(str`Further email ${j + 1}`, {id: 'editor-email-n'})}</legend>
          ${plainField(ctx, [...base, 'emails', j, 'address'], msg('Email address', {id: 'editor-email-address'}), {type: 'email', required: true})}
          ${localizedField(ctx, [...base, 'emails', j, 'label'], msg('What it is for (e.g. invoicing)', {id: 'editor-reach-label'}))}
          ${findingsList(ctx, `${where}.emails[${j}]`)}
          <button type="button" class="small danger remove-email" @click=${() => setList('emails', without(emails, j))}>${msg(str`Remove email ${j + 1}`, {id: 'editor-email-remove'})}</button>
        </fieldset>`
      )}
      ${findingsList(ctx, `${where}.emails`)}
      <button type="button" class="small add-email" @click=${() => addRow('emails', {address: ''}, emails.length)}>${msg('Add a further email address', {id: 'editor-email-add'})}</button>
    </div>
    <div class="reach-list" data-path="${where}.phones">
      ${phones.map(
        (_, j) => html`<fieldset class="card reach" data-path="${where}.phones[${j}]">
          <legend>${msg(str`Further phone ${j + 1}`, {id: 'editor-phone-n'})}</legend>
          ${plainField(ctx, [...base, 'phones', j, 'number'], msg('Phone number', {id: 'editor-phone-number'}), {type: 'tel', required: true})}
          ${localizedField(ctx, [...base, 'phones', j, 'label'], msg('What it is for (e.g. weekdays 9–16)', {id: 'editor-phone-label'}))}
          ${findingsList(ctx, `${where}.phones[${j}]`)}
          <button type="button" class="small danger remove-phone" @click=${() => setList('phones', without(phones, j))}>${msg(str`Remove phone ${j + 1}`, {id: 'editor-phone-remove'})}</button>
        </fieldset>`
      )}
      ${findingsList(ctx, `${where}.phones`)}
      <button type="button" class="small add-phone" @click=${() => addRow('phones', {number: ''}, phones.length)}>${msg('Add a further phone number', {id: 'editor-phone-add'})}</button>
    </div>
    ${addressView(ctx, base)}`;
}

/** A postal address: street and town in every language, postal code and country once. */
function addressView(ctx: EditorContext, base: Path) {
  const address = [...base, 'address'];
  return html`${localizedField(ctx, [...address, 'street'], msg('Street address', {id: 'editor-street'}))}
    <div class="row">
      ${plainField(ctx, [...address, 'postalCode'], msg('Postal code', {id: 'editor-postal-code'}))}
      ${plainField(ctx, [...address, 'country'], msg('Country (two letters, e.g. FI)', {id: 'editor-country'}))}
    </div>
    ${localizedField(ctx, [...address, 'locality'], msg('Town', {id: 'editor-locality'}))}
    ${findingsList(ctx, `${pathString(base)}.address`)}`;
}
