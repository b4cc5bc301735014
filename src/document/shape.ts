/**
 * A very small schema toolkit: each shape checks a value at run time, knows
 * its TypeScript type (through `Infer`) and writes its JSON Schema. The notice
 * document is declared once with these, so types, the published schema and the
 * widget's validator cannot drift apart. Measured against valibot and
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

export type JsonSchema = {[key: string]: unknown};

export const INVALID = Symbol('invalid');
type Result<T> = T | typeof INVALID;

export interface Shape<T> {
  /** Never set: carries the type for `Infer`. */
  readonly __type?: T;
  check(value: unknown, path: string, context: Context): Result<T>;
  json(): JsonSchema;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;
type Simplify<T> = {[K in keyof T]: T[K]} & {};

const MAX_ISSUES = 200;

export function report(list: Issue[], path: string, message: string): void {
  if (list.length < MAX_ISSUES) list.push({path, message});
}

export const quote = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? text.slice(0, 57) + '…"' : text;
};

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return `${typeof value} ${quote(value)}`;
}

const where = (path: string) => path || 'document';

function shape<T>(
  check: Shape<T>['check'],
  json: () => JsonSchema
): Shape<T> {
  return {check, json};
}

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
export const text = ({max, pattern, expected, format}: TextOptions) =>
  shape<string>(
    (value, path, context) => {
      if (typeof value !== 'string') {
        report(
          context.errors,
          where(path),
          `expected ${expected ?? 'text'}, found ${describeType(value)}`
        );
        return INVALID;
      }
      if (!value.trim()) {
        report(context.errors, where(path), 'must not be empty');
        return INVALID;
      }
      if (value.length > max) {
        report(
          context.errors,
          where(path),
          `is ${value.length} characters long; the limit is ${max}`
        );
        return INVALID;
      }
      if (pattern && !pattern.test(value)) {
        report(
          context.errors,
          where(path),
          `${quote(value)} is not ${expected ?? 'in the expected form'}`
        );
        return INVALID;
      }
      return value;
    },
    () => ({
      type: 'string',
      minLength: 1,
      maxLength: max,
      ...(pattern && {pattern: pattern.source}),
      ...(format && {format}),
    })
  );

/** One of a fixed list of words; a near miss gets a "did you mean". */
export const oneOf = <const T extends string>(
  values: readonly T[],
  noun: string
) =>
  shape<T>(
    (value, path, context) => {
      if (typeof value === 'string' && (values as readonly string[]).includes(value))
        return value as T;
      const guess = typeof value === 'string' ? suggest(value, values) : undefined;
      report(
        context.errors,
        where(path),
        typeof value === 'string'
          ? `${quote(value)} is not a known ${noun}` +
              (guess
                ? ` — did you mean ${quote(guess)}?`
                : `; use one of ${values.join(', ')}`)
          : `expected a ${noun} (${values.join(', ')}), found ${describeType(value)}`
      );
      return INVALID;
    },
    () => ({enum: [...values]})
  );

/** Exactly this number. */
export const exactly = <const T extends number>(expected: T, tooNew: string) =>
  shape<T>(
    (value, path, context) => {
      if (value === expected) return expected;
      report(
        context.errors,
        where(path),
        typeof value === 'number' && value > expected
          ? `${value} is newer than this version understands (${expected}): ${tooNew}`
          : `expected ${expected}, found ${describeType(value)}`
      );
      return INVALID;
    },
    () => ({const: expected})
  );

export const list = <T>(
  item: Shape<T>,
  {min = 0, max}: {min?: number; max: number}
) =>
  shape<T[]>(
    (value, path, context) => {
      if (!Array.isArray(value)) {
        report(
          context.errors,
          where(path),
          `expected a list, found ${describeType(value)}`
        );
        return INVALID;
      }
      if (value.length < min || value.length > max) {
        report(
          context.errors,
          where(path),
          value.length < min
            ? `needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`
            : `has ${value.length} entries; the limit is ${max}`
        );
        return INVALID;
      }
      const out: T[] = [];
      let ok = true;
      for (let i = 0; i < value.length; i++) {
        const checked = item.check(value[i], `${path}[${i}]`, context);
        if (checked === INVALID) ok = false;
        else out.push(checked);
      }
      return ok ? out : INVALID;
    },
    () => ({
      type: 'array',
      items: item.json(),
      ...(min && {minItems: min}),
      maxItems: max,
    })
  );

type Fields = Record<string, Shape<unknown>>;
export type ObjectType<R extends Fields, O extends Fields> = Simplify<
  {[K in keyof R]: Infer<R[K]>} & {[K in keyof O]?: Infer<O[K]>}
>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (object: object, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key);

/**
 * An object with required and optional keys. Unknown keys are warnings, not
 * errors, so documents written for a newer version still load; they are left
 * out of the result, which is always a fresh object (no `__proto__` games).
 */
export const object = <R extends Fields, O extends Fields = {}>(
  required: R,
  optional: O = {} as O
) => {
  const known = [...Object.keys(required), ...Object.keys(optional)];
  return shape<ObjectType<R, O>>(
    (value, path, context) => {
      if (!isPlainObject(value)) {
        report(
          context.errors,
          where(path),
          `expected an object, found ${describeType(value)}`
        );
        return INVALID;
      }
      const out: Record<string, unknown> = {};
      let ok = true;
      const prefix = path ? path + '.' : '';
      for (const key of Object.keys(required)) {
        if (!own(value, key)) {
          report(context.errors, prefix + key, 'is required but missing');
          ok = false;
          continue;
        }
        const checked = required[key].check(value[key], prefix + key, context);
        if (checked === INVALID) ok = false;
        else out[key] = checked;
      }
      for (const key of Object.keys(optional)) {
        if (!own(value, key) || value[key] === undefined) continue;
        const checked = optional[key].check(value[key], prefix + key, context);
        if (checked === INVALID) ok = false;
        else out[key] = checked;
      }
      for (const key of Object.keys(value)) {
        if (known.includes(key) || key === '$schema' || key === '$comment')
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
    () => ({
      type: 'object',
      properties: Object.fromEntries(
        Object.entries({...required, ...optional}).map(([key, field]) => [
          key,
          field.json(),
        ])
      ),
      required: Object.keys(required),
    })
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
      let ok = true;
      const keys = Object.keys(value);
      if (!keys.length) {
        report(context.errors, where(path), 'needs text in at least one language');
        return INVALID;
      }
      for (const key of keys) {
        const at = `${path}.${key.slice(0, 40)}`;
        const tag = languageTag.check(key, at, context);
        const checked = inner.check(value[key], at, context);
        if (tag === INVALID || checked === INVALID) ok = false;
        else out[tag] = checked;
      }
      return ok ? out : INVALID;
    },
    () => ({
      anyOf: [
        inner.json(),
        {
          type: 'object',
          propertyNames: languageTag.json(),
          additionalProperties: inner.json(),
          minProperties: 1,
        },
      ],
    })
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
    () => inner.json()
  );
