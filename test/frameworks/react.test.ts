/**
 * React 19 sets properties on custom elements itself (a prop whose name is a
 * property of the element is set as that property; `on<event>` props listen
 * to that event), so the elements need no wrapper: `<compare-facts data={…}>`.
 * React comes from the installed package, bundled to ES modules by
 * ./react-esm-plugin.mjs; written with createElement (no JSX step).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, useState, version, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/define/compare-facts.js';
import '../../src/define/compare-verdict.js';
import type { CompareFacts } from '../../src/components/compare-facts/compare-facts.js';
import type { CompareVerdict } from '../../src/components/compare-verdict/compare-verdict.js';
import { loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';

describe('React 19, no wrapper', () => {
  let host: HTMLElement;
  let root: Root;

  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  const show = (element: ReactElement) => flushSync(() => root.render(element));

  it('is React 19', () => {
    expect(Number(version.split('.')[0])).to.equal(19);
  });

  it('sets `data` as a property (the object itself, not an attribute) and the element renders it', async () => {
    const demo = await loadDemo();
    show(createElement('compare-facts', { data: demo, 'heading-level': 3, theme: 'dark' }));
    const el = host.querySelector('compare-facts') as CompareFacts;
    expect(el.data === demo, 'the very object React was given').to.equal(true);
    expect(el.hasAttribute('data'), 'no data="[object Object]" attribute').to.equal(false);
    await settled(el, 'ready');
    expect(el.comparison?.id).to.equal(demo.id);
    expect(textOf(el.shadowRoot)).to.include('Key Facts');
    expect(el.shadowRoot!.querySelector('[part="heading"]')?.getAttribute('aria-level')).to.equal('3');
    expect(el.getAttribute('theme')).to.equal('dark');
  });

  it('follows new data when React renders again', async () => {
    const [demo, three] = await Promise.all([loadDemo(), loadFixture('three-databases.json')]);
    show(createElement('compare-facts', { data: demo }));
    const el = host.querySelector('compare-facts') as CompareFacts;
    await settled(el, 'ready');
    show(createElement('compare-facts', { data: three }));
    expect(host.querySelector('compare-facts') === el, 'the same element, updated').to.equal(true);
    await el.updateComplete;
    expect(el.comparison?.id).to.equal(three.id);
    for (const item of three.items) expect(textOf(el.shadowRoot)).to.include(item.name);
  });

  it('takes a JSON string as `data` too', async () => {
    const demo = await loadDemo();
    show(createElement('compare-facts', { data: JSON.stringify(demo) }));
    const el = host.querySelector('compare-facts') as CompareFacts;
    await settled(el, 'ready');
    expect(el.comparison?.title).to.equal(demo.title);
  });

  it('hears the elements\' events through on<event> props, from state', async () => {
    const demo = await loadDemo();
    const loads: string[] = [];
    const votes: boolean[] = [];
    function App() {
      const [helpful, setHelpful] = useState<boolean | null>(null);
      return createElement(
        'div',
        null,
        createElement('compare-verdict', {
          data: demo,
          'oncompare-load': (e: CustomEvent<{ comparison: { id: string } }>) => loads.push(e.detail.comparison.id),
          'oncompare-vote': (e: CustomEvent<{ helpful: boolean }>) => {
            votes.push(e.detail.helpful);
            setHelpful(e.detail.helpful);
          },
        }),
        createElement('output', null, helpful === null ? 'no vote' : helpful ? 'helpful' : 'not helpful'),
      );
    }
    show(createElement(App));
    const el = host.querySelector('compare-verdict') as CompareVerdict;
    await settled(el, 'ready');
    expect(loads).to.deep.equal([demo.id]);
    (el.shadowRoot!.querySelector('[part~="vote-yes"]') as HTMLButtonElement).click();
    expect(votes).to.deep.equal([true]);
    // React renders the state change in its own time (a scheduler task).
    await waitUntil(() => host.querySelector('output')?.textContent !== 'no vote', 'React did not re-render');
    expect(host.querySelector('output')?.textContent).to.equal('helpful');
  });

  it('shows the element\'s error for invalid data, as for any page', async () => {
    show(createElement('compare-facts', { data: { version: 1, id: 'x', title: 'X', items: [] } }));
    const el = host.querySelector('compare-facts') as CompareFacts;
    await settled(el, 'error');
    expect(el.shadowRoot!.querySelector('[part="error"]')?.getAttribute('role')).to.equal('alert');
  });
});
