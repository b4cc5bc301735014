#!/usr/bin/env node
/**
 * A real, throw-away WordPress on 127.0.0.1 for the plugin's tests and for
 * trying the plugin by hand: Debian's `wordpress` files copied to a temp
 * folder, MariaDB started with its data dir there (socket only, no TCP),
 * PHP's built-in server with a few workers, WordPress installed with
 * `wp_install()` from a PHP script (wp-cli is not in Debian bookworm), and the
 * built plugin zip unzipped into wp-content/plugins and activated.
 *
 *   node scripts/wordpress-server.js start [--port 8881] [--zip path]   # prints the URL, keeps running
 *   node scripts/wordpress-server.js check                              # exit 0 when WordPress can run here
 *
 * As a module: `const wp = await startWordPress({zip}); …; await wp.stop();`
 * Needs: wordpress, mariadb-server, php-cli, php-mysql, unzip (`.ci/run` installs them).
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {randomBytes} from 'node:crypto';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WORDPRESS_FILES = process.env.WORDPRESS_FILES || '/usr/share/wordpress';
export const DEFAULT_ZIP = join(ROOT, 'wordpress', 'build', 'privacy-notice.zip');
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find(existsSync);
const INSTALL_DB = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'].find(existsSync);

/** The users the tests log in as (the site exists only for a test run). */
export const USERS = {
  admin: {login: 'admin', password: 'admin-pass-1', email: 'admin@example.test', role: 'administrator'},
  author: {login: 'author', password: 'author-pass-1', email: 'author@example.test', role: 'author'},
};

const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** What is missing to run WordPress here; empty when everything is. */
export function missingForWordPress() {
  const missing = [];
  if (!existsSync(join(WORDPRESS_FILES, 'wp-settings.php')))
    missing.push(`WordPress files (${WORDPRESS_FILES}; apt-get install wordpress)`);
  if (!which('php')) missing.push('php (apt-get install php-cli)');
  else if (spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0)
    missing.push('php mysqli (apt-get install php-mysql)');
  if (!MARIADBD || !INSTALL_DB) missing.push('MariaDB (apt-get install mariadb-server)');
  if (!which('unzip')) missing.push('unzip');
  return missing;
}

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, test, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await test()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, {encoding: 'utf8', ...options});
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

const phpString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The router wp-cli's `wp server` uses, in short: real files as they are, the rest to index.php. */
const ROUTER = `<?php
$root = $_SERVER['DOCUMENT_ROOT'];
$path = '/' . ltrim( (string) parse_url( urldecode( $_SERVER['REQUEST_URI'] ), PHP_URL_PATH ), '/' );
if ( file_exists( $root . $path ) ) {
	if ( is_dir( $root . $path ) && substr( $path, -1 ) !== '/' ) {
		header( 'Location: ' . rtrim( $_SERVER['REQUEST_URI'], '/' ) . '/', true, 301 );
		return true;
	}
	if ( is_dir( $root . $path ) ) { $path = rtrim( $path, '/' ) . '/index.php'; }
	if ( substr( $path, -4 ) === '.php' && file_exists( $root . $path ) ) {
		$_SERVER['SCRIPT_NAME'] = $path;
		$_SERVER['PHP_SELF'] = $path;
		$_SERVER['SCRIPT_FILENAME'] = $root . $path;
		chdir( dirname( $root . $path ) );
		require $root . $path;
		return true;
	}
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir( $root );
require $root . '/index.php';
`;

/** Test-only must-use plugin: records every wp_mail attempt and failure in a JSON Lines file. */
const MAIL_LOG_PLUGIN = (logFile) => `<?php
/* Test harness only: where mail would have gone. Not part of the plugin. */
add_filter( 'wp_mail', function ( $args ) {
	file_put_contents( ${phpString(logFile)}, wp_json_encode( array( 'event' => 'send', 'to' => $args['to'], 'subject' => $args['subject'], 'message' => $args['message'] ) ) . "\\n", FILE_APPEND );
	return $args;
} );
add_action( 'wp_mail_failed', function ( $error ) {
	file_put_contents( ${phpString(logFile)}, wp_json_encode( array( 'event' => 'failed', 'error' => $error->get_error_message() ) ) . "\\n", FILE_APPEND );
} );
`;

/**
 * Installs and starts a fresh WordPress. Returns {url, dir, php(code), stop()}.
 * `php(code)` runs PHP with WordPress loaded (as no user) and returns its stdout.
 */
