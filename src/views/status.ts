/** What shows while the notice loads, and when it cannot be shown. */
import {html, nothing} from 'lit';
import {html as staticHtml} from 'lit/static-html.js';
import type {NoticeLoadError} from '../events.js';
import {msg, str} from '../localization.js';
import {isSafeUrl} from '../sanitize.js';
import {headingTag} from './text.js';

export const loadingText = () =>
  msg('Loading privacy notice…', {desc: 'Shown and announced while the privacy notice document is being fetched.'});

/** A placeholder that keeps the space the notice will take. */
export const loadingView = () =>
  html`<div class="loading" part="loading" aria-hidden="true">
    <span class="spinner"></span>${loadingText()}
  </div>`;

/** The reason in plain words for a site visitor; details go to the console. */
function reason(error: NoticeLoadError): string {
  switch (error.kind) {
    case 'network':
      return msg('It could not be loaded. Check your internet connection and try again.', {
        desc: 'Error: the privacy notice could not be fetched (network error or offline).',
      });
    case 'timeout':
      return msg('Loading it took too long. Try again in a moment.', {desc: 'Error: fetching the privacy notice timed out.'});
    case 'http':
      return error.status === 404 || error.status === 410
        ? msg('It was not found at its address.', {desc: 'Error: the privacy notice document was not found (HTTP 404).'})
        : msg(str`The server answered with an error (${error.status ?? '?'}).`, {
            desc: 'Error: the server answered the request for the privacy notice with an HTTP error; the number is the HTTP status code.',
          });
    case 'content-type':
      return msg('Its address did not return a privacy notice document.', {
        desc: 'Error: the address returned something else than a notice document (for example a web page).',
      });
    case 'too-large':
      return msg('The document is too large to show.', {desc: 'Error: the privacy notice document is larger than the size limit.'});
    case 'json':
      return msg('The document is damaged and cannot be read.', {desc: 'Error: the privacy notice document is not valid JSON.'});
    case 'invalid':
      return msg('The document is not in the expected format.', {
        desc: 'Error: the privacy notice document does not follow the notice document format.',
      });
    case 'no-source':
      return msg('No privacy notice has been set up here yet.', {desc: 'Error: the element was not given any privacy notice document.'});
  }
}

const canRetry = (error: NoticeLoadError) =>
  error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500);

export function errorView(error: NoticeLoadError, headingLevel: number, retry: () => void) {
  const h = headingTag(headingLevel);
  const url = error.url && isSafeUrl(error.url) ? error.url : undefined;
  return html`<div class="error" part="error" role="alert">
    ${staticHtml`<${h} class="error-heading">${msg('The privacy notice could not be shown', {desc: 'Heading of the message shown when the privacy notice cannot be loaded or is broken.'})}</${h}>`}
    <p>${reason(error)}</p>
    ${
      url || canRetry(error)
        ? html`<p class="error-actions">
          ${
            canRetry(error)
              ? html`<button type="button" @click=${retry}>
                ${msg('Try again', {id: 'load-error-retry', desc: 'Button that loads the privacy notice again after an error.'})}
              </button>`
              : nothing
          }
          ${
            url
              ? html`<a href=${url} rel="noopener noreferrer"
                >${msg('Open the document itself', {desc: 'Link to the privacy notice document file, shown when it cannot be displayed here.'})}</a
              >`
              : nothing
          }
        </p>`
        : nothing
    }
  </div>`;
}
