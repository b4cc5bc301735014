/** What the importer takes and gives back: its options, the result, the report of how the text was read. */
import type {NoticeDocument, SectionKind} from '../document/schema.js';
import type {Dropped} from './blocks.js';
import type {FactFound} from './facts.js';
import type {Confidence} from './kinds.js';

export type InputFormat = 'text' | 'markdown' | 'html';

export interface ImportOptions {
  /** How to read the input; guessed from the file name and the text when absent. */
  format?: InputFormat;
  /** The file name, for guessing the format. */
  fileName?: string;
  /** The notice's language (BCP 47), when the guess should not decide. */
  lang?: string;
}

export interface SectionReport {
  id: string;
  title?: string;
  number?: string;
  kind: SectionKind;
  kinds: SectionKind[];
  confidence: Confidence;
  because: string;
  line: number;
}

export interface ImportReport {
  format: InputFormat | 'docx';
  languages: string[];
  /** Each language's share of the recognised words. */
  languageShares: Record<string, number>;
  title: {value: string; line?: number; found: boolean};
  sections: SectionReport[];
  facts: FactFound[];
  dropped: Dropped[];
  /** What the format needs and the text does not say, with where it goes. */
  authorMustAdd: {path: string; message: string}[];
  notes: string[];
}

export interface ImportResult {
  /** A document that passes `validateNotice`; absent when the input holds no notice. */
  document?: NoticeDocument;
  report: ImportReport;
  /** Why there is no document. */
  error?: string;
}

/** A report with nothing found yet. */
export const emptyReport = (format: ImportReport['format']): ImportReport => ({
  format,
  languages: [],
  languageShares: {},
  title: {value: '', found: false},
  sections: [],
  facts: [],
  dropped: [],
  authorMustAdd: [],
  notes: [],
});

export class ImportError extends Error {
  override name = 'ImportError';
}
