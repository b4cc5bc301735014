/**
 * `privacy-notice import <file|URL|-> [-o notice.json] [--lang fi] [--json]`:
 * the notice you already have → a notice document, with a report of how it
 * was read and then the checker's warnings for the result.
 *
 *   0  a valid document was written
 *   1  the input holds no notice, or could not be read
 *   2  usage error
 */
import {readFile, stat, writeFile} from 'node:fs/promises';
import {checkNotice, type CheckWarning} from '../document/check.js';
import {canonicalLanguageTag} from '../document/language.js';
import {suggest} from '../document/suggest.js';
import {
  importDocx,
  importNotice,
  MAX_DOCX_BYTES,
  MAX_INPUT_CHARS,
  type ImportReport,
  type ImportResult,
  type InputFormat,
} from '../import/index.js';
import {FETCH_TIMEOUT, isUrl} from './read-input.js';
import type {Output} from './main.js';
import {colours, noColours, type Paint} from './report.js';

const IMPORT_HELP = `Usage: privacy-notice import <file|URL|-> [-o notice.json] [--lang fi] [--json]

Reads a privacy notice you already have — plain text copied from a web page
or PDF, Markdown, an HTML page or CMS export, or a Word .docx — and writes a
notice document. Prints how it was read (sections and their kinds, every fact
with its line, what was dropped as page furniture, what you must add), then
what "privacy-notice check" says about the result.

Options:
  -o, --output <file>     write the document here (default: standard output,
                          with the report on standard error)
  --lang <tag>            the notice's language (default: guessed: fi, sv, en)
  --format <kind>         text, markdown, html or docx (default: from the file
                          name and content)
  --json                  print one JSON object for tools
  --timeout <seconds>     how long a URL may take (default ${FETCH_TIMEOUT / 1000})
  -h, --help              show this text

Exit status: 0 a valid document was written, 1 the input holds no notice or
could not be read, 2 usage error.
`;

const OPTIONS = ['--output', '--lang', '--format', '--json', '--timeout', '--help', '-o', '-h'];
const FORMATS = ['text', 'markdown', 'html', 'docx'];
/** Bytes read from a file, standard input or URL. */
const MAX_BYTES = Math.max(MAX_DOCX_BYTES, MAX_INPUT_CHARS);

class ReadError extends Error {}

