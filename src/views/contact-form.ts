import {nothing, type ReactiveController} from 'lit';
import type {PrivacyNoticeElement} from '../privacy-notice.js';
import type {ViewContext} from './view-context.js';

/**
 * Owns the state of the contact and objection form and renders it (placeholder: filled in by its issue).
 */
export class ContactFormController implements ReactiveController {
  constructor(private readonly host: PrivacyNoticeElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  render(_view: ViewContext) {
    void this.host;
    return nothing;
  }
}
