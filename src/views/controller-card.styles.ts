import {css} from 'lit';

/** The contact cards: the controller, its representative and the contacts. */
export const cardStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: var(--privacy-notice-gap);
  }
  .card {
    display: grid;
    align-content: start;
    gap: 0.3em;
    padding: 0.9em 1.1em;
    border: 1px solid var(--privacy-notice-border);
    border-radius: var(--privacy-notice-radius);
  }
  .card-heading {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--privacy-notice-muted);
  }
  .card-name {
    font-weight: 650;
  }
  .card-title {
    color: var(--privacy-notice-muted);
  }
  .card-address {
    display: grid;
    font-style: normal;
  }
  .card-details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .card-details dt {
    color: var(--privacy-notice-muted);
  }
  .card-details dt::after {
    content: ':';
  }
  /* Email and web addresses and phone numbers read left to right, and apart
     from what is around them, in a document of either direction: never
     "4567 123 40 358+". */
  .card a {
    direction: ltr;
    unicode-bidi: isolate;
  }
`;
