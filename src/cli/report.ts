/**
 * How `privacy-notice check` prints its findings: for people (default) or as
 * one JSON object for tools (`--json`).
 */
import type {CheckReport, CheckWarning} from '../document/check.js';
import type {Issue} from '../document/shape.js';

/** One checked input: what was given on the command line, and the outcome. */
export interface FileResult {
  source: string;
  valid: boolean;
  errors: Issue[];
  warnings: CheckWarning[];
  /** Set when the input could not be read or fetched (then `errors` says why). */
  unreadable?: true;
  /** Set when the checker itself failed on the input (then `errors` says why). */
  failed?: true;
}

export const toFileResult = (source: string, report: CheckReport): FileResult => ({
  source,
  valid: report.valid,
  errors: report.errors,
  warnings: report.warnings,
  ...(report.failed && {failed: report.failed}),
});

export interface Summary {
  files: number;
  valid: number;
  invalid: number;
  warnings: number;
}

export function summarise(results: FileResult[]): Summary {
  const valid = results.filter((result) => result.valid).length;
  return {
    files: results.length,
    valid,
    invalid: results.length - valid,
    warnings: results.reduce((sum, result) => sum + result.warnings.length, 0),
  };
}

/** The `--json` output: stable keys, one object. */
export const formatJson = (results: FileResult[]): string =>
  JSON.stringify({valid: results.every((r) => r.valid), summary: summarise(results), files: results}, null, 2) + '\n';

/** ANSI colours, or none (NO_COLOR, not a terminal). */
export interface Paint {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

export const colours: Paint = {
  red: ansi(31, 39),
  green: ansi(32, 39),
  yellow: ansi(33, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
};

const same = (text: string) => text;
export const noColours: Paint = {red: same, green: same, yellow: same, dim: same, bold: same};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The human report: per file ✔/✖, its errors, its warnings; then a summary. */
export function formatHuman(results: FileResult[], paint: Paint): string {
  const lines: string[] = [];
  for (const result of results) {
    const counts = [result.errors.length && plural(result.errors.length, 'error'), plural(result.warnings.length, 'warning')].filter(
      Boolean
    );
    if (result.unreadable) {
      lines.push(`${paint.red('✖')} ${paint.bold(result.source)} could not be checked: it ${result.errors[0]?.message}`, '');
      continue;
    }
    if (result.failed) {
      // Never "valid": a checker that broke has not judged the document.
      lines.push(`${paint.red('✖')} ${paint.bold(result.source)} ${result.errors[0]?.message}`, '');
      continue;
    }
    lines.push(
      result.valid
        ? `${paint.green('✔')} ${paint.bold(result.source)} is valid, ${counts.join(', ')}`
        : `${paint.red('✖')} ${paint.bold(result.source)} is not valid: ${counts.join(', ')}`
    );
    for (const error of result.errors) lines.push(`  ${paint.red('error')}    ${error.path || 'document'}: ${error.message}`);
    for (const warning of result.warnings) {
      lines.push(`  ${paint.yellow('warning')}  ${warning.path || 'document'}: ${warning.message}` + ` ${paint.dim(`[${warning.code}]`)}`);
      const why = [warning.article, warning.why].filter(Boolean).join(' — ');
      if (why) lines.push(`           ${paint.dim(why)}`);
    }
    lines.push('');
  }
  const summary = summarise(results);
  const line = `${plural(summary.files, 'file')} checked: ${summary.valid} valid, ${summary.invalid} not valid, ${plural(summary.warnings, 'warning')}.`;
  lines.push(summary.invalid ? paint.red(line) : paint.green(line));
  return lines.join('\n') + '\n';
}
