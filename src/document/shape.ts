/**
 * A very small schema toolkit: each shape checks a value at run time, knows
 * its TypeScript type (through `Infer`) and describes itself as plain data
 * (`spec`), from which `json-schema.ts` writes the JSON Schema. The notice
 * document is declared once with these, so types, the published schema and the
 * widget's validator cannot drift apart. The JSON Schema writer lives in its
 * own module so the widget does not ship it. Measured against valibot and
 * superstruct for the same document, this is the smallest (see README).
 */
import {suggest} from './suggest.js';

/** One thing wrong (or doubtful) in a document, with where it is. */
export interface Issue {
  /** Where, as in `sections[3].kind`; empty for the whole document. */
  path: string;
  /** What is wrong, in plain words, with a suggestion where one exists. */
  message: string;
}

/** Collects errors and warnings while a document is checked. */
export interface Context {
  errors: Issue[];
  warnings: Issue[];
  /**
   * Repair instead of reject (`repairNotice`): normalise text, drop what is
   * invalid at the smallest level (field, list item, section), and report
   * each repair as an error, so the strict result and the repairs agree.
   */
  lenient?: boolean;
  /** Lenient mode: interface text for a required heading the document lacks. */
  placeholder?: (what: 'title' | 'controller') => string;
  /** Lenient mode: the paths `placeholder` has filled so far. */
  filled?: string[];
}

/** What a shape accepts, as data: read by `toJsonSchema`, never by `check`. */
export type Spec =
  | {text: TextOptions}
  | {oneOf: readonly string[]}
  | {exactly: number}
  | {boolean: true}
  | {list: Shape<unknown>; min: number; max: number}
  | {object: Fields; optional: Fields}
  | {localized: Shape<string>; tag: Shape<string>};

export const INVALID = Symbol();
type Result<T> = T | typeof INVALID;

