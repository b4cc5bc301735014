import {LitElement, html} from 'lit';
import {property} from 'lit/decorators.js';

/**
 * Placeholder: replaced by the real element.
 * @summary Shows a privacy notice.
 */
export class PrivacyNoticeElement extends LitElement {
  /** Address of the notice document (JSON). */
  @property() src = '';

  override render() {
    return html`<p>${this.src}</p>`;
  }
}
