import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {useElementPolicy} from '../../build/lit-policy.js';

// The production module the bundle gets (vite resolves lit-html without the "development" condition).
const litHtml = readFileSync(new URL('../../node_modules/lit-html/lit-html.js', import.meta.url), 'utf8');

describe("the bundle's Lit on the element's Trusted Types policy", () => {
  it("replaces lit-html's own policy with the element's, once", () => {
    expect(litHtml).toContain('createPolicy("lit-html"');
    const out = useElementPolicy(litHtml);
    expect(out).not.toContain('createPolicy(');
    expect(out.match(/__privacyNoticePolicy/g)).toHaveLength(2); // the import and the use
    expect(out.split('\n')[0]).toMatch(/^import \{policy as __privacyNoticePolicy\} from ".*src[\\/]trusted-types\.ts";$/);
  });

  it('fails the build when a Lit upgrade changed the expression', () => {
    expect(() => useElementPolicy('const p = tt.createPolicy("lit-html", {createHTML: (s) => s});')).toThrow(
      /expected lit-html to create its Trusted Types policy once, found 0/
    );
    expect(() => useElementPolicy('export const x = 1;')).toThrow(/found 0/);
  });
});
