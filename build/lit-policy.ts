/**
 * A vite build plugin for the script-tag bundle: the Lit inside it makes its
 * templates with the element's own Trusted Types policy (`privacy-notice`,
 * src/trusted-types.ts) instead of creating `lit-html`. A page that runs its
 * own Lit keeps `lit-html` to itself, and a page under Trusted Types allows
 * one name for the element. `lib/` (for bundlers, with the app's own Lit) is
 * not touched: there Lit's `lit-html` policy is the app's.
 *
 * The rewrite is of one known expression in lit-html's production module;
 * when a Lit upgrade changes it, the build fails here instead of quietly
 * shipping a bundle that needs another policy name.
 */
import {fileURLToPath} from 'node:url';
import type {Plugin} from 'vite';

const POLICY_MODULE = fileURLToPath(new URL('../src/trusted-types.ts', import.meta.url));

/** `t.createPolicy("lit-html",{createHTML:e=>e})`, however the minifier named things. */
const LIT_POLICY = /\b[\w$]+\.createPolicy\("lit-html",\{createHTML:([\w$]+)=>\1\}\)/g;

/** lit-html's module with its policy swapped for ours (throws when not found exactly once). */
export function useElementPolicy(code: string): string {
  const found = code.match(LIT_POLICY) ?? [];
  if (found.length !== 1) {
    throw new Error(
      `build/lit-policy.ts: expected lit-html to create its Trusted Types policy once, found ${found.length}; update the pattern for this Lit version`
    );
  }
  return (
    `import {policy as __privacyNoticePolicy} from ${JSON.stringify(POLICY_MODULE)};\n` + code.replace(LIT_POLICY, '__privacyNoticePolicy')
  );
}

export function litElementPolicy(): Plugin {
  return {
    name: 'privacy-notice:lit-policy',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      return {code: useElementPolicy(code), map: null};
    },
  };
}
