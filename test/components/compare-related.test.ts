import { en } from '../../src/base/strings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-related.js';
import type { CompareRelated } from '../../src/components/compare-related/compare-related.js';
import { isAllowedLink } from '../../src/schema/url.js';
import { clone, loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';
import { expectLoadingThenHttpError } from '../helpers/states.js';

const NEW_TAB = '(opens in a new tab)';

async function related(data: unknown, attrs: { theme?: string; level?: number } = {}) {
  const el = await fixture<CompareRelated>(
    html`<compare-related .data=${data} theme=${attrs.theme ?? 'light'} heading-level=${attrs.level ?? 2}></compare-related>`,
  );
  return settled(el);
}

function groups(el: CompareRelated) {
  return [...el.shadowRoot!.querySelectorAll('[part~="group"]')].map((g) => ({
    name: g.getAttribute('part')!.replace('group', '').trim(),
    heading: textOf(g.querySelector('[part~="group-heading"]')),
    level: g.querySelector('[part~="group-heading"]')!.getAttribute('aria-level'),
    cards: [...g.querySelectorAll('ul[part="list"] > li[part="card"]')].map((li) => {
      const a = li.querySelector('a[part="link"]')!;
      return {
        name: textOf(a),
        href: a.getAttribute('href'),
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
        category: li.querySelector('[part="category"]') ? textOf(li.querySelector('[part="category"]')) : null,
        description: li.querySelector('[part="description"]') ? textOf(li.querySelector('[part="description"]')) : null,
      };
    }),
  }));
}

const expected = (l: any) => ({
  name: /^https?:/.test(l.url) ? `${l.title} ${NEW_TAB}↗` : l.title,
  href: l.url,
  rel: l.kind === 'affiliate' ? 'sponsored nofollow noopener' : /^https?:/.test(l.url) ? 'noopener noreferrer' : null,
  target: /^https?:/.test(l.url) ? '_blank' : null,
  category: l.category ?? null,
  description: l.description ?? null,
});

const doc = (links: unknown[]) => ({
  version: 1,
  id: 'rel-test',
  title: 'A vs B',
  items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  related: links,
});

function expectOnlyAllowedUrls(el: CompareRelated) {
  const anchors = [...el.shadowRoot!.querySelectorAll('a')];
  expect(anchors.length).to.be.greaterThan(0);
  for (const a of anchors) expect(isAllowedLink(a.getAttribute('href') ?? ''), a.getAttribute('href')!).to.equal(true);
  expect(el.shadowRoot!.querySelectorAll('[href]').length).to.equal(anchors.length);
}

describe('<compare-related>', () => {
  let demo: any;
  let three: any;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
  });

  it('shows every related comparison with its category and every article with its description (demo)', async () => {
    const el = await related(demo);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Related');
    const g = groups(el);
    expect(g.map((x) => [x.name, x.heading, x.level])).to.deep.equal([
      ['comparisons', 'Related Comparisons', '2'],
      ['articles', 'Related Articles', '2'],
    ]);
    const comparisons = demo.related.filter((l: any) => l.kind === 'comparison');
    const articles = demo.related.filter((l: any) => l.kind !== 'comparison');
    expect(comparisons.length).to.equal(12);
    expect(articles.length).to.equal(5);
    expect(g[0]!.cards).to.deep.equal(comparisons.map(expected));
    expect(g[1]!.cards).to.deep.equal(articles.map(expected));
    expect(g[0]!.cards.map((c) => c.category)).to.include('general');
    expect(g[0]!.cards[0]).to.deep.equal({
      name: 'Python vs R Language', href: '/compare/python-vs-r-language', rel: null, target: null, category: 'software', description: null,
    });
    expectOnlyAllowedUrls(el);
    await expect(el).to.be.accessible();
  });

  it('shows the three-item fixture, relative URLs as written', async () => {
    const el = await related(three, { level: 3 });
    const g = groups(el);
    expect(g.map((x) => x.level)).to.deep.equal(['3', '3']);
    expect(g[0]!.cards).to.deep.equal([
      { name: 'PostgreSQL vs MongoDB', href: '/compare/postgresql-vs-mongodb', rel: null, target: null, category: 'software', description: null },
      { name: 'Redis vs Memcached', href: '../compare/redis-vs-memcached', rel: null, target: null, category: 'software', description: null },
    ]);
    expect(g[1]!.cards).to.deep.equal([
      {
        name: 'Choosing a database in 2026', href: '/articles/choosing-a-database-2026', rel: null, target: null,
        category: null, description: 'A practical guide to picking a data store.',
      },
    ]);
    expectOnlyAllowedUrls(el);
    await expect(el).to.be.accessible();
  });

  it('puts every non-comparison link under "Related Articles" with the shared rel/target rules', async () => {
    const links = [
      { title: 'Ext', url: 'https://blog.example/post', kind: 'article', category: 'blog' },
      { title: 'Plain', url: './plain' },
      { title: 'Shop', url: 'https://shop.example/item', kind: 'affiliate' },
      { title: 'Vid', url: '/v', kind: 'video', description: 'Watch' },
    ];
    const el = await related(doc(links));
    const g = groups(el);
    expect(g.map((x) => x.heading)).to.deep.equal(['Related Articles']);
    expect(g[0]!.cards).to.deep.equal(links.map(expected));
    expect(g[0]!.cards[2]!.rel).to.equal('sponsored nofollow noopener');
    // An affiliate link comes with the disclosure, above its group.
    const disclosures = [...el.shadowRoot!.querySelectorAll('[part="disclosure"]')];
    expect(disclosures.map((d) => d.textContent!.trim())).to.deep.equal([en.affiliateDisclosure]);
    expect(disclosures[0]!.closest('[part~="group"]')!.matches('[part~="articles"]')).to.equal(true);
  });

  it('shows no disclosure without an affiliate link', async () => {
    const el = await related(three);
    expect(el.shadowRoot!.querySelector('[part="disclosure"]')).to.equal(null);
  });

  it('shows only "Related Comparisons" when there are no articles', async () => {
    const el = await related(doc([{ title: 'X vs Y', url: '/x-vs-y', kind: 'comparison' }]));
    expect(groups(el).map((x) => x.heading)).to.deep.equal(['Related Comparisons']);
  });

  it('makes the whole card clickable, the link name staying the title', async () => {
    const el = await related(three);
    const card = el.shadowRoot!.querySelector<HTMLElement>('li[part="card"]')!;
    const a = card.querySelector('a')!;
    let clicked = '';
    a.addEventListener('click', (e) => {
      e.preventDefault();
      clicked = a.getAttribute('href')!;
    });
    const box = card.getBoundingClientRect();
    // A point inside the card, below the title (on the card's padding).
    const hit = el.shadowRoot!.elementFromPoint(box.left + 4, box.bottom - 4);
    // (compare nodes as booleans: a failing DOM-node comparison stalls the runner's error serialising)
    expect(hit === a, `hit <${hit?.nodeName.toLowerCase()} class="${(hit as Element | null)?.className}">`).to.equal(true);
    (hit as HTMLElement).click();
    expect(clicked).to.equal('/compare/postgresql-vs-mongodb');
  });

  it('puts a category too long to sit beside the title under it, inside the card', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:768px"></div>`);
    const el = document.createElement('compare-related') as CompareRelated;
    el.data = doc([
      { title: 'PostgreSQL vs MongoDB', url: '/compare/pg-mongo', kind: 'comparison', category: `category${'Supercalifragilistic'.repeat(6)}` },
      { title: 'Redis vs Memcached', url: '/compare/redis-memcached', kind: 'comparison', category: 'software' },
    ]);
    wrap.append(el);
    await settled(el);
    const [long, short] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part="card"]')];
    for (const card of [long!, short!]) {
      const box = card.getBoundingClientRect();
      const cat = card.querySelector('[part="category"]')!.getBoundingClientRect();
      expect(cat.left, 'category inside the card').to.be.at.least(box.left);
      expect(cat.right, 'category inside the card').to.be.at.most(box.right);
    }
    const title = long!.querySelector('a[part="link"]')!.getBoundingClientRect();
    const longCat = long!.querySelector('[part="category"]')!.getBoundingClientRect();
    expect(title.width, 'the title keeps the width of the card').to.be.above(long!.getBoundingClientRect().width * 0.6);
    expect(longCat.top, 'the long category is under the title').to.be.at.least(title.bottom - 1);
    // A short category stays beside its title.
    const t2 = short!.querySelector('a[part="link"]')!.getBoundingClientRect();
    const c2 = short!.querySelector('[part="category"]')!.getBoundingClientRect();
    expect(c2.top, 'a short category beside the title').to.be.below(t2.bottom);
  });

  it('shows hostile text literally', async () => {
    (window as any).__relPwned = false;
    const el = await related(doc([
      { title: '<img src=x onerror="window.__relPwned=true">', url: '/x', kind: 'comparison', category: '<b>software</b>' },
      { title: 'A', url: '/a', kind: 'article', description: '<script>window.__relPwned=true</script>' },
    ]));
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    const g = groups(el);
    expect(g[0]!.cards[0]).to.include({ name: '<img src=x onerror="window.__relPwned=true">', category: '<b>software</b>' });
    expect(g[1]!.cards[0]!.description).to.equal('<script>window.__relPwned=true</script>');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as any).__relPwned).to.equal(false);
  });

  it('refuses a javascript: URL (schema error with the path, no link)', async () => {
    for (const url of ['javascript:alert(1)', 'vbscript:x', 'data:,x']) {
      const el = await related(doc([{ title: 'Bad', url, kind: 'comparison' }]));
      expect(el.state, url).to.equal('error');
      expect(textOf(el.shadowRoot!.querySelector('[part="error"]')), url).to.contain('related[0].url');
      expect(el.shadowRoot!.querySelector('a'), url).to.equal(null);
    }
  });

  it('is empty (no space) when there is nothing related', async () => {
    for (const data of [await loadFixture('minimal.json'), doc([])]) {
      const el = await related(data);
      expect(el.state).to.equal('empty');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.shadowRoot!.querySelector('nav')).to.equal(null);
    }
  });

  it('keeps its space while loading, then says so when a request fails', () =>
    expectLoadingThenHttpError('compare-related', { minHeight: 200, loaded: 'empty' }));

  it('fires compare-load with the comparison once rendered', async () => {
    let detail: any;
    const el = await fixture<CompareRelated>(html`<compare-related @compare-load=${(e: CustomEvent) => (detail = e.detail)} .data=${demo}></compare-related>`);
    await settled(el);
    await waitUntil(() => detail, 'no compare-load');
    expect(detail.comparison.id).to.equal(demo.id);
    expect(el.shadowRoot!.querySelectorAll('li[part="card"]').length).to.equal(demo.related.length);
  });

  it('is readable in the dark theme (contrast passes)', async () => {
    const el = await related(demo, { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('stacks the cards in a narrow container and puts them side by side in a wide one', async () => {
    const data = clone(demo);
    data.related[0].title = 'Averyveryverylongcomparisontitlewithoutanyspaces'.repeat(3);
    data.related[0].category = 'a category that is rather long';
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px"><compare-related .data=${data}></compare-related></div>`);
    const el = await settled(wrap.querySelector('compare-related')!);
    expect(el.scrollWidth).to.be.at.most(320);
    const cards = () => [...el.shadowRoot!.querySelectorAll('.comparisons li[part="card"]')].map((c) => c.getBoundingClientRect());
    let [a, b] = cards();
    expect(b!.top).to.be.at.least(a!.bottom);
    for (const c of el.shadowRoot!.querySelectorAll('li[part="card"]')) expect(c.scrollWidth).to.be.at.most(c.clientWidth);
    wrap.style.width = '900px';
    await new Promise((r) => requestAnimationFrame(r));
    [a, b] = cards();
    expect(b!.top).to.equal(a!.top);
    expect(b!.left).to.be.greaterThan(a!.right - 1);
  });
});
