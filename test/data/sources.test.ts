import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-facts.js';
import type { CompareFacts } from '../../src/components/compare-facts/compare-facts.js';
import { clearComparisonCache } from '../../src/data/fetch-comparison.js';
import { loadFixture, settled, textOf, some } from '../helpers/util.js';

const title = (el: CompareFacts) => el.comparison?.title;
const errorText = (el: CompareFacts) => textOf(el.shadowRoot!.querySelector('[part="error"]'));
const count = async (key: string) => (await (await fetch(`/test-api/count/${key}`)).json()).count as number;
let seq = 0;
const key = () => `k${Date.now()}-${seq++}`;

describe('data sources', () => {
  afterEach(() => clearComparisonCache());

  it('loads src over HTTP and fires compare-load with the comparison', async () => {
    const el = document.createElement('compare-facts') as CompareFacts;
    el.src = '/test-api/doc?title=Fetched';
    const loaded = oneEvent(el, 'compare-load');
    document.body.append(el);
    expect(el.state).to.equal('loading');
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const ev = await loaded;
    expect(ev.detail.comparison.title).to.equal('Fetched');
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    some(el.shadowRoot!.querySelector('table'), 'table');
    el.remove();
  });

  const failures: [string, string, string, RegExp, number?][] = [
    ['404', '/test-api/status/404', 'http', /^HTTP 404 for \/test-api\/status\/404: no file at that address/, 404],
    ['500', '/test-api/status/500', 'http', /^HTTP 500 for \/test-api\/status\/500: the server failed/, 500],
    ['malformed JSON', '/test-api/malformed', 'parse', /^\/test-api\/malformed is not valid JSON/],
    ['HTML instead of JSON', '/test-api/html', 'parse', /sent an HTML page, not JSON/],
  ];
  for (const [name, url, kind, message, status] of failures) {
    it(`shows an error for ${name}`, async () => {
      const el = document.createElement('compare-facts') as CompareFacts;
      el.src = url;
      const failed = oneEvent(el, 'compare-error');
      document.body.append(el);
      const ev = await failed;
      expect(ev.detail.kind).to.equal(kind);
      expect(ev.detail.message).to.match(message);
      if (status) expect(ev.detail.status).to.equal(status);
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(textOf(box)).to.contain(ev.detail.message);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('reports schema errors of a fetched document with their paths', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts src="/test/fixtures/invalid.json"></compare-facts>`);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('schema');
    const items = [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => textOf(li));
    expect(items).to.include('items[1].name: expected a string, got 42');
    expect(items.some((t) => t.startsWith('verdikt: unknown key, did you mean "verdict"?'))).to.equal(true);
  });

  it('times out a slow server (timeout attribute)', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts timeout="300" src="/test-api/doc?delay=3000&title=late"></compare-facts>`);
    await settled(el, 'error');
    expect(el.error!.kind).to.equal('network');
    expect(errorText(el)).to.contain('did not answer within 0.3 s');
  });

  it('shows a slow answer that arrives in time', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts src="/test-api/doc?delay=400&title=Slow"></compare-facts>`);
    expect(el.state).to.equal('loading');
    await settled(el);
    expect(title(el)).to.equal('Slow');
  });

  it('never shows the old answer when src changes mid-flight', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts src="/test-api/doc?delay=600&title=Old"></compare-facts>`);
    el.src = '/test-api/doc?delay=50&title=New';
    await settled(el);
    expect(title(el)).to.equal('New');
    await new Promise((r) => setTimeout(r, 800)); // the old answer would have arrived by now
    expect(title(el)).to.equal('New');
    expect(textOf(el.shadowRoot)).to.not.contain('Old');
  });

  it('makes one request for many elements with the same src', async () => {
    const k = key();
    const url = `/test-api/counted/${k}?delay=100`;
    const els = await Promise.all(Array.from({ length: 5 }, () => fixture<CompareFacts>(html`<compare-facts src=${url}></compare-facts>`)));
    await Promise.all(els.map((el) => settled(el, 'ready')));
    // A later element with the same URL reuses the answer too.
    const late = await fixture<CompareFacts>(html`<compare-facts src=${url}></compare-facts>`);
    await settled(late, 'ready');
    expect(await count(k)).to.equal(1);
  });

  it('does not cache a failure: the next element that asks tries again', async () => {
    const k = key();
    const a = await fixture<CompareFacts>(html`<compare-facts src=${`/test-api/fail-once/${k}`}></compare-facts>`);
    await settled(a, 'error');
    expect(a.error!.status).to.equal(500);
    const b = await fixture<CompareFacts>(html`<compare-facts src=${`/test-api/fail-once/${k}`}></compare-facts>`);
    await settled(b, 'ready');
    expect(title(b)).to.equal(`recovered ${k}`);
    expect(await count(k)).to.equal(2);
  });

  it('aborts the request when the element leaves the page, and loads again when it comes back', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts src="/test-api/doc?delay=300&title=Back"></compare-facts>`);
    const parent = el.parentElement!;
    let events = 0;
    el.addEventListener('compare-error', () => events++);
    el.remove();
    await new Promise((r) => setTimeout(r, 400));
    expect(events, 'an abort is not an error').to.equal(0);
    expect(el.state).to.equal('loading');
    parent.append(el);
    await settled(el, 'ready');
    expect(title(el)).to.equal('Back');
  });

  it('gives each element sharing a src its own timeout', async () => {
    const url = `/test-api/doc?delay=1500&title=shared-${key()}`;
    const quick = await fixture<CompareFacts>(html`<compare-facts timeout="300" src=${url}></compare-facts>`);
    const patient = await fixture<CompareFacts>(html`<compare-facts timeout="8000" src=${url}></compare-facts>`);
    await settled(quick, 'error');
    expect(errorText(quick)).to.contain('did not answer within 0.3 s');
    await settled(patient, 'ready', 8000);
    expect(title(patient)).to.match(/^shared-/);
  });

  it('waits the default 10 s for a timeout that is not a positive number', async () => {
    for (const t of ['-1', '0', 'soon']) {
      const el = await fixture<CompareFacts>(html`<compare-facts timeout=${t} src=${`/test-api/doc?delay=300&title=t${t}`}></compare-facts>`);
      await settled(el);
      expect(el.state, `timeout="${t}"`).to.equal('ready');
    }
  });

  it('says a src that is no URL is no URL, with no uncaught error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      for (const src of ['http://[', 'https://example.com:99999/data.json']) {
        const el = await fixture<CompareFacts>(html`<compare-facts src=${src}></compare-facts>`);
        await settled(el, 'error');
        expect(el.error!.kind).to.equal('network');
        expect(errorText(el)).to.contain(`src="${src}" is not a valid URL`);
        el.src = '/test-api/doc?title=Fixed';
        await settled(el, 'ready');
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('refuses a src with a password or of a scheme fetch does not load, never showing the password', async () => {
    const cases: [string, string][] = [
      ['https://user:secret@example.com/data.json', 'src="https://…@example.com/data.json" is not a valid URL: check the address (http:// or https://, no password)'],
      ['//secret@example.com/data.json', 'src="//…@example.com/data.json" is not a valid URL: check the address (http:// or https://, no password)'],
      ['http://user:secret@[', 'src="http://…@[" is not a valid URL'],
      ['javascript:alert(1)', 'src="javascript:alert(1)" is not a valid URL: check the address (http:// or https://, no password)'],
      ['file:///home/me/data.json', 'src="file:///home/me/data.json" is not a valid URL: check the address (http:// or https://, no password)'],
    ];
    for (const [src, message] of cases) {
      const el = await fixture<CompareFacts>(html`<compare-facts src=${src}></compare-facts>`);
      await settled(el, 'error');
      expect(errorText(el), src).to.contain(message);
      expect(`${errorText(el)} ${el.error!.message}`, src).to.not.match(/secret|network/);
    }
    // Another scheme is fetch's to load or refuse (an app's capacitor://, an extension's chrome-extension://): not refused here.
    const app = await fixture<CompareFacts>(html`<compare-facts src="capacitor://localhost/data.json"></compare-facts>`);
    await settled(app, 'error');
    expect(errorText(app), 'was refused as no valid URL').to.not.contain('is not a valid URL');
    // What fetch reads besides http(s) is still read.
    const doc = JSON.stringify({ version: 1, id: 'a-vs-b', title: 'From a data URL', items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] });
    const el = await fixture<CompareFacts>(html`<compare-facts src=${`data:application/json,${encodeURIComponent(doc)}`}></compare-facts>`);
    await settled(el);
    expect(title(el)).to.equal('From a data URL');
  });

  it('treats a src of spaces as no src', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts src="   "></compare-facts>`);
    await settled(el, 'error');
    expect(errorText(el)).to.not.contain('HTML page');
    expect(el.error!.message).to.match(/^No comparison data/);
  });

  it('reads JSON sent with a text/html content type; an HTML page is still called one', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts src="/test-api/json-as-html?title=Mislabelled"></compare-facts>`);
    await settled(el);
    expect(title(el)).to.equal('Mislabelled');
    const page = await fixture<CompareFacts>(html`<compare-facts src="/test-api/html"></compare-facts>`);
    await settled(page, 'error');
    expect(errorText(page)).to.contain('sent an HTML page');
  });

  it('refuses a body that is not UTF-8 instead of showing replacement characters', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts src="/test-api/latin1"></compare-facts>`);
    await settled(el, 'error');
    expect(el.error!.kind).to.equal('parse');
    expect(errorText(el)).to.contain('is not UTF-8 text');
  });

  it('tries again when an element that failed is put back on the page', async () => {
    const k = key();
    const el = await fixture<CompareFacts>(html`<compare-facts src=${`/test-api/fail-once/${k}`}></compare-facts>`);
    await settled(el, 'error');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settled(el, 'ready');
    expect(title(el)).to.equal(`recovered ${k}`);
  });

  it('tries again when a failed src is set again to the same URL, as attribute or property', async () => {
    const k = key();
    const url = `/test-api/fail-once/${k}`;
    const el = await fixture<CompareFacts>(html`<compare-facts src=${url}></compare-facts>`);
    await settled(el, 'error');
    el.setAttribute('src', url);
    await settled(el, 'ready');
    expect(title(el)).to.equal(`recovered ${k}`);
    expect(await count(k)).to.equal(2);
    // Once shown, the same URL again is no new request.
    el.src = url;
    el.setAttribute('src', url);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(await count(k)).to.equal(2);
    const k2 = key();
    const b = await fixture<CompareFacts>(html`<compare-facts src=${`/test-api/fail-once/${k2}`}></compare-facts>`);
    await settled(b, 'error');
    b.src = `/test-api/fail-once/${k2}`;
    await settled(b, 'ready');
    expect(title(b)).to.equal(`recovered ${k2}`);
  });

  it('reports a network failure (connection refused)', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts src="http://127.0.0.1:9/nothing.json"></compare-facts>`);
    await settled(el, 'error', 8000);
    expect(el.error!.kind).to.equal('network');
    expect(errorText(el)).to.contain('could not load http://127.0.0.1:9/nothing.json');
  });
});

describe('data inputs and their precedence', () => {
  afterEach(() => clearComparisonCache());

  it('reads a child <script type="application/json">', async () => {
    const doc = await loadFixture('minimal.json');
    doc.title = 'Inline';
    const el = await fixture<CompareFacts>(html`<compare-facts><script type="application/json">${JSON.stringify(doc)}</script></compare-facts>`);
    await settled(el);
    expect(title(el)).to.equal('Inline');
  });

  it('reads the text of the element named by for="id"', async () => {
    const doc = await loadFixture('minimal.json');
    doc.title = 'By id';
    const wrap = await fixture(html`<div>
      <script type="application/json" id="cmp-for-test">${JSON.stringify(doc)}</script>
      <compare-facts for="cmp-for-test"></compare-facts>
    </div>`);
    const el = wrap.querySelector('compare-facts') as CompareFacts;
    await settled(el);
    expect(title(el)).to.equal('By id');
  });

  it('for="id": shows an element with that id added later, and edits of its JSON', async () => {
    const doc = await loadFixture('minimal.json');
    const el = await fixture<CompareFacts>(html`<compare-facts for="later-json"></compare-facts>`);
    await settled(el, 'error');
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'later-json', textContent: JSON.stringify({ ...doc, title: 'Added' }) });
    document.body.append(script);
    try {
      await settled(el, 'ready');
      expect(title(el)).to.equal('Added');
      script.textContent = JSON.stringify({ ...doc, title: 'Edited' });
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(title(el)).to.equal('Edited');
    } finally {
      script.remove();
    }
  });

  for (const where of ['in the document', 'in a shadow root, its JSON in the document'] as const) {
    it(`for="id" ${where}: shows the JSON of another element that takes the id (a CMS preview swapping it with innerHTML)`, async () => {
      const doc = await loadFixture('minimal.json');
      const holder = document.createElement('div');
      const swap = (t: string) => {
        // (innerHTML of a fixed string, then the JSON as text: no data goes through the parser.)
        holder.innerHTML = '<script type="application/json" id="swapped-json"></script>';
        holder.firstElementChild!.textContent = JSON.stringify({ ...doc, title: t });
      };
      swap('First');
      document.body.append(holder);
      const app = document.createElement('div');
      document.body.append(app);
      try {
        const el = document.createElement('compare-facts') as CompareFacts;
        el.setAttribute('for', 'swapped-json');
        (where === 'in the document' ? app : app.attachShadow({ mode: 'open' })).append(el);
        await settled(el, 'ready');
        expect(title(el)).to.equal('First');
        swap('Second');
        await waitUntil(() => title(el) === 'Second', "the new element's JSON shows", { timeout: 2000 });
        // Once the new one is watched, an edit of its text shows too.
        holder.firstElementChild!.textContent = JSON.stringify({ ...doc, title: 'Third' });
        await waitUntil(() => title(el) === 'Third', 'an edit of the new element shows', { timeout: 2000 });
      } finally {
        holder.remove();
        app.remove();
      }
    });
  }

  it('says so when for="id" names no element', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts for="nowhere"></compare-facts>`);
    await settled(el);
    expect(errorText(el)).to.contain('for="nowhere": no element with id "nowhere" on this page');
  });

  it('takes data, then inline, then for, then src', async () => {
    const doc = await loadFixture('minimal.json');
    const as = (t: string) => JSON.stringify({ ...doc, title: t });
    const wrap = await fixture(html`<div>
      <script type="application/json" id="cmp-prec">${as('for')}</script>
      <compare-facts for="cmp-prec" src="/test-api/doc?title=src"><script type="application/json">${as('inline')}</script></compare-facts>
    </div>`);
    const el = wrap.querySelector('compare-facts') as CompareFacts;
    await settled(el);
    expect(title(el)).to.equal('inline');
    el.data = as('data (a JSON string)');
    await settled(el);
    expect(title(el)).to.equal('data (a JSON string)');
    el.data = { ...doc, title: 'data (an object)' };
    await settled(el);
    expect(title(el)).to.equal('data (an object)');
    el.data = undefined;
    el.querySelector('script')!.remove();
    await new Promise((r) => setTimeout(r, 0)); // the MutationObserver sees the removal
    await settled(el);
    expect(title(el)).to.equal('for');
    el.removeAttribute('for');
    await settled(el, 'ready');
    await new Promise((r) => setTimeout(r, 50));
    await settled(el, 'ready');
    expect(title(el)).to.equal('src');
  });

  it('shows schema errors of the data property, naming the input', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts .data=${{ version: 1 }}></compare-facts>`);
    await settled(el);
    expect(el.error!.kind).to.equal('schema');
    expect(el.error!.message).to.match(/^the data property: \d+ problems in the comparison data/);
    expect(el.error!.issues!.map((i) => i.path)).to.include.members(['id', 'title', 'items']);
  });

  it('shows a JSON syntax error of an inline script', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts><script type="application/json">{ "version": 1, }</script></compare-facts>`);
    await settled(el);
    expect(el.error!.kind).to.equal('parse');
    expect(errorText(el)).to.contain('the inline <script type="application/json"> is not valid JSON');
    // Where in the page: lines count from the <script>'s own line, as the page's source shows them.
    const lines = await fixture<CompareFacts>(html`<compare-facts><script type="application/json">
      {
        "version": 1,
      }
    </script></compare-facts>`);
    await settled(lines, 'error');
    expect(lines.error!.message).to.equal(
      'the inline <script type="application/json"> is not valid JSON: line 3, column 21: a comma before `}` (remove it); line 1 is the line of its opening tag',
    );
  });

  it('refuses a key an editor typed twice in an inline script, naming its path (the first value would be lost)', async () => {
    const doc = await loadFixture('minimal.json');
    const text = JSON.stringify({ ...doc, attributes: [{ id: 'price', label: 'Price', key: true, values: { tea: '$5' } }] }).replace('"values":', '"values":{"coffee":"$7"},"values":');
    const el = await fixture<CompareFacts>(html`<compare-facts><script type="application/json">${text}</script></compare-facts>`);
    await settled(el, 'error');
    expect(el.error!.kind).to.equal('schema');
    expect(el.error!.issues!.map((i) => `${i.path}: ${i.message}`)).to.deep.equal(['attributes[0].values: duplicate key: only its last value is read (keep one)']);
    expect(errorText(el)).to.contain('attributes[0].values').and.contain('duplicate key');
    // The same document as the data property (an object has each key once): shown.
    const ok = await fixture<CompareFacts>(html`<compare-facts .data=${JSON.parse(text)}></compare-facts>`);
    await settled(ok, 'ready');
  });

  it('refuses an item id starting with x- ("x-ray") typed twice in a map keyed by item id: it is the item\'s, no extension', async () => {
    const items = [{ id: 'x-ray', name: 'X-Ray' }, { id: 'y-ray', name: 'Y-Ray' }];
    const doc = { version: 1, id: 'x-vs-y', title: 'X vs Y', items, attributes: [{ id: 'price', label: 'Price', key: true, values: { 'x-ray': '$5', 'y-ray': '$6' } }] };
    // An extension given twice (in an item, in the map) is still no problem.
    const text = JSON.stringify(doc)
      .replace('"values":{', '"values":{"x-ray":"$7","x-note":1,"x-note":2,')
      .replace('"name":"X-Ray"', '"name":"X-Ray","x-foo":1,"x-foo":2');
    const el = await fixture<CompareFacts>(html`<compare-facts><script type="application/json">${text}</script></compare-facts>`);
    await settled(el, 'error');
    expect(el.error!.issues!.map((i) => `${i.path}: ${i.message}`)).to.deep.equal(['attributes[0].values.x-ray: duplicate key: only its last value is read (keep one)']);
    expect(errorText(el)).to.contain('attributes[0].values.x-ray').and.contain('duplicate key');
    // Given once, it is read as the item's value and shown.
    const once = await fixture<CompareFacts>(html`<compare-facts><script type="application/json">${text.replace('"x-ray":"$7",', '')}</script></compare-facts>`);
    await settled(once, 'ready');
    const cells = [...once.shadowRoot!.querySelectorAll('td')].map((td) => textOf(td));
    expect(cells.join(' | ')).to.contain('$5').and.contain('$6').and.not.contain('$7');
  });

  it('complains when given nothing at all, once the page has loaded', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts></compare-facts>`);
    await settled(el, 'error');
    expect(errorText(el)).to.contain('No comparison data');
  });

  it('an app that binds data still on its way (.data=${undefined}) shows loading, not an error, until it comes', async () => {
    const three = await loadFixture('three-databases.json');
    const errors: Event[] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.addEventListener('compare-error', (e) => errors.push(e));
    const el = document.createElement('compare-facts') as CompareFacts;
    el.data = undefined;
    wrap.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="error"]') === null, 'no error block').to.equal(true);
    el.data = three;
    await settled(el, 'ready');
    el.data = null; // taken away again: waiting for the next
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(errors.length).to.equal(0);
  });

  it('keeps the host page working: errors stay inside the element', async () => {
    let uncaught = 0;
    const onError = () => uncaught++;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const el = await fixture<CompareFacts>(html`<compare-facts src="/test-api/status/503"></compare-facts>`);
    await settled(el, 'error');
    el.data = '{{{';
    await settled(el, 'error');
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(uncaught).to.equal(0);
  });
});
