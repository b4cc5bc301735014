// Types for scripts/write-schema.js, so the unit test can import it.
import type {JsonSchema} from '../src/document/json-schema.js';
import type {Shape} from '../src/document/shape.js';

export const SCHEMA_ID: string;
export const DESCRIPTIONS: Record<string, string>;
export const ENUM_DESCRIPTIONS: Record<string, Record<string, string>>;
export const schemaFile: string;
export function buildSchema(parts: {noticeShape: Shape<unknown>; toJsonSchema: (shape: Shape<unknown>) => JsonSchema}): JsonSchema;
export function formatSchema(schema: JsonSchema): string;
