#!/usr/bin/env node
// The `privacy-notice` command; the code is compiled to lib/ by `npm run build:lib`
// (npm install runs it through `prepare`).
let main;
try {
  ({main} = await import('../lib/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('privacy-notice: lib/ is missing or incomplete; run `npm run build:lib` first.');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
