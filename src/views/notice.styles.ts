import {css} from 'lit';

/**
 * The notice's frame: the article, its header (title, dates, language
 * buttons), the summary, rich text wherever it appears, and the legal
 * references at the end.
 */
export const noticeStyles = css`
  .notice {
    display: grid;
    gap: calc(var(--privacy-notice-gap) * 1.25);
  }
  .header {
    display: grid;
    gap: 0.5em;
  }
  .title {
    font-size: clamp(1.4em, 1em + 2vw, 1.75em);
    font-weight: 700;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    color: var(--privacy-notice-muted);
    font-size: 0.9em;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .languages button {
    padding: 0.2em 0.85em;
    border: 1px solid var(--privacy-notice-border);
    border-radius: 999px;
  }
  .languages button[aria-pressed='true'] {
    border-color: var(--privacy-notice-accent);
    box-shadow: inset 0 0 0 1px var(--privacy-notice-accent);
    color: var(--privacy-notice-accent);
    font-weight: 650;
  }
  .summary {
    padding: 0.9em 1.1em;
    border-inline-start: 4px solid var(--privacy-notice-accent);
    border-radius: var(--privacy-notice-radius);
    background: var(--privacy-notice-surface);
    font-size: 1.05em;
  }
  .rich > * + * {
    margin-block-start: 0.75em;
  }
  .rich ul,
  .rich ol {
    padding-inline-start: 1.4em;
  }
  .rich table {
    width: 100%;
    border-collapse: collapse;
  }
  .rich th,
  .rich td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--privacy-notice-border);
    text-align: start;
    vertical-align: top;
  }
  .legal {
    color: var(--privacy-notice-muted);
    font-size: 0.8em;
  }
  .legal ul {
    display: inline;
    padding: 0;
    list-style: none;
  }
  .legal li {
    display: inline;
  }
  .legal span::after,
  .legal li:not(:last-child)::after {
    content: '; ';
  }
  .legal span::after {
    content: ': ';
  }
`;
