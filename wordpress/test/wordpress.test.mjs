// compare-kit on a real WordPress: run by wordpress/test/run.sh (npm run test:wordpress)
// after setup.sh. Creates posts as administrator and as author (through the
// block editor in Chromium, and through the REST API the editor saves with),
// then loads each public page in Chromium and checks what the reader gets.
// Prints one line per check and, last, "N passed, N failed".
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const STATE = process.env.WP_STATE_DIR || '/var/lib/compare-kit-wp-test';
const creds = Object.fromEntries(
  readFileSync(join(STATE, 'creds.env'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.match(/^(\w+)='(.*)'$/).slice(1)),
);
const WP = creds.WP_URL;
const API = `${WP}/?rest_route=`;
const ROLES = { admin: 'administrator', author: 'author' };
const started = Number(process.env.WP_TEST_STARTED || Date.now());

// ------------------------------------------------------------------ the checks' bookkeeping
let passed = 0;
let failed = 0;
const only = process.env.WP_TEST_ONLY ? new RegExp(process.env.WP_TEST_ONLY) : null; // while working on one check
async function check(name, fn) {
  if (only && !only.test(name) && !name.startsWith('.json upload')) return;
  const t = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(e?.stack || e).split('\n').slice(0, 4).join('\n      ')}`);
  }
}
function assert(ok, message) {
  if (!ok) throw new Error(message);
}
function equal(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// ------------------------------------------------------------------ data
const demo = JSON.parse(readFileSync('demo/data/python-vs-rust.json', 'utf8'));
/** A comparison whose strings hold everything WordPress changes (see ../shared/docs/wordpress.md). */
const nasty = JSON.parse(readFileSync('test/fixtures/minimal.json', 'utf8'));
nasty.id = 'tea-vs-coffee-nasty';
nasty.title = 'Tea vs Coffee: Drupal vs Wordpress ]]> [gallery]';
nasty.items[0].name = 'Tea (Wordpress)';
nasty.attributes[0].label = 'Caffeine [gallery] Drupal vs Wordpress';
nasty.attributes[1].label = 'Price a]]>b </script><script>window.__pwned=1</script>';
nasty.attributes[2].values.tea = 'China [caption]x[/caption] & <b>Assam</b> -- "quoted" ...\nsecond line';
const NASTY_TEXT = ['[gallery]', 'Drupal vs Wordpress', 'a]]>b', '</script><script>window.__pwned=1</script>', '[caption]x[/caption] & <b>Assam</b>', 'Tea (Wordpress)'];
const invalid = { ...nasty, items: [nasty.items[0], { id: 'coffee', name: 42 }] };

// The CLI command, as `compare-kit embed` runs it (bundled here from its TypeScript source).
const work = mkdtempSync(join(tmpdir(), 'compare-kit-wp-'));
await build({ entryPoints: ['src/cli/commands/embed.ts'], bundle: true, platform: 'node', format: 'esm', outfile: join(work, 'embed.mjs'), logLevel: 'warning' });
const { run: embedCommand } = await import(join(work, 'embed.mjs'));
async function embed(value, ...args) {
  const file = join(work, `${value.id}.json`);
  writeFileSync(file, JSON.stringify(value, null, 2));
  let out = '';
  let err = '';
  const code = await embedCommand([file, ...args], { out: (s) => (out += s), err: (s) => (err += `${s}\n`) });
  if (code !== 0) throw new Error(`compare-kit embed ${args.join(' ')} exited ${code}: ${err}`);
  return out;
}

// ------------------------------------------------------------------ REST
const auth = (role) => `Basic ${Buffer.from(`${creds[`${role.toUpperCase()}_USER`]}:${creds[`${role.toUpperCase()}_APP_PASS`]}`).toString('base64')}`;
async function rest(role, route, { method = 'GET', body, form } = {}) {
  const headers = { authorization: auth(role) };
  if (body) headers['content-type'] = 'application/json';
  const res = await fetch(`${API}${route}`, { method, headers, body: form ?? (body ? JSON.stringify(body) : undefined) });
  const json = await res.json().catch(() => null);
  return { status: res.status, json };
}
async function post(role, title, content) {
  const r = await rest(role, '/wp/v2/posts', { method: 'POST', body: { title, content, status: 'publish' } });
  equal(r.status, 201, `creating "${title}" as ${role}`);
  return r.json;
}
async function raw(role, id) {
  return (await rest(role, `/wp/v2/posts/${id}&context=edit`)).json.content.raw;
}
async function upload(role, name, text) {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'application/json' }), name);
  return rest(role, '/wp/v2/media', { method: 'POST', form });
}
const htmlBlock = (html) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

// ------------------------------------------------------------------ browser
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});
const reader = await browser.newContext();

/**
 * Loads a public page as a reader and describes every compare-kit element once it has settled:
 * tag, state, the comparison it shows (JSON), its shadow text, its attributes.
 */
async function view(url, { expectScript = true } = {}) {
  const page = await reader.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  const res = await page.goto(url);
  equal(res.status(), 200, `HTTP status of ${url}`);
  const scripts = await page.$$eval('script[src*="compare-kit/assets/compare-kit.js"]', (s) => s.map((x) => ({ type: x.type, id: x.id, afterContent: !!document.querySelector('.wp-site-blocks, #page, main') && !!(document.querySelector('.wp-site-blocks, #page, main').compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING) })));
  if (expectScript) {
    equal(scripts.length, 1, `compare-kit.js script tags on ${url}`);
    equal(scripts[0].type, 'module', 'the script type');
    equal(scripts[0].afterContent, true, 'the script is in the footer, after the content');
    await page.waitForFunction(() => customElements.get('compare-page') && customElements.get('compare-facts'), null, { timeout: 10000 });
  } else {
    equal(scripts.length, 0, `compare-kit.js script tags on ${url} (no element there)`);
  }
  const elements = await page.evaluate(async () => {
    const els = [...document.querySelectorAll('.entry-content compare-page, .entry-content compare-facts, .entry-content compare-verdict, .entry-content compare-track')];
    const settled = (el) =>
      new Promise((resolve) => {
        const t = Date.now();
        (function poll() {
          if (['ready', 'error', 'empty'].includes(el.state) || Date.now() - t > 10000) resolve();
          else setTimeout(poll, 50);
        })();
      });
    await Promise.all(els.map(settled));
    return els.map((el) => ({
      tag: el.localName,
      state: el.state,
      error: el.error?.message ?? null,
      comparison: el.comparison ? JSON.stringify(el.comparison) : null,
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      carrierHidden: el.getAttribute('for') ? getComputedStyle(document.getElementById(el.getAttribute('for'))).display === 'none' : null,
    }));
  });
  const pwned = await page.evaluate(() => window.__pwned ?? null);
  return { page, elements, problems, pwned };
}

/** What the library makes of a value given directly (the reference the pages must match). */
async function parsedByLibrary(page, value) {
  return page.evaluate(async (v) => {
    const el = document.createElement('compare-facts');
    el.data = v;
    el.hidden = true;
    document.body.append(el);
    for (let i = 0; i < 200 && el.state === 'loading'; i++) await new Promise((r) => setTimeout(r, 25));
    const json = JSON.stringify(el.comparison);
    el.remove();
    return json;
  }, value);
}

function ready(el, what) {
  assert(el, `${what}: no element on the page`);
  equal(el.state, 'ready', `${what}: state (error: ${el.error})`);
}
function noProblems(v, what) {
  assert(v.problems.length === 0, `${what}: ${v.problems.join('; ')}`);
  equal(v.pwned, null, `${what}: window.__pwned (a script from the data ran)`);
}

// ------------------------------------------------------------------ editor (block) flows
async function login(role) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${WP}/wp-login.php`);
  await page.fill('#user_login', creds[`${role.toUpperCase()}_USER`]);
  await page.fill('#user_pass', creds[`${role.toUpperCase()}_PASS`]);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  return { context, page };
}

