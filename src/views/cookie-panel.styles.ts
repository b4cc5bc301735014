/**
 * Styles of the cookie panel, added to the element's static styles. Colours
 * come from the element's custom properties (fallbacks only here). Narrow
 * panels stack each table row as a card, with the column name before each
 * value; a container query, so it follows the element's width, not the page's.
 */
import {css} from 'lit';

export const cookiePanelStyles = css`
  .cookie-panel {
    container-type: inline-size;
    margin-block: 1.5em;
    /* At least the space its placeholder kept (privacy-notice.styles.ts). */
    min-height: var(--privacy-notice-cookie-panel-min-height);
  }

  .cookie-panel-heading {
    margin-block: 0 0.5em;
    font-size: 1.3em;
  }

  .consent-note {
    margin-block: 0.75em;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--privacy-notice-accent, #0b57d0);
    background: var(--privacy-notice-surface, color-mix(in srgb, currentColor 5%, transparent));
    border-radius: var(--privacy-notice-radius, 0.5rem);
  }
  .consent-note p {
    margin: 0 0 0.5em;
  }
  .signal-note {
    margin-block: 0.75em;
  }

  .consent-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-block: 1em;
  }
  .consent-status {
    flex: 1 1 100%;
    margin: 0;
    min-height: 1.5em;
    color: var(--privacy-notice-muted, inherit);
  }

  .cookie-panel button:not(.consent-switch):not(.section-button) {
    font: inherit;
    padding: 0.45em 1em;
    border: 1px solid var(--privacy-notice-accent, #0b57d0);
    border-radius: var(--privacy-notice-radius, 0.5rem);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .cookie-category {
    margin-block: 1.25em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--privacy-notice-border, color-mix(in srgb, currentColor 25%, transparent));
  }
  .category-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .category-heading {
    margin: 0;
    font-size: 1.15em;
  }
  .category-about {
    margin-block: 0.4em 0.75em;
  }
  .always-on {
    font-weight: 600;
    padding: 0.2em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
  }

  /* The switch: a real button with role="switch"; its state shows by shape and text, not colour alone. */
  .consent-switch {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .switch-track {
    position: relative;
    inline-size: 2.75em;
    block-size: 1.5em;
    border-radius: 999px;
    border: 2px solid currentColor;
    box-sizing: border-box;
    background: transparent;
    transition: background-color 0.15s;
  }
  .switch-thumb {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0.2em;
    inline-size: 0.95em;
    block-size: 0.95em;
    border-radius: 50%;
    background: currentColor;
    transform: translateY(-50%);
    transition: inset-inline-start 0.15s;
  }
  /* On: the thumb moves to the end and takes the accent colour; no colour is needed to tell. */
  .consent-switch[aria-checked='true'] .switch-track {
    border-color: var(--privacy-notice-accent, #0b57d0);
    background: color-mix(in srgb, var(--privacy-notice-accent, #0b57d0) 22%, transparent);
  }
  .consent-switch[aria-checked='true'] .switch-thumb {
    inset-inline-start: calc(100% - 1.15em);
    background: var(--privacy-notice-accent, #0b57d0);
  }
  .consent-switch:focus-visible {
    outline: 3px solid var(--privacy-notice-focus, var(--privacy-notice-accent, #0b57d0));
    outline-offset: 2px;
    border-radius: 6px;
  }
  .switch-state {
    min-inline-size: 2.5em;
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    .switch-track,
    .switch-thumb {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .switch-track,
    .switch-thumb {
      forced-color-adjust: none;
    }
    .switch-track {
      border-color: ButtonText;
      background: Canvas;
    }
    .switch-thumb {
      background: ButtonText;
    }
    .consent-switch[aria-checked='true'] .switch-track {
      border-color: Highlight;
      background: Canvas;
    }
    .consent-switch[aria-checked='true'] .switch-thumb {
      background: Highlight;
    }
  }

  .cookie-service {
    margin-block: 1em 1.5em;
  }
  .service-heading {
    margin-block: 0.75em 0.4em;
    font-size: 1.05em;
  }
  .service-facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0 0 0.75em;
  }
  .service-facts dt {
    font-weight: 600;
  }
  .service-facts dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .service-facts dd > .rich > :first-child,
  .cookie-table td > .rich > :first-child {
    margin-block-start: 0;
  }
  .service-facts dd > .rich > :last-child,
  .cookie-table td > .rich > :last-child {
    margin-block-end: 0;
  }

  .cookie-table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.95em;
    /* Unlike the host's "anywhere", words are not split to make columns narrow. */
    overflow-wrap: break-word;
    hyphens: manual;
  }
  .cookie-table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4em;
  }
  .cookie-table th,
  .cookie-table td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.6em;
    border-block-end: 1px solid var(--privacy-notice-border, color-mix(in srgb, currentColor 25%, transparent));
  }
  .cookie-table thead th {
    border-block-end-width: 2px;
  }
  .cookie-table code {
    overflow-wrap: break-word;
  }
  .cookie-table .duration {
    white-space: nowrap;
  }

  /* Narrow: each row becomes a card; the column name comes before each value. */
  @container (max-width: 34rem) {
    .service-facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .service-facts dd {
      margin-block-end: 0.5em;
    }
    .cookie-table,
    .cookie-table tbody,
    .cookie-table tr,
    .cookie-table th,
    .cookie-table td {
      display: block;
    }
    .cookie-table caption {
      display: block;
    }
    /* Kept for screen readers; the cards show the column names themselves. */
    .cookie-table thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .cookie-table tr {
      padding-block: 0.5em;
      border-block-end: 1px solid var(--privacy-notice-border, color-mix(in srgb, currentColor 25%, transparent));
    }
    .cookie-table th,
    .cookie-table td {
      border: 0;
      padding: 0.15em 0;
    }
    .cookie-table .duration {
      white-space: normal;
    }
    .cookie-table td::before {
      /* The alternative text "" keeps screen readers from reading the label twice. */
      content: attr(data-label) / '';
      display: block;
      font-size: 0.85em;
      font-weight: 600;
      color: var(--privacy-notice-muted, inherit);
    }
  }

  .cookie-audit {
    margin-block: 1.5em;
    padding: 0.75em 1em;
    border: 2px dashed var(--privacy-notice-border, color-mix(in srgb, currentColor 40%, transparent));
    border-radius: 6px;
  }
  .audit-list {
    padding-inline-start: 1.25em;
  }
  .audit-list li {
    overflow-wrap: anywhere;
  }

  @media print {
    .consent-switch,
    .consent-actions,
    .cookie-audit {
      display: none;
    }
  }
`;
