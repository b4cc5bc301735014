/**
 * The live check: a count per severity, missing translations, and every
 * finding as a button that moves focus to the field it concerns.
 */
import {html, nothing} from 'lit';
import {msg, str} from '../../localization.js';
import {languageName} from '../locale.js';
import type {Finding} from './context.js';
import {findingText, severityLabel} from './fields.js';

export interface CheckOptions {
  findings: Finding[];
  missing: Map<string, number>;
  go(path: string): void;
}

const ORDER: Finding['severity'][] = ['error', 'warning', 'notice', 'unfilled'];

export function checkView(o: CheckOptions) {
  const count = (s: Finding['severity']) => o.findings.filter((f) => f.severity === s).length;
  const missingTotal = [...o.missing.values()].reduce((a, b) => a + b, 0);
  return html`<details class="check card" open>
    <summary>
      <h2 id="check-heading">${msg('Check', {id: 'editor-check'})}</h2>
      <span class="counts">
        ${ORDER.map((s) => html`<span class="count ${s}" data-severity=${s}>${severityLabel(s)}: ${count(s)}</span>`)}
        <span class="count missing" data-severity="translations">${msg(str`Missing translations: ${missingTotal}`, {id: 'editor-missing-total'})}</span>
      </span>
    </summary>
    ${
      missingTotal
        ? html`<p class="hint">${[...o.missing]
            .filter(([, n]) => n)
            .map(([lang, n]) => `${languageName(lang)}: ${n}`)
            .join(' · ')}</p>`
        : nothing
    }
    ${
      o.findings.length
        ? html`<ul class="check-list">
          ${[...o.findings]
            .sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity))
            .map(
              (f) => html`<li class="finding ${f.severity}">
                <button type="button" class="link" data-finding=${f.path} @click=${() => o.go(f.path)}>${severityLabel(f.severity)}: ${findingText(f)}</button>
                ${f.article ? html`<span class="article">${f.article}</span>` : nothing}
              </li>`
            )}
        </ul>`
        : html`<p>${msg('Nothing to report.', {id: 'editor-check-clean'})}</p>`
    }
  </details>`;
}
