#!/usr/bin/env node
/**
 * `npm run test:wordpress`: the WordPress plugin's checks.
 *
 * 1. `php -l` on every PHP file of the plugin;
 * 2. Debian's phpcs with wordpress/privacy-notice/.phpcs.xml.dist (generic
 *    sniffs: the WordPress Coding Standards themselves come only from
 *    Composer/Packagist, which is not reachable here);
 * 3. test/wordpress/ against a real WordPress (scripts/wordpress-server.js)
 *    in Chromium, with the zip `npm run build:wordpress` made.
 *
 * Without PHP or WordPress on the machine it says so plainly and exits 0
 * (`.ci/run` installs them, so CI always runs everything). WORDPRESS_TESTS=require
 * turns the skip into a failure.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DEFAULT_ZIP, missingForWordPress} from './wordpress-server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLUGIN = join(ROOT, 'wordpress', 'privacy-notice');
const started = Date.now();
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function skip(reason) {
  const message = `WordPress tests SKIPPED: ${reason}. Install with: apt-get install wordpress mariadb-server php-cli php-mysql php-xml php-mbstring php-codesniffer unzip (as .ci/run does).`;
  if (process.env.WORDPRESS_TESTS === 'require') {
    console.error(message.replace('SKIPPED', 'cannot run'));
    process.exit(1);
  }
  console.log(message);
  process.exit(0);
}

if (!has('php')) skip('php is not installed');

// 1. php -l
const phpFiles = readdirSync(PLUGIN, {recursive: true})
  .filter((file) => file.endsWith('.php') && !file.startsWith('assets'))
  .map((file) => join(PLUGIN, file));
let lintFailed = false;
for (const file of phpFiles) {
  const lint = spawnSync('php', ['-l', file], {encoding: 'utf8'});
  if (lint.status !== 0) {
    lintFailed = true;
    console.error(lint.stdout + lint.stderr);
  }
}
console.log(`php -l: ${phpFiles.length} files${lintFailed ? ', with errors' : ', no syntax errors'}`);
if (lintFailed) process.exit(1);

// 2. phpcs
if (has('phpcs')) {
  const cs = spawnSync('phpcs', ['-q', `--standard=${join(PLUGIN, '.phpcs.xml.dist')}`, PLUGIN], {encoding: 'utf8', cwd: PLUGIN});
  if (cs.status !== 0) {
    console.error(cs.stdout + cs.stderr);
    process.exit(1);
  }
  console.log('phpcs (.phpcs.xml.dist; WPCS is not installable here): clean');
} else {
  console.log('phpcs: not installed (apt-get install php-codesniffer), skipped');
}

// 3. The suite against a real WordPress.
const missing = missingForWordPress();
if (missing.length) skip(`missing ${missing.join(', ')}`);
if (!existsSync(DEFAULT_ZIP)) {
  console.error(`${DEFAULT_ZIP} is missing: run npm run build (or npm run build:wordpress) first`);
  process.exit(1);
}
const suite = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-timeout=120000', '--test-concurrency=1', 'test/wordpress/'],
  {cwd: ROOT, stdio: 'inherit'}
);
console.log(`WordPress suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(suite.status ?? 1);
