import { expect, fixture } from '@open-wc/testing';
import type { CompareElement, LoadState } from '../../src/base/compare-element.js';
import { settled, textOf } from './util.js';

/**
 * The states every element shares, for its own test file: while a slow `src`
 * loads, the element keeps at least `minHeight` px, is `aria-busy` and shows
 * its placeholder; then it takes the state the document gives it (`loaded`);
 * an HTTP 404 is an accessible error that names the status.
 */
export async function expectLoadingThenHttpError(tag: string, { minHeight, loaded }: { minHeight: number; loaded: LoadState }): Promise<void> {
  const el = await fixture<CompareElement>(`<${tag} src="/test-api/doc?delay=500"></${tag}>`);
  expect(el.state).to.equal('loading');
  expect(el.getAttribute('aria-busy')).to.equal('true');
  expect(el.getBoundingClientRect().height).to.be.greaterThan(minHeight);
  expect(el.shadowRoot!.querySelector('[part="placeholder"]'), 'placeholder').to.not.equal(null);
  await settled(el);
  expect(el.state).to.equal(loaded);
  expect(el.hasAttribute('aria-busy')).to.equal(false);

  const bad = await settled(await fixture<CompareElement>(`<${tag} src="/test-api/status/404"></${tag}>`));
  expect(bad.state).to.equal('error');
  expect(textOf(bad.shadowRoot!.querySelector('[part="error"]'))).to.contain('404');
  await expect(bad).to.be.accessible();
}
