/**
 * A few hundred mutated documents fed to the elements (as objects and as JSON
 * text): no uncaught exception or rejection, and every element ends rendered,
 * empty, or showing an error that names where the problem is.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/compare-kit.js';
import type { CompareElement } from '../../src/base/compare-element.js';
import { loadDemo, loadFixture, share } from '../helpers/util.js';
import { TAGS, injected, settledAll, trap } from './hostile.js';
import { mutatedDocument } from './mutate.js';

/** 300 in Chromium, 100 in Firefox and WebKit (`share`). */
const DOCUMENTS = share(300);
const FINAL = ['ready', 'empty', 'error'];

describe('fuzz: mutated documents in the elements', function () {
  this.timeout(180000);
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(e.reason?.message ?? e.reason)}`);
  let t: ReturnType<typeof trap>;
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    t = trap();
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    t.restore();
  });

  it(`renders or reports ${DOCUMENTS} mutated documents, with no uncaught error`, async () => {
    const bases = [await loadFixture('minimal.json'), await loadFixture('three-databases.json'), await loadDemo()];
    const samples = fc.sample(mutatedDocument(bases, 4), DOCUMENTS);
    const host = document.createElement('div');
    document.body.append(host);
    // One element per tag, reused (data changes), plus a fresh element now and then.
    const els = TAGS.map((tag) => host.appendChild(document.createElement(tag) as CompareElement));
    const states = new Map<string, number>();
    let fed = 0;
    for (const [i, { doc, mutations }] of samples.entries()) {
      const what = `document ${i} (${mutations.join('; ')})`;
      let text: string | undefined;
      try {
        text = i % 3 === 0 ? JSON.stringify(doc) : undefined;
      } catch {
        text = undefined; // cyclic or too deep for JSON.stringify: given as an object
      }
      const targets = [els[i % 12]!, els[(i + 5) % 12]!];
      if (i % 10 === 0) targets.push(host.appendChild(document.createElement(TAGS[i % 12]!) as CompareElement));
      for (const el of targets) {
        el.data = text ?? doc;
        fed++;
      }
      for (const el of targets) {
        for (const e of await settledAll(el)) {
          expect(FINAL, `${e.localName} stayed ${e.state}: ${what}`).to.include(e.state);
          states.set(e.state, (states.get(e.state) ?? 0) + 1);
          if (e.state === 'error') {
            expect(e.error!.message, what).to.be.a('string').and.not.equal('');
            for (const issue of e.error!.issues ?? []) expect(issue.path, what).to.be.a('string').and.not.equal('');
            expect(e.shadowRoot!.querySelector('[part="error"]') !== null, `${e.localName} shows its error: ${what}`).to.equal(true);
          }
        }
        expect(injected(el), what).to.deep.equal([]);
      }
      for (const el of targets.slice(2)) el.remove();
      expect(uncaught, what).to.deep.equal([]);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(uncaught).to.deep.equal([]);
    expect(t.ran()).to.deep.equal([]);
    host.remove();
    console.log(`fuzz: ${DOCUMENTS} mutated documents fed ${fed} times to ${TAGS.length} elements; end states ${JSON.stringify(Object.fromEntries(states))}`);
    expect(states.get('ready') ?? 0, 'some documents stay valid').to.be.greaterThan(0);
    expect(states.get('error') ?? 0, 'most mutations break a document').to.be.greaterThan(0);
  });
});