async function openEditor(page, path) {
  await page.goto(`${WP}/wp-admin/${path}`);
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks && window.wp.blocks.getBlockType('compare-kit/comparison'), null, { timeout: 30000 });
  // The "Welcome to the block editor" guide of a user's first visit: closed as a user would.
  const guide = page.locator('.edit-post-welcome-guide');
  if (await guide.waitFor({ timeout: 3000 }).then(() => true, () => false)) {
    await guide.locator('button[aria-label="Close dialog"]').click();
    await guide.waitFor({ state: 'detached' });
  }
}

/**
 * Adds a Comparison block the way an author does: "/comparison" + Enter in the
 * empty post, else through the block inserter (the "+" of the toolbar).
 */
async function insertComparisonBlock(page) {
  const before = await page.$$eval('.wp-block-compare-kit-comparison', (b) => b.length);
  if (before === 0) {
    await page.click('.block-editor-default-block-appender__content');
    await page.keyboard.type('/comparison');
    await page.waitForSelector('.components-autocomplete__result:has-text("Comparison")');
    await page.keyboard.press('Enter');
  } else {
    await page.click('.edit-post-header-toolbar__inserter-toggle');
    await page.fill('.block-editor-inserter__search input', 'comparison');
    await page.click('.block-editor-block-types-list__item:has-text("Comparison")');
  }
  await page.waitForFunction((n) => document.querySelectorAll('.wp-block-compare-kit-comparison').length === n + 1, before);
  return page.locator('.wp-block-compare-kit-comparison').nth(before);
}

