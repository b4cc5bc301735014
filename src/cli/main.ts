/**
 * The `privacy-notice` command. `bin/privacy-notice.js` calls `main` with the
 * arguments and exits with what it returns:
 *
 *   0  every document is valid (warnings allowed)
 *   1  a document is not valid, or could not be read or fetched
 *   2  usage error: unknown command or option, or no documents given
 */
import {readFileSync} from 'node:fs';
import {checkNotice} from '../document/check.js';
import {suggest} from '../document/suggest.js';
import {FETCH_TIMEOUT, InputError, readInput} from './read-input.js';
import {runImport} from './import.js';
import {runRender} from './render.js';
import {colours, formatHuman, formatJson, noColours, toFileResult, type FileResult} from './report.js';

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

const HELP = `Usage: privacy-notice <check|import|render> …

Checks privacy-notice documents: first that the widget can use them (errors),
then what GDPR Art. 13/14 asks that they do not say (warnings, each with its
article and why it matters).

Commands:
  check <file|URL|->...   check files, http(s) URLs, or standard input (-)
  import <file|URL|->     your existing notice (text, Markdown, HTML, .docx) as a
                          notice document (import --help for its options)
  render <file|URL|->     the notice as static HTML (render --help for its options)
  help                    show this text

Options:
  --json                  print one JSON object for tools instead of text
  --timeout <seconds>     how long a URL may take (default ${FETCH_TIMEOUT / 1000})
  -h, --help              show this text
  -v, --version           show the version

Exit status: 0 all valid (warnings allowed), 1 a document is not valid or
could not be read, 2 usage error.
`;

/** Where `main` writes; the real process streams unless a test says otherwise. */
export interface Output {
  stdout: {write(text: string): unknown; isTTY?: boolean};
  stderr: {write(text: string): unknown};
  env: Record<string, string | undefined>;
}

const defaultOutput = (): Output => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

function version(): string {
  const file = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as {version: string}).version;
}

const OPTIONS = ['--json', '--timeout', '--help', '--version', '-h', '-v'];
const COMMANDS = ['check', 'render', 'import', 'help'];

/** Runs the command; resolves to the exit status. Never throws. */
export async function main(argv: readonly string[], output = defaultOutput()): Promise<number> {
  if (argv[0] === 'render') return runRender(argv.slice(1), output);
  if (argv[0] === 'import') return runImport(argv.slice(1), output);
  const usage = (message: string) => {
    output.stderr.write(`privacy-notice: ${message}\nRun "privacy-notice --help" for usage.\n`);
    return EXIT_USAGE;
  };
  const sources: string[] = [];
  let json = false;
  let timeout = FETCH_TIMEOUT;
  let command: string | undefined;
  let optionsEnded = false;
  const args = [...argv];
  for (let arg = args.shift(); arg !== undefined; arg = args.shift()) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '--timeout' || arg.startsWith('--timeout='))) {
      const value = arg === '--timeout' ? args.shift() : arg.slice('--timeout='.length);
      const seconds = Number(value);
      if (!value || !(seconds > 0)) return usage('--timeout needs a number of seconds, such as 10');
      timeout = seconds * 1000;
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      if (arg === '--help' || arg === '-h') {
        output.stdout.write(HELP);
        return EXIT_VALID;
      }
      if (arg === '--version' || arg === '-v') {
        output.stdout.write(version() + '\n');
        return EXIT_VALID;
      }
      if (arg === '--json') json = true;
      else {
        const guess = suggest(arg, OPTIONS);
        return usage(`unknown option "${arg}"` + (guess ? ` — did you mean "${guess}"?` : ''));
      }
    } else if (command === undefined) command = arg;
    else sources.push(arg);
  }
  if (command === undefined) {
    output.stderr.write(HELP);
    return EXIT_USAGE;
  }
  if (command === 'help') {
    output.stdout.write(HELP);
    return EXIT_VALID;
  }
  if (command !== 'check') {
    const guess = suggest(command, COMMANDS);
    return usage(`unknown command "${command}"` + (guess ? ` — did you mean "${guess}"?` : ''));
  }
  if (!sources.length) return usage('check needs at least one file or URL');

  const results: FileResult[] = [];
  for (const source of sources) results.push(await checkSource(source, timeout));

  if (json) output.stdout.write(formatJson(results));
  else {
    const env = output.env;
    const colour = !env.NO_COLOR && (!!env.FORCE_COLOR || (output.stdout.isTTY === true && env.TERM !== 'dumb'));
    output.stdout.write(formatHuman(results, colour ? colours : noColours));
  }
  return results.every((result) => result.valid) ? EXIT_VALID : EXIT_INVALID;
}

/** Reads and checks one input; a read failure is a result, not an exception. */
async function checkSource(source: string, timeout: number): Promise<FileResult> {
  try {
    return toFileResult(source, checkNotice(await readInput(source, {timeout})));
  } catch (error) {
    const message = error instanceof InputError ? error.message : `could not be checked: ${String(error)}`;
    return {source, valid: false, errors: [{path: '', message}], warnings: [], unreadable: true};
  }
}
