export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export interface FileSizes extends Sizes {
  file: string;
}
export interface ScriptTagDownload {
  files: FileSizes[];
  /** Every file. */
  total: Sizes;
  /** Per entry, what one page in one interface language downloads with it. */
  pages: PageSizes[];
  /** The largest of `pages`. */
  page: PageSizes;
}
export interface PageSizes extends Sizes {
  /** privacy-notice.js (with the largest translation it may fetch) or a language entry. */
  entry: string;
}
export const DIST: string;
export const ENTRY: string;
export function measureBytes(bytes: Uint8Array): Sizes;
export function measureScriptTagDownload(dist?: string): ScriptTagDownload;
export function formatSizes(sizes: ScriptTagDownload): string;
/** One page's download in steps (see measureBudgets in size.js). */
export interface BudgetRow {
  entry: string;
  /** The interface language of the page. */
  language: string;
  firstPaint: Sizes;
  withSetHTML: Sizes;
  withDOMPurify: Sizes;
  /** The files each step counts. */
  files: {firstPaint: string[]; withSetHTML: string[]; withDOMPurify: string[]};
}
export function measureBudgets(dist?: string): BudgetRow[];
export function formatBudgets(rows: BudgetRow[]): string;
