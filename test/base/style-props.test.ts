/**
 * styleProps() / itemColor(): per-node custom properties (item colours, column
 * counts) set through the CSSOM, never as a `style` attribute, which a page
 * with a strict Content-Security-Policy (style-src without 'unsafe-inline')
 * blocks. test/csp/run-csp.mjs checks the built bundle under such a policy;
 * these check the directive itself.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { itemColor, styleProps } from '../../src/base/fragments.js';

/** Renders into a fresh container and records every setAttribute('style', …) made meanwhile. */
function renderWatched(template: unknown, container: HTMLElement): string[] {
  const written: string[] = [];
  const original = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style') written.push(value);
    return original.call(this, name, value);
  };
  try {
    render(template, container);
  } finally {
    Element.prototype.setAttribute = original;
  }
  return written;
}

describe('styleProps() and itemColor()', () => {
  let box: HTMLDivElement;
  beforeEach(() => {
    box = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => box.remove());

  it('gives an item its own colour, or the theme colour of its position', () => {
    const items = [
      { id: 'a', name: 'A', color: '#336791' },
      { id: 'b', name: 'B' },
    ];
    const written = renderWatched(html`${items.map((item, i) => html`<p style=${itemColor(item, i + 8)}>${item.name}</p>`)}`, box);
    const [a, b] = [...box.querySelectorAll('p')];
    expect(a!.style.getPropertyValue('--_item-color')).to.equal('light-dark(#336791, oklch(from #336791 max(l, .7 + l / 4) c h))');
    expect(b!.style.getPropertyValue('--_item-color')).to.equal('var(--_series-1)');
    expect(written, 'style attributes written').to.deep.equal([]);
  });

  it('updates changed values, removes dropped ones and leaves other styles alone', () => {
    const view = (props: Record<string, string>) => html`<p style=${styleProps(props)}></p>`;
    renderWatched(view({ '--a': '1', '--b': '2' }), box);
    const p = box.querySelector('p')!;
    p.style.setProperty('color', 'red'); // someone else's
    const written = renderWatched(view({ '--a': '3' }), box);
    expect(box.querySelector('p') === p, 'same node').to.equal(true);
    expect(p.style.getPropertyValue('--a')).to.equal('3');
    expect(p.style.getPropertyValue('--b')).to.equal('');
    expect(p.style.getPropertyValue('color')).to.equal('red');
    expect(written).to.deep.equal([]);
    renderWatched(view({ '--a': '3', '--b': '4' }), box);
    expect(p.style.getPropertyValue('--b')).to.equal('4');
  });

  it('refuses to be part of a style attribute or another attribute', () => {
    expect(() => render(html`<p style="color: red; ${styleProps({ '--a': '1' })}"></p>`, box)).to.throw(/whole value of a style attribute/);
    const other = document.body.appendChild(document.createElement('div'));
    try {
      expect(() => render(html`<p title=${styleProps({ '--a': '1' })}></p>`, other)).to.throw(/whole value of a style attribute/);
    } finally {
      other.remove();
    }
  });
});
