import {css} from 'lit';

/**
 * The change history disclosure (looks like a section) and the "changed
 * since your last visit" mark beside the title.
 */
export const changeHistoryStyles = css`
  .history {
    border-block: 1px solid var(--privacy-notice-border);
  }
  .history-body:not([hidden]) {
    padding: 0 0.25em 1.1em;
  }
  .history-list {
    display: grid;
    gap: 0.9em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .history-list li {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 0.9em;
    border-inline-start: 3px solid var(--privacy-notice-border);
  }
  .history-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.9em;
    color: var(--privacy-notice-muted);
    font-size: 0.92em;
  }
  .changed-mark {
    display: inline-flex;
    justify-self: start;
    align-items: center;
    gap: 0.45em;
    padding: 0.1em 0.75em;
    border: 1px solid var(--privacy-notice-accent);
    border-radius: 999px;
    color: var(--privacy-notice-accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  .changed-mark::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }
  @media (forced-colors: active) {
    .history-list li,
    .changed-mark {
      border-color: CanvasText;
    }
  }
  @media print {
    .history-body[hidden] {
      display: block;
      padding: 0 0.25em 1.1em;
      content-visibility: visible;
    }
  }
`;
