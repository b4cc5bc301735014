/** The editor's look: system colours (light and dark), one column at 360 px, side by side when wide. */
import {css} from 'lit';

export const editorStyles = css`
  :host {
    --pn-accent: #1a5fb4;
    --pn-focus: #1a5fb4;
    --pn-line: #6e6e6e;
    --pn-muted: #4d4d4d;
    --pn-card: #f6f7f9;
    --pn-error: #b00020;
    --pn-warning: #8a4b00;
    --pn-notice: #245c8a;
    --pn-unfilled: #6a2d91;
    display: block;
    color-scheme: light dark;
    background: Canvas;
    color: CanvasText;
    font: 1rem/1.5 system-ui, sans-serif;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --pn-accent: #8cb8ff;
      --pn-focus: #8cb8ff;
      --pn-line: #9a9a9a;
      --pn-muted: #c4c4c4;
      --pn-card: #1e2126;
      --pn-error: #ff8a8a;
      --pn-warning: #ffc266;
      --pn-notice: #9cc8f0;
      --pn-unfilled: #d9a6ff;
    }
  }
  * { box-sizing: border-box; }
  h1 { font-size: 1.25rem; margin: 0; }
  h2 { font-size: 1.2rem; margin: 0 0 0.5rem; }
  h3 { font-size: 1.05rem; margin: 0.75rem 0 0.25rem; }
  h4 { font-size: 1rem; margin: 0.25rem 0; }
  a { color: var(--pn-accent); }
  button, input, select, textarea { font: inherit; color: inherit; }
  button {
    min-block-size: 2.5rem; padding: 0.25rem 0.75rem; border: 1px solid var(--pn-line);
    border-radius: 0.375rem; background: Canvas; cursor: pointer;
  }
  button.small { min-block-size: 2rem; padding: 0.125rem 0.5rem; font-size: 0.875rem; }
  button.primary { background: var(--pn-accent); color: Canvas; border-color: var(--pn-accent); font-weight: 600; }
  button.danger { color: var(--pn-error); border-color: currentColor; }
  button.link { border: 0; background: none; padding: 0.125rem 0; min-block-size: 1.5rem; text-align: start; text-decoration: underline; color: inherit; }
  button[aria-pressed='true'] { background: var(--pn-accent); color: Canvas; }
  button:disabled { opacity: 0.5; cursor: default; }
  :is(button, input, select, textarea, summary, a, [tabindex]):focus-visible { outline: 3px solid var(--pn-focus); outline-offset: 2px; }
  input, select, textarea {
    min-block-size: 2.5rem; padding: 0.25rem 0.5rem; border: 1px solid var(--pn-line);
    border-radius: 0.25rem; background: Field; color: FieldText; max-inline-size: 100%;
  }
  input[type='checkbox'], input[type='radio'] { min-block-size: auto; inline-size: 1.1rem; block-size: 1.1rem; flex: none; }
  textarea { inline-size: 100%; }
  textarea.code { font-family: ui-monospace, monospace; font-size: 0.8rem; }
  [aria-invalid='true'] { border: 2px solid var(--pn-error); }
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .hint { color: var(--pn-muted); font-size: 0.875rem; }
  .badge { display: inline-block; padding: 0 0.375rem; border-radius: 0.25rem; font-size: 0.75rem; font-weight: 600; border: 1px solid currentColor; }
  .is-missing .badge, .missing-count { color: var(--pn-unfilled); font-size: 0.8rem; }
  .bar {
    display: flex; flex-wrap: wrap; gap: 0.5rem 1rem;
    align-items: center; justify-content: space-between; padding: 0.5rem 1rem; background: Canvas;
    border-block-end: 1px solid var(--pn-line);
  }
  .tools { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .save-state { font-size: 0.875rem; color: var(--pn-muted); }
  main { padding: 0.75rem 1rem 3rem; }
  .card { border: 1px solid var(--pn-line); border-radius: 0.5rem; padding: 0.75rem; margin: 0 0 0.75rem; background: var(--pn-card); min-inline-size: 0; }
  fieldset { border: 1px solid var(--pn-line); border-radius: 0.375rem; margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; min-inline-size: 0; }
  fieldset.localized, fieldset.bases, fieldset.inline-choices { border-style: dashed; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .field { margin: 0 0 0.75rem; min-inline-size: 0; }
  .field.plain { display: flex; flex-direction: column; gap: 0.125rem; }
  .field.plain label { font-weight: 600; }
  .languages { display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr)); }
  .language { display: flex; flex-direction: column; gap: 0.125rem; min-inline-size: 0; }
  .language input { inline-size: 100%; }
  .lang-label { font-size: 0.875rem; color: var(--pn-muted); }
  .row { display: grid; gap: 0 0.75rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr)); }
  .inline { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin: 0.5rem 0; }
  .inline label { display: flex; flex-direction: column; gap: 0.125rem; font-weight: 600; max-inline-size: 100%; }
  .inline select { max-inline-size: 100%; }
  label.check { display: inline-flex; gap: 0.375rem; align-items: center; margin-inline-end: 0.75rem; font-weight: normal; }
  .part { margin: 1.5rem 0; }
  .plain-list { list-style: none; padding: 0; }
  .plain-list li { margin: 0 0 0.5rem; }
  .language-list { padding-inline-start: 1.25rem; }
  .language-list li { margin: 0.25rem 0; }
  .start-grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); }
  .start-grid .card { display: flex; flex-direction: column; gap: 0.5rem; align-items: flex-start; }
  .drop { border-style: dashed; border-width: 2px; }
  .stored li { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  ol.sections { list-style: none; padding: 0; margin: 0; }
  .section-head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .section-head h3 { flex: 1 1 10rem; margin: 0; overflow-wrap: anywhere; }
  .handle { cursor: grab; font-size: 1.25rem; padding: 0 0.25rem; user-select: none; }
  .moves { display: flex; flex-wrap: wrap; gap: 0.25rem; }
  select.kind, select.new-kind, select.catalogue { inline-size: 100%; }
  .field:has(> select.kind) { grid-column: 1 / -1; }
  details > summary { cursor: pointer; font-weight: 600; }
  details.help, details.facts { margin: 0.5rem 0; }
  .findings { margin: 0.25rem 0; padding-inline-start: 1.25rem; font-size: 0.9rem; }
  .finding.error { color: var(--pn-error); }
  .finding.warning { color: var(--pn-warning); }
  .finding.notice { color: var(--pn-notice); }
  .finding.unfilled { color: var(--pn-unfilled); }
  .article { color: var(--pn-muted); font-size: 0.8rem; }
  .check summary { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; }
  .check summary h2, summary h2.summary-heading { display: inline; margin: 0; font-size: 1.1rem; }
  .counts { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; font-size: 0.9rem; }
  .count { font-weight: 600; }
  .count.error { color: var(--pn-error); }
  .count.warning { color: var(--pn-warning); }
  .count.notice { color: var(--pn-notice); }
  .count.unfilled, .count.missing { color: var(--pn-unfilled); }
  .check-list { max-block-size: 16rem; overflow: auto; padding-inline-start: 1.25rem; margin: 0.5rem 0 0; }
  table.items { border-collapse: collapse; inline-size: 100%; margin: 0.5rem 0; font-size: 0.9rem; }
  table.items caption { text-align: start; font-weight: 600; }
  table.items th, table.items td { text-align: start; padding: 0.125rem 0.25rem; }
  table.items input, table.items select { inline-size: 100%; min-inline-size: 4rem; }
  @media (max-width: 600px) {
    table.items thead { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
    table.items, table.items caption, table.items tbody, table.items td { display: block; }
    table.items tr { display: grid; grid-template-columns: 1fr 1fr; gap: 0.25rem; padding-block: 0.25rem; border-block-end: 1px solid var(--pn-line); }
    table.items td:last-child { grid-column: 1 / -1; }
  }
  .part > label { display: block; margin-block: 0.75rem 0.125rem; font-weight: 600; }
  .diff { padding-inline-start: 1.25rem; font-size: 0.9rem; overflow-wrap: anywhere; }
  .diff del { color: var(--pn-error); margin-inline: 0.25rem; }
  .diff ins { color: #1b7a2e; margin-inline: 0.25rem; text-decoration: none; }
  @media (prefers-color-scheme: dark) { .diff ins { color: #7bd88f; } }
  .report ul { padding-inline-start: 1.25rem; font-size: 0.9rem; }
  .confirm { display: inline-flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .preview-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin-block-end: 0.5rem; }
  .preview-controls > label { display: flex; flex-direction: column; font-weight: 600; }
  .inline-choices { margin: 0; padding: 0.125rem 0.5rem; }
  .frame { border: 1px solid var(--pn-line); border-radius: 0.5rem; padding: 0.75rem; margin-inline: auto; overflow: auto; }
  .frame.phone { max-inline-size: 360px; }
  .frame.light { background: #fff; color: #1a1a1a; }
  .frame.dark { background: #121212; color: #eee; }
  .switch { display: flex; gap: 0.5rem; margin-block-end: 0.75rem; }
  .switch button { flex: 1; }
  .layout { display: grid; gap: 1.5rem; }
  @media (max-width: 959px) {
    .switch { position: sticky; inset-block-start: 0; z-index: 2; background: Canvas; padding-block: 0.5rem; margin-block-start: -0.5rem; }
    .layout.pane-edit .preview-pane, .layout.pane-preview .editor-pane { display: none; }
  }
  @media (min-width: 960px) {
    .bar { position: sticky; inset-block-start: 0; z-index: 2; }
    .switch { display: none; }
    .layout { grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); align-items: start; }
    .preview-pane { position: sticky; inset-block-start: 4.5rem; max-block-size: calc(100vh - 5.5rem); overflow: auto; }
  }
  :host([data-theme='light']) { color-scheme: light; }
  :host([data-theme='dark']) { color-scheme: dark; }
`;
