export * from './schema.js';
export * from './validate.js';
export * from './repair.js';
export * from './check.js';
export * from './finnish-business-id.js';
