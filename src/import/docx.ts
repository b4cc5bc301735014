/**
 * .docx: checked as a zip first (its central directory's declared sizes,
 * so a zip bomb is refused before anything is inflated), then converted to
 * HTML by mammoth, loaded through dynamic import so that only the CLI and
 * the editor ever fetch it, and read as HTML.
 */
import {importParsed} from './build.js';
import {parseHtml} from './html.js';
import {emptyReport, type ImportOptions, type ImportResult} from './result.js';

/** Bytes of .docx accepted. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** Bytes all its parts may inflate to, as the zip declares them. */
export const MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024;
const MAX_ENTRIES = 5000;

export class DocxError extends Error {
  override name = 'DocxError';
}

export interface ZipSummary {
  entries: number;
  uncompressed: number;
  names: string[];
}

/**
 * Reads a zip's central directory without inflating anything. Throws
 * `DocxError` for what is not a zip, a ZIP64 archive (never needed for a
 * notice), too many entries, or more than `MAX_DOCX_UNCOMPRESSED` bytes.
 */
export function inspectZip(bytes: Uint8Array, maxUncompressed = MAX_DOCX_UNCOMPRESSED): ZipSummary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50) throw new DocxError('is not a .docx file (not a zip archive)');
  let eocd = -1;
  for (let k = bytes.length - 22; k >= Math.max(0, bytes.length - 22 - 0xffff); k--)
    if (view.getUint32(k, true) === 0x06054b50) {
      eocd = k;
      break;
    }
  if (eocd < 0) throw new DocxError('is a damaged zip archive (no central directory)');
  const entries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) throw new DocxError('is a ZIP64 archive, which a .docx notice never needs');
  if (entries > MAX_ENTRIES) throw new DocxError(`holds ${entries} files; a .docx notice has a few dozen`);
  if (cdOffset + cdSize > bytes.length) throw new DocxError('is a damaged zip archive (its directory points past the end)');
  let uncompressed = 0;
  const names: string[] = [];
  let p = cdOffset;
  for (let e = 0; e < entries; e++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50)
      throw new DocxError('is a damaged zip archive (bad directory entry)');
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff) throw new DocxError('is a ZIP64 archive, which a .docx notice never needs');
    uncompressed += size;
    if (uncompressed > maxUncompressed)
      throw new DocxError(`would inflate to over ${maxUncompressed} bytes (declared in the zip); refused as a possible zip bomb`);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    names.push(new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extra + comment;
  }
  return {entries, uncompressed, names};
}

/** Imports a .docx file's bytes. Never throws: a refusal is `error`. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  let html: string;
  const notes: string[] = [];
  try {
    if (bytes.length > MAX_DOCX_BYTES) throw new DocxError(`is ${bytes.length} bytes; the limit is ${MAX_DOCX_BYTES}`);
    const zip = inspectZip(bytes);
    if (!zip.names.includes('word/document.xml')) throw new DocxError('is a zip archive but not a Word document (no word/document.xml)');
    const loaded = (await import('mammoth')) as unknown as {default?: Mammoth} & Mammoth;
    const mammoth = loaded.default ?? loaded;
    const copy = bytes.slice();
    const result = await mammoth.convertToHtml(
      {buffer: copy, arrayBuffer: copy.buffer},
      {
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"],
      }
    );
    html = result.value;
    for (const message of result.messages.slice(0, 20)) if (message.type === 'error') notes.push(`Word conversion: ${message.message}`);
  } catch (error) {
    const reason = error instanceof DocxError ? error.message : `could not be read as .docx: ${(error as Error).message ?? String(error)}`;
    return {error: reason, report: {...emptyReport('docx'), notes}};
  }
  const result = importParsed('docx', () => parseHtml(html), options);
  result.report.notes.push(...notes);
  return result;
}

interface Mammoth {
  convertToHtml(
    input: unknown,
    options?: {externalFileAccess?: boolean; ignoreEmptyParagraphs?: boolean; styleMap?: string[]}
  ): Promise<{value: string; messages: {type: string; message: string}[]}>;
}
