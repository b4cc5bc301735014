// Browser tests: real Chromium (Debian's /usr/bin/chromium, or CHROME_PATH),
// driven by Playwright. Every module in test/server/ adds middleware: the real
// local HTTP endpoints the network tests talk to.
import {readdir} from 'node:fs/promises';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './scripts/chromium.js';

const serverDir = new URL('./test/server/', import.meta.url);
const middleware = [];
for (const file of (await readdir(serverDir)).filter((f) => f.endsWith('.js')).sort()) {
  const module = await import(new URL(file, serverDir));
  middleware.push(...[module.middleware ?? []].flat());
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
