import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-faq.js';
import { faqAnchors, type CompareFaq } from '../../src/components/compare-faq/compare-faq.js';
import { isAllowedLink } from '../../src/schema/url.js';
import { clone, loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';
import { expectLoadingThenHttpError } from '../helpers/states.js';

async function faq(data: unknown, attrs: { theme?: string; level?: number } = {}) {
  const el = await fixture<CompareFaq>(
    html`<compare-faq .data=${data} theme=${attrs.theme ?? 'light'} heading-level=${attrs.level ?? 2}></compare-faq>`,
  );
  return settled(el);
}

const items = (el: CompareFaq) => [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part~="item"]')];
const doc = (faqs: unknown[]) => ({
  version: 1,
  id: 'faq-test',
  title: 'A vs B',
  items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
  faq: faqs,
});

/** Sets location.hash and waits for the hashchange to be handled. */
async function goToHash(hash: string) {
  const changed = oneEvent(window, 'hashchange');
  location.hash = hash;
  await changed;
}

describe('<compare-faq>', () => {
  let demo: any;
  let startUrl: string;
  before(async () => {
    demo = await loadDemo();
    startUrl = location.href;
  });
  afterEach(() => {
    // Never leave a #faq-… fragment behind for the next test.
    if (location.href !== startUrl) history.replaceState(history.state, '', startUrl);
  });

  it('shows every question and answer of the demo as closed disclosures under the heading', async () => {
    const el = await faq(demo);
    const root = el.shadowRoot!;
    const h = root.querySelector('[part="heading"]')!;
    expect(h.getAttribute('role')).to.equal('heading');
    expect(h.getAttribute('aria-level')).to.equal('2');
    expect(textOf(h)).to.equal('Frequently Asked Questions');
    expect(root.querySelector('ul[part="list"]')).to.exist;
    const d = items(el);
    expect(d.length).to.equal(demo.faq.length);
    d.forEach((details, i) => {
      expect(details.parentElement!.tagName).to.equal('LI');
      expect(details.open).to.equal(false);
      const summary = details.querySelector('summary')!;
      expect(summary.getAttribute('part')).to.equal('question');
      expect(textOf(summary)).to.equal(demo.faq[i].question);
      expect(textOf(details.querySelector('[part="answer"]'))).to.equal(demo.faq[i].answer);
    });
    expect(d[0]!.id).to.equal('faq-is-python-or-rust-better-for-web-backends');
    await expect(el).to.be.accessible();
  });

  it('follows heading-level', async () => {
    const el = await faq(demo, { level: 3 });
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('renders the RichText answers of the three-item fixture (bold, italic, allowed links only)', async () => {
    const three = await loadFixture('three-databases.json');
    const el = await faq(three);
    const d = items(el);
    expect(d.map((x) => textOf(x.querySelector('summary')))).to.deep.equal(three.faq.map((f: any) => f.question));
    const first = d[0]!.querySelector('[part="answer"]')!;
    expect(textOf(first)).to.equal(
      'Yes. Tools such as pgloader convert the schema and data; check type affinity differences, since SQLite is dynamically typed.',
    );
    expect(first.querySelector('strong')!.textContent).to.equal('type affinity');
    expect(first.querySelector('em')!.textContent).to.equal('dynamically typed');
    const a = first.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://pgloader.io/');
    expect(a.textContent).to.equal('pgloader');
    const second = d[1]!.querySelector('[part="answer"]')!;
    expect(second.querySelector('strong')!.textContent).to.equal('Community Edition');
    expect(second.querySelector('a')!.getAttribute('href')).to.equal('https://www.mysql.com/about/legal/licensing/');
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((x) => x.getAttribute('href')!);
    expect(hrefs.length).to.equal(2);
    for (const href of hrefs) expect(isAllowedLink(href), href).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens and closes a question when its summary is clicked, with the state exposed by <details>', async () => {
    const el = await faq(await loadFixture('three-databases.json'));
    const [first, second] = items(el);
    const summary = first!.querySelector('summary')!;
    const answer = first!.querySelector<HTMLElement>('[part="answer"]')!;
    expect(answer.checkVisibility()).to.equal(false);
    summary.click();
    await waitUntil(() => first!.open, 'the first question did not open');
    expect(answer.checkVisibility()).to.equal(true);
    expect(answer.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(second!.open).to.equal(false);
    await expect(el).to.be.accessible();
    summary.click();
    await waitUntil(() => !first!.open, 'the first question did not close');
  });

  it('opens, scrolls to and focuses the question named by location.hash', async () => {
    const three = await loadFixture('three-databases.json');
    const el = await faq(three);
    const [first, second] = items(el);
    expect(second!.id).to.equal('faq-is-mysql-still-open-source');
    await goToHash('#faq-is-mysql-still-open-source');
    await waitUntil(() => second!.open, 'the linked question did not open');
    expect(first!.open).to.equal(false);
    expect(el.shadowRoot!.activeElement === second!.querySelector('summary'), 'focus on the linked summary').to.equal(true);
    // A fragment that is not one of its questions changes nothing.
    second!.open = false;
    await goToHash('#faq-no-such-question');
    await goToHash('#somewhere-else');
    expect(items(el).some((d) => d.open)).to.equal(false);
  });

  it('opens the linked question again when a link to the fragment the page is at is clicked again', async () => {
    const three = await loadFixture('three-databases.json');
    const wrap = await fixture<HTMLDivElement>(html`<div><a href="#faq-is-mysql-still-open-source">see the FAQ</a></div>`);
    const el = document.createElement('compare-faq') as CompareFaq;
    el.data = three;
    wrap.append(el);
    await settled(el);
    const second = items(el)[1]!;
    const link = wrap.querySelector('a')!;
    const changed = oneEvent(window, 'hashchange');
    link.click();
    await changed;
    await waitUntil(() => second.open, 'the first click opens it');
    second.open = false;
    link.click(); // the same fragment: no hashchange
    await waitUntil(() => second.open, 'a second click on the same link opens it again', { timeout: 2000 });
    expect(el.shadowRoot!.activeElement === second.querySelector('summary')).to.equal(true);
  });

  it('opens the linked question when the page was opened at #faq-… (handled once the data is there)', async () => {
    history.replaceState(history.state, '', '#faq-can-i-move-from-sqlite-to-postgresql-later');
    const el = await fixture<CompareFaq>(html`<compare-faq src="/test/fixtures/three-databases.json"></compare-faq>`);
    await settled(el);
    const [first, second] = items(el);
    await waitUntil(() => first!.open, 'the question of the fragment did not open');
    expect(second!.open).to.equal(false);
    expect(el.shadowRoot!.activeElement === first!.querySelector('summary'), 'focus on the linked summary').to.equal(true);
  });

  it('gives every question a slug anchor: lowercase, dashes, at most 60 characters, repeats numbered', () => {
    const long = 'Why would anyone ever choose a language that compiles this slowly for a quick script?';
    const ids = faqAnchors([
      'Is Python or Rust better for web backends?',
      '  C++ & C#: which one?!  ',
      'Is Python or Rust better for web backends?',
      'is python or rust better for WEB backends',
      'Café société?',
      '日本語',
      long,
    ]);
    expect(ids.slice(0, 6)).to.deep.equal([
      'faq-is-python-or-rust-better-for-web-backends',
      'faq-c-c-which-one',
      'faq-is-python-or-rust-better-for-web-backends-2',
      'faq-is-python-or-rust-better-for-web-backends-3',
      'faq-cafe-societe',
      'faq-6',
    ]);
    const slug = ids[6]!.slice('faq-'.length);
    expect(slug.length).to.be.at.most(60);
    expect(slug).to.match(/^why-would-anyone-ever-choose-a-language-that-compiles-this/);
    expect(slug).to.match(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
  });

  it('renders the anchors of repeated questions and opens the right one', async () => {
    const el = await faq(doc([
      { question: 'Same?', answer: 'first' },
      { question: 'Same?', answer: 'second' },
    ]));
    const d = items(el);
    expect(d.map((x) => x.id)).to.deep.equal(['faq-same', 'faq-same-2']);
    await goToHash('#faq-same-2');
    await waitUntil(() => d[1]!.open);
    expect(d[0]!.open).to.equal(false);
  });

  it('shows hostile text literally', async () => {
    (window as any).__faqPwned = false;
    const el = await faq(doc([
      { question: '<img src=x onerror="window.__faqPwned=true">', answer: '<b>not bold</b> <script>window.__faqPwned=true</script>' },
    ]));
    const root = el.shadowRoot!;
    expect(root.querySelector('img, b, script')).to.equal(null);
    expect(textOf(root.querySelector('summary'))).to.equal('<img src=x onerror="window.__faqPwned=true">');
    expect(textOf(root.querySelector('[part="answer"]'))).to.equal('<b>not bold</b> <script>window.__faqPwned=true</script>');
    expect(items(el)[0]!.id).to.equal('faq-img-src-x-onerror-window-faqpwned-true');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as any).__faqPwned).to.equal(false);
  });

  it('refuses a javascript: link in an answer (schema error with its path)', async () => {
    const el = await faq(doc([{ question: 'Q?', answer: 'see [this](javascript:alert(1))' }]));
    expect(el.state).to.equal('error');
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(textOf(box)).to.contain('faq[0].answer');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('is empty (no space) when there is no faq, or an empty one', async () => {
    for (const data of [await loadFixture('minimal.json'), doc([])]) {
      const el = await faq(data);
      expect(el.state).to.equal('empty');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(el.shadowRoot!.querySelector('details')).to.equal(null);
    }
  });

  // That document has no faq: empty once loaded.
  it('keeps its space while loading, then says so when a request fails', () => expectLoadingThenHttpError('compare-faq', { minHeight: 100, loaded: 'empty' }));

  it('fires compare-load with the comparison once rendered', async () => {
    let detail: any;
    const el = await fixture<CompareFaq>(html`<compare-faq @compare-load=${(e: CustomEvent) => (detail = e.detail)} .data=${demo}></compare-faq>`);
    await settled(el);
    await waitUntil(() => detail, 'no compare-load');
    expect(detail.comparison.id).to.equal(demo.id);
    expect(items(el).length).to.equal(demo.faq.length);
  });

  it('is readable in the dark theme, open and closed (contrast passes)', async () => {
    const el = await faq(await loadFixture('three-databases.json'), { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    for (const d of items(el)) d.open = true;
    await expect(el).to.be.accessible();
  });

  it('fits a 320px-wide container with a long question', async () => {
    const data = clone(demo);
    data.faq[0].question = `${'Supercalifragilistic'.repeat(8)} and a long question that has to wrap?`;
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px"><compare-faq .data=${data}></compare-faq></div>`);
    const el = await settled(wrap.querySelector('compare-faq')!);
    items(el)[0]!.open = true;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(el.shadowRoot!.querySelector('summary')!.scrollWidth).to.be.at.most(320);
  });
});
