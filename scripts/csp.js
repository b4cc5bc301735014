/**
 * The strict Content-Security-Policy the element is proven under (the CSP
 * browser tests, the demo under `npm start`) and that the README gives sites.
 *
 * STRICT_CSP is for the script-tag bundle: one Trusted Types name,
 * `privacy-notice` — the element's own policy, used by its DOMPurify and by
 * the Lit inside the bundle (src/trusted-types.ts, build/lit-policy.ts).
 * STRICT_CSP_WITH_LIT adds `lit-html`, the policy Lit itself creates: needed
 * when the element runs from source or from npm on the app's own Lit (the
 * demo under `npm start` does).
 */
const base = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'"];

export const STRICT_CSP = [...base, 'trusted-types privacy-notice'].join('; ');
export const STRICT_CSP_WITH_LIT = [...base, 'trusted-types lit-html privacy-notice'].join('; ');
