import {css} from 'lit';

/**
 * The element's look. By default it takes the page's font, text colour and
 * background, and derives its accent, borders and surfaces from the text
 * colour, so it fits a light or a dark page (and a page that follows the
 * visitor's colour scheme) without any setting. `theme="light"` and
 * `theme="dark"` give it colours of its own. Every custom property has its
 * default here, on :host; the class JSDoc documents them.
 */
export const styles = css`
  :host {
    --privacy-notice-color: currentColor;
    --privacy-notice-background: transparent;
    --privacy-notice-accent: color-mix(in srgb, #0b5cad 65%, currentColor);
    --privacy-notice-error: color-mix(in srgb, #c5221f 70%, currentColor);
    --privacy-notice-muted: color-mix(in srgb, currentColor 72%, transparent);
    --privacy-notice-border: color-mix(in srgb, currentColor 22%, transparent);
    --privacy-notice-surface: color-mix(in srgb, currentColor 5%, transparent);
    --privacy-notice-focus: var(--privacy-notice-accent);
    --privacy-notice-radius: 0.5rem;
    --privacy-notice-gap: 1rem;
    --privacy-notice-max-width: none;
    --privacy-notice-loading-min-height: 16rem;
    --privacy-notice-form-min-height: 64rem;
    --privacy-notice-cookie-panel-min-height: 24rem;

    display: block;
    max-width: var(--privacy-notice-max-width);
    color: var(--privacy-notice-color);
    background: var(--privacy-notice-background);
    line-height: 1.5;
    overflow-wrap: anywhere;
    hyphens: auto;
    /* Inherited properties that would break the layout start afresh here (a
       page's centred or justified body text, indents, capitals, spacing);
       font and colour keep inheriting, so the notice still looks like the page. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --privacy-notice-accent: color-mix(in srgb, #7cacf8 65%, currentColor);
      --privacy-notice-error: color-mix(in srgb, #ff8a80 70%, currentColor);
    }
  }
  :host([theme='light']) {
    color-scheme: light;
    --privacy-notice-color: #1d1d1f;
    --privacy-notice-background: #fff;
    --privacy-notice-accent: #0b57a4;
    --privacy-notice-error: #b3261e;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --privacy-notice-color: #e8e8ea;
    --privacy-notice-background: #18191c;
    --privacy-notice-accent: #8ab8ff;
    --privacy-notice-error: #ffb4ab;
  }
  :host([theme='light']),
  :host([theme='dark']) {
    padding: var(--privacy-notice-gap);
    border-radius: var(--privacy-notice-radius);
  }
  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, h5, h6, p, ul, dl, dd, address {
    margin: 0;
  }
  h1, h2, h3, h4, h5, h6 {
    line-height: 1.25;
    font-weight: 650;
  }
  a {
    color: var(--privacy-notice-accent);
    text-underline-offset: 0.15em;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--privacy-notice-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  svg {
    flex: none;
    fill: none;
    stroke: currentColor;
  }
  .vh,
  .offscreen {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The form and the cookie panel come right after the first paint; their space is kept. */
  .part-placeholder {
    margin-block: 1.5em;
  }
  .form-placeholder {
    min-height: var(--privacy-notice-form-min-height);
  }
  .cookies-placeholder {
    min-height: var(--privacy-notice-cookie-panel-min-height);
  }

  /* Loading and error */
  .loading {
    display: flex;
    gap: 0.6em;
    align-items: center;
    align-content: flex-start;
    flex-wrap: wrap;
    min-height: var(--privacy-notice-loading-min-height);
    color: var(--privacy-notice-muted);
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid var(--privacy-notice-border);
    border-top-color: var(--privacy-notice-accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .error {
    display: grid;
    gap: 0.5em;
    padding: var(--privacy-notice-gap);
    border: 1px solid var(--privacy-notice-error);
    border-inline-start-width: 4px;
    border-radius: var(--privacy-notice-radius);
  }
  .error-heading {
    font-size: 1.15em;
  }
  .error-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    align-items: center;
  }
  .error-actions button,
  .toolbar button {
    padding: 0.3em 0.9em;
    border: 1px solid var(--privacy-notice-border);
    border-radius: 999px;
  }
  .error-actions button:hover,
  .toolbar button:hover,
  .languages button:hover {
    border-color: currentColor;
  }
`;

/**
 * Reduced motion, forced colours and print, for every part of the notice:
 * last in the element's styles, so they override what comes before.
 */
export const mediaStyles = css`
  @media (prefers-reduced-motion: reduce) {
    .chevron,
    .spinner {
      transition: none;
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .summary,
    .facts li {
      border-color: CanvasText;
    }
    .languages button[aria-pressed='true'] {
      border-color: Highlight;
      color: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .part-placeholder {
      display: none;
    }
    .section-body[hidden] {
      display: grid;
      gap: 0.9em;
      padding: 0 0.25em 1.1em;
      content-visibility: visible;
    }
    .toolbar,
    .languages,
    .copy-link,
    .chevron {
      display: none;
    }
  }
`;
