import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/compare-verdict.js';
import type { CompareVerdict } from '../../src/components/compare-verdict/compare-verdict.js';
import { clone, idle, loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';

const PREFIX = 'compare-kit:vote:';
/** Comparison ids (and server keys) unique per test and per browser: the test server is shared by all engines. */
let counter = 0;
const runId = Math.random().toString(36).slice(2, 8);
const uniqueId = () => `vote-${runId}-${++counter}`;

async function verdict(data: unknown, attrs: { theme?: string; endpoint?: string; level?: number; timeout?: number } = {}) {
  const el = await fixture<CompareVerdict>(
    html`<compare-verdict
      .data=${data}
      theme=${attrs.theme ?? 'light'}
      vote-endpoint=${attrs.endpoint ?? ''}
      heading-level=${attrs.level ?? 2}
      timeout=${attrs.timeout ?? 10000}
    ></compare-verdict>`,
  );
  return settled(el);
}

const $ = (el: CompareVerdict, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: CompareVerdict, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const buttons = (el: CompareVerdict) => $$(el, '[part~="vote-button"]') as HTMLButtonElement[];
const yes = (el: CompareVerdict) => $(el, '[part~="vote-yes"]') as HTMLButtonElement;
const no = (el: CompareVerdict) => $(el, '[part~="vote-no"]') as HTMLButtonElement;
const status = (el: CompareVerdict) => textOf($(el, '[part="vote-status"]'));
const stored = (id: string) => localStorage.getItem(PREFIX + id);

async function statusIs(el: CompareVerdict, text: string | RegExp, timeout = 5000) {
  await waitUntil(
    () => (typeof text === 'string' ? status(el) === text : text.test(status(el))),
    `status stayed "${status(el)}"`,
    { timeout },
  );
  await el.updateComplete;
}

/**
 * A key press. WebKitGTK's WebDriver loses the test frame after its first key
 * action ("Invalid frame ID"), so there Tab moves to the next tab stop of the
 * element and Enter activates the focused button, as the browser would.
 */
const webkitDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
async function press(el: CompareVerdict, key: 'Tab' | 'Enter') {
  if (!webkitDriver) return sendKeys({ press: key });
  const root = el.shadowRoot!;
  const active = root.activeElement as HTMLElement | null;
  if (key === 'Enter') return void active?.click();
  const stops = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])')];
  const next = active ? stops.find((s) => active.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) : stops[0];
  next?.focus();
}

/** Lets one vote POSTed with `?hold=NAME` be answered (the test server holds it until then). */
const release = (name: string) => fetch(`/test-api/release/${name}`);

async function received(key: string): Promise<any[]> {
  return (await fetch(`/test-api/votes/${key}`)).json();
}

