#!/usr/bin/env node
/**
 * `npm run build:wordpress`: the installable plugin zip,
 * wordpress/build/privacy-notice.zip, from wordpress/privacy-notice/ plus
 *
 * - the built element (dist/*.js: the entries and their chunks, no source
 *   maps) in assets/<version>-<hash>/, so a new build gets a new folder and
 *   the file names stay the ones the chunks import (no `?ver=`);
 * - privacy-notice-validator.js beside it: the validator and GDPR checker
 *   (src/document/check.ts, validate.ts, repair.ts) as one ES module, built
 *   with vite, for the notice upload page;
 * - build.php naming that folder.
 *
 * Run after `npm run build:bundle` (dist/ must exist).
 */
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLUGIN = join(ROOT, 'wordpress', 'privacy-notice');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'wordpress', 'build');
const STAGE = join(OUT, 'stage', 'privacy-notice');
export const ZIP = join(OUT, 'privacy-notice.zip');
const VALIDATOR = 'privacy-notice-validator.js';
const ENTRIES = ['privacy-notice.js', 'privacy-notice.fi.js', 'privacy-notice.sv.js'];

/** Files of the plugin's source folder that are for developers, not for sites. */
const LEAVE_OUT = new Set(['.phpcs.xml.dist', 'build.php']);

async function buildValidator(outDir) {
  // A real entry file (rolldown resolves lib entries from disk), next to the output.
  const entry = join(OUT, 'stage', 'validator-entry.js');
  writeFileSync(
    entry,
    [
      `export {checkNotice, WARNINGS, severityOf} from ${JSON.stringify(join(ROOT, 'src/document/check.ts'))};`,
      `export {validateNotice, formatIssue} from ${JSON.stringify(join(ROOT, 'src/document/validate.ts'))};`,
      `export {repairNotice} from ${JSON.stringify(join(ROOT, 'src/document/repair.ts'))};`,
    ].join('\n')
  );
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap: false,
      minify: true,
      target: 'es2022',
      lib: {entry, formats: ['es'], fileName: () => VALIDATOR},
    },
  });
  rmSync(entry);
}

export async function packageWordPressPlugin() {
  const missing = ENTRIES.filter((file) => !existsSync(join(DIST, file)));
  if (missing.length) throw new Error(`dist/ lacks ${missing.join(', ')}: run npm run build:bundle first`);
  const version = /Version:\s*([\d.]+)/.exec(readFileSync(join(PLUGIN, 'privacy-notice.php'), 'utf8'))[1];

  rmSync(join(OUT, 'stage'), {recursive: true, force: true});
  rmSync(ZIP, {force: true});
  mkdirSync(STAGE, {recursive: true});
  cpSync(PLUGIN, STAGE, {recursive: true, filter: (src) => !LEAVE_OUT.has(src.slice(PLUGIN.length + 1))});

  const tmp = join(OUT, 'stage', 'assets');
  mkdirSync(tmp, {recursive: true});
  const js = readdirSync(DIST).filter((file) => file.endsWith('.js'));
  for (const file of js) cpSync(join(DIST, file), join(tmp, file));
  await buildValidator(tmp);

  const hash = createHash('sha256');
  for (const file of readdirSync(tmp).sort()) hash.update(file).update(readFileSync(join(tmp, file)));
  const folder = `assets/${version}-${hash.digest('hex').slice(0, 10)}`;
  cpSync(tmp, join(STAGE, folder), {recursive: true});
  rmSync(tmp, {recursive: true, force: true});
  writeFileSync(
    join(STAGE, 'build.php'),
    `<?php
/**
 * Written by scripts/wordpress-package.js: where this build's files are.
 *
 * @package PrivacyNotice
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dir'       => '${folder}',
	'validator' => '${VALIDATOR}',
);
`
  );

  const zip = spawnSync('zip', ['-q', '-r', '-X', ZIP, 'privacy-notice'], {cwd: join(OUT, 'stage'), encoding: 'utf8'});
  if (zip.status !== 0) throw new Error(`zip failed: ${zip.stderr || zip.error}`);
  return {zip: ZIP, folder, files: js.length + 1};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {zip, folder, files} = await packageWordPressPlugin();
  console.log(`${zip.slice(ROOT.length + 1)}: the plugin with ${files} built files in ${folder}/`);
}