async function previewState(block, tag) {
  const el = block.locator(tag).first();
  await el.waitFor({ state: 'attached' });
  await block.page().waitForFunction((e) => ['ready', 'error', 'empty'].includes(e.state), await el.elementHandle(), { timeout: 15000 });
  return el.evaluate((e) => ({ state: e.state, error: e.error?.message ?? null, title: e.comparison?.title ?? null }));
}

/** The author's whole path: two Comparison blocks (pasted JSON; a file from the Media Library), publish, reopen. */
async function blockPost(role, mediaTitle) {
  const { context, page } = await login(role);
  try {
    return await editBlockPost(role, page, mediaTitle);
  } catch (e) {
    const shot = join(STATE, 'log', `editor-${role}.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    throw new Error(`${e.message.split('\n')[0]} (at ${page.url()}; screenshot ${shot})`);
  } finally {
    await context.close();
  }
}

async function editBlockPost(role, page, mediaTitle) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await openEditor(page, 'post-new.php');

  // 1. Paste JSON: problems are listed with their paths, then the valid one previews.
  const first = await insertComparisonBlock(page);
  await first.locator('button:has-text("Paste JSON")').click();
  const textarea = first.locator('.compare-kit-json-input textarea');
  await textarea.fill(JSON.stringify(invalid, null, 2));
  await first.locator('.compare-kit-issues li:has-text("items[1].name")').waitFor({ timeout: 10000 });
  await textarea.fill(JSON.stringify(nasty, null, 2));
  await first.locator('.compare-kit-issues').waitFor({ state: 'detached' });
  await first.locator('.compare-kit-element select').selectOption('compare-facts');
  const p1 = await previewState(first, 'compare-facts');
  equal(p1.state, 'ready', `${role}: preview of the pasted JSON (${p1.error})`);
  equal(p1.title, nasty.title, `${role}: preview title`);

  // 2. A comparison file picked in the Media Library, the whole page with two sections.
  const second = await insertComparisonBlock(page);
  // (The button opens WordPress's media frame: on a loaded machine a first click opened nothing once in a CI run,
  // and the test waited 30 s for the file. Clicked again until the frame shows.)
  const modal = page.locator('.media-modal');
  for (let k = 0; k < 4 && !(await modal.isVisible()); k++) {
    await second.locator('button:has-text("Media Library")').click();
    await modal.waitFor({ state: 'visible', timeout: 8000 }).catch(() => {});
  }
  await page.locator(`.media-modal li.attachment[aria-label="${mediaTitle}"]`).click();
  await page.locator('.media-modal .media-button-select').click();
  await second.locator('.compare-kit-sections label:text-is("verdict")').click();
  await second.locator('.compare-kit-sections label:text-is("facts")').click();
  const p2 = await previewState(second, 'compare-page');
  equal(p2.state, 'ready', `${role}: preview of the media file (${p2.error})`);

  // Publish (what the Publish button does: core/editor savePost through REST).
  const id = await page.evaluate(async (title) => {
    const { dispatch, select } = window.wp.data;
    dispatch('core/editor').editPost({ title, status: 'publish' });
    await dispatch('core/editor').savePost();
    if (!select('core/editor').didPostSaveRequestSucceed()) throw new Error('save failed');
    return select('core/editor').getCurrentPostId();
  }, `Comparison blocks by ${role}`);

  // Reopened, every block is valid: the stored markup is exactly what the block saves.
  await openEditor(page, `post.php?post=${id}&action=edit`);
  const blocks = await page.evaluate(() =>
    window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .map((b) => ({ name: b.name, valid: b.isValid, element: b.attributes.element, sections: b.attributes.sections, hasJson: !!b.attributes.json, src: b.attributes.src })),
  );
  assert(problems.length === 0, `${role}: errors in the editor: ${problems.join('; ')}`);
  return { id, blocks };
}

// ------------------------------------------------------------------ the run
console.log(`WordPress ${creds.WP_VERSION} at ${WP}, Chromium ${browser.version()}`);
const media = {};
const posts = {};

await check('.json upload: a comparison is accepted (as author), served byte for byte as application/json', async () => {
  const text = JSON.stringify(demo, null, 2);
  const r = await upload('author', 'python-vs-rust.json', text);
  equal(r.status, 201, `upload status (${r.json?.message})`);
  media.demo = { url: r.json.source_url, title: r.json.title.raw };
  const res = await fetch(media.demo.url);
  equal(res.headers.get('content-type'), 'application/json', 'Content-Type');
  equal(await res.text(), text, 'served bytes');
  const admin = await upload('admin', 'tea-vs-coffee.json', JSON.stringify(nasty));
  equal(admin.status, 201, `upload status as admin (${admin.json?.message})`);
  media.nasty = { url: admin.json.source_url };
});

await check('.json upload: anything else is refused, with a message that says why', async () => {
  const cases = [
    ['notes.json', '{"hello": "world"}', 'it has no "version"'],
    ['list.json', '[1, 2, 3]', 'it holds an array'],
    ['v2.json', '{"version": 2, "id": "x"}', 'its "version" is 2'],
    ['broken.json', '{"version": 1,', 'it is not valid JSON'],
    ['page.json', '<html><script>alert(1)</script></html>', 'it is not valid JSON'],
  ];
  for (const role of Object.keys(ROLES)) {
    for (const [name, text, why] of cases) {
      const r = await upload(role, name, text);
      assert(r.status >= 400, `${role} ${name}: accepted (${r.status})`);
      assert(r.json?.message?.includes(`${name} was not uploaded: ${why}`), `${role} ${name}: message was ${JSON.stringify(r.json?.message)}`);
    }
  }
  const list = await rest('admin', '/wp/v2/media&per_page=100');
  equal(list.json.length, 2, 'attachments in the library (only the two comparisons)');
});

const VOTES = `${WP}/?rest_route=/site-votes/v1/helpful`;
const MAIL = `${WP}/?rest_route=/site-mail/v1/subscribe`;
await check('admin: Settings → Compare Kit saves the endpoints (http(s) or a path only); an author cannot open it', async () => {
  const { context, page } = await login('admin');
  try {
    const save = async (vote, track) => {
      await page.goto(`${WP}/wp-admin/options-general.php?page=compare-kit`);
      await page.fill('#compare_kit_vote_endpoint', vote);
      await page.fill('#compare_kit_track_endpoint', track);
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
      return [await page.inputValue('#compare_kit_vote_endpoint'), await page.inputValue('#compare_kit_track_endpoint'), await page.locator('.notice, .error, .updated').allInnerTexts()];
    };
    const bad = await save('javascript:alert(1)', 'ftp://example.test/x');
    equal(bad[0], '', 'a javascript: vote endpoint is not saved');
    equal(bad[1], '', 'an ftp: track endpoint is not saved');
    assert(bad[2].join(' ').includes('must be an http or https address'), `no message about the refused endpoint: ${bad[2]}`);
    const good = await save(VOTES, MAIL);
    equal(good[0], VOTES, 'vote endpoint');
    equal(good[1], MAIL, 'track endpoint');
  } finally {
    await context.close();
  }
  const author = await login('author');
  try {
    const res = await author.page.goto(`${WP}/wp-admin/options-general.php?page=compare-kit`);
    assert(res.status() === 403 || (await author.page.content()).includes('not allowed'), `the author reached the settings page (${res.status()})`);
  } finally {
    await author.context.close();
  }
});

for (const role of Object.keys(ROLES)) {
  await check(`${role}: block editor: Comparison blocks (pasted JSON with problems shown by path, then valid; a Media Library file), published, valid when reopened`, async () => {
    posts[`block-${role}`] = await blockPost(role, media.demo.title);
    const { blocks } = posts[`block-${role}`];
    equal(blocks.length, 2, 'blocks');
    assert(blocks.every((b) => b.name === 'compare-kit/comparison' && b.valid), `invalid blocks after reopening: ${JSON.stringify(blocks)}`);
    equal(blocks[0].element, 'compare-facts', 'first block element');
    assert(blocks[0].hasJson, 'first block keeps its JSON');
    equal(blocks[1].sections, 'verdict facts', 'second block sections');
    equal(blocks[1].src, media.demo.url, 'second block src');
  });
  await check(`${role}: public page of the block post: the pasted comparison intact, the file's page with the site's vote endpoint`, async () => {
    const v = await view(`${WP}/?p=${posts[`block-${role}`].id}`);
    noProblems(v, 'block post');
    const [facts, page] = v.elements.filter((e) => e.tag === 'compare-facts' || e.tag === 'compare-page');
    ready(facts, 'compare-facts (pasted JSON)');
    equal(facts.comparison, await parsedByLibrary(v.page, nasty), 'the comparison from the <pre>');
    for (const s of NASTY_TEXT) assert(facts.text.includes(s), `the facts do not show ${JSON.stringify(s)}`);
    equal(facts.carrierHidden, true, 'the <pre> carrier is hidden');
    ready(page, 'compare-page (media file)');
    equal(JSON.parse(page.comparison).title, demo.title, 'title from the file');
    equal(page.attrs.sections, 'verdict facts', 'sections');
    equal(page.attrs['vote-endpoint'], VOTES, "the site's vote endpoint");
    await v.page.close();
  });
}

for (const role of Object.keys(ROLES)) {
  await check(`${role}: [compare] shortcode (classic post) renders the file's element`, async () => {
    const p = await post(role, `Shortcode by ${role}`, `Intro.\n\n[compare src="${media.demo.url}" element="facts"]\n\n[compare src="${media.demo.url}" element="page" sections="verdict faq" heading-level="3"]\n\nOutro.`);
    const v = await view(p.link);
    noProblems(v, 'shortcode post');
    const [facts, page] = v.elements;
    ready(facts, 'compare-facts from [compare]');
    equal(facts.tag, 'compare-facts', 'element');
    assert(facts.text.includes(demo.attributes.find((a) => a.key).label), 'the facts show a key attribute');
    ready(page, 'compare-page from [compare]');
    equal(page.attrs.sections, 'verdict faq', 'sections');
    equal(page.attrs['heading-level'], '3', 'heading-level');
    equal(page.attrs.endpoint, MAIL, "the site's track endpoint");
    await v.page.close();
  });

  await check(`${role}: Custom HTML block with src= to the uploaded file`, async () => {
    const p = await post(role, `src= by ${role}`, htmlBlock(`<compare-facts src="${media.demo.url}" theme="dark"></compare-facts>`));
    const v = await view(p.link);
    noProblems(v, 'src post');
    ready(v.elements[0], 'compare-facts src=');
    equal(JSON.parse(v.elements[0].comparison).id, demo.id, 'comparison id');
    equal(v.elements[0].attrs.theme, 'dark', 'theme');
    await v.page.close();
  });

  for (const [form, wrap] of [['Custom HTML block', htmlBlock], ['classic post', (s) => s]]) {
    await check(`${role}: for= + <pre> from \`compare-kit embed --wordpress\` (${form}): [gallery], [caption], Wordpress, ]]>, </script>, line break intact`, async () => {
      const snippet = await embed(nasty, '--element', 'compare-facts', '--wordpress');
      const p = await post(role, `for= and pre by ${role} (${form})`, wrap(snippet));
      const stored = await raw(role, p.id);
      assert(stored.includes(snippet), `stored content differs from the snippet:\n${stored}`);
      const v = await view(p.link);
      noProblems(v, 'for= post');
      ready(v.elements[0], 'compare-facts for=');
      equal(v.elements[0].comparison, await parsedByLibrary(v.page, nasty), 'the comparison');
      for (const s of NASTY_TEXT) assert(v.elements[0].text.includes(s), `the facts do not show ${JSON.stringify(s)}`);
      equal(v.elements[0].carrierHidden, true, 'the <pre> carrier is hidden');
      const excerpt = (await rest(role, `/wp/v2/posts/${p.id}`)).json.excerpt.rendered;
      assert(!excerpt.includes('version'), `the JSON shows in the excerpt: ${excerpt}`);
      await v.page.close();
    });
  }
}

