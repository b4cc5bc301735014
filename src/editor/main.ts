/**
 * The editor page's entry: the real <privacy-notice> for the preview, and
 * <notice-editor>. A separate bundle (scripts/build-editor.js): nothing here
 * is ever in the widget's.
 */
import '../define.js';
import {NoticeEditorElement} from './notice-editor.js';
import {RichTextElement} from './rich-text.js';

if (!customElements.get('pn-rich-text')) customElements.define('pn-rich-text', RichTextElement);
if (!customElements.get('notice-editor')) customElements.define('notice-editor', NoticeEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'notice-editor': NoticeEditorElement;
  }
}
