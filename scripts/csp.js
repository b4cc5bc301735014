/**
 * The strict Content-Security-Policy the element is proven under (the CSP
 * browser tests, the demo under `npm start`) and that the README gives sites.
 * Trusted Types names: `lit-html` (Lit's template policy) and `dompurify`
 * (the sanitiser's); nothing else is needed.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');
