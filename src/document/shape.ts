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
}

/** What a shape accepts, as data: read by `toJsonSchema`, never by `check`. */
export type Spec =
  | {text: TextOptions}
  | {oneOf: readonly string[]}
  | {exactly: number}
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
  typeof value === 'string'
    ? JSON.stringify(value.length > 50 ? value.slice(0, 49) + '…' : value)
    : String(value);

/** `a list`, `an object`, or the value itself: `"yes"`, `42`, `null`. */
export const describeType = (value: unknown): string =>
  value === null || typeof value !== 'object'
    ? quote(value)
    : Array.isArray(value)
      ? 'a list'
      : 'an object';

const mismatch = (
  context: Context,
  path: string,
  what: string,
  value: unknown
): typeof INVALID =>
  fail(context, path, `expected ${what}, found ${describeType(value)}`);

const shape = <T>(check: Shape<T>['check'], spec: Spec): Shape<T> => ({
  check,
  spec,
});

export interface TextOptions {
  /** Longest allowed, in characters. */
  max: number;
  /** A regular expression the text must match. */
  pattern?: RegExp;
  /** Plain words for what `pattern` wants, as in "an ISO date like 2024-05-31". */
  expected?: string;
  /** JSON Schema `format`, for editors. */
  format?: string;
}

/** A non-empty string. */
export const text = (options: TextOptions) => {
  const {max, pattern, expected = 'text'} = options;
  return shape<string>(
    (value, path, context) =>
      typeof value !== 'string'
        ? mismatch(context, path, expected, value)
        : !value.trim()
          ? fail(context, path, 'must not be empty')
          : value.length > max
            ? fail(
                context,
                path,
                `is ${value.length} characters long; the limit is ${max}` +
                  (pattern ? ` for ${expected}` : '')
              )
            : pattern && !pattern.test(value)
              ? fail(context, path, `${quote(value)} is not ${expected}`)
              : value,
    {text: options}
  );
};

/** One of a fixed list of words; a near miss gets a "did you mean". */
export const oneOf = <const T extends string>(
  values: readonly T[],
  noun: string
) =>
  shape<T>(
    (value, path, context) => {
      if ((values as readonly unknown[]).includes(value)) return value as T;
      const guess =
        typeof value === 'string' && context.errors.length < MAX_ISSUES
          ? suggest(value, values)
          : undefined;
      return fail(
        context,
        path,
        `${describeType(value)} is not a known ${noun}` +
          (guess ? ` — did you mean ${quote(guess)}?` : `; use one of ${values.join(', ')}`)
      );
    },
    {oneOf: values}
  );

/** Exactly this version number; a newer one says what to do (`tooNew`). */
export const exactly = <const T extends number>(
  expected: T,
  tooNew = 'update privacy-notice'
) =>
  shape<T>(
    (value, path, context) =>
      value === expected
        ? expected
        : typeof value === 'number' && value > expected
          ? fail(
              context,
              path,
              `${value} is newer than this version understands (${expected}); ${tooNew}`
            )
          : mismatch(context, path, String(expected), value),
    {exactly: expected}
  );

export const list = <T>(
  item: Shape<T>,
  {min, max}: {min?: 1; max: number}
) =>
  shape<T[]>(
    (value, path, context) => {
      if (!Array.isArray(value)) return mismatch(context, path, 'a list', value);
      if (min && !value.length) return fail(context, path, 'must not be empty');
      if (value.length > max)
        return fail(context, path, `has ${value.length} entries; the limit is ${max}`);
      let ok = true;
      // Array.from visits the holes of a sparse array, which map would skip.
      const out = Array.from(value, (entry, i) => {
        const checked = item.check(entry, `${path}[${i}]`, context);
        if (checked === INVALID) ok = false;
        return checked;
      });
      return ok ? (out as T[]) : INVALID;
    },
    {list: item, min: min ?? 0, max}
  );

type Fields = Record<string, Shape<unknown>>;
export type ObjectType<R extends Fields, O extends Fields> = Simplify<
  {[K in keyof R]: Infer<R[K]>} & {[K in keyof O]?: Infer<O[K]>}
>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object with required and optional keys. Unknown keys are warnings, not
 * errors, so documents written for a newer version still load; they are left
 * out of the result, which is always a fresh object (no `__proto__` games).
 */
export const object = <R extends Fields, O extends Fields = {}>(
  required: R,
  optional: O = {} as O
) => {
  const fields: Fields = {...required, ...optional};
  const known = Object.keys(fields);
  return shape<ObjectType<R, O>>(
    (value, path, context) => {
      if (!isPlainObject(value)) return mismatch(context, path, 'an object', value);
      const out: Record<string, unknown> = {};
      let ok = true;
      const prefix = path ? path + '.' : '';
      for (const key of known) {
        // An `undefined` (from a program, never from JSON) counts as absent.
        const checked =
          value[key] === undefined || !Object.hasOwn(value, key)
            ? Object.hasOwn(required, key)
            ? fail(context, prefix + key, 'is missing')
              : undefined
            : fields[key].check(value[key], prefix + key, context);
        if (checked === INVALID) ok = false;
        else if (checked !== undefined) out[key] = checked;
      }
      for (const key of Object.keys(value)) {
        // Stop looking once the list is full: a million unknown keys must stay cheap.
        if (known.includes(key) || key[0] === '$' || context.warnings.length >= MAX_ISSUES)
          continue;
        const guess = suggest(key, known);
        report(
          context.warnings,
          prefix + key.slice(0, 60),
          'is not a known key and is ignored' +
            (guess ? ` — did you mean ${quote(guess)}?` : '')
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
export const localized = (
  inner: Shape<string>,
  languageTag: Shape<string>
) =>
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
        else out[tag] = checked;
      }
      return ok ? out : INVALID;
    },
    {localized: inner, tag: languageTag}
  );

/** Adds a check that needs the whole value, such as unique ids. */
export const refine = <T>(
  inner: Shape<T>,
  rule: (value: T, path: string, context: Context) => boolean
) =>
  shape<T>(
    (value, path, context) => {
      const checked = inner.check(value, path, context);
      return checked === INVALID || !rule(checked, path, context)
        ? INVALID
        : checked;
    },
    inner.spec
  );