describe('<compare-verdict>', () => {
  let demo: any;
  let three: any;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
  });
  afterEach(() => {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith(`${PREFIX}vote-${runId}-`) || key === `${PREFIX}${demo.id}` || key === `${PREFIX}${three.id}`) localStorage.removeItem(key);
    }
  });

  /** The demo or fixture document under a fresh id, so votes never leak between tests. */
  const fresh = (doc: any) => Object.assign(clone(doc), { id: uniqueId() });

  describe('content', () => {
    it('renders the verdict of the demo: heading, AI label, text, a "Choose X if" box per item', async () => {
      const el = await verdict(demo);
      const head = $(el, '[part="heading"]')!;
      expect(head.getAttribute('role')).to.equal('heading');
      expect(head.getAttribute('aria-level')).to.equal('2');
      expect(textOf(head)).to.equal('Our Verdict');
      expect(textOf($(el, '[part="ai-label"]'))).to.equal('AI-assisted');
      expect(textOf($(el, '[part="text"]'))).to.equal(demo.verdict.text);
      const titles = $$(el, '[part="choose-title"]').map((t) => textOf(t));
      expect(titles).to.deep.equal(['Choose Python if', 'Choose Rust if']);
      // The name isolated by markup (<bdi>, inside the sentence's own), not by U+2068/U+2069 in the heading's name.
      expect($$(el, '[part="choose-title"] bdi bdi').map((b) => b.textContent)).to.deep.equal(['Python', 'Rust']);
      expect($$(el, '[part="choose-text"]').map((t) => textOf(t))).to.deep.equal([demo.verdict.chooseIf.python, demo.verdict.chooseIf.rust]);
      expect($(el, '[part="choose-list"]')!.tagName).to.equal('UL');
      expect($$(el, 'ul > li[part="choose-box"]').length).to.equal(2);
      // The demo makes no overall pick.
      expect($(el, '[part="winner"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('asks "Was this verdict helpful?" with two real buttons, in a labelled group', async () => {
      const el = await verdict(fresh(demo));
      const vote = $(el, '[part="vote"]')!;
      expect(vote.getAttribute('role')).to.equal('group');
      expect(textOf(el.shadowRoot!.getElementById(vote.getAttribute('aria-labelledby')!))).to.equal('Was this verdict helpful?');
      expect(buttons(el).map((b) => [b.tagName, b.type, textOf(b)])).to.deep.equal([
        ['BUTTON', 'button', 'Yes'],
        ['BUTTON', 'button', 'No'],
      ]);
      expect($(el, '[part="vote-status"]')!.getAttribute('role')).to.equal('status');
      expect(status(el)).to.equal('');
    });

    it('renders three items: boxes in item order with the item colours, the winner in words, rich text', async () => {
      const el = await verdict(three);
      expect($$(el, '[part="choose-title"]').map((t) => textOf(t))).to.deep.equal(['Choose PostgreSQL if', 'Choose MySQL if', 'Choose SQLite if']);
      const boxes = $$(el, '[part="choose-box"]');
      expect(getComputedStyle(boxes[0]!).borderInlineStartColor).to.equal('rgb(51, 103, 145)'); // #336791
      expect(getComputedStyle(boxes[1]!).borderInlineStartColor).to.equal('rgb(242, 145, 17)'); // #f29111
      const winner = $(el, '[part="winner"]')!;
      expect(textOf(winner)).to.equal('Our pick: PostgreSQL');
      expect(winner.getBoundingClientRect().height).to.be.greaterThan(0);
      // aiAssisted: false
      expect($(el, '[part="ai-label"]')).to.equal(null);
      const link = $(el, '[part="text"] a')!;
      expect(link.getAttribute('href')).to.equal('https://www.postgresql.org/docs/');
      expect(textOf(link)).to.equal('PostgreSQL docs');
      expect(textOf($(el, '[part="choose-box"] strong'))).to.equal('data integrity');
      expect(textOf(boxes[2]!.querySelector('em'))).to.equal('zero administration');
      expect(textOf(el.shadowRoot)).to.not.contain('**');
      await expect(el).to.be.accessible();
    });

    it('shows boxes only for items with a chooseIf entry, in item order whatever the key order', async () => {
      const doc = fresh(three);
      doc.verdict.chooseIf = { sqlite: 'One file.', postgresql: 'Everything else.' };
      let el = await verdict(doc);
      expect($$(el, '[part="choose-title"]').map((t) => textOf(t))).to.deep.equal(['Choose PostgreSQL if', 'Choose SQLite if']);
      delete doc.verdict.chooseIf;
      el = await verdict(doc);
      expect($(el, '[part="choose-list"]')).to.equal(null);
      expect(textOf($(el, '[part="text"]'))).to.contain('PostgreSQL is the safest default');
    });

    it('follows heading-level for its heading and the box titles', async () => {
      const el = await verdict(demo, { level: 3 });
      expect($(el, '[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect($$(el, '[part="choose-title"]').map((t) => t.getAttribute('aria-level'))).to.deep.equal(['4', '4']);
    });

    it('never renders text as HTML', async () => {
      const doc = fresh(demo);
      (window as any).__verdictPwned = false;
      doc.items[0].name = '<img src=x onerror="window.__verdictPwned=true">';
      doc.verdict.text = '<b>bold</b> and <script>window.__verdictPwned=true</script>';
      doc.verdict.chooseIf.rust = '<img src=x onerror="window.__verdictPwned=true">';
      doc.verdict.winner = 'python';
      const el = await verdict(doc);
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(textOf($(el, '[part="text"]'))).to.equal(doc.verdict.text);
      expect(textOf($(el, '[part="choose-title"]'))).to.equal(`Choose ${doc.items[0].name} if`);
      expect(textOf($(el, '[part="winner"]'))).to.equal(`Our pick: ${doc.items[0].name}`);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as any).__verdictPwned).to.equal(false);
    });

    for (const evil of ['Alpha\u202Eevil', 'Alpha\u2069\u202Eevil']) it(`isolates item names in its sentences: ${JSON.stringify(evil)} cannot reorder the words around it`, async () => {
      const doc = fresh(demo);
      doc.items[0].name = evil;
      doc.verdict.winner = doc.items[0].id;
      const el = await verdict(doc);
      for (const part of ['choose-title', 'winner']) {
        const box = el.shadowRoot!.querySelector(`[part="${part}"]`)!;
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) texts.push(n as Text);
        const x = (node: Text, at: number) => {
          const r = document.createRange();
          r.setStart(node, at);
          r.setEnd(node, at + 1);
          return r.getBoundingClientRect().left;
        };
        // The name in a <bdi> of its own, its direction controls gone (one could end the isolate early).
        const named = texts.find((t) => t.data.includes('Alpha'));
        if (!named) throw new Error(`no name in ${part}`);
        expect(named.parentElement!.localName, part).to.equal('bdi');
        expect(named.data, part).to.equal('Alphaevil');
        // The interface's words stay in reading order around the name: "Choose" / "Our pick" before it, " if" after.
        const name = x(named, 0);
        expect(x(texts[0]!, 0), `${part}: the sentence starts left of the name`).to.be.below(name);
        if (part === 'choose-title') {
          const after = texts[texts.indexOf(named) + 1]!;
          const i = after.data.lastIndexOf('if');
          expect(x(after, i), '"i" of "if" left of its "f"').to.be.below(x(after, i + 1));
          expect(x(after, i), '"if" right of the name').to.be.above(name);
        }
      }
    });

    it('fits 8 items with long text into 320 px, boxes stacked; side by side when wide', async () => {
      const doc: any = {
        version: 1,
        id: uniqueId(),
        title: 'Eight',
        items: Array.from({ length: 8 }, (_, i) => ({ id: `item-${i}`, name: `Item number ${i} with a rather long name` })),
        verdict: {
          text: 'Supercalifragilisticexpialidocious-without-any-break-opportunity-at-all-'.repeat(3),
          winner: 'item-7',
          aiAssisted: true,
          chooseIf: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`item-${i}`, `Reason ${i} `.repeat(12)])),
        },
      };
      const el = await verdict(doc);
      el.style.width = '320px';
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '[part]')) expect(node.scrollWidth, node.getAttribute('part')!).to.be.at.most(node.clientWidth + 1);
      let boxes = $$(el, '[part="choose-box"]');
      expect(boxes.length).to.equal(8);
      expect(boxes[1]!.getBoundingClientRect().top).to.be.greaterThan(boxes[0]!.getBoundingClientRect().bottom - 1);
      el.style.width = '960px';
      await new Promise((r) => requestAnimationFrame(r));
      boxes = $$(el, '[part="choose-box"]');
      expect(boxes[1]!.getBoundingClientRect().top).to.equal(boxes[0]!.getBoundingClientRect().top);
    });
  });

  describe('states', () => {
    it('is empty (no space) when the comparison has no verdict', async () => {
      const el = await verdict(await loadFixture('minimal.json'));
      expect(el.state).to.equal('empty');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect($(el, '[part="vote"]')).to.equal(null);
    });

    it('is empty when the verdict says nothing (empty text, no winner, no "Choose X if"); text alone or a winner alone shows', async () => {
      const base = await loadFixture('minimal.json');
      const silent = await verdict({ ...base, verdict: { text: '  ' } });
      expect(silent.state).to.equal('empty');
      expect($(silent, '[part="vote"]')).to.equal(null);
      const winnerOnly = await verdict({ ...base, verdict: { text: '', winner: base.items[0].id } });
      expect(winnerOnly.state).to.equal('ready');
      expect($(winnerOnly, '[part="text"]')).to.equal(null);
      expect($(winnerOnly, '[part="winner"]')).to.not.equal(null);
    });

    it('shows every problem of an invalid document, accessibly', async () => {
      const el = await verdict(await loadFixture('invalid.json'));
      expect(el.state).to.equal('error');
      const box = $(el, '[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.querySelectorAll('li code').length).to.be.greaterThan(1);
      expect($(el, '[part="vote"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('keeps its space while loading, then fires compare-load', async () => {
      const el = await fixture<CompareVerdict>(html`<compare-verdict src="/test-api/doc?delay=400"></compare-verdict>`);
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      expect($(el, '[part="placeholder"]')).to.exist;
      // minimal.json has no verdict: empty once loaded.
      await settled(el);
      expect(el.state).to.equal('empty');
    });

    it('fires compare-load with the comparison once rendered', async () => {
      const doc = fresh(demo);
      const el = document.createElement('compare-verdict');
      const loaded = oneEvent(el, 'compare-load');
      el.data = doc;
      document.body.append(el);
      try {
        const ev = await loaded;
        expect(ev.detail.comparison.id).to.equal(doc.id);
        expect(textOf(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Our Verdict');
      } finally {
        el.remove();
      }
    });

    it('is readable in the dark theme (contrast passes), also with thanks and a failure shown', async () => {
      let el = await verdict(three, { theme: 'dark' });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
      const key = uniqueId();
      el = await verdict(fresh(demo), { theme: 'dark', endpoint: `/test-api/vote/${key}?status=503` });
      yes(el).click();
      await statusIs(el, 'Your vote could not be sent (HTTP 503).');
      await expect(el).to.be.accessible();
      el = await verdict(fresh(demo), { theme: 'dark' });
      no(el).click();
      await statusIs(el, /^Thanks/);
      await expect(el).to.be.accessible();
    });
  });

  describe('the vote', () => {
    it('without an endpoint: fires a cancelable, bubbling, composed compare-vote and thanks at once', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc);
      const heard = oneEvent(document, 'compare-vote');
      yes(el).click();
      const ev = await heard;
      expect(ev.detail).to.deep.equal({ comparison: doc.id, helpful: true });
      expect([ev.bubbles, ev.composed, ev.cancelable]).to.deep.equal([true, true, true]);
      await el.updateComplete;
      expect(status(el)).to.equal('Thanks for your feedback! Your answer: Yes.');
      expect(buttons(el).length).to.equal(0);
      expect(JSON.parse(stored(doc.id)!)).to.deep.equal({ helpful: true });
      await expect(el).to.be.accessible();
    });

    it('POSTs the vote as JSON, shows "Sending your vote…" with the buttons disabled, then thanks', async () => {
      const doc = fresh(demo);
      const key = doc.id;
      const el = await verdict(doc, { endpoint: `/test-api/vote/${key}?delay=400` });
      no(el).click();
      await el.updateComplete;
      expect(status(el)).to.equal('Sending your vote…');
      // Not busy: a busy group may hold back its live status line's "Sending…" until it is over.
      expect($(el, '[part="vote"]')!.hasAttribute('aria-busy')).to.equal(false);
      // Disabled for screen readers, not for focus: the reader's place stays on the button.
      expect(buttons(el).map((b) => [b.disabled, b.getAttribute('aria-disabled')])).to.deep.equal([
        [false, 'true'],
        [false, 'true'],
      ]);
      // A second click while sending does nothing.
      no(el).click();
      expect(stored(doc.id)).to.equal(null); // only once it got through
      await statusIs(el, 'Thanks for your feedback! Your answer: No.');
      expect($(el, '[part="vote"]')!.hasAttribute('aria-busy')).to.equal(false);
      expect(buttons(el).length).to.equal(0);
      expect(await received(key)).to.deep.equal([
        { method: 'POST', contentType: 'application/json', body: { comparison: doc.id, helpful: false }, status: 200 },
      ]);
      expect(JSON.parse(stored(doc.id)!)).to.deep.equal({ helpful: false });
    });

    it('says so on an HTTP error and offers "Try again"; nothing is remembered', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc, { endpoint: `/test-api/vote/${doc.id}?status=500` });
      yes(el).click();
      await statusIs(el, 'Your vote could not be sent (HTTP 500).');
      const retry = $(el, '[part="retry-button"]') as HTMLButtonElement;
      expect(retry.tagName).to.equal('BUTTON');
      expect(textOf(retry)).to.equal('Try again');
      // The answers stay, so the reader can also change theirs; the one that failed is marked, but not "pressed":
      // it did not get through (a screen reader said "Yes, pressed" beside "could not be sent").
      expect(buttons(el).map((b) => [b.getAttribute('aria-disabled'), b.classList.contains('chosen'), b.getAttribute('aria-pressed')])).to.deep.equal([
        [null, true, 'false'],
        [null, false, 'false'],
      ]);
      expect($(el, '[part="vote"]')!.hasAttribute('aria-busy')).to.equal(false);
      expect(stored(doc.id)).to.equal(null);
      expect((await received(doc.id)).map((r) => r.status)).to.deep.equal([500]);
      await expect(el).to.be.accessible();
    });

    it('says so on a network failure (closed port)', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc, { endpoint: 'http://127.0.0.1:9/' });
      yes(el).click();
      await statusIs(el, 'Your vote could not be sent.');
      expect($(el, '[part="retry-button"]')).to.exist;
      expect(stored(doc.id)).to.equal(null);
    });

    it('gives up after the timeout', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc, { endpoint: `/test-api/vote/${doc.id}?delay=4000`, timeout: 300 });
      const started = performance.now();
      yes(el).click();
      await statusIs(el, 'Your vote could not be sent.', 3000);
      expect(performance.now() - started).to.be.lessThan(2500);
      expect(stored(doc.id)).to.equal(null);
    });

    it('"Try again" re-sends the same vote (without a second event) and then thanks', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc, { endpoint: `/test-api/vote-fail-once/${doc.id}` });
      let events = 0;
      el.addEventListener('compare-vote', () => events++);
      no(el).click();
      await statusIs(el, 'Your vote could not be sent (HTTP 500).');
      ($(el, '[part="retry-button"]') as HTMLButtonElement).click();
      await statusIs(el, 'Thanks for your feedback! Your answer: No.');
      expect($(el, '[part="retry-button"]')).to.equal(null);
      const got = await received(doc.id);
      expect(got.map((r) => r.status)).to.deep.equal([500, 200]);
      expect(got[0].body).to.deep.equal({ comparison: doc.id, helpful: false });
      expect(got[1].body).to.deep.equal(got[0].body);
      expect(events).to.equal(1);
      expect(JSON.parse(stored(doc.id)!)).to.deep.equal({ helpful: false });
    });

    it('after a failure the reader can change their answer: the other button sends it (a new event) and thanks with it', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc, { endpoint: `/test-api/vote-fail-once/${doc.id}` });
      const heard: boolean[] = [];
      el.addEventListener('compare-vote', (e) => heard.push((e as CustomEvent).detail.helpful));
      yes(el).click();
      await statusIs(el, 'Your vote could not be sent (HTTP 500).');
      no(el).click();
      await statusIs(el, 'Thanks for your feedback! Your answer: No.');
      expect(heard).to.deep.equal([true, false]);
      expect((await received(doc.id)).map((r) => [r.status, r.body.helpful])).to.deep.equal([
        [500, true],
        [200, false],
      ]);
      expect(JSON.parse(stored(doc.id)!)).to.deep.equal({ helpful: false });
    });

    it('after a failure, pressing the same answer again sends it again without a second event (as "Try again")', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc, { endpoint: `/test-api/vote/${doc.id}?status=500` });
      let events = 0;
      el.addEventListener('compare-vote', () => events++);
      yes(el).click();
      await statusIs(el, 'Your vote could not be sent (HTTP 500).');
      yes(el).click();
      await waitUntil(async () => (await received(doc.id)).length === 2, 'sent twice', { timeout: 5000 });
      await statusIs(el, 'Your vote could not be sent (HTTP 500).');
      expect(events).to.equal(1);
    });

    it('skips the POST when a listener cancels the event, and shows thanks (the host took the vote)', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc, { endpoint: `/test-api/vote/${doc.id}` });
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('compare-vote', cancel);
      try {
        yes(el).click();
      } finally {
        document.removeEventListener('compare-vote', cancel);
      }
      await el.updateComplete;
      expect(status(el)).to.equal('Thanks for your feedback! Your answer: Yes.');
      await new Promise((r) => setTimeout(r, 300));
      expect(await received(doc.id)).to.deep.equal([]);
      expect(JSON.parse(stored(doc.id)!)).to.deep.equal({ helpful: true });
    });

    it('remembers the vote per comparison: other elements update, new ones show the answer, other ids still ask', async () => {
      const doc = fresh(demo);
      const [a, b] = await Promise.all([verdict(doc), verdict(doc)]);
      expect(buttons(b).length).to.equal(2);
      no(a).click();
      await a.updateComplete;
      await b.updateComplete;
      expect(status(b)).to.equal('Thanks for your feedback! Your answer: No.');
      expect(buttons(b).length).to.equal(0);
      // As after a reload: a new element for the same id.
      const c = await verdict(clone(doc));
      expect(status(c)).to.equal('Thanks for your feedback! Your answer: No.');
      expect(buttons(c).length).to.equal(0);
      const other = await verdict(fresh(demo));
      expect(buttons(other).length).to.equal(2);
    });

    it('follows a vote made in another tab (storage event)', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc);
      await idle(); // the page's one storage listener is added while the page is idle
      localStorage.setItem(PREFIX + doc.id, JSON.stringify({ helpful: true }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'another-key', newValue: 'x' }));
      await el.updateComplete;
      expect(buttons(el).length).to.equal(2); // someone else's key: nothing read again
      window.dispatchEvent(new StorageEvent('storage', { key: PREFIX + doc.id, newValue: '{"helpful":true}' }));
      await el.updateComplete;
      expect(status(el)).to.equal('Thanks for your feedback! Your answer: Yes.');
    });

    it('ignores a foreign value under its storage key', async () => {
      const doc = fresh(demo);
      localStorage.setItem(PREFIX + doc.id, 'not json');
      const el = await verdict(doc);
      expect(buttons(el).length).to.equal(2);
    });

    it('still works for the page view when storage throws (private mode, sandboxed iframe)', async () => {
      const doc = fresh(demo);
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      try {
        const el = await verdict(doc, { endpoint: `/test-api/vote/${doc.id}` });
        expect(buttons(el).length).to.equal(2);
        yes(el).click();
        await statusIs(el, 'Thanks for your feedback! Your answer: Yes.');
        const again = await verdict(clone(doc));
        expect(status(again)).to.equal('Thanks for your feedback! Your answer: Yes.');
        expect((await received(doc.id)).length).to.equal(1);
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
      }
      expect(stored(doc.id)).to.equal(null);
    });
  });

  describe('keyboard and focus', () => {
    /** What a screen reader is on: the element's focused node, never the page (document.body). */
    const focused = (el: CompareVerdict) => {
      expect(document.activeElement === el, `focus in the element, not on ${document.activeElement?.localName}`).to.equal(true);
      return el.shadowRoot!.activeElement as HTMLElement;
    };
    /** (Elements compared as booleans: a failing comparison of two nodes would not serialize.) */
    const on = (el: CompareVerdict, node: HTMLElement | null) => expect(focused(el) === node, `focus on ${focused(el)?.outerHTML.slice(0, 60)}`).to.equal(true);
    /** True when the status line is a live region (its changes are spoken as such). */
    const live = (el: CompareVerdict) => $(el, '[part="vote-status"]')!.getAttribute('role') === 'status';

    it('votes with the keyboard; the thanks take the focus from the button that went, and are then no live region (said once)', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc);
      yes(el).focus();
      on(el, yes(el));
      await press(el, 'Tab');
      on(el, no(el));
      // Visible focus: the token outline on a keyboard-focused button.
      expect(getComputedStyle(no(el)).outlineStyle).to.equal('solid');
      expect(getComputedStyle(no(el)).outlineWidth).to.equal('2px');
      expect(live(el)).to.equal(true);
      const heard = oneEvent(el, 'compare-vote');
      await press(el, 'Enter');
      expect((await heard).detail.helpful).to.equal(false);
      await el.updateComplete;
      const active = focused(el);
      expect(active?.getAttribute('part')).to.equal('vote-status');
      expect(active.tabIndex).to.equal(-1);
      expect(textOf(active)).to.equal('Thanks for your feedback! Your answer: No.');
      expect(live(el), 'focused thanks are no live region too').to.equal(false);
    });

    it('Tab from the thanks goes on to what follows the element, not back to a link in the verdict text', async () => {
      // Chromium took Tab from a focused tabindex="-1" element with no tab stop after it in its shadow root to the
      // root's first tab stop: back up to the verdict text's link, past what the reader had read.
      const doc = fresh(three);
      doc.verdict.text = 'See [the benchmarks](https://example.com/bench) first.';
      const wrap = await fixture<HTMLDivElement>(html`<div><compare-verdict .data=${doc} theme="light"></compare-verdict><button id="next">next</button></div>`);
      const el = await settled(wrap.querySelector('compare-verdict')!);
      const next = wrap.querySelector<HTMLButtonElement>('#next')!;
      expect(el.shadowRoot!.querySelectorAll('[part~="choose-text"] a').length, 'no tab stop after the vote').to.equal(0);
      yes(el).focus();
      await press(el, 'Enter');
      await el.updateComplete;
      const thanks = focused(el);
      expect(thanks.getAttribute('part')).to.equal('vote-status');
      if (webkitDriver) {
        // (WebKitGTK's driver presses no real Tab, see press(): the key as an event makes the thanks the stop Tab leaves.)
        thanks.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
        expect(thanks.tabIndex).to.equal(0);
        next.focus();
      } else await sendKeys({ press: 'Tab' });
      expect(document.activeElement === next, `focus on ${(el.shadowRoot!.activeElement ?? document.activeElement)?.outerHTML.slice(0, 60)}`).to.equal(true);
      // Not a tab stop once left: Shift+Tab from what follows goes to the verdict text's link, as before the vote.
      expect(thanks.tabIndex).to.equal(-1);
    });

    it('thanks the reader who is not on the vote through the live region, without taking the focus', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc);
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      yes(el).click();
      await el.updateComplete;
      outside.remove();
      expect(status(el)).to.equal('Thanks for your feedback! Your answer: Yes.');
      expect(live(el)).to.equal(true);
    });

    it('while the vote is sent, the focus stays on its button and the live status line speaks', async () => {
      const doc = fresh(demo);
      // (Answered once the test has seen it sending: a loaded browser's key press came back 700 ms after the POST went.)
      const el = await verdict(doc, { endpoint: `/test-api/vote/${doc.id}?hold=${doc.id}` });
      yes(el).focus();
      await press(el, 'Enter');
      await statusIs(el, 'Sending your vote…');
      on(el, yes(el));
      expect(yes(el).getAttribute('aria-disabled')).to.equal('true');
      expect(live(el)).to.equal(true);
      await release(doc.id);
      await statusIs(el, 'Thanks for your feedback! Your answer: Yes.');
      expect(focused(el).getAttribute('part')).to.equal('vote-status');
      expect(live(el)).to.equal(false);
    });

    it('after a failure the focus stays on the answer; "Try again" keeps its place and the focus while sending (nothing moves)', async () => {
      const doc = fresh(demo);
      const el = await verdict(doc, { endpoint: `/test-api/vote-fail-once/${doc.id}?hold=${doc.id}` });
      yes(el).focus();
      await press(el, 'Enter');
      await release(doc.id);
      await statusIs(el, 'Your vote could not be sent (HTTP 500).');
      on(el, yes(el));
      expect(live(el)).to.equal(true);
      await press(el, 'Tab');
      await press(el, 'Tab');
      expect(focused(el).getAttribute('part')).to.equal('retry-button');
      await press(el, 'Enter');
      await statusIs(el, 'Sending your vote…');
      const retry = $(el, '[part="retry-button"]')!;
      expect(retry.getAttribute('aria-disabled')).to.equal('true');
      on(el, retry);
      expect(live(el)).to.equal(true);
      await release(doc.id);
      await statusIs(el, 'Thanks for your feedback! Your answer: Yes.');
      expect(focused(el).getAttribute('part')).to.equal('vote-status');
      expect(live(el)).to.equal(false);
    });
  });

  it('can be defined twice without throwing', async () => {
    const { defineElement } = await import('../../src/base/define.js');
    expect(() => defineElement('compare-verdict', class extends HTMLElement {})).to.not.throw();
    expect(customElements.get('compare-verdict')!.name).to.equal('CompareVerdict');
  });
});