export async function runImport(argv: readonly string[], output: Output): Promise<number> {
  const usage = (message: string) => {
    output.stderr.write(`privacy-notice import: ${message}\nRun "privacy-notice import --help" for usage.\n`);
    return 2;
  };
  let source: string | undefined;
  let out: string | undefined;
  let lang: string | undefined;
  let format: string | undefined;
  let json = false;
  let timeout = FETCH_TIMEOUT;
  const args = [...argv];
  let optionsEnded = false;
  for (let arg = args.shift(); arg !== undefined; arg = args.shift()) {
    const value = () => {
      const eq = arg.indexOf('=');
      return eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : args.shift();
    };
    const name = arg.startsWith('--') ? arg.split('=')[0] : arg;
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (name === '-h' || name === '--help')) {
      output.stdout.write(IMPORT_HELP);
      return 0;
    } else if (!optionsEnded && (name === '-o' || name === '--output')) {
      out = value();
      if (!out) return usage(`${name} needs a file name`);
    } else if (!optionsEnded && name === '--lang') {
      lang = canonicalLanguageTag(value() ?? '');
      if (!lang) return usage('--lang needs a language tag such as fi, sv or en');
    } else if (!optionsEnded && name === '--format') {
      format = value();
      if (!format || !FORMATS.includes(format)) return usage(`--format is one of ${FORMATS.join(', ')}`);
    } else if (!optionsEnded && name === '--timeout') {
      const seconds = Number(value());
      if (!(seconds > 0)) return usage('--timeout needs a number of seconds, such as 10');
      timeout = seconds * 1000;
    } else if (!optionsEnded && name === '--json') json = true;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      const guess = suggest(name, OPTIONS);
      return usage(`unknown option "${arg}"` + (guess ? ` — did you mean "${guess}"?` : ''));
    } else if (source === undefined) source = arg;
    else return usage('import takes one file or URL at a time');
  }
  if (source === undefined) return usage('import needs a file, a URL or - for standard input');

  let result: ImportResult;
  try {
    const {bytes, name, contentType} = await readBytes(source, timeout);
    const docx =
      format === 'docx' ||
      (!format && (/\.docx$/i.test(name) || /wordprocessingml/.test(contentType) || (bytes[0] === 0x50 && bytes[1] === 0x4b)));
    if (docx) result = await importDocx(bytes, {lang});
    else
      result = importNotice(decode(bytes), {
        lang,
        fileName: name,
        format:
          (format as InputFormat | undefined) ??
          (/html/.test(contentType) ? 'html' : /markdown/.test(contentType) ? 'markdown' : undefined),
      });
  } catch (error) {
    const message = error instanceof ReadError ? error.message : `could not be read: ${String(error)}`;
    if (json) output.stdout.write(JSON.stringify({ok: false, source, error: message}, null, 2) + '\n');
    else output.stderr.write(`✖ ${source} ${message}\n`);
    return 1;
  }

  if (!result.document) {
    if (json) output.stdout.write(JSON.stringify({ok: false, source, error: result.error, report: result.report}, null, 2) + '\n');
    else output.stderr.write(`✖ ${source} ${result.error}\n`);
    return 1;
  }
  const document = {$schema: 'https://unpkg.com/privacy-notice/privacy-notice.schema.json', ...result.document};
  const text = JSON.stringify(document, null, 2) + '\n';
  const check = checkNotice(result.document);
  if (out) {
    try {
      await writeFile(out, text);
    } catch (error) {
      output.stderr.write(`✖ could not write ${out}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  if (json) {
    output.stdout.write(
      JSON.stringify(
        {
          ok: true,
          source,
          output: out ?? null,
          ...(out ? {} : {document}),
          report: result.report,
          check: {valid: check.valid, warnings: check.warnings},
        },
        null,
        2
      ) + '\n'
    );
    return 0;
  }
  const env = output.env;
  const target = out ? output.stdout : output.stderr;
  const colour = !env.NO_COLOR && (!!env.FORCE_COLOR || ((target as {isTTY?: boolean}).isTTY === true && env.TERM !== 'dumb'));
  if (!out) output.stdout.write(text);
  target.write(formatImportReport(source, out, result.report, check.warnings, colour ? colours : noColours));
  return 0;
}

/** The bytes of a file, standard input or URL, refused beyond `MAX_BYTES`. */
async function readBytes(source: string, timeout: number): Promise<{bytes: Uint8Array; name: string; contentType: string}> {
  const tooLarge = (size: number | string) => new ReadError(`is ${size} bytes; the limit is ${MAX_BYTES} bytes`);
  if (isUrl(source)) {
    const signal = AbortSignal.timeout(timeout);
    let response: Response;
    try {
      response = await fetch(source, {
        signal,
        headers: {
          Accept:
            'text/html, text/markdown, text/plain, application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9, */*;q=0.5',
        },
      });
    } catch (error) {
      throw new ReadError(
        signal.aborted
          ? `did not answer within ${timeout / 1000} s`
          : `could not be fetched: ${(error as Error & {cause?: Error}).cause?.message ?? (error as Error).message}`
      );
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new ReadError(`answered HTTP ${response.status} ${response.statusText}`.trim());
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_BYTES) {
      void response.body?.cancel().catch(() => {});
      throw tooLarge(declared);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > MAX_BYTES) throw tooLarge(`over ${MAX_BYTES}`);
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof ReadError) throw error;
      throw new ReadError(signal.aborted ? `did not arrive within ${timeout / 1000} s` : `could not be read: ${(error as Error).message}`);
    }
    return {bytes: Buffer.concat(chunks), name: new URL(source).pathname, contentType: response.headers.get('content-type') ?? ''};
  }
  if (source === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BYTES) throw tooLarge(`over ${MAX_BYTES}`);
      chunks.push(chunk);
    }
    return {bytes: Buffer.concat(chunks), name: '', contentType: ''};
  }
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new ReadError('is a directory, not a file');
    if (info.size > MAX_BYTES) throw tooLarge(info.size);
    return {bytes: await readFile(source), name: source, contentType: ''};
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : `cannot be read: ${(error as Error).message}`
    );
  }
}

/** UTF-8, or Windows-1252 for the older files that are not. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const clip = (text: string, max = 70) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** The human report: what was read, what was dropped, what to add, then the checker. */
function formatImportReport(source: string, out: string | undefined, report: ImportReport, warnings: CheckWarning[], paint: Paint): string {
  const lines: string[] = [];
  lines.push(
    `${paint.green('✔')} ${paint.bold(source)} → ${paint.bold(out ?? 'standard output')}: ${report.sections.length} sections, language ${report.languages.join(', ')}, read as ${report.format}`,
    ''
  );
  lines.push(paint.bold('Sections'));
  for (const s of report.sections)
    lines.push(
      `  ${(s.number ?? '').padEnd(4)}${(s.kind + (s.kinds.length ? `+${s.kinds.join('+')}` : '')).padEnd(30)} ${s.confidence.padEnd(6)}  ${clip(s.title ?? '(no heading)', 50)} ${paint.dim(`line ${s.line}; ${s.because}`)}`
    );
  lines.push('', paint.bold('Facts, each with the line it came from'));
  for (const f of report.facts) lines.push(`  ${f.path.padEnd(34)} ${clip(f.value, 44).padEnd(44)} ${paint.dim(`line ${f.line}`)}`);
  if (!report.facts.length) lines.push('  (none)');
  if (report.dropped.length) {
    lines.push('', paint.bold('Dropped as page furniture (not part of the notice)'));
    for (const d of report.dropped) lines.push(`  ${paint.dim(`line ${d.line}`)}  ${d.reason}: "${clip(d.text)}"`);
  }
  if (report.authorMustAdd.length) {
    lines.push('', paint.bold('You must add'));
    for (const a of report.authorMustAdd) lines.push(`  ${paint.yellow(a.path)}: ${a.message}`);
  }
  if (report.notes.length) {
    lines.push('', paint.bold('Notes'));
    for (const n of report.notes) lines.push(`  ${n}`);
  }
  lines.push('', paint.bold(`What "privacy-notice check" says: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`));
  for (const w of warnings) lines.push(`  ${paint.yellow('warning')}  ${w.path || 'document'}: ${w.message} ${paint.dim(`[${w.code}]`)}`);
  return lines.join('\n') + '\n';
}
