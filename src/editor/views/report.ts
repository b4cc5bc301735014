/** The importer's report: kinds found, facts found, text left out as page chrome, what to add. */
import {html, nothing} from 'lit';
import type {ImportReport} from '../../import/index.js';
import {msg, str} from '../../localization.js';
import {kindOption} from './sections.js';

export function reportView(report: ImportReport, dismiss: () => void) {
  return html`<details class="card report" open>
    <summary><h2 class="summary-heading">${msg(str`Import report: ${report.sections.length} sections, ${report.facts.length} facts, ${report.dropped.length} lines left out`, {id: 'editor-report'})}</h2></summary>
    <p>${msg(str`Read as ${report.format}; language ${report.languages.join(', ') || '?'}.`, {id: 'editor-report-format'})}</p>
    <h3>${msg('Kinds found', {id: 'editor-report-kinds'})}</h3>
    <ul>${report.sections.map((s) => html`<li>${s.number ? `${s.number} ` : ''}${s.title ?? s.id} → ${kindOption(s.kind)} <span class="hint">(${s.confidence}: ${s.because})</span></li>`)}</ul>
    <h3>${msg('Facts found', {id: 'editor-report-facts'})}</h3>
    ${report.facts.length ? html`<ul>${report.facts.map((f) => html`<li><code>${f.path}</code>: ${f.value} <span class="hint">(${msg(str`line ${f.line}`, {id: 'editor-line'})})</span></li>`)}</ul>` : html`<p>${msg('None.', {id: 'editor-none'})}</p>`}
    <h3>${msg('Left out as page chrome', {id: 'editor-report-dropped'})}</h3>
    ${report.dropped.length ? html`<ul>${report.dropped.map((d) => html`<li><q>${d.text}</q> <span class="hint">(${d.reason})</span></li>`)}</ul>` : html`<p>${msg('None.', {id: 'editor-none'})}</p>`}
    ${
      report.authorMustAdd.length
        ? html`<h3>${msg('For you to add', {id: 'editor-report-add'})}</h3>
          <ul>${report.authorMustAdd.map((a) => html`<li>${a.message}</li>`)}</ul>`
        : nothing
    }
    ${report.notes.length ? html`<h3>${msg('Notes', {id: 'editor-report-notes'})}</h3><ul>${report.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    <button type="button" class="small" @click=${dismiss}>${msg('Hide the report', {id: 'editor-report-hide'})}</button>
  </details>`;
}
