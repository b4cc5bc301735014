/**
 * Writes a shape's JSON Schema (draft 2020-12) from its `spec`. Lives apart
 * from `shape.ts` so the widget, which only checks documents, does not ship
 * it; `scripts/write-schema.js` uses it to make `privacy-notice.schema.json`.
 */
import type {Shape} from './shape.js';

export type JsonSchema = {[key: string]: unknown};

/**
 * A RegExp's source as a JSON Schema `pattern`, which has no flags: the `i`
 * flag is spelled out as `[aA]` (outside classes) and `a-zA-Z` (inside).
 */
export function jsonPattern(pattern: RegExp): string {
  if (!pattern.flags) return pattern.source;
  if (pattern.flags !== 'i') throw new Error(`cannot write the flags of /${pattern.source}/${pattern.flags}`);
  let out = '';
  let inClass = false;
  const source = pattern.source;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      out += char + source[++i];
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower === upper || !/[a-z]/i.test(char)) {
      out += char;
    } else if (inClass) {
      // A range such as a-z gains A-Z; a single letter gains its other case.
      if (source[i + 1] === '-' && /[a-z]/i.test(source[i + 2] ?? '')) {
        const end = source[i + 2];
        out += `${lower}-${end.toLowerCase()}${upper}-${end.toUpperCase()}`;
        i += 2;
      } else {
        out += lower + upper;
      }
    } else {
      out += `[${lower}${upper}]`;
    }
  }
  return out;
}

/** The JSON Schema of a shape: what editors use for completion and hover. */
export function toJsonSchema(shape: Shape<unknown>): JsonSchema {
  const spec = shape.spec;
  if ('text' in spec) {
    const {max, pattern, format} = spec.text;
    return {
      type: 'string',
      minLength: 1,
      maxLength: max,
      ...(pattern && {pattern: jsonPattern(pattern)}),
      ...(format && {format}),
    };
  }
  if ('oneOf' in spec) return {enum: [...spec.oneOf]};
  if ('exactly' in spec) return {const: spec.exactly};
  if ('boolean' in spec) return {type: 'boolean'};
  if ('list' in spec)
    return {
      type: 'array',
      items: toJsonSchema(spec.list),
      ...(spec.min && {minItems: spec.min}),
      maxItems: spec.max,
    };
  if ('object' in spec) {
    const fields = {...spec.object, ...spec.optional};
    return {
      type: 'object',
      properties: Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, toJsonSchema(field)])),
      required: Object.keys(spec.object),
    };
  }
  const inner = toJsonSchema(spec.localized);
  return {
    anyOf: [
      inner,
      {
        type: 'object',
        propertyNames: toJsonSchema(spec.tag),
        additionalProperties: inner,
        minProperties: 1,
      },
    ],
  };
}
