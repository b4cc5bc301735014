/**
 * Publish: download notice.json, copy the embed code (with `src`, or with the
 * document inline), see what changed since the version opened and add it to
 * the change history.
 */
import {html, nothing} from 'lit';
import type {NoticeDocument} from '../../document/schema.js';
import {msg, str} from '../../localization.js';
import type {Change} from '../diff.js';
import {DEFAULT_SCRIPT_URL, embedInline, embedWithSrc} from '../embed.js';
import {textToHtml} from '../rich-text-clean.js';
import type {EditorContext} from './context.js';
import {today} from './changes.js';

export interface PublishOptions {
  changes: Change[];
  src: string;
  setSrc(src: string): void;
  /** Where the page loads privacy-notice.js from. */
  script: string;
  setScript(script: string): void;
  download: () => void;
  copy(text: string, what: string): void;
  errors: number;
}

const changeType = (type: Change['type']) =>
  ({
    added: msg('added', {id: 'editor-diff-added'}),
    removed: msg('removed', {id: 'editor-diff-removed'}),
    changed: msg('changed', {id: 'editor-diff-changed'}),
    moved: msg('reordered', {id: 'editor-diff-moved'}),
  })[type];

export function publishView(ctx: EditorContext, o: PublishOptions) {
  const {notice} = ctx;
  const withSrc = embedWithSrc(notice, o.src, o.script || DEFAULT_SCRIPT_URL);
  const inline = embedInline(notice, o.script || DEFAULT_SCRIPT_URL);
  const addChange = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const summary = field('summary').trim();
    if (!summary) return ctx.announce(msg('Write what changed first.', {id: 'editor-change-empty'}));
    const entry: NonNullable<NoticeDocument['changes']>[number] = {
      date: field('date') || today(),
      summary: {[ctx.languages[0]]: textToHtml(summary)},
      ...(field('version') ? {version: field('version')} : {}),
    };
    ctx.set(['changes'], [entry, ...(notice.changes ?? [])]);
    ctx.announce(msg('Added to the change history.', {id: 'editor-change-added'}));
    form.reset();
  };
  return html`<section class="part" aria-labelledby="part-publish">
    <h2 id="part-publish">${msg('Publish', {id: 'editor-part-publish'})}</h2>
    ${o.errors ? html`<p class="finding error">${msg(str`The document has ${o.errors} errors: fix them before you publish (see the check).`, {id: 'editor-publish-errors'})}</p>` : nothing}
    <p><button type="button" class="primary download" @click=${o.download}>${msg('Download notice.json', {id: 'editor-download'})}</button></p>
    <h3>${msg('Embed code', {id: 'editor-embed'})}</h3>
    <div class="field plain">
      <label for="embed-script">${msg('Where you host privacy-notice.js', {id: 'editor-embed-script'})}</label>
      <span class="hint" id="embed-script-hint">${msg('Copy the dist/ folder of a build (npm run build) to your site, for example as /privacy-notice/. The package is not on npm yet, so no CDN serves it.', {id: 'editor-embed-script-hint'})}</span>
      <input id="embed-script" aria-describedby="embed-script-hint" .value=${o.script} placeholder=${DEFAULT_SCRIPT_URL} @input=${(e: InputEvent) => o.setScript((e.target as HTMLInputElement).value)} />
    </div>
    <div class="field plain">
      <label for="embed-src">${msg('Where you host notice.json', {id: 'editor-embed-src'})}</label>
      <input id="embed-src" .value=${o.src} @input=${(e: InputEvent) => o.setSrc((e.target as HTMLInputElement).value)} />
    </div>
    <label for="embed-with-src">${msg('With the file (recommended)', {id: 'editor-embed-file'})}</label>
    <textarea id="embed-with-src" class="code" readonly rows="3" .value=${withSrc}></textarea>
    <button type="button" class="copy-src" @click=${() => o.copy(withSrc, 'src')}>${msg('Copy embed code', {id: 'editor-copy'})}</button>
    <label for="embed-inline">${msg('With the notice inline (for a CMS that cannot host a file)', {id: 'editor-embed-inline'})}</label>
    <textarea id="embed-inline" class="code" readonly rows="6" .value=${inline}></textarea>
    <button type="button" class="copy-inline" @click=${() => o.copy(inline, 'inline')}>${msg('Copy inline embed code', {id: 'editor-copy-inline'})}</button>
    <h3>${msg('What changed since you opened it', {id: 'editor-diff'})}</h3>
    ${
      o.changes.length
        ? html`<ul class="diff">
          ${o.changes.slice(0, 200).map(
            (c) => html`<li class=${c.type}><strong>${c.where}</strong>: ${changeType(c.type)}
              ${c.before !== undefined ? html`<del>${c.before.slice(0, 300)}</del>` : nothing}
              ${c.after !== undefined ? html`<ins>${c.after.slice(0, 300)}</ins>` : nothing}</li>`
          )}
        </ul>
        <form class="add-change" @submit=${(e: SubmitEvent) => (e.preventDefault(), addChange(e.target as HTMLFormElement))}>
          <h4>${msg('Add it to the change history', {id: 'editor-diff-add'})}</h4>
          <div class="row">
            <label>${msg('Date', {id: 'editor-date'})} <input type="date" name="date" .value=${today()} /></label>
            <label>${msg('Version', {id: 'editor-version'})} <input name="version" size="6" /></label>
          </div>
          <label for="change-summary">${msg('In your words, what changed (in the original language)', {id: 'editor-diff-summary'})}</label>
          <textarea id="change-summary" name="summary" rows="3"></textarea>
          <button type="submit">${msg('Add to change history', {id: 'editor-diff-add-button'})}</button>
        </form>`
        : html`<p>${msg('Nothing has changed yet.', {id: 'editor-diff-none'})}</p>`
    }
  </section>`;
}