export interface Shape<T> {
  /** Never set: carries the type for `Infer`. */
  readonly __type?: T;
  check(value: unknown, path: string, context: Context): Result<T>;
  spec: Spec;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;
type Simplify<T> = {[K in keyof T]: T[K]} & {};

/** Enough to fix a document; a hostile one must not fill memory with issues. */
const MAX_ISSUES = 200;

export function report(list: Issue[], path: string, message: string): void {
  if (list.length < MAX_ISSUES) list.push({path, message});
}

/** Reports an error and gives the mark of a rejected value. */
function fail(context: Context, path: string, message: string): typeof INVALID {
  report(context.errors, path, message);
  return INVALID;
}

/** A primitive as an author would write it, cut short. */
export const quote = (value: unknown): string =>
  // Cut first: a 20 MB string must not be copied whole to say it is wrong.
  typeof value === 'string' ? JSON.stringify(value.length > 50 ? value.slice(0, 49) + '…' : value) : String(value);

/** `a list`, `an object`, or the value itself: `"yes"`, `42`, `null`. */
export const describeType = (value: unknown): string =>
  value === null || typeof value !== 'object' ? quote(value) : Array.isArray(value) ? 'a list' : 'an object';

const mismatch = (context: Context, path: string, what: string, value: unknown): typeof INVALID =>
  fail(context, path, `expected ${what}, found ${describeType(value)}`);

const shape = <T>(check: Shape<T>['check'], spec: Spec): Shape<T> => ({
  check,
  spec,
});

export interface TextOptions {
  /** Longest allowed, in characters. */
  max: number;
  /** A check beyond `pattern`, such as "this date exists", and what failing it means. */
  test?: [(value: string) => boolean, string];
  /** Lenient mode: a canonical spelling (language-tag case); may throw. */
  canonical?: (value: string) => string;
  /** A regular expression the text must match. */
  pattern?: RegExp;
  /** Plain words for what `pattern` wants, as in "an ISO date like 2024-05-31". */
  expected?: string;
  /** JSON Schema `format`, for editors. */
  format?: string;
}

// C0/C1 controls but tab and newlines, and the bidi embeddings, overrides and
// isolates: invisible, and able to reorder the text around them.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const all = (pattern: RegExp) => new RegExp(pattern.source, 'g');
// Nothing a reader can see: white space, format characters (zero-width space,
// joiners, BOM, soft hyphen) and controls.
const INVISIBLE = /^[\s\p{Cf}\p{Cc}]*$/u;

/**
 * Lenient mode's normalisation, none of which changes what a reader sees:
 * Unicode NFC, lone surrogates replaced (U+FFFD), controls and bidi
 * overrides removed, ends trimmed, and text longer than `max` cut with an
 * ellipsis, never inside a surrogate pair.
 */
export function normaliseText(value: string, max = Infinity): string {
  let out = value.replace(all(LONE_SURROGATE), '\ufffd').replace(all(CONTROLS), '').normalize('NFC').trim();
  if (out.length > max) {
    const end = /[\ud800-\udbff]/.test(out[max - 2]) ? max - 2 : max - 1;
    out = out.slice(0, end).trimEnd() + '…';
  }
  return out;
}

/** A non-empty string. */
export const text = (options: TextOptions) => {
  const {max, pattern, expected = 'text', test, canonical} = options;
  return shape<string>(
    (input, path, context) => {
      if (typeof input !== 'string') return mismatch(context, path, expected, input);
      const original = input;
      let value = input;
      // Cut first: a 20 MB string is tested on its first characters only.
      const hidden = CONTROLS.test(original.slice(0, 1e6)) || LONE_SURROGATE.test(original.slice(0, 1e6));
      if (context.lenient) {
        // A field with a pattern holds a code (a date, an address): cutting it
        // would change what it says, so only free text is cut.
        value = normaliseText(original, pattern ? Infinity : max);
        if (canonical && pattern?.test(value)) {
          try {
            value = canonical(value);
          } catch {
            // Left as it is: the checks below report it.
          }
        }
        if (!pattern && original.length > max && !INVISIBLE.test(value))
          report(context.errors, path, `is ${original.length} characters long; the limit is ${max} (shown cut short)`);
      }
      if (hidden) report(context.warnings, path, 'contains invisible control characters' + (context.lenient ? ' (removed)' : ''));
      return INVISIBLE.test(value)
        ? fail(context, path, 'must not be empty')
        : value.length > max
          ? fail(context, path, `is ${value.length} characters long; the limit is ${max}` + (pattern ? ` for ${expected}` : ''))
          : pattern && !pattern.test(value)
            ? fail(context, path, `${quote(value)} is not ${expected}`)
            : test && !test[0](value)
              ? fail(context, path, `${quote(value)} ${test[1]}`)
              : value;
    },
    {text: options}
  );
};

/** `true` or `false`. */
export const boolean = () =>
  shape<boolean>((value, path, context) => (typeof value === 'boolean' ? value : mismatch(context, path, 'true or false', value)), {
    boolean: true,
  });

/** One of a fixed list of words; a near miss gets a "did you mean". */
export const oneOf = <const T extends string>(values: readonly T[], noun: string) =>
  shape<T>(
    (value, path, context) => {
      if ((values as readonly unknown[]).includes(value)) return value as T;
      const guess = typeof value === 'string' && context.errors.length < MAX_ISSUES ? suggest(value, values) : undefined;
      return fail(
        context,
        path,
        `${describeType(value)} is not a known ${noun}` + (guess ? ` — did you mean ${quote(guess)}?` : `; use one of ${values.join(', ')}`)
      );
    },
    {oneOf: values}
  );

/** Exactly this version number; a newer one says what to do (`tooNew`). */
export const exactly = <const T extends number>(expected: T, tooNew = 'update privacy-notice') =>
  shape<T>(
    (value, path, context) => {
      if (value === expected) return expected;
      if (typeof value !== 'number' || !(value > expected)) return mismatch(context, path, String(expected), value);
      const message = `${value} is newer than this version understands (${expected}); ${tooNew}`;
      // Lenient: shown as far as this version understands it (see repairNotice).
      if (!context.lenient) return fail(context, path, message);
      report(context.warnings, path, message);
      return expected;
    },
    {exactly: expected}
  );

export const list = <T>(item: Shape<T>, {min, max}: {min?: 1; max: number}) =>
  shape<T[]>(
    (value, path, context) => {
      if (!Array.isArray(value)) return mismatch(context, path, 'a list', value);
      if (min && !value.length) return fail(context, path, 'must not be empty');
      if (value.length > max) {
        const message = `has ${value.length} entries; the limit is ${max}`;
        if (!context.lenient) return fail(context, path, message);
        report(context.errors, path, message + ' (the rest are left out)');
        value = value.slice(0, max);
      }
      let ok = true;
      const out: T[] = [];
      // A plain loop visits the holes of a sparse array, which map would skip.
      for (let i = 0; i < (value as unknown[]).length; i++) {
        const checked = item.check((value as unknown[])[i], `${path}[${i}]`, context);
        if (checked === INVALID) ok = false;
        else out.push(checked);
      }
      // Lenient: an invalid entry is left out, not the whole list.
      if (context.lenient) return min && !out.length ? INVALID : out;
      return ok ? out : INVALID;
    },
    {list: item, min: min ?? 0, max}
  );

type Fields = Record<string, Shape<unknown>>;
export type ObjectType<R extends Fields, O extends Fields> = Simplify<{[K in keyof R]: Infer<R[K]>} & {[K in keyof O]?: Infer<O[K]>}>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object with required and optional keys. Unknown keys are warnings, not
 * errors, so documents written for a newer version still load; they are left
 * out of the result, which is always a fresh object (no `__proto__` games).
 */
/**
 * Lenient mode: a value for a required key that is missing or invalid, built
 * from the rest of the object (`partial`, checked already). Without one, or
 * when it gives `undefined`, the whole object is invalid.
 */
type Fallbacks = Record<string, (partial: Record<string, unknown>, index: number, context: Context) => unknown>;

export const object = <R extends Fields, O extends Fields = Record<never, never>>(
  required: R,
  optional: O = {} as O,
  fallbacks: Fallbacks = {}
) => {
  const fields: Fields = {...required, ...optional};
  const known = Object.keys(fields);
  return shape<ObjectType<R, O>>(
    (value, path, context) => {
      if (!isPlainObject(value)) return mismatch(context, path, 'an object', value);
      const out: Record<string, unknown> = {};
      let ok = true;
      const prefix = path ? path + '.' : '';
      const repairs: string[] = [];
      for (const key of known) {
        // An `undefined` (from a program, never from JSON) counts as absent.
        const checked =
          value[key] === undefined || !Object.hasOwn(value, key)
            ? Object.hasOwn(required, key)
              ? fail(context, prefix + key, 'is missing')
              : undefined
            : fields[key].check(value[key], prefix + key, context);
        if (checked === INVALID) {
          // Lenient: an optional field is left out; a required one is rebuilt.
          if (!context.lenient) ok = false;
          else if (Object.hasOwn(required, key)) repairs.push(key);
        } else if (checked !== undefined) out[key] = checked;
      }
      for (const key of repairs) {
        const index = Number(/\[(\d+)\]$/.exec(path)?.[1] ?? 0);
        const repaired = fallbacks[key]?.(out, index, context);
        if (repaired === undefined) ok = false;
        else out[key] = repaired;
      }
      for (const key of Object.keys(value)) {
        // Stop looking once the list is full: a million unknown keys must stay cheap.
        if (known.includes(key) || key[0] === '$' || context.warnings.length >= MAX_ISSUES) continue;
        const guess = suggest(key, known);
        report(
          context.warnings,
          prefix + key.slice(0, 60),
          'is not a known key and is ignored' + (guess ? ` — did you mean ${quote(guess)}?` : '')
        );
      }
      return ok ? (out as ObjectType<R, O>) : INVALID;
    },
    {object: required, optional}
  );
};

/**
 * Text in the document's languages: a plain string (in the first language) or
 * an object of language tag → string.
 */
export const localized = (inner: Shape<string>, languageTag: Shape<string>) =>
  shape<string | {[language: string]: string}>(
    (value, path, context) => {
      if (!isPlainObject(value)) return inner.check(value, path, context);
      const out: {[language: string]: string} = {};
      const keys = Object.keys(value);
      if (!keys.length) return fail(context, path, 'must not be empty');
      let ok = true;
      for (const key of keys) {
        const at = `${path}.${key.slice(0, 60)}`;
        const tag = languageTag.check(key, at, context);
        const checked = inner.check(value[key], at, context);
        if (tag === INVALID || checked === INVALID) ok = false;
        // Lenient: the first text of a language wins ("fi" before "FI").
        if (checked !== INVALID && context.lenient) {
          // Text under a malformed tag ("en_US") is kept, in no stated language.
          const as = tag === INVALID ? 'und' : tag;
          if (!Object.hasOwn(out, as)) out[as] = checked;
        } else if (tag !== INVALID && checked !== INVALID) out[tag] = checked;
      }
      // Lenient: what is left of the languages, if any.
      if (context.lenient) return Object.keys(out).length ? out : INVALID;
      return ok ? out : INVALID;
    },
    {localized: inner, tag: languageTag}
  );

/** Adds a check that needs the whole value, such as unique ids. */
export const refine = <T>(inner: Shape<T>, rule: (value: T, path: string, context: Context) => boolean) =>
  shape<T>((value, path, context) => {
    const checked = inner.check(value, path, context);
    return checked === INVALID || !rule(checked, path, context) ? INVALID : checked;
  }, inner.spec);
