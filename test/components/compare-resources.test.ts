import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-resources.js';
import type { CompareResources } from '../../src/components/compare-resources/compare-resources.js';
import { groupResources } from '../../src/components/compare-resources/compare-resources.js';
import { linkRel, linkTarget } from '../../src/base/links.js';
import { isAllowedLink } from '../../src/schema/url.js';
import { clone, loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';
import { expectLoadingThenHttpError } from '../helpers/states.js';

const DISCLOSURE = 'As an affiliate, we may earn a commission from qualifying purchases at no extra cost to you.';
const NEW_TAB = '(opens in a new tab)';

async function resources(data: unknown, attrs: { theme?: string; disclosure?: string } = {}) {
  const el = await fixture<CompareResources>(
    attrs.disclosure === undefined
      ? html`<compare-resources .data=${data} theme=${attrs.theme ?? 'light'}></compare-resources>`
      : html`<compare-resources .data=${data} theme=${attrs.theme ?? 'light'} affiliate-disclosure=${attrs.disclosure}></compare-resources>`,
  );
  return settled(el);
}

/** The rendered groups: heading, disclosure, and each link's href/rel/target/name. */
function groups(el: CompareResources) {
  return [...el.shadowRoot!.querySelectorAll('[part~="group"]')].map((g) => ({
    heading: textOf(g.querySelector('[part="group-heading"]')),
    level: g.querySelector('[part="group-heading"]')!.getAttribute('aria-level'),
    affiliate: g.getAttribute('part')!.split(' ').includes('affiliate'),
    disclosure: g.querySelector('[part="disclosure"]') ? textOf(g.querySelector('[part="disclosure"]')) : null,
    links: [...g.querySelectorAll('li')].map((li) => {
      const a = li.querySelector('a[part="link"]')!;
      return {
        title: textOf(a).replace(` ${NEW_TAB}`, '').replace('↗', '').trim(),
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

const doc = (links: unknown[]) => ({
  version: 1,
  id: 'res-test',
  title: 'A vs B',
  items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  resources: links,
});

/** Every link in the element uses an allowed URL. */
function expectOnlyAllowedUrls(el: CompareResources) {
  const anchors = [...el.shadowRoot!.querySelectorAll('a')];
  for (const a of anchors) expect(isAllowedLink(a.getAttribute('href') ?? ''), a.getAttribute('href')!).to.equal(true);
  expect(el.shadowRoot!.querySelectorAll('[href]').length).to.equal(anchors.length);
}

describe('<compare-resources>', () => {
  let demo: any;
  let three: any;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
  });

  it('shows the demo resources: heading, intro, "Where to Buy" with the disclosure, then the references', async () => {
    const el = await resources(demo);
    const root = el.shadowRoot!;
    const h = root.querySelector('[part="heading"]')!;
    expect(textOf(h)).to.equal('Resources & Learn More');
    expect(h.getAttribute('role')).to.equal('heading');
    expect(h.getAttribute('aria-level')).to.equal('2');
    expect(textOf(root.querySelector('[part="intro"]'))).to.equal('Dive deeper with these curated resources');
    const g = groups(el);
    expect(g.map((x) => x.heading)).to.deep.equal(['Where to Buy', 'Reference']);
    expect(g.map((x) => x.level)).to.deep.equal(['3', '3']);
    expect(g[0]!.affiliate).to.equal(true);
    expect(g[0]!.disclosure).to.equal(DISCLOSURE);
    expect(g[1]!.disclosure).to.equal(null);
    const rendered = g.flatMap((x) => x.links);
    expect(rendered.length).to.equal(demo.resources.length);
    for (const r of demo.resources) {
      const link = rendered.find((l) => l.title === r.title)!;
      expect(link, r.title).to.exist;
      expect(link.href).to.equal(r.url);
      expect(link.target).to.equal('_blank');
      expect(link.name).to.equal(`${r.title} ${NEW_TAB}↗`);
      expect(link.rel).to.equal(r.kind === 'affiliate' ? 'sponsored nofollow noopener' : 'noopener noreferrer');
    }
    expect(g[0]!.links.map((l) => l.title)).to.deep.equal(['The Rust Programming Language (book)', 'Python Crash Course (book)']);
    expect(root.querySelectorAll('ul[part="list"] > li').length).to.equal(demo.resources.length);
    expectOnlyAllowedUrls(el);
    await expect(el).to.be.accessible();
  });

  it('groups the three-item fixture by kind; a link without kind joins the first group and opens in place', async () => {
    const el = await resources(three);
    const g = groups(el);
    expect(g.map((x) => x.heading)).to.deep.equal(['Where to Buy', 'Reference', 'Articles']);
    expect(g[0]!.links).to.deep.equal([
      {
        title: 'Designing Data-Intensive Applications (book)',
        name: `Designing Data-Intensive Applications (book) ${NEW_TAB}↗`,
        href: 'https://www.oreilly.com/library/view/designing-data-intensive-applications/9781491903063/',
        rel: 'sponsored nofollow noopener',
        target: '_blank',
        category: null,
        description: null,
      },
    ]);
    expect(g[1]!.links.map((l) => [l.title, l.href, l.rel, l.target])).to.deep.equal([
      ['PostgreSQL documentation', 'https://www.postgresql.org/docs/', 'noopener noreferrer', '_blank'],
      ['Contact the editors', 'mailto:editors@example.com', null, null],
    ]);
    expect(g[1]!.links[1]!.name).to.equal('Contact the editors'); // no "(opens in a new tab)"
    expect(g[2]!.links[0]!.description).to.equal('When SQLite is the right tool, by its authors.');
    expectOnlyAllowedUrls(el);
    await expect(el).to.be.accessible();
  });

  it('orders the groups reference, article, video, comparison and shows categories', async () => {
    const el = await resources(doc([
      { title: 'C', url: '/c', kind: 'comparison' },
      { title: 'V', url: 'https://video.example/v', kind: 'video', category: 'talks' },
      { title: 'N', url: './n' },
      { title: 'A', url: '../a', kind: 'article', description: 'About A' },
      { title: 'R', url: '/r', kind: 'reference' },
    ]));
    const g = groups(el);
    expect(g.map((x) => x.heading)).to.deep.equal(['Reference', 'Articles', 'Videos', 'Comparisons']);
    expect(g.map((x) => x.links.map((l) => l.title))).to.deep.equal([['R', 'N'], ['A'], ['V'], ['C']]);
    expect(g[2]!.links[0]!.category).to.equal('talks');
    expect(g[1]!.links[0]).to.include({ href: '../a', rel: null, target: null, description: 'About A' });
    expect(g.some((x) => x.disclosure !== null)).to.equal(false);
  });

  it('puts links without kind in their own group when nothing else has a kind', () => {
    const links = [{ title: 'X', url: '/x' }, { title: 'Y', url: '/y', kind: 'affiliate' as const }];
    expect(groupResources(links).map((g) => [g.kind, g.links.map((l) => l.title)])).to.deep.equal([
      ['affiliate', ['Y']],
      ['reference', ['X']],
    ]);
  });

  it('decides rel and target: external new tab, affiliate sponsored, relative and mailto in place', () => {
    expect([linkRel({ url: 'https://x.example/' }), linkTarget({ url: 'https://x.example/' })]).to.deep.equal(['noopener noreferrer', '_blank']);
    expect([linkRel({ url: 'HTTP://x.example/' }), linkTarget({ url: 'HTTP://x.example/' })]).to.deep.equal(['noopener noreferrer', '_blank']);
    expect([linkRel({ url: 'https://shop.example/', kind: 'affiliate' }), linkTarget({ url: 'https://shop.example/' })]).to.deep.equal([
      'sponsored nofollow noopener',
      '_blank',
    ]);
    expect([linkRel({ url: '/go/shop', kind: 'affiliate' }), linkTarget({ url: '/go/shop' })]).to.deep.equal(['sponsored nofollow noopener', undefined]);
    expect([linkRel({ url: '/x', kind: 'reference' }), linkTarget({ url: '/x' })]).to.deep.equal([undefined, undefined]);
    expect([linkRel({ url: 'mailto:a@b.example' }), linkTarget({ url: 'mailto:a@b.example' })]).to.deep.equal([undefined, undefined]);
  });

  it('lets the page replace the affiliate disclosure (attribute and property), never remove it', async () => {
    const el = await resources(three, { disclosure: 'We earn from qualifying purchases. <b>Really.</b>' });
    const text = () => textOf(el.shadowRoot!.querySelector('[part="disclosure"]'));
    expect(text()).to.equal('We earn from qualifying purchases. <b>Really.</b>');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(el.affiliateDisclosure).to.equal('We earn from qualifying purchases. <b>Really.</b>');
    el.affiliateDisclosure = 'Property text.';
    await el.updateComplete;
    expect(text()).to.equal('Property text.');
    el.setAttribute('affiliate-disclosure', '   ');
    await el.updateComplete;
    expect(text()).to.equal(DISCLOSURE);
    el.removeAttribute('affiliate-disclosure');
    await el.updateComplete;
    expect(text()).to.equal(DISCLOSURE);
  });

  it('shows hostile text literally', async () => {
    (window as any).__resPwned = false;
    const el = await resources(doc([
      { title: '<img src=x onerror="window.__resPwned=true">', url: '/x', kind: 'affiliate', category: '<b>cat</b>', description: '<script>window.__resPwned=true</script>' },
    ]));
    const root = el.shadowRoot!;
    expect(root.querySelector('img, b, script')).to.equal(null);
    const [g] = groups(el);
    expect(g!.links[0]).to.include({
      title: '<img src=x onerror="window.__resPwned=true">',
      category: '<b>cat</b>',
      description: '<script>window.__resPwned=true</script>',
      rel: 'sponsored nofollow noopener',
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as any).__resPwned).to.equal(false);
  });

  it('refuses javascript:, data: and protocol-relative URLs (schema error with the path, no link)', async () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x', ' javascript:alert(1)']) {
      const el = await resources(doc([{ title: 'ok', url: '/ok' }, { title: 'Bad', url, kind: 'affiliate' }]));
      expect(el.state, url).to.equal('error');
      expect(textOf(el.shadowRoot!.querySelector('[part="error"]')), url).to.contain('resources[1].url');
      expect(el.shadowRoot!.querySelector('a'), url).to.equal(null);
    }
  });

  it('is empty (no space) when there are no resources', async () => {
    for (const data of [await loadFixture('minimal.json'), doc([])]) {
      const el = await resources(data);
      expect(el.state).to.equal('empty');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.shadowRoot!.querySelector('a, [part="heading"]')).to.equal(null);
    }
  });

  it('keeps its space while loading, then says so when a request fails', () =>
    expectLoadingThenHttpError('compare-resources', { minHeight: 150, loaded: 'empty' }));

  it('fires compare-load with the comparison once rendered', async () => {
    let detail: any;
    const el = await fixture<CompareResources>(
      html`<compare-resources @compare-load=${(e: CustomEvent) => (detail = e.detail)} src="/test/fixtures/three-databases.json"></compare-resources>`,
    );
    await settled(el);
    await waitUntil(() => detail, 'no compare-load');
    expect(detail.comparison.id).to.equal(three.id);
    expect(el.shadowRoot!.querySelectorAll('a[part="link"]').length).to.equal(three.resources.length);
  });

  it('is readable in the dark theme (contrast passes)', async () => {
    const el = await resources(three, { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('wraps a long category inside its chip: no card wider than its column, no sideways scroll at 390 px', async () => {
    const long = 'Official documentation, API reference, SDK guides & migration notes';
    const doc = {
      version: 1,
      id: 'long-category',
      title: 'A vs B',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      resources: [
        { title: 'Docs', url: 'https://example.com/docs', kind: 'reference', category: long },
        { title: 'Guide', url: 'https://example.com/guide', kind: 'article', category: 'guide' },
      ],
    };
    for (const width of [390, 1100]) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"><compare-resources .data=${doc}></compare-resources></div>`);
      const el = await settled(wrap.querySelector<CompareResources>('compare-resources')!);
      expect(el.scrollWidth, `${width} px`).to.be.at.most(el.clientWidth);
      for (const group of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="group"]')) {
        const box = group.getBoundingClientRect();
        for (const entry of group.querySelectorAll('li')) expect(entry.getBoundingClientRect().right, `${width} px`).to.be.at.most(box.right + 0.5);
      }
    }
  });

  it('stacks the groups in a narrow container and sets them side by side in a wide one', async () => {
    const data = clone(demo);
    data.resources[0].title = 'A-very-long-title-without-spaces-'.repeat(6);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px"><compare-resources .data=${data}></compare-resources></div>`);
    const el = await settled(wrap.querySelector('compare-resources')!);
    expect(el.scrollWidth).to.be.at.most(320);
    const [a, b] = [...el.shadowRoot!.querySelectorAll('[part~="group"]')].map((g) => g.getBoundingClientRect());
    expect(b!.top).to.be.at.least(a!.bottom);
    wrap.style.width = '900px';
    await new Promise((r) => requestAnimationFrame(r));
    const [c, d] = [...el.shadowRoot!.querySelectorAll('[part~="group"]')].map((g) => g.getBoundingClientRect());
    expect(d!.top).to.equal(c!.top);
    expect(d!.left).to.be.greaterThan(c!.right - 1);
  });
});
