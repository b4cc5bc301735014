/** Cookie services: from the built-in catalogue or written by hand, with their cookies. */
import {html, nothing} from 'lit';
import {COOKIE_CATEGORIES, STORAGE_TYPES, type CookieService} from '../../document/schema.js';
import {msg, str} from '../../localization.js';
import {CATALOGUE, catalogueEntry, serviceFromCatalogue} from '../catalogue/index.js';
import {without} from '../edit.js';
import {textIn} from '../text.js';
import type {EditorContext} from './context.js';
import {choiceField, findingsList, localizedField, plainField} from './fields.js';

const categoryLabel = (category: string) =>
  ({
    necessary: msg('Necessary', {id: 'editor-category-necessary'}),
    preferences: msg('Preferences', {id: 'editor-category-preferences'}),
    analytics: msg('Analytics', {id: 'editor-category-analytics'}),
    marketing: msg('Marketing', {id: 'editor-category-marketing'}),
  })[category] ?? category;

export function cookiesView(ctx: EditorContext) {
  const services = ctx.notice.cookies?.services ?? [];
  const setServices = (next: CookieService[]) =>
    ctx.set(['cookies'], next.length || ctx.notice.cookies?.description ? {...ctx.notice.cookies, services: next} : undefined);
  const add = (id: string) => {
    const entry = CATALOGUE.find((e) => e.id === id);
    const service: CookieService = entry
      ? serviceFromCatalogue(
          entry,
          ctx.languages,
          services.map((s) => s.id)
        )
      : {id: `service-${services.length + 1}`, name: '', category: 'analytics', items: []};
    setServices([...services, service]);
    ctx.announce(entry ? msg(str`Added ${entry.name}`, {id: 'editor-service-added'}) : msg('Added a service', {id: 'editor-a-service'}));
  };
  return html`<section class="part" aria-labelledby="part-cookies">
    <h2 id="part-cookies">${msg('Cookies', {id: 'editor-part-cookies'})}</h2>
    ${localizedField(ctx, ['cookies', 'description'], msg('About cookies on the site', {id: 'editor-cookies-description'}), {rich: true})}
    <form class="inline" @submit=${(e: SubmitEvent) => (e.preventDefault(), add((e.target as HTMLFormElement).querySelector('select')!.value))}>
      <label>${msg('Service', {id: 'editor-service-pick'})}
        <select class="catalogue">
          ${CATALOGUE.map((entry) => html`<option value=${entry.id}>${entry.name}</option>`)}
          <option value="">${msg('Another service (write it yourself)', {id: 'editor-service-own'})}</option>
        </select>
      </label>
      <button type="submit">${msg('Add service', {id: 'editor-service-add'})}</button>
    </form>
    <p class="hint">${msg("Catalogue facts come from each provider's own cookie documentation (linked with each service). Check them against the Open Cookie Database and your site before you publish.", {id: 'editor-catalogue-hint'})}</p>
    <div data-path="cookies">${findingsList(ctx, 'cookies')}</div>
    ${services.map((service, i) => {
      const entry = catalogueEntry(service.id);
      const base = ['cookies', 'services', i] as const;
      const name = textIn(service.name, ctx.languages[0], ctx.languages[0]) || service.id;
      const described = service.items.filter((item) => item.description).length;
      return html`<fieldset class="card service" data-path="cookies.services[${i}]">
        <legend>${name}</legend>
        ${entry ? html`<p class="hint">${msg('Facts from', {id: 'editor-facts-from'})} <a href=${entry.source} rel="noopener noreferrer" target="_blank">${new URL(entry.source).host}</a>${entry.note ? html` — ${entry.note}` : nothing}</p>` : nothing}
        ${localizedField(ctx, [...base, 'name'], msg('Name', {id: 'editor-contact-name'}), {required: true})}
        ${localizedField(ctx, [...base, 'provider'], msg('Provider', {id: 'editor-provider'}))}
        <div class="row">
          ${choiceField(
            ctx,
            [...base, 'category'],
            msg('Category', {id: 'editor-category'}),
            COOKIE_CATEGORIES.map((c) => ({value: c, label: categoryLabel(c)}))
          )}
          ${plainField(ctx, [...base, 'privacyPolicy'], msg('Privacy policy address', {id: 'editor-privacy-policy'}), {type: 'url'})}
          ${plainField(ctx, [...base, 'transferCountry'], msg('Transfer country (e.g. US)', {id: 'editor-transfer-country'}))}
        </div>
        ${localizedField(ctx, [...base, 'purpose'], msg('Purpose', {id: 'editor-purpose'}), {rich: true})}
        <table class="items">
          <caption>${msg(str`Cookies of ${name}`, {id: 'editor-items-caption'})}</caption>
          <thead><tr><th scope="col">${msg('Name', {id: 'editor-contact-name'})}</th><th scope="col">${msg('Type', {id: 'editor-item-type'})}</th><th scope="col">${msg('Duration (session or ISO 8601)', {id: 'editor-item-duration'})}</th><th scope="col"><span class="visually-hidden">${msg('Actions', {id: 'editor-actions'})}</span></th></tr></thead>
          <tbody>
            ${service.items.map(
              (item, j) => html`<tr data-path="cookies.services[${i}].items[${j}]">
                <td><input aria-label=${msg(str`Cookie ${j + 1} name`, {id: 'editor-item-name'})} .value=${item.name} @input=${(e: InputEvent) => ctx.set([...base, 'items', j, 'name'], (e.target as HTMLInputElement).value)} /></td>
                <td><select aria-label=${msg(str`Cookie ${j + 1} type`, {id: 'editor-item-type-n'})} @change=${(e: Event) => ctx.set([...base, 'items', j, 'type'], (e.target as HTMLSelectElement).value)}>
                  ${STORAGE_TYPES.map((t) => html`<option ?selected=${t === item.type}>${t}</option>`)}
                </select></td>
                <td><input aria-label=${msg(str`Cookie ${j + 1} duration`, {id: 'editor-item-duration-n'})} size="8" .value=${item.duration} @input=${(e: InputEvent) => ctx.set([...base, 'items', j, 'duration'], (e.target as HTMLInputElement).value)} /></td>
                <td><button type="button" class="small danger" @click=${() => ctx.set([...base, 'items'], without(service.items, j))}>${msg(str`Remove cookie ${j + 1}`, {id: 'editor-item-remove'})}</button></td>
              </tr>`
            )}
          </tbody>
        </table>
        <button type="button" class="small" @click=${() => ctx.set([...base, 'items'], [...service.items, {name: '', type: 'cookie', duration: 'session'}])}>${msg('Add a cookie', {id: 'editor-item-add'})}</button>
        ${
          service.items.length
            ? html`<details class="item-descriptions">
              <summary>${msg(str`What each cookie does (${described} of ${service.items.length} described)`, {id: 'editor-item-descriptions'})}</summary>
              ${service.items.map((item, j) => localizedField(ctx, [...base, 'items', j, 'description'], msg(str`Cookie ${j + 1} (${item.name}): what it does`, {id: 'editor-item-description'}), {rich: true}))}
            </details>`
            : nothing
        }
        ${findingsList(ctx, `cookies.services[${i}]`)}
        <button type="button" class="small danger" @click=${() => setServices(without(services, i))}>${msg(str`Remove ${name}`, {id: 'editor-service-remove'})}</button>
      </fieldset>`;
    })}
  </section>`;
}
