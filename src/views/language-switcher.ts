import {html, nothing} from 'lit';
import {msg} from '../localization.js';
import {autonym} from './format.js';
import type {ViewContext} from './view-context.js';

/**
 * Buttons for the document's languages, each named in its own language and
 * marked with it; the one shown is pressed. Nothing for a one-language
 * document.
 */
export function languageSwitcher(view: ViewContext, choose: (language: string) => void) {
  const {languages} = view.notice;
  if (languages.length < 2) return nothing;
  return html`<div
    class="languages"
    part="language-switcher"
    role="group"
    aria-label=${msg('Language of the notice', {desc: 'Accessible name of the group of buttons that switch the privacy notice to another language.'})}
    lang=${view.uiLang ?? nothing}
  >
    ${languages.map(
      (tag) => html`<button
        type="button"
        part="language-button"
        lang=${tag}
        aria-pressed=${tag === view.language ? 'true' : 'false'}
        @click=${() => choose(tag)}
      >
        ${autonym(tag)}
      </button>`
    )}
  </div>`;
}
