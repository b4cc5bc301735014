/**
 * The element's one Trusted Types policy, named `privacy-notice`.
 *
 * Where the browser has no `setHTML`, DOMPurify hands each rich-text string
 * to the browser's HTML parser through it (src/sanitize/purify.ts; `setHTML`
 * is no Trusted Types sink and needs none), and in the script-tag bundle Lit
 * makes its templates with it too (build/lit-policy.ts). So a page under
 * `require-trusted-types-for 'script'` allows this one name, and the names a
 * page's own Lit (`lit-html`) or DOMPurify (`dompurify`) create never clash
 * with ours. src/sanitize.ts imports this module up front on every path: the
 * policy must be made before the tag is defined (see below), and a page then
 * needs the same names whichever browser visits it.
 *
 * The policy passes strings through unchanged, as Lit's and DOMPurify's own
 * do: what reaches it is Lit's template text and DOMPurify's input, which
 * DOMPurify then cleans. It lives in this module only; nothing exposes it.
 */
import type {Config} from 'dompurify';

export type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createHTML(input: string): string; createScriptURL(input: string): string}): Policy;
}

function createPolicy(): Policy | undefined {
  const factory = (globalThis as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  if (!factory) return undefined;
  // A second copy of the script renders nothing (the first one defined the
  // element); asking for the name again would be refused, with a violation
  // report, on a page whose policy has no 'allow-duplicates'.
  if (globalThis.customElements?.get('privacy-notice')) return undefined;
  try {
    return factory.createPolicy('privacy-notice', {
      createHTML: (input) => input,
      // DOMPurify requires the hook; no allowed tag or attribute takes a script URL.
      createScriptURL: () => '',
    });
  } catch (error) {
    console.error(
      `<privacy-notice>: this page's Content-Security-Policy refuses the Trusted Types policy "privacy-notice", so the notice cannot be shown; add privacy-notice to its trusted-types directive. (${String(error)})`
    );
    return undefined;
  }
}

export const policy: Policy | undefined = createPolicy();
