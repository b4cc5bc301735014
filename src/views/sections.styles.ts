import {css} from 'lit';

/**
 * The sections as disclosures, and the toolbar above them; the change
 * history's heading and button are styled alike here.
 */
export const sectionStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    font-size: 0.9em;
    margin-block-end: calc(var(--privacy-notice-gap) * -0.5);
  }
  .section {
    border-bottom: 1px solid var(--privacy-notice-border);
    scroll-margin-block-start: 1rem;
  }
  .section:first-child {
    border-top: 1px solid var(--privacy-notice-border);
  }
  /* The change history is a disclosure like the sections, styled alike. */
  .section-heading,
  .history-heading {
    font-size: 1.1em;
  }
  .section-button,
  .history-button {
    display: flex;
    width: 100%;
    gap: 0.75em;
    align-items: center;
    justify-content: space-between;
    padding: 0.8em 0.25em;
    text-align: start;
    font-weight: inherit;
  }
  .section-button:hover .section-title,
  .history-button:hover .history-title {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .chevron {
    transition: transform 0.2s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(180deg);
  }
  /* Only an open panel gets a box: a collapsed one keeps the browser's
     hidden="until-found" (or plain hidden) styles untouched. */
  .section-body:not([hidden]) {
    display: grid;
    gap: 0.9em;
    padding: 0 0.25em 1.1em;
  }
  .facts {
    display: grid;
    gap: 0.6em;
    padding: 0;
    list-style: none;
  }
  .facts li {
    padding-inline-start: 0.9em;
    border-inline-start: 3px solid var(--privacy-notice-border);
  }
  .fact-name {
    display: block;
    font-weight: 650;
  }
  .fact-detail {
    display: block;
    color: var(--privacy-notice-muted);
    font-size: 0.92em;
  }
  .copy-link {
    display: inline-flex;
    justify-self: start;
    gap: 0.35em;
    align-items: center;
    padding: 0.2em 0;
    color: var(--privacy-notice-muted);
    font-size: 0.85em;
  }
  .copy-link:hover {
    color: inherit;
    text-decoration: underline;
  }
`;
