export * from './schema.js';
export * from './validate.js';
export * from './check.js';
export * from './finnish-business-id.js';