await check('admin: WordPress-safe JSON in a child <script> (`embed --wordpress --script`) comes through intact', async () => {
  const snippet = await embed(nasty, '--element', 'compare-facts', '--wordpress', '--script');
  const p = await post('admin', 'Inline script by admin', htmlBlock(snippet));
  const v = await view(p.link);
  noProblems(v, 'inline script post');
  ready(v.elements[0], 'compare-facts with a child script');
  equal(v.elements[0].comparison, await parsedByLibrary(v.page, nasty), 'the comparison');
  await v.page.close();
});

await check("author: an endpoint attribute, an event handler or a script does not survive saving; the site's endpoints are used", async () => {
  const evil = htmlBlock(
    `<compare-verdict src="${media.demo.url}" vote-endpoint="https://evil.example/collect" onmouseover="window.__pwned=1"></compare-verdict>\n` +
      `<compare-track src="${media.demo.url}" endpoint="https://evil.example/emails" style="display:block"></compare-track>\n` +
      `<compare-page src="javascript:alert(1)" sections="verdict"></compare-page>\n` +
      '<script>window.__pwned = 2</script><img src="x" onerror="window.__pwned = 3">',
  );
  const p = await post('author', 'Endpoints by author', evil);
  const stored = await raw('author', p.id);
  for (const gone of ['evil.example', 'onmouseover', '<script', 'onerror', 'javascript:', 'style=']) assert(!stored.includes(gone), `"${gone}" survived: ${stored}`);
  const v = await view(p.link);
  equal(v.pwned, null, 'window.__pwned');
  const verdict = v.elements.find((e) => e.tag === 'compare-verdict');
  const track = v.elements.find((e) => e.tag === 'compare-track');
  ready(verdict, 'compare-verdict');
  ready(track, 'compare-track');
  equal(verdict.attrs['vote-endpoint'], VOTES, "verdict's vote endpoint");
  equal(track.attrs.endpoint, MAIL, "track's endpoint");
  await v.page.close();
});

