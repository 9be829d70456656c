/**
 * Elements moved in the page, removed and put back, cloned or given the same
 * data again: what integrations do (keyed lists, a CMS's "duplicate block",
 * a store's refresh). Nothing the reader did is lost, nothing goes stale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/compare-kit.js';
import type { CompareElement } from '../../src/base/compare-element.js';
import type { ComparePage } from '../../src/components/compare-page/compare-page.js';
import { VOTE_STORAGE_PREFIX } from '../../src/components/compare-verdict/compare-verdict.js';
import { clone, loadDemo, loadFixture, pageSettled, sectionsOf, settled, some, textOf } from '../helpers/util.js';

const count = async (key: string) => (await (await fetch(`/test-api/count/${key}`)).json()).count as number;

describe('moved, put back, cloned, or given the same data again', () => {
  let demo: any;
  before(async () => {
    demo = await loadDemo();
  });

  it('a moved <compare-page> keeps its track form and the email typed in it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    const page = document.createElement('compare-page') as ComparePage;
    page.data = demo;
    wrap.querySelector('#a')!.append(page);
    await pageSettled(page);
    const input = () => page.querySelector<HTMLInputElement>('compare-track input[type="email"]');
    some(input(), 'the email field');
    input()!.value = 'reader@example.com';
    wrap.querySelector('#b')!.append(page);
    await pageSettled(page);
    expect(sectionsOf(page).map((el) => el.localName)).to.include('compare-track');
    expect(input()?.value).to.equal('reader@example.com');
  });

  it('theme="host" still follows a dark page after a move', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><div id="a" style="background: rgb(14, 15, 18); color: #eee"></div><div id="b" style="background: rgb(14, 15, 18); color: #eee"></div></div>`,
    );
    const el = document.createElement('compare-facts') as CompareElement;
    el.setAttribute('theme', 'host');
    el.data = demo;
    wrap.querySelector('#a')!.append(el);
    await settled(el);
    await waitUntil(() => getComputedStyle(el).colorScheme === 'dark', 'dark on a dark page');
    wrap.querySelector('#b')!.append(el);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('a verdict put back on the page shows a vote given meanwhile in another one', async () => {
    const doc = { ...clone(demo), id: `reconnect-vote-${Date.now()}` };
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const [a, b] = [0, 1].map(() => {
      const el = document.createElement('compare-verdict') as CompareElement;
      el.data = doc;
      wrap.append(el);
      return el;
    });
    await Promise.all([settled(a!), settled(b!)]);
    b!.remove();
    a!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="vote-yes"]')!.click();
    await a!.updateComplete;
    wrap.append(b!);
    await b!.updateComplete;
    expect(b!.shadowRoot!.querySelectorAll('[part~="vote-button"]').length).to.equal(0);
    expect(textOf(b!.shadowRoot!.querySelector('[part="vote-status"]'))).to.contain('Yes');
    localStorage.removeItem(VOTE_STORAGE_PREFIX + doc.id);
  });

  it('an FAQ put back on the page opens the question the URL names now', async () => {
    const three = await loadFixture('three-databases.json');
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('compare-faq') as CompareElement;
    el.data = three;
    wrap.append(el);
    await settled(el);
    el.remove();
    const before = location.href;
    history.replaceState(null, '', '#faq-is-mysql-still-open-source');
    try {
      wrap.append(el);
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector<HTMLDetailsElement>('#faq-is-mysql-still-open-source')?.open, 'the named question opened');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('an element moved while its src is loading keeps its request (one request, then ready)', async () => {
    const key = `move-${Date.now()}`;
    const wrap = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    const el = document.createElement('compare-facts') as CompareElement;
    el.setAttribute('src', `/test-api/counted/${key}?delay=300`);
    wrap.querySelector('#a')!.append(el);
    await new Promise((r) => setTimeout(r, 50));
    wrap.querySelector('#b')!.append(el);
    await settled(el, 'ready');
    expect(await count(key)).to.equal(1);
  });

  it('an element removed while loading drops its request, and loads again when put back later', async () => {
    const key = `remove-${Date.now()}`;
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('compare-facts') as CompareElement;
    el.setAttribute('src', `/test-api/counted/${key}?delay=1000`);
    wrap.append(el);
    // Removed once the server has the request (it answers a second later: a loaded CI machine may take more than
    // 200 ms to run the removal, and the answer then came first and was kept).
    await waitUntil(async () => (await count(key)) === 1, 'the first request reached the server', { timeout: 5000 });
    el.remove();
    await new Promise((r) => setTimeout(r, 300));
    expect(el.state).to.equal('loading');
    wrap.append(el);
    await settled(el, 'ready');
    expect(await count(key)).to.equal(2);
  });

  it('an empty string as data is no data: src decides', async () => {
    const key = `empty-data-${Date.now()}`;
    const el = await fixture<CompareElement>(html`<compare-facts .data=${''} src=${`/test-api/counted/${key}`}></compare-facts>`);
    await settled(el);
    expect(el.state).to.equal('ready');
  });

  it('the same comparison set again (a new object) keeps opened groups open and the focus where it was', async () => {
    const el = await fixture<CompareElement>(html`<compare-table .data=${demo}></compare-table>`);
    await settled(el);
    const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]');
    some(more(), 'a "Show N more attributes" button');
    more()!.click();
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement;
    some(focused, 'focus on the first revealed row');
    expect(more()?.getAttribute('aria-expanded')).to.equal('true');
    el.data = clone(demo);
    await settled(el);
    expect(more()?.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.textContent).to.equal(focused!.textContent);
    // Another comparison starts collapsed.
    el.data = { ...clone(demo), id: 'another-comparison' };
    await settled(el);
    expect(more()?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('data set once the element is on the page waits for its language\'s value words (German "2 Stunden" beats "90 Minuten")', async () => {
    const doc = {
      version: 1,
      id: 'late-de',
      title: 'Tee gegen Kaffee',
      locale: 'de',
      items: [
        { id: 'tee', name: 'Tee' },
        { id: 'kaffee', name: 'Kaffee' },
      ],
      attributes: [{ id: 'dauer', label: 'Wirkdauer', key: true, better: 'higher', values: { tee: '2 Stunden', kaffee: '90 Minuten' } }],
    };
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    for (const tag of ['compare-facts', 'compare-table']) {
      const el = document.createElement(tag) as CompareElement;
      wrap.append(el);
      el.data = doc; // after it went on the page: read in its first update
      await settled(el, 'ready');
      const best = el.shadowRoot!.querySelector('[part~="winner"]')?.closest('td');
      expect(textOf(best), tag).to.match(/^2 Stunden/);
    }
  });

  // (A language's words are a module fetched on demand: in WebKit under two busy loops a first load took up to 343 ms,
  // a third of waitUntil's default second; 5 s, as languages.test.ts gives the same loads.)
  it('a new comparison in another language is shown in that language (the lang it wrote for the last one is no hint)', async () => {
    const base = { version: 1, items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], verdict: { text: 'x' } };
    expect(document.documentElement.hasAttribute('lang'), 'the test page says no language').to.equal(false);
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('compare-verdict') as CompareElement;
    wrap.append(el);
    el.data = { ...base, id: 'de', title: 'DE', locale: 'de' };
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part~="heading"]')) === 'Unser Fazit', 'German first', { timeout: 5000 });
    expect(el.getAttribute('lang')).to.equal('de');
    el.data = { ...base, id: 'fr', title: 'FR', locale: 'fr' };
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part~="heading"]')) === 'Notre verdict', 'then French', { timeout: 5000 });
    expect(el.getAttribute('lang')).to.equal('fr');
  });

  it('follows a lang switched inside the app\'s shadow roots it sits in', async () => {
    const base = { version: 1, id: 'shadow-lang', title: 'T', items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], verdict: { text: 'x' } };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const outer = host.attachShadow({ mode: 'open' });
    outer.innerHTML = '<section lang="en"><div></div></section>';
    const inner = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p lang="en"></p>';
    const el = document.createElement('compare-verdict') as CompareElement;
    el.data = base;
    inner.querySelector('p')!.append(el);
    const heading = () => textOf(el.shadowRoot!.querySelector('[part~="heading"]'));
    await waitUntil(() => heading() === 'Our Verdict', 'English first', { timeout: 5000 });
    inner.querySelector('p')!.setAttribute('lang', 'de');
    await waitUntil(() => heading() === 'Unser Fazit', 'German after the switch in its own shadow root', { timeout: 5000 });
    inner.querySelector('p')!.removeAttribute('lang');
    outer.querySelector('section')!.setAttribute('lang', 'fr');
    await waitUntil(() => heading() === 'Notre verdict', 'French after the switch in the outer shadow root', { timeout: 5000 });
  });

  for (const where of ['after', 'before'] as const) {
    it(`a track form cloned ${where} its original gets its own ids (each label focuses its own field)`, async () => {
      const el = await fixture<CompareElement>(html`<compare-track .data=${demo}></compare-track>`);
      await settled(el);
      const copy = el.cloneNode(true) as CompareElement;
      copy.data = demo;
      el[where](copy);
      await settled(copy);
      const ids = [...document.querySelectorAll('compare-track [id]')].map((n) => n.id);
      expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
      for (const track of [el, copy]) expect(track.querySelector('label')!.control === track.querySelector('input'), 'its label names its own field').to.equal(true);
      copy.remove();
    });
  }
});
