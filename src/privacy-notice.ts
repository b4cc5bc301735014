import {LitElement, html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import type {NoticeDocument} from './document/schema.js';
import {ContactFormController} from './views/contact-form.js';
import {CookiePanelController} from './views/cookie-panel.js';

/**
 * A privacy notice (GDPR Art. 13/14) rendered from a JSON notice document:
 * collapsible localised sections, a contact and objection form for the data
 * subject's requests, and a cookie and analytics panel with consent.
 *
 * @summary Shows a privacy notice from a notice document.
 *
 * @fires privacy-notice-load - The document loaded, validated and rendered. `notice`, `language`, `warnings`.
 * @fires privacy-notice-error - The document could not be loaded or is invalid. `error: {kind, message, url?, status?, details?}`.
 */
export class PrivacyNoticeElement extends LitElement {
  /** Address of the notice document (JSON). Fetched with a timeout and a size limit. */
  @property() src = '';

  /**
   * The notice document as an object, instead of `src` or an inline
   * `<script type="application/json">` child.
   */
  @property({attribute: false}) notice?: NoticeDocument | unknown;

  /** Sections open at first: `all`, or section ids separated by spaces or commas. */
  @property() open = '';

  /** Level of the notice's top headings (1–6); section headings are one deeper. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** Credentials for fetching `src`: `omit`, `same-origin` or `include`. */
  @property() credentials: RequestCredentials = 'omit';

  /** Milliseconds to wait for `src` before showing an error. */
  @property({type: Number}) timeout = 10000;

  /** Colour scheme: `auto` (follows the visitor's setting), `light` or `dark`. */
  @property({reflect: true}) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Hides the language switcher shown when the document has several languages. */
  @property({attribute: 'no-language-switcher', type: Boolean})
  noLanguageSwitcher = false;

  /** Hides the contact and objection form. */
  @property({attribute: 'no-form', type: Boolean}) noForm = false;

  /**
   * Where the form POSTs requests (https:, or the page's own origin). Without
   * it the form offers a pre-filled email to the controller instead.
   */
  @property({attribute: 'form-action'}) formAction = '';

  /** Body encoding of form requests: `json` or `urlencoded`. */
  @property({attribute: 'form-encoding'}) formEncoding: 'json' | 'urlencoded' =
    'json';

  /** Hides the cookie and analytics panel. */
  @property({attribute: 'no-cookies', type: Boolean}) noCookies = false;

  /** Where the visitor's consent is kept: `cookie` or `local-storage`. */
  @property({attribute: 'consent-storage'}) consentStorage:
    | 'cookie'
    | 'local-storage' = 'cookie';

  /**
   * For site owners: lists cookies and storage keys on the page that the
   * document does not declare.
   */
  @property({type: Boolean}) audit = false;

  protected readonly contactForm = new ContactFormController(this);
  protected readonly cookiePanel = new CookiePanelController(this);

  override render() {
    return html`${nothing}`;
  }
}
