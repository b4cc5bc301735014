import type {LocalizedText, NoticeDocument} from '../document/schema.js';
import type {PickedText} from '../document/language.js';
import type {UiLocale} from '../localization.js';

/** What every view needs to render part of a notice. */
export interface ViewContext {
  notice: NoticeDocument;
  /** The document language chosen for this render. */
  language: string;
  /** The interface language (msg() already answers in it during render). */
  uiLocale: UiLocale;
  /**
   * `lang` for interface text placed inside the document: the interface
   * locale when it differs from `language`, else undefined (bind it as
   * `lang=${view.uiLang ?? nothing}`).
   */
  uiLang?: string;
  /** Level of the element's top-level headings (h2 by default). */
  headingLevel: number;
  /**
   * Paths the document lacks and `repairNotice` filled with placeholder text
   * (`title`, `controller.name`): views show interface text or nothing there.
   */
  placeholders: readonly string[];
  /** A document string in `language`, with fallback (see `pickText`). */
  pick(value: LocalizedText | undefined): PickedText | undefined;
}
