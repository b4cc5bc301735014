/**
 * The demo as `npm start` serves it (vite's dev server, this repository's
 * vite.config.ts) runs under the strict CSP: every page answers with the
 * policy, and in Chromium no `securitypolicyviolation` event fires while a
 * notice renders, its sections open and consent is given. The dev server
 * gets its own dependency cache, so it does not disturb a running `npm start`.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {createServer, type ViteDevServer} from 'vite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../../scripts/chromium.js';
import {STRICT_CSP_WITH_LIT} from '../../scripts/csp.js';

let server: ViteDevServer;
let browser: Browser;
let base: string;
const cacheDir = mkdtempSync(join(tmpdir(), 'privacy-notice-csp-'));

beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    cacheDir,
    logLevel: 'silent',
    server: {host: '127.0.0.1', port: 0, strictPort: false, hmr: false},
  });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(cacheDir, {recursive: true, force: true});
});

/** Opens a page, exercises its notice; what the policy reported. */
async function visit(path: string, {notice = true} = {}) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as {__violations: string[]};
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} (${e.sourceFile}:${e.lineNumber})`)
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const response = await page.goto(base + path);
  const csp = response?.headers()['content-security-policy'];
  let status: string | undefined;
  if (notice) {
    await page.waitForFunction(
      () => {
        const el = document.querySelector('privacy-notice') as (Element & {status?: string}) | null;
        return el?.status === 'ready' || el?.status === 'error';
      },
      null,
      {timeout: 20_000}
    );
    status = await page.evaluate(async () => {
      const el = document.querySelector('privacy-notice') as HTMLElement & {status: string; updateComplete: Promise<unknown>};
      for (const selector of ['[part~="toggle-all"]', '[part~="consent-button"]']) {
        el.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
        await el.updateComplete;
      }
      return el.status;
    });
  }
  // Violation events arrive as tasks of their own.
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => (window as unknown as {__violations: string[]}).__violations);
  await page.close();
  return {csp, status, violations, errors};
}

describe('the demo under npm start runs with the strict CSP', () => {
  for (const path of ['/demo/', '/demo/embed/plain.html', '/demo/embed/cms.html']) {
    it(`${path}: served with the policy, notice shown, no violation`, async () => {
      const result = await visit(path);
      expect(result.csp).toBe(STRICT_CSP_WITH_LIT);
      expect(result.status).toBe('ready');
      expect(result.violations).toEqual([]);
      expect(result.errors).toEqual([]);
    }, 40_000);
  }

  it("/demo/requests.html (the demo receiver's page): no violation", async () => {
    const result = await visit('/demo/requests.html', {notice: false});
    expect(result.csp).toBe(STRICT_CSP_WITH_LIT);
    expect(result.violations).toEqual([]);
  }, 40_000);
});
