/**
 * A vite build plugin that removes bytes no visitor needs from the script-tag
 * bundle: the `desc` notes for translators in `msg()` options (they live in
 * the XLIFF files), and the whitespace and comments inside Lit `css` blocks.
 * Source files and `lib/` keep both.
 */
import type {Plugin} from 'vite';

const literal = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60[^\x60$]*\x60)`;
const descOption = new RegExp(String.raw`([{,]\s*)desc:\s*${literal}(?:\s*\+\s*${literal})*\s*,?`, 'g');

/** `msg('Hi', {desc: 'greeting'})` → `msg('Hi', {})`. */
export function stripMessageDescriptions(code: string): string {
  return code.includes('desc:') ? code.replace(descOption, '$1') : code;
}

/** CSS strings (`content: '; '`), which the minifier must not touch. */
const CSS_STRING = /('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/;

function minifyCssCode(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** Minifies CSS text outside its strings and comments; strings are kept byte for byte. */
export function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(CSS_STRING)
    .map((part, i) => (i % 2 ? part : minifyCssCode(part)))
    .join('')
    .trim();
}

/** Minifies the static text of every css`…` block, leaving `${…}` parts as they are. */
export function minifyCssTemplates(code: string): string {
  return code.replace(/\bcss`([^`]*)`/g, (_, body: string) => {
    const parts = body.split(/(\$\{[^}]*\})/);
    return 'css`' + parts.map((part) => (part.startsWith('${') ? part : minifyCssText(part))).join('') + '`';
  });
}

export function shrinkSources(): Plugin {
  return {
    name: 'privacy-notice:shrink-sources',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyCssTemplates(stripMessageDescriptions(code));
      return out === code ? null : {code: out, map: null};
    },
  };
}
