/** Where a notice starts: paste, a file, a template, or one already stored. */
import {html, nothing} from 'lit';
import {msg} from '../../localization.js';
import type {StoredSummary} from '../store.js';
import type {TemplateId} from '../templates/index.js';

export interface StartOptions {
  stored: StoredSummary[];
  error?: string;
  busy: boolean;
  importText(text: string): void;
  openFile(file: File): void;
  useTemplate(id: TemplateId): void;
  open(key: string): void;
  remove(key: string): void;
}

export function startView(o: StartOptions) {
  const templates: {id: TemplateId; name: string; about: string}[] = [
    {
      id: 'customer-register',
      name: msg("A company's customer register", {id: 'editor-template-customer'}),
      about: msg('Customers and their contact persons; contract, bookkeeping, marketing to customers.', {
        id: 'editor-template-customer-about',
      }),
    },
    {
      id: 'member-register',
      name: msg("An association's member register (jäsenrekisteri)", {id: 'editor-template-member'}),
      about: msg('The list of members the Associations Act requires, fees and member news.', {id: 'editor-template-member-about'}),
    },
    {
      id: 'web-shop',
      name: msg('A web shop with analytics and a newsletter', {id: 'editor-template-shop'}),
      about: msg('Orders, a newsletter on consent, Google Analytics and Mailchimp in the cookie list.', {id: 'editor-template-shop-about'}),
    },
  ];
  const drop = (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) o.openFile(file);
  };
  return html`<section class="start" aria-labelledby="start-heading">
    <h2 id="start-heading">${msg('Start a notice', {id: 'editor-start'})}</h2>
    ${o.error ? html`<p class="finding error" role="alert">${o.error}</p>` : nothing}
    <div class="start-grid">
      <form class="card" @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        o.importText((e.target as HTMLFormElement).querySelector('textarea')!.value);
      }}>
        <h3>${msg('Paste your current notice', {id: 'editor-paste'})}</h3>
        <label for="paste-text">${msg('The text of your privacy notice or rekisteriseloste (plain text, Markdown or HTML)', {id: 'editor-paste-label'})}</label>
        <textarea id="paste-text" class="paste" rows="10"></textarea>
        <button type="submit" class="primary import" ?disabled=${o.busy}>${msg('Import', {id: 'editor-import'})}</button>
      </form>
      <div class="card drop" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${drop}>
        <h3>${msg('Or drop a file', {id: 'editor-drop'})}</h3>
        <p class="hint">${msg('.txt, .md, .html or .docx to import; notice.json to open as it is.', {id: 'editor-drop-hint'})}</p>
        <label for="file">${msg('Choose a file', {id: 'editor-choose-file'})}</label>
        <input id="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.json,application/json,text/plain,text/html,text/markdown" @change=${(
          e: Event
        ) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) o.openFile(file);
        }} />
      </div>
      <div class="card">
        <h3>${msg('Or start from a template', {id: 'editor-templates'})}</h3>
        <p class="hint">${msg('Places to fill are in [square brackets]; the check lists each one until you replace it.', {id: 'editor-templates-hint'})}</p>
        <ul class="plain-list">
          ${templates.map((t) => html`<li><button type="button" class="template" data-template=${t.id} @click=${() => o.useTemplate(t.id)}>${t.name}</button><br /><span class="hint">${t.about}</span></li>`)}
        </ul>
      </div>
    </div>
    ${
      o.stored.length
        ? html`<h3>${msg('Your notices in this browser', {id: 'editor-stored'})}</h3>
          <ul class="plain-list stored">
            ${o.stored.map(
              (s) => html`<li>
                <button type="button" class="open" @click=${() => o.open(s.key)}>${s.title || s.key}</button>
                <span class="hint">${new Date(s.savedAt).toLocaleString()}</span>
                <button type="button" class="small danger" @click=${() => o.remove(s.key)} aria-label=${msg('Delete', {id: 'editor-delete'}) + ': ' + (s.title || s.key)}>${msg('Delete', {id: 'editor-delete'})}</button>
              </li>`
            )}
          </ul>`
        : nothing
    }
  </section>`;
}
