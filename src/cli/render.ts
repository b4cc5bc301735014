/**
 * `privacy-notice render <file|URL|-> [--lang fi] [-o notice.html]`: the
 * document as static HTML to paste inside `<privacy-notice>` (see
 * docs/cli-render.md). The document is read leniently, as the element reads
 * it: what is invalid is left out, with a warning on standard error.
 *
 *   0  rendered (warnings allowed)
 *   1  nothing to render: unreadable input, not JSON, no section with text;
 *      or the output file could not be written
 *   2  usage error
 */
import {writeFile} from 'node:fs/promises';
import {canonicalLanguageTag, primaryLanguage} from '../document/language.js';
import {formatIssue} from '../document/validate.js';
import {suggest} from '../document/suggest.js';
import {renderStaticNotice} from '../render/render-notice.js';
import {FETCH_TIMEOUT, InputError, readInput} from './read-input.js';

/** Where `runRender` writes (the same shape as `main`'s). */
export interface RenderOutput {
  stdout: {write(text: string): unknown};
  stderr: {write(text: string): unknown};
}

const RENDER_HELP = `Usage: privacy-notice render <file|URL|-> [options]

Writes the notice as static HTML, to paste inside <privacy-notice> as its
children: what browsers without JavaScript, crawlers, reader modes and print
show, and what the element replaces with its own rendering.

Options:
  --lang <tag>            the language to render (default: the document's first)
  -o, --output <file>     write to a file instead of standard output
  --inline-json           include the document as <script type="application/json">,
                          so the element needs no src
  --heading-level <1-6>   level of the title heading (default 2), as the
                          element's heading-level
  --timeout <seconds>     how long a URL may take (default ${FETCH_TIMEOUT / 1000})
  -h, --help              show this text

Problems in the document are printed as warnings and left out of the HTML.
Exit status: 0 rendered, 1 nothing could be rendered (or the file not written),
2 usage error.
`;

const OPTIONS = ['--lang', '--output', '--inline-json', '--heading-level', '--timeout', '--help', '-o', '-h'];

/** Runs `render` with the arguments after the command name; resolves to the exit status. */
export async function runRender(argv: readonly string[], output: RenderOutput): Promise<number> {
  const usage = (message: string) => {
    output.stderr.write(`privacy-notice render: ${message}\nRun "privacy-notice render --help" for usage.\n`);
    return 2;
  };
  const sources: string[] = [];
  let lang: string | undefined;
  let file: string | undefined;
  let inlineJson = false;
  let headingLevel = 2;
  let timeout = FETCH_TIMEOUT;
  let optionsEnded = false;
  const args = [...argv];
  for (let arg = args.shift(); arg !== undefined; arg = args.shift()) {
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      sources.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args.shift();
    switch (name) {
      case '-h':
      case '--help':
        output.stdout.write(RENDER_HELP);
        return 0;
      case '--inline-json':
        inlineJson = true;
        break;
      case '--lang': {
        const tag = value();
        if (!tag || !canonicalLanguageTag(tag)) return usage('--lang needs a language tag, such as fi or sv-FI');
        lang = tag;
        break;
      }
      case '-o':
      case '--output': {
        const path = value();
        if (!path) return usage(`${name} needs a file name`);
        file = path;
        break;
      }
      case '--heading-level': {
        const level = Number(value());
        if (!Number.isInteger(level) || level < 1 || level > 6) return usage('--heading-level needs a number from 1 to 6');
        headingLevel = level;
        break;
      }
      case '--timeout': {
        const seconds = Number(value());
        if (!(seconds > 0)) return usage('--timeout needs a number of seconds, such as 10');
        timeout = seconds * 1000;
        break;
      }
      default: {
        const guess = suggest(name, OPTIONS);
        return usage(`unknown option "${name}"` + (guess ? ` — did you mean "${guess}"?` : ''));
      }
    }
  }
  if (sources.length !== 1)
    return usage(sources.length ? 'render takes one document at a time' : 'render needs a file, URL or - (standard input)');
  const [source] = sources;

  let text: string;
  try {
    text = await readInput(source, {timeout});
  } catch (error) {
    const message = error instanceof InputError ? error.message : `could not be read: ${String(error)}`;
    output.stderr.write(`privacy-notice render: ${source} ${message}\n`);
    return 1;
  }
  const result = await renderStaticNotice(text, {lang, headingLevel, inlineJson});
  for (const issue of result.issues) {
    output.stderr.write(`${result.html ? 'warning' : 'error'}  ${formatIssue(issue)}\n`);
  }
  if (!result.html) {
    output.stderr.write(`privacy-notice render: ${source} has nothing that can be shown\n`);
    return 1;
  }
  if (lang && result.language && primaryLanguage(lang) !== primaryLanguage(result.language)) {
    output.stderr.write(`warning  the document has no "${lang}" text; rendered in "${result.language}"\n`);
  }
  if (file === undefined) {
    output.stdout.write(result.html);
    return 0;
  }
  try {
    await writeFile(file, result.html, 'utf8');
  } catch (error) {
    output.stderr.write(`privacy-notice render: could not write ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}
