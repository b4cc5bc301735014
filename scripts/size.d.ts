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
  /** What one page downloads at most: the entry, other chunks, the largest translation. */
  page: Sizes;
}
export const DIST: string;
export const ENTRY: string;
export function measureBytes(bytes: Uint8Array): Sizes;
export function measureScriptTagDownload(dist?: string): ScriptTagDownload;
export function formatSizes(sizes: ScriptTagDownload): string;
