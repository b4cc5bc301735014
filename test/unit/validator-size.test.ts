/**
 * The validator ships in every script-tag page, so it has a budget, minified
 * and gzipped, built the way `vite build` builds the bundle. It was 3 KiB for
 * the first format (see README, "The notice document", for how it compares
 * with valibot and superstruct); the lenient reading the element renders
 * (`repairNotice`, the same shapes in repair mode) and the format's growth
 * for real notices (introduction, kinds, numbers, several phones, refused
 * rights, changes) took it to about 4.1 KiB.
 */
import {gzipSync} from 'node:zlib';
import {build, type Rollup} from 'vite';
import {expect, it} from 'vitest';

const BUDGET = 4.5 * 1024;

it('validateNotice, with the whole notice schema, stays under 4.5 KiB min+gzip', async () => {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: {
        input: new URL('../../src/document/repair.ts', import.meta.url).pathname,
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