await check("admin: an administrator's own endpoint is kept (unfiltered_html), the site's is not forced on it", async () => {
  const p = await post('admin', 'Endpoint by admin', htmlBlock(`<compare-verdict src="${media.demo.url}" vote-endpoint="/my-votes"></compare-verdict>`));
  const v = await view(p.link);
  ready(v.elements[0], 'compare-verdict');
  equal(v.elements[0].attrs['vote-endpoint'], '/my-votes', 'vote endpoint');
  await v.page.close();
});

await check('a post without an element does not load compare-kit.js', async () => {
  const p = await post('author', 'Plain post', '<!-- wp:paragraph -->\n<p>Nothing to compare.</p>\n<!-- /wp:paragraph -->');
  const v = await view(p.link, { expectScript: false });
  noProblems(v, 'plain post');
  await v.page.close();
});

await browser.close();
const debugLog = readFileSync(join(STATE, 'log/wp-debug.log'), 'utf8').split('\n').filter((l) => l.includes('/plugins/compare-kit/'));
await check('no PHP notice, warning or error from the plugin', async () => {
  assert(debugLog.length === 0, debugLog.slice(0, 5).join('\n'));
});
console.log(`WordPress test: ${((Date.now() - started) / 1000).toFixed(0)} s in all (set-up included)`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
