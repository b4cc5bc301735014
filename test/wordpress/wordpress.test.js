/**
 * The WordPress plugin against a real WordPress (Debian's 6.1, MariaDB, PHP's
 * built-in server; scripts/wordpress-server.js), driven in Debian's Chromium
 * with Playwright-core. The story of issue 14, in order: an Administrator
 * uploads a Finnish notice (checked in the browser, refused with the error's
 * path when invalid), an Author adds the block (it is in the inserter; the
 * post is created through the REST API with the block's comment markup), a
 * visitor reads it, allows analytics and objects to direct marketing, and the
 * Administrator sees that one request with its due date.
 *
 * Run by `npm run test:wordpress` (scripts/wordpress-test.js), which skips
 * with a plain message when WordPress is not installed here.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../../scripts/chromium.js';
import {startWordPress, USERS} from '../../scripts/wordpress-server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NOTICE_FILE = join(ROOT, 'demo/notices/aristokrata-prosist.json');
const NOTICE = JSON.parse(readFileSync(NOTICE_FILE, 'utf8'));
const ARTIFACTS = join(ROOT, 'wordpress', 'build', 'test-results');
const TIMEZONE = 'Europe/Helsinki';

let wp;
let browser;
const state = {};

/** The due date rule of src/form/due-date.ts, for a date in the site's time zone. */
function dueDateFor(date) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', {timeZone: TIMEZONE, year: 'numeric', month: '2-digit', day: '2-digit'})
    .format(date)
    .split('-')
    .map(Number);
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const due = new Date(Date.UTC(y, m, Math.min(d, last)));
  const weekday = due.getUTCDay();
  if (weekday === 6) due.setUTCDate(due.getUTCDate() + 2);
  if (weekday === 0) due.setUTCDate(due.getUTCDate() + 1);
  return due.toISOString().slice(0, 10);
}

async function loggedIn(who, options = {}) {
  const context = await browser.newContext({timezoneId: TIMEZONE, ...options});
  const page = await context.newPage();
  await page.goto(`${wp.url}/wp-login.php`);
  await page.fill('#user_login', USERS[who].login);
  await page.fill('#user_pass', USERS[who].password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  return {context, page};
}

/** A REST call from a logged-in page, with the cookie and the wp_rest nonce, as the block editor makes it. */
async function rest(page, method, path, body) {
  return page.evaluate(
    async ({method, path, body}) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const response = await fetch(`/wp-json${path}`, {
        method,
        headers: {'Content-Type': 'application/json', 'X-WP-Nonce': nonce},
        body: body ? JSON.stringify(body) : undefined,
      });
      return {status: response.status, body: await response.json()};
    },
    {method, path, body}
  );
}

const count = (code) => Number(wp.php(code).trim());
const storedRequests = () => count('echo count( privacy_notice_requests() );');

before(async () => {
  mkdirSync(ARTIFACTS, {recursive: true});
  wp = await startWordPress({log: (line) => console.log(`# ${line}`)});
  browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  if (wp) writeFileSync(join(ARTIFACTS, 'debug.log'), wp.debugLog());
  await wp?.stop();
});

