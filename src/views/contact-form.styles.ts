/**
 * Styles of the contact and objection form, added to the element's static
 * styles. Colours, radius and spacing come from the element's custom
 * properties (defaults on :host in privacy-notice.styles.ts). Controls are
 * full width up to a readable measure, so the form works at 320 px; errors are
 * marked by a border and text, never by colour alone.
 */
import {css} from 'lit';

export const contactFormStyles = css`
  .request {
    display: grid;
    gap: var(--privacy-notice-gap);
    margin-block: 1.5em;
    /* At least the space its placeholder kept (privacy-notice.styles.ts), so nothing below moves back up. */
    min-height: var(--privacy-notice-form-min-height);
    align-content: start;
  }
  /* Sized like the cookie panel's heading, whatever heading-level makes it. */
  .request-heading {
    font-size: 1.3em;
  }
  .request-intro {
    color: var(--privacy-notice-muted);
  }
  .request-form {
    display: grid;
    gap: calc(var(--privacy-notice-gap) * 1.25);
  }
  .request-field {
    display: grid;
    gap: 0.3em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .request-invalid {
    padding-inline-start: 0.9em;
    border-inline-start: 4px solid var(--privacy-notice-error);
  }
  .request-label,
  .request-legend {
    font-weight: 650;
  }
  .request-legend {
    padding: 0;
    margin-block-end: 0.3em;
    font-size: 1.05em;
  }
  .request-hint {
    color: var(--privacy-notice-muted);
    font-size: 0.92em;
  }
  .request-error {
    color: var(--privacy-notice-error);
    font-weight: 650;
  }
  .request-form input[type='text'],
  .request-form input[type='email'],
  .request-form input[type='tel'],
  .request-form textarea,
  .request-copy {
    width: 100%;
    max-width: 36rem;
    padding: 0.45em 0.6em;
    font: inherit;
    color: inherit;
    background: var(--privacy-notice-background);
    border: 2px solid color-mix(in srgb, currentColor 60%, transparent);
    border-radius: calc(var(--privacy-notice-radius) / 2);
  }
  .request-form textarea {
    min-height: 7em;
    resize: vertical;
  }
  .request-invalid input,
  .request-invalid textarea {
    border-color: var(--privacy-notice-error);
  }
  .request-options {
    display: grid;
    gap: 0.6em;
  }
  .request-option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6em;
    align-items: start;
  }
  .request-option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--privacy-notice-accent);
  }
  .request-option label {
    cursor: pointer;
  }
  .request-option .request-hint {
    grid-column: 2;
  }
  .request-trap {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .request-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em 1em;
    align-items: center;
  }
  .request-button {
    display: inline-block;
    padding: 0.5em 1.1em;
    border: 2px solid var(--privacy-notice-accent);
    border-radius: 999px;
    color: var(--privacy-notice-accent);
    font-weight: 650;
    text-decoration: none;
    text-align: center;
  }
  .request-primary {
    background: var(--privacy-notice-surface);
    border-width: 3px;
  }
  /* Filled only where the element knows its own background colour. */
  :host([theme='light']) .request-primary,
  :host([theme='dark']) .request-primary {
    background: var(--privacy-notice-accent);
    color: var(--privacy-notice-background);
  }
  .request-button:hover {
    text-decoration: underline;
  }
  .request-button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }
  .request-sending,
  .request-copied {
    color: var(--privacy-notice-muted);
  }
  .request-link {
    color: var(--privacy-notice-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .request-summary,
  .request-panel,
  .request-receipt,
  .request-config,
  .request-no-email {
    display: grid;
    gap: 0.6em;
    padding: var(--privacy-notice-gap);
    border: 2px solid var(--privacy-notice-border);
    border-inline-start-width: 6px;
    border-radius: var(--privacy-notice-radius);
  }
  .request-summary,
  .request-problem,
  .request-config {
    border-color: var(--privacy-notice-error);
  }
  .request-reach ul {
    padding: 0;
    list-style: none;
  }
  .request-receipt {
    border-color: var(--privacy-notice-accent);
  }
  .request-summary > div {
    display: grid;
    gap: 0.5em;
  }
  .request-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .request-summary a {
    color: var(--privacy-notice-error);
    font-weight: 650;
  }
  .request-summary-title,
  .request-panel-title {
    font-size: 1.15em;
  }
  .request-fallback summary {
    cursor: pointer;
    color: var(--privacy-notice-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .request-fallback[open] {
    display: grid;
    gap: 0.6em;
  }
  .request-facts {
    display: grid;
    gap: 0.3em;
    margin: 0;
  }
  .request-facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .request-facts dt::after {
    content: ':';
  }
  .request-facts dd {
    margin: 0;
    font-weight: 700;
  }
  .request-reference {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.04em;
  }
  .request-copy {
    max-width: none;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    white-space: pre-wrap;
  }
  .request :focus-visible {
    outline: 3px solid var(--privacy-notice-focus);
    outline-offset: 2px;
  }
  .request-summary:focus,
  .request-panel:focus,
  .request-receipt:focus {
    outline: 3px solid var(--privacy-notice-focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .request-invalid,
    .request-invalid input,
    .request-invalid textarea,
    .request-summary,
    .request-problem,
    .request-config,
    .request-receipt,
    .request-button {
      border-color: CanvasText;
    }
    .request-primary {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
    .request-error,
    .request-summary a {
      color: LinkText;
    }
    .request :focus-visible,
    .request-summary:focus,
    .request-panel:focus,
    .request-receipt:focus {
      outline-color: Highlight;
    }
  }
  @media print {
    .request-actions,
    .request-link,
    .request-copy {
      display: none;
    }
  }
`;
