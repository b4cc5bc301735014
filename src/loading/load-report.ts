/**
 * Reporting a finished load, once the element shows it: for a document, once
 * rich text is in (DOMPurify may still be on its way), the interface speaks
 * its language, a linked section is scrolled to and the form and the cookie
 * panel are on screen, the warnings go to the console and
 * `privacy-notice-load` fires; for an error, `privacy-notice-error`.
 */
import type {ReactiveControllerHost} from 'lit';
import {negotiateLanguage} from '../document/language.js';
import {formatIssue} from '../document/validate.js';
import {PrivacyNoticeErrorEvent, PrivacyNoticeLoadEvent} from '../events.js';
import type {NoticeParts} from '../views/notice-parts.js';
import type {SectionState} from '../views/section-state.js';
import type {LoadState} from './notice-loader.js';
import type {SanitizerGate} from './sanitizer-gate.js';
import type {UiLanguage} from './ui-language.js';

export interface LoadReportSteps {
  /** Whether this load is still the one shown, on a connected element. */
  current: () => boolean;
  sanitizer: SanitizerGate;
  language: UiLanguage;
  sections: SectionState;
  parts: NoticeParts;
}

export async function reportLoad(
  host: ReactiveControllerHost & EventTarget,
  state: LoadState,
  {current, sanitizer, language, sections, parts}: LoadReportSteps
): Promise<void> {
  if (state.status === 'ready' && !sanitizer.ready) {
    await sanitizer.wait();
    await host.updateComplete;
    if (!current()) return;
  }
  if (!(await language.settle(current))) return;
  if (state.status === 'error') {
    console.error(`<privacy-notice>: ${state.error.message}`);
    host.dispatchEvent(new PrivacyNoticeErrorEvent(state.error));
    return;
  }
  if (state.status !== 'ready') return;
  if (state.warnings.length) {
    // One group, so a page with several notices stays readable.
    console.groupCollapsed(
      `<privacy-notice>: the notice document${state.url ? ` ${state.url}` : ''} has ${state.warnings.length} problem(s); the rest is shown`
    );
    console.warn(state.warnings.map(formatIssue).join('\n'));
    console.groupEnd();
  }
  const linked = sections.linked(state.notice);
  if (linked) sections.scrollTo(linked, false);
  // The form and the cookie panel come right after the first paint: the
  // notice is loaded once they are on screen too.
  await parts.settled(state.notice);
  await host.updateComplete;
  if (!current()) return;
  await parts.reveal(false).catch(() => {});
  host.dispatchEvent(
    new PrivacyNoticeLoadEvent(state.notice, negotiateLanguage(language.wanted(), state.notice.languages), state.warnings)
  );
}
