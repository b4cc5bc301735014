/**
 * The validator ships in every script-tag page, so it has a budget: 3 KiB
 * minified and gzipped, built the way `vite build` builds the bundle. See
 * README, "The notice document", for how it compares with valibot and
 * superstruct.
 */
import {gzipSync} from 'node:zlib';
import {build, type Rollup} from 'vite';
import {expect, it} from 'vitest';

const BUDGET = 3 * 1024;

it('validateNotice, with the whole notice schema, stays under 3 KiB min+gzip', async () => {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: {
        input: new URL('../../src/document/validate.ts', import.meta.url).pathname,
        preserveEntrySignatures: 'strict',
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const [output] = Array.isArray(result) ? result : [result];
  const chunks = output.output.filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  expect(chunks).toHaveLength(1);
  const code = chunks[0].code;
  // The JSON Schema writer and the checker must stay out of it.
  expect(code).not.toMatch(/properties|additionalProperties|legal-basis-missing/);
  const size = gzipSync(code, {level: 9}).length;
  expect(size).toBeLessThan(BUDGET);
}, 60_000);