export async function startWordPress({zip = DEFAULT_ZIP, port, keep = false, log = () => {}} = {}) {
  const missing = missingForWordPress();
  if (missing.length) throw new Error(`WordPress cannot run here; missing: ${missing.join(', ')}`);
  if (zip && !existsSync(zip)) throw new Error(`${zip} does not exist: run npm run build:wordpress`);
  const dir = mkdtempSync(join(tmpdir(), 'privacy-notice-wp-'));
  const docroot = join(dir, 'wordpress');
  const dataDir = join(dir, 'mariadb');
  const socket = join(dir, 'mysql.sock');
  const children = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // Each child leads its own process group (PHP's workers are its children): end the group.
    const signal = (child, name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // already gone
      }
    };
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        signal(child, 'SIGTERM');
        await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000)]);
        if (child.exitCode === null) signal(child, 'SIGKILL');
      }
    }
    if (!keep) rmSync(dir, {recursive: true, force: true});
  };
  try {
    const started = Date.now();
    // 1. WordPress's files (Debian's copy has symlinks into /usr/share/javascript and /etc).
    cpSync(WORDPRESS_FILES, docroot, {recursive: true, dereference: true, filter: (src) => !src.endsWith('/.htaccess')});
    log(`copied WordPress in ${Date.now() - started} ms`);

    // 2. MariaDB, socket only.
    mkdirSync(dataDir);
    run(
      INSTALL_DB,
      [`--datadir=${dataDir}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve'],
      {
        cwd: dir,
      }
    );
    const db = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        `--log-error=${join(dir, 'mariadb.err')}`,
        '--skip-networking',
        '--skip-name-resolve',
        '--user=root',
        '--innodb-buffer-pool-size=32M',
        '--innodb-log-file-size=16M',
        '--innodb-flush-log-at-trx-commit=2',
        '--skip-log-bin',
      ],
      {stdio: 'ignore', detached: true}
    );
    children.push(db);
    await waitFor('MariaDB', () => existsSync(socket));
    run('php', [
      '-r',
      `$m = new mysqli('localhost', 'root', '', '', 0, ${phpString(socket)}); $m->query('CREATE DATABASE wordpress CHARACTER SET utf8mb4');`,
    ]);
    log(`MariaDB up at ${Date.now() - started} ms`);

    // 3. wp-config.php, the router, the test-only mail log.
    port ??= await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salts = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ]
      .map((key) => `define( '${key}', '${randomBytes(24).toString('hex')}' );`)
      .join('\n');
    writeFileSync(
      join(docroot, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${phpString('localhost:' + socket)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', ${phpString(url)} );
define( 'WP_SITEURL', ${phpString(url)} );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${phpString(join(dir, 'debug.log'))} );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
${salts}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`
    );
    writeFileSync(join(dir, 'router.php'), ROUTER);
    mkdirSync(join(docroot, 'wp-content', 'mu-plugins'), {recursive: true});
    const mailLog = join(dir, 'mail.jsonl');
    writeFileSync(join(docroot, 'wp-content', 'mu-plugins', 'test-mail-log.php'), MAIL_LOG_PLUGIN(mailLog));

    // 4. The plugin, as a site owner would install it: the zip, unzipped.
    if (zip) run('unzip', ['-q', zip, '-d', join(docroot, 'wp-content', 'plugins')]);

    // 5. Install WordPress, users, permalinks; activate the plugin.
    const php = (code, {installing = false} = {}) => {
      const file = join(dir, `eval-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
${installing ? "define( 'WP_INSTALLING', true );" : ''}
require ${phpString(join(docroot, 'wp-load.php'))};
${code}
`
      );
      try {
        return run('php', [file], {cwd: docroot});
      } finally {
        rmSync(file, {force: true});
      }
    };
    const {admin, author} = USERS;
    php(
      `
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$installed = wp_install( 'Testisivusto', ${phpString(admin.login)}, ${phpString(admin.email)}, true, '', wp_slash( ${phpString(admin.password)} ) );
if ( empty( $installed['user_id'] ) ) { fwrite( STDERR, 'wp_install failed' ); exit( 1 ); }
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'timezone_string', 'Europe/Helsinki' );
$author = wp_insert_user( array( 'user_login' => ${phpString(author.login)}, 'user_pass' => ${phpString(author.password)}, 'user_email' => ${phpString(author.email)}, 'role' => 'author', 'display_name' => 'Aino Author' ) );
if ( is_wp_error( $author ) ) { fwrite( STDERR, $author->get_error_message() ); exit( 1 ); }
switch_theme( 'twentytwentythree' );
${
  zip
    ? `$activated = activate_plugin( 'privacy-notice/privacy-notice.php' );
if ( is_wp_error( $activated ) ) { fwrite( STDERR, $activated->get_error_message() ); exit( 1 ); }`
    : ''
}
flush_rewrite_rules();
echo 'installed';
`,
      {installing: true}
    );
    log(`installed at ${Date.now() - started} ms`);

    // 6. The web server.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot, join(dir, 'router.php')], {
      cwd: docroot,
      env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let serverLog = '';
    server.stderr.on('data', (chunk) => {
      serverLog = (serverLog + chunk).slice(-20000);
    });
    children.push(server);
    await waitFor('the PHP server', async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    });
    log(`serving ${url} at ${Date.now() - started} ms`);
    const readLog = (name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
    return {
      url,
      dir,
      docroot,
      php,
      stop,
      debugLog: () => readLog('debug.log'),
      mailLog: () =>
        readLog('mail.jsonl')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line)),
      serverLog: () => serverLog,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command = 'start', ...rest] = process.argv.slice(2);
  const option = (name) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (command === 'check') {
    const missing = missingForWordPress();
    console.log(missing.length ? `missing: ${missing.join(', ')}` : 'WordPress can run here');
    process.exit(missing.length ? 1 : 0);
  } else if (command === 'start') {
    const wp = await startWordPress({
      zip: option('--zip') ?? DEFAULT_ZIP,
      port: option('--port') ? Number(option('--port')) : undefined,
      log: (line) => console.error(line),
    });
    console.log(`WordPress: ${wp.url}/wp-admin/ (admin / ${USERS.admin.password}, author / ${USERS.author.password}); files in ${wp.dir}`);
    console.log('Ctrl+C stops it and removes the folder.');
    const end = async () => {
      await wp.stop();
      process.exit(0);
    };
    process.on('SIGINT', end);
    process.on('SIGTERM', end);
    setInterval(() => {}, 1 << 30);
  } else {
    console.error('usage: node scripts/wordpress-server.js start [--port N] [--zip FILE] | check');
    process.exit(2);
  }
}
