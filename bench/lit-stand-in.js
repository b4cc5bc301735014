/**
 * The bench's bare-Lit stand-in: the least a Lit element can do to show the
 * same notice — fetch the JSON, render title and sections (bodies trusted, as
 * the static page trusts them), no validation, sanitiser, form or panel. It
 * makes the framework's own cost visible beside ours; never shipped.
 */
import {LitElement, html, css} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';

const pick = (value, lang) => (value == null ? '' : typeof value === 'string' ? value : (value[lang] ?? Object.values(value)[0] ?? ''));

class BareNotice extends LitElement {
  static properties = {src: {}, lang: {}, notice: {state: true}};
  static styles = css`:host { display: block; }`;

  connectedCallback() {
    super.connectedCallback();
    // The scaling series sets `notice` instead.
    if (!this.src) return;
    fetch(this.src)
      .then((r) => r.json())
      .then((notice) => (this.notice = notice));
  }

  render() {
    const n = this.notice;
    if (!n) return html``;
    const lang = this.lang || n.languages[0];
    return html`<article lang=${lang}>
      <h2>${pick(n.title, lang)}</h2>
      ${n.sections.map(
        (s) =>
          html`<section><h3>${s.number ? `${s.number}. ` : ''}${pick(s.title, lang) || s.kind}</h3>${unsafeHTML(pick(s.body, lang))}</section>`
      )}
    </article>`;
  }
}
customElements.define('bare-notice', BareNotice);
