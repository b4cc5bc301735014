/**
 * Field templates: a localised text shown in every language of the document
 * side by side (a missing translation marked), a plain field, a choice, and
 * the findings that belong to a field.
 */
import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg, str} from '../../localization.js';
import type {Path} from '../edit.js';
import {getIn} from '../edit.js';
import {languageName} from '../locale.js';
import {hasText, isName, missingAt, textIn, withText, type Localized} from '../text.js';
import {pathString, type EditorContext, type Finding} from './context.js';

let counter = 0;
const uid = () => `f${++counter}`;

/** The findings at one place, each with its severity and article. */
export function findingsList(ctx: EditorContext, anchor: string) {
  const found = ctx.findingsAt(anchor);
  if (!found.length) return nothing;
  return html`<ul class="findings">
    ${found.map((f) => html`<li class="finding ${f.severity}">${severityLabel(f.severity)}: ${findingText(f)}${f.article ? html` <span class="article">(${f.article})</span>` : nothing}</li>`)}
  </ul>`;
}

export const findingText = (f: Finding) =>
  f.severity === 'unfilled' ? msg(str`Still to fill: ${f.message}`, {id: 'editor-finding-unfilled'}) : f.message;

export function severityLabel(severity: Finding['severity']): string {
  switch (severity) {
    case 'error':
      return msg('Error', {id: 'editor-severity-error'});
    case 'warning':
      return msg('Warning', {id: 'editor-severity-warning'});
    case 'notice':
      return msg('Note', {id: 'editor-severity-notice'});
    case 'unfilled':
      return msg('Unfilled', {id: 'editor-severity-unfilled'});
  }
}

interface TextOptions {
  rich?: boolean;
  /** The field may hold nothing: empty removes it. */
  required?: boolean;
}

/** A localised field: one input per language of the document, side by side. */
export function localizedField(ctx: EditorContext, path: Path, label: string, options: TextOptions = {}) {
  const value = getIn(ctx.notice, path) as Localized;
  const first = ctx.languages[0];
  const where = pathString(path);
  const missing = missingAt(value, where, ctx.languages);
  // A name written once stands for every language: shown, not flagged.
  const sameInAll = typeof value === 'string' && isName(where) && value !== '';
  const write = (lang: string, text: string) => {
    const next = withText(value, lang, options.rich && !hasText(text) ? '' : text, ctx.languages);
    ctx.set(path, next ?? (options.required ? '' : undefined));
  };
  return html`<fieldset class="field localized" data-path=${where}>
    <legend>${label}${missing.length ? html` <span class="missing-count">${msg(str`missing translations: ${missing.length}`, {id: 'editor-missing-count'})}</span>` : nothing}</legend>
    <div class="languages">
      ${ctx.languages.map((lang) => {
        const text = textIn(value, lang, first);
        const isMissing = missing.includes(lang);
        const name = `${label} – ${languageName(lang)}`;
        const id = uid();
        return html`<div class="language ${isMissing ? 'is-missing' : ''}">
          ${
            options.rich
              ? html`<span class="lang-label" id=${id}>${languageName(lang)}${isMissing ? html` <span class="badge">${msg('missing', {id: 'editor-missing'})}</span>` : nothing}</span>
                <pn-rich-text .value=${text} .label=${name} .language=${lang} .locale=${ctx.locale} data-lang=${lang} @rich-text-input=${(e: Event & {value: string}) => write(lang, e.value)}></pn-rich-text>`
              : html`<label for=${id} class="lang-label">${languageName(lang)}${isMissing ? html` <span class="badge">${msg('missing', {id: 'editor-missing'})}</span>` : nothing}</label>
                <input id=${id} type="text" lang=${lang} data-lang=${lang} .value=${live(text)} placeholder=${sameInAll && lang !== first ? value : ''} @input=${(e: InputEvent) => write(lang, (e.target as HTMLInputElement).value)} />`
          }
        </div>`;
      })}
    </div>
    ${findingsList(ctx, where)}
  </fieldset>`;
}

/** A plain (not localised) field. */
export function plainField(
  ctx: EditorContext,
  path: Path,
  label: string,
  options: {type?: string; hint?: string; required?: boolean} = {}
) {
  const value = (getIn(ctx.notice, path) as string | undefined) ?? '';
  const where = pathString(path);
  const id = uid();
  const findings = ctx.findingsAt(where);
  return html`<div class="field plain" data-path=${where}>
    <label for=${id}>${label}</label>
    ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
    <input
      id=${id}
      type=${options.type ?? 'text'}
      aria-describedby=${options.hint ? `${id}-hint` : nothing}
      aria-invalid=${findings.some((f) => f.severity === 'error') ? 'true' : 'false'}
      .value=${live(value)}
      @input=${(e: InputEvent) => {
        const text = (e.target as HTMLInputElement).value;
        ctx.set(path, text || options.required ? text : undefined);
      }}
    />
    ${findingsList(ctx, where)}
  </div>`;
}

/** A choice from fixed values. */
export function choiceField<T extends string>(
  ctx: EditorContext,
  path: Path,
  label: string,
  choices: readonly {value: T | ''; label: string}[]
) {
  const value = (getIn(ctx.notice, path) as string | undefined) ?? '';
  const where = pathString(path);
  const id = uid();
  return html`<div class="field plain" data-path=${where}>
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => ctx.set(path, (e.target as HTMLSelectElement).value || undefined)}>
      ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
    </select>
    ${findingsList(ctx, where)}
  </div>`;
}