describe('privacy-notice in WordPress', {concurrency: false}, () => {
  test('the Administrator uploads the Finnish notice: checked in the browser, then saved', async () => {
    const {context, page} = await loggedIn('admin');
    await page.goto(`${wp.url}/wp-admin/admin.php?page=privacy-notice`);
    assert.equal(await page.locator('#privacy-notice-save').isDisabled(), true, 'Save waits for the checker');
    await page.setInputFiles('#privacy-notice-file', NOTICE_FILE);
    await page.waitForSelector('#privacy-notice-report[data-valid="true"]');
    assert.equal(await page.locator('#privacy-notice-save').isDisabled(), false, 'a valid document can be saved');
    const warnings = await page.locator('.privacy-notice-warnings li').count();
    assert.ok(warnings > 0, 'the GDPR checker lists what the 2010s notice lacks');
    await page.fill('#privacy-notice-summary', 'Seloste julkaistu verkkosivuilla');
    await Promise.all([page.waitForURL(/page=privacy-notice$/), page.click('#privacy-notice-save')]);
    assert.match(await page.locator('#privacy-notice-saved').innerText(), /aristokrata-prosist.*1/);
    assert.equal(await page.locator('#privacy-notice-list tr[data-notice="aristokrata-prosist"]').count(), 1);

    const response = await fetch(`${wp.url}/wp-json/privacy-notice/v1/notices/aristokrata-prosist`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const served = await response.json();
    assert.equal(served.id, NOTICE.id);
    assert.deepEqual(served.sections, NOTICE.sections, 'served as uploaded');
    assert.deepEqual(served.cookies, NOTICE.cookies);
    assert.equal(served.changes.length, 1, 'the version note becomes the change history');
    assert.equal(served.changes[0].summary, 'Seloste julkaistu verkkosivuilla');
    await context.close();
  });

  test("an invalid document is refused at upload with the error's path, in the browser and by the server", async () => {
    const {context, page} = await loggedIn('admin');
    await page.goto(`${wp.url}/wp-admin/admin.php?page=privacy-notice`);
    const broken = structuredClone(NOTICE);
    broken.sections[1].id = 'Ei kelpaa';
    await page.fill('#privacy-notice-json', JSON.stringify(broken, null, 2));
    await page.waitForSelector('#privacy-notice-report[data-valid="false"]');
    const errors = await page.locator('.privacy-notice-errors').innerText();
    assert.match(errors, /sections\[1\]\.id/);
    assert.equal(await page.locator('#privacy-notice-save').isDisabled(), true, 'Save stays disabled');

    // A direct POST, past the browser's check: the server refuses it too, with the path.
    await page.evaluate(() => {
      document.getElementById('privacy-notice-save').disabled = false;
      HTMLFormElement.prototype.submit.call(document.getElementById('privacy-notice-upload'));
    });
    await page.waitForSelector('#privacy-notice-refused');
    assert.match(await page.locator('#privacy-notice-refused').innerText(), /sections\[1\]\.id/);

    // Not JSON at all, and a schema version from the future.
    for (const [text, path] of [
      ['{"schemaVersion": 1, "id": ', /\(document\).*not valid JSON/],
      [JSON.stringify({...NOTICE, schemaVersion: 2}), /schemaVersion/],
    ]) {
      await page.fill('#privacy-notice-json', text);
      await page.waitForSelector('#privacy-notice-report[data-valid="false"]');
      await page.evaluate(() => {
        document.getElementById('privacy-notice-save').disabled = false;
        HTMLFormElement.prototype.submit.call(document.getElementById('privacy-notice-upload'));
      });
      await page.waitForSelector('#privacy-notice-refused');
      assert.match(await page.locator('#privacy-notice-refused').innerText(), path);
    }
    assert.equal(count("echo count( privacy_notice_versions( 'aristokrata-prosist' ) );"), 1, 'nothing stored');
    await context.close();
  });

  test("the admin screens speak the admin's language (fi)", async () => {
    wp.php("update_user_meta( 1, 'locale', 'fi' );");
    const {context, page} = await loggedIn('admin');
    await page.goto(`${wp.url}/wp-admin/admin.php?page=privacy-notice`);
    assert.equal(await page.locator('h1').first().innerText(), 'Tietosuojaselosteet');
    await page.fill('#privacy-notice-json', '{}');
    await page.waitForSelector('#privacy-notice-report[data-valid="false"]');
    assert.match(await page.locator('#privacy-notice-report').innerText(), /Selostetta ei voi tallentaa/);
    wp.php("delete_user_meta( 1, 'locale' );");
    await context.close();
  });

  test('an Author finds the block in the inserter and sees the live preview', async () => {
    const {context, page} = await loggedIn('author', {viewport: {width: 1400, height: 1000}});
    await page.goto(`${wp.url}/wp-admin/post-new.php`);
    await page.waitForSelector('button[aria-label="Toggle block inserter"]');
    // The first visit's welcome guide.
    const guide = page.locator('.components-modal__screen-overlay');
    await guide.waitFor({timeout: 3000}).catch(() => {});
    if (await guide.count()) {
      await page.keyboard.press('Escape');
      await guide.waitFor({state: 'detached'});
    }
    await page.click('button[aria-label="Toggle block inserter"]');
    await page.fill('.block-editor-inserter__search input', 'Privacy notice');
    const option = page.locator('.block-editor-block-types-list__item', {hasText: 'Privacy notice'});
    await option.first().waitFor();
    await page.screenshot({path: join(ARTIFACTS, 'inserter.png')});
    await option.first().click();
    // The placeholder offers the uploaded notice; choosing it shows the server-rendered preview.
    const select = page.locator('.wp-block-privacy-notice-notice select').first();
    await select.waitFor();
    await select.selectOption('aristokrata-prosist');
    await page.waitForFunction(() => {
      const el = document.querySelector('.wp-block-privacy-notice-notice privacy-notice');
      return el && el.status === 'ready';
    });
    const title = await page.evaluate(
      () => document.querySelector('.wp-block-privacy-notice-notice privacy-notice').shadowRoot.textContent
    );
    assert.match(title, /Tietosuojaseloste|Aristokrata|Prosist/i);
    await page.screenshot({path: join(ARTIFACTS, 'editor-preview.png')});

    // The Author publishes a post with the block (Authors may not create pages).
    const block = '<!-- wp:privacy-notice/notice {"notice":"aristokrata-prosist","lang":"fi"} /-->';
    const created = await rest(page, 'POST', '/wp/v2/posts', {title: 'Tietosuojaseloste', content: block, status: 'publish'});
    assert.equal(created.status, 201, JSON.stringify(created.body).slice(0, 300));
    state.postUrl = created.body.link;
    const page403 = await rest(page, 'POST', '/wp/v2/pages', {title: 'x', content: block, status: 'publish'});
    assert.equal(page403.status, 403, 'Authors cannot create pages in WordPress; they publish posts');

    // What an Author types by hand passes only as our element with documented attributes.
    const hostile = await rest(page, 'POST', '/wp/v2/posts', {
      title: 'Kokeilu',
      status: 'publish',
      content:
        '<!-- wp:html --><script>window.__owned = 1</script><privacy-notice src="javascript:alert(1)" onclick="alert(1)" theme="evil" heading-level="3" form-action="javascript:alert(1)"><img src=x onerror="alert(1)"></privacy-notice><!-- /wp:html -->',
    });
    assert.equal(hostile.status, 201);
    const raw = hostile.body.content.raw;
    assert.ok(!/<script/i.test(raw), raw);
    assert.ok(!/onclick|onerror|javascript:|theme=/i.test(raw), raw);
    assert.match(raw, /<privacy-notice[^>]*heading-level="3"/);

    // No screen of the plugin's is the Author's.
    for (const screen of ['privacy-notice', 'privacy-notice-requests']) {
      const response = await page.goto(`${wp.url}/wp-admin/admin.php?page=${screen}`);
      assert.equal(response.status(), 403, screen);
    }
    await context.close();
  });

  test('a visitor reads the notice, allows analytics and objects to direct marketing', async () => {
    assert.ok(state.postUrl, "the Author's post exists");
    const context = await browser.newContext({timezoneId: TIMEZONE, locale: 'fi-FI'});
    const page = await context.newPage();
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.js(\?|$)/.test(request.url())) scripts.push(request.url());
    });
    const response = await page.goto(state.postUrl);
    const html = await response.text();
    assert.match(html, /<privacy-notice src="[^"]*\/wp-json\/privacy-notice\/v1\/notices\/aristokrata-prosist" lang="fi"/);
    assert.ok(!html.includes('"schemaVersion"') && !html.includes('"sections"'), 'the raw JSON never reaches the page');
    await page.waitForFunction(() => document.querySelector('privacy-notice')?.status === 'ready');
    assert.ok(!(await page.locator('body').innerText()).includes('schemaVersion'));
    const shadowText = await page.evaluate(() => document.querySelector('privacy-notice').shadowRoot.textContent);
    assert.match(shadowText, /Aristokrata/);

    // Cookies: allow analytics.
    const analytics = page.locator('privacy-notice #consent-switch-analytics');
    await analytics.click();
    await page.waitForFunction(() => document.querySelector('privacy-notice').consent.get().choices?.analytics === true);
    assert.equal(await analytics.getAttribute('aria-checked'), 'true');

    // The request form: an objection to direct marketing.
    const sent = page.evaluate(
      () =>
        new Promise((resolve) =>
          document.addEventListener('privacy-request-sent', (event) => resolve({reference: event.reference, dueDate: event.dueDate}), {
            once: true,
          })
        )
    );
    const posted = page.waitForResponse((r) => r.url().includes('/wp-json/privacy-notice/v1/requests') && r.request().method() === 'POST');
    await page.locator('privacy-notice #request-type-objection-direct-marketing').check();
    await page.locator('privacy-notice #request-message').fill('Ei enää mainoskirjeitä, kiitos.');
    await page.locator('privacy-notice #request-name').fill('Matti Virtanen');
    await page.locator('privacy-notice #request-email').fill('matti.virtanen@example.fi');
    await page.locator('privacy-notice #request-requesterRole-data-subject').check();
    await page.locator('privacy-notice .request-form button[type="submit"]').click();
    const answer = await posted;
    assert.equal(answer.status(), 201);
    const body = await answer.json();
    assert.match(body.reference, /^PR-\d{8}-[0-9A-Z]{6}$/);
    const event = await sent;
    assert.equal(event.reference, body.reference);
    const expectedDue = dueDateFor(new Date());
    assert.equal(body.dueDate, expectedDue);
    assert.equal(event.dueDate, expectedDue);
    await page.locator('privacy-notice #request-receipt').waitFor();
    assert.equal(await page.locator('privacy-notice .request-reference').innerText(), body.reference);

    const entries = scripts.filter((url) => /privacy-notice\.(fi\.)?js/.test(new URL(url).pathname));
    assert.deepEqual(
      entries.map((url) => new URL(url).pathname.split('/').pop() + new URL(url).search),
      ['privacy-notice.fi.js'],
      'one entry, the Finnish one, downloaded once, no query string'
    );
    state.request = {
      url: answer.url(),
      body: answer.request().postData(),
      key: answer.request().headers()['idempotency-key'],
      reference: body.reference,
      due: expectedDue,
    };
    await page.screenshot({path: join(ARTIFACTS, 'visitor.png'), fullPage: false});
    await context.close();
  });

  test('the Administrator sees that one request with its due date, and can export it', async () => {
    assert.ok(state.request, 'the visitor sent a request');
    const {context, page} = await loggedIn('admin');
    await page.goto(`${wp.url}/wp-admin/admin.php?page=privacy-notice-requests`);
    const rows = page.locator('#privacy-requests tbody tr[data-reference]');
    assert.equal(await rows.count(), 1);
    assert.equal(await rows.first().getAttribute('data-reference'), state.request.reference);
    assert.equal(await rows.first().getAttribute('data-type'), 'objection-direct-marketing');
    assert.equal(await rows.first().getAttribute('data-due'), state.request.due);
    assert.equal(await rows.first().getAttribute('data-status'), 'open');
    assert.match(await rows.first().innerText(), /Objection to direct marketing[\s\S]*Matti Virtanen[\s\S]*matti\.virtanen@example\.fi/);

    const href = await page.locator('#privacy-requests-export').getAttribute('href');
    const csv = await (await context.request.get(href)).text();
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length, 2, 'a header and one request');
    assert.match(lines[1], new RegExp(`^${state.request.reference},objection-direct-marketing,open,`));
    assert.match(lines[1], /Ei enää mainoskirjeitä/);

    // Mark it answered.
    await Promise.all([page.waitForURL(/privacy-notice-requests/), rows.first().locator('button[type="submit"]').click()]);
    assert.equal(await page.locator('#privacy-requests tbody tr[data-reference]').first().getAttribute('data-status'), 'answered');

    // The controller was told, without the message; the missing mail server harmed nothing.
    const mail = wp.mailLog();
    const sends = mail.filter((entry) => entry.event === 'send' && /Privacy request/.test(entry.subject));
    assert.equal(sends.length, 1);
    assert.match(sends[0].subject, new RegExp(state.request.reference));
    assert.ok(!sends[0].message.includes('mainoskirjeitä') && !sends[0].message.includes('matti.virtanen'), 'no message body, no address');
    // The address the form's email fallback names: the register's contact person.
    assert.deepEqual([].concat(sends[0].to), ['noora.ylimys@prosist.fi'], "to the controller's contact");
    await context.close();
  });

  test('the endpoint: idempotent, token-protected, size-limited, schema-checked, honeypot, rate-limited', async () => {
    const {url, body, key, reference} = state.request;
    const post = (target, payload, headers = {}) =>
      fetch(target, {method: 'POST', headers: {'Content-Type': 'application/json', ...headers}, body: payload});

    const replay = await post(url, body, {'Idempotency-Key': key});
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal((await replay.json()).reference, reference);
    assert.equal(storedRequests(), 1, 'stored once');

    const fresh = () => JSON.stringify({...JSON.parse(body), requestId: randomUUID()});
    const noToken = url.replace(/token=[^&]+/, 'token=nope');
    assert.equal((await post(noToken, fresh())).status, 403);
    assert.equal((await post(url.replace(/token=[^&]+&?/, ''), fresh())).status, 403);
    assert.equal((await post(url, 'x'.repeat(70 * 1024))).status, 413);
    assert.equal((await post(url, fresh(), {'Content-Type': 'text/plain'})).status, 415);
    const invalid = await post(url, JSON.stringify({...JSON.parse(fresh()), email: 'not an address'}));
    assert.equal(invalid.status, 400);
    assert.match((await invalid.json()).reason, /^email/);
    const noMessage = await post(url, JSON.stringify({...JSON.parse(fresh()), type: 'objection', message: undefined}));
    assert.equal(noMessage.status, 400);
    const bot = await post(url, JSON.stringify({...JSON.parse(fresh()), website: 'http://spam.example'}));
    assert.equal(bot.status, 201, 'a bot is answered as usual');
    assert.equal(storedRequests(), 1, 'and nothing is stored');

    let limited;
    for (let i = 0; i < 15 && !limited; i++) {
      const response = await post(url, JSON.stringify({...JSON.parse(fresh()), email: 'x'}));
      if (response.status === 429) limited = response;
    }
    assert.ok(limited, 'one address is slowed down');
    assert.match(limited.headers.get('retry-after'), /^\d+$/);
  });

  test('the shortcode, as the Administrator writes it, with its settings whitelisted', async () => {
    const {context, page} = await loggedIn('admin');
    const created = await rest(page, 'POST', '/wp/v2/pages', {
      title: 'Seloste (lyhytkoodi)',
      status: 'publish',
      content:
        '[privacy_notice notice="aristokrata-prosist" lang="fi" heading-level="3" open="all" form="no" cookies="no" theme="dark" onload="alert(1)"]\n\n[privacy_notice notice="aristokrata-prosist" lang="xx" heading-level="9" theme="evil" open="<b>"]',
    });
    assert.equal(created.status, 201);
    await context.close();
    const visitor = await browser.newContext();
    const view = await visitor.newPage();
    const html = await (await view.goto(created.body.link)).text();
    const tags = html.match(/<privacy-notice[^>]*>/g);
    assert.equal(tags.length, 2);
    assert.match(tags[0], /lang="fi" heading-level="3" open="all" theme="dark" no-form no-cookies>$/);
    assert.ok(!/onload/.test(tags[0]));
    assert.ok(!/lang=|heading-level=|theme=|open=/.test(tags[1]), tags[1]);
    assert.ok(!html.includes('"schemaVersion"'));
    await view.waitForFunction(() => [...document.querySelectorAll('privacy-notice')].every((el) => el.status === 'ready'));
    assert.equal(await view.locator('privacy-notice').first().locator('.request-form').count(), 0, 'form off');
    await visitor.close();
  });

  test('Tools → Export / Erase Personal Data include the requests', () => {
    const exported = JSON.parse(
      wp.php(`$e = apply_filters( 'wp_privacy_personal_data_exporters', array() );
echo wp_json_encode( call_user_func( $e['privacy-notice']['callback'], 'Matti.Virtanen@example.fi', 1 ) );`)
    );
    assert.equal(exported.data.length, 1);
    const values = Object.fromEntries(exported.data[0].data.map(({name, value}) => [name, value]));
    assert.equal(values.Reference, state.request.reference);
    assert.equal(values.message, 'Ei enää mainoskirjeitä, kiitos.');
    const erased = JSON.parse(
      wp.php(`$e = apply_filters( 'wp_privacy_personal_data_erasers', array() );
echo wp_json_encode( call_user_func( $e['privacy-notice']['callback'], 'matti.virtanen@example.fi', 1 ) );`)
    );
    assert.equal(erased.items_removed, true);
    const after = JSON.parse(
      wp.php(`$e = apply_filters( 'wp_privacy_personal_data_exporters', array() );
echo wp_json_encode( call_user_func( $e['privacy-notice']['callback'], 'matti.virtanen@example.fi', 1 ) );`)
    );
    assert.equal(after.data.length, 0);
    assert.equal(storedRequests(), 1, 'the record that a request arrived is kept');
  });

  test('the plugin logged no PHP warning or notice', () => {
    const ours = wp
      .debugLog()
      .split('\n')
      .filter((line) => line.includes('plugins/privacy-notice/'));
    assert.deepEqual(ours, []);
  });
});
