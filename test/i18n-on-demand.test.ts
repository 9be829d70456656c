/// <reference types="mocha" />
// Elements and the language tables loaded on demand (src/i18n/index.ts). This
// file runs in a page of its own, so no table is loaded when it starts.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/compare-verdict.js';
import '../src/define/compare-facts.js';
import type { CompareElement } from '../src/base/compare-element.js';
import { en } from '../src/base/strings.js';
import { fr } from '../src/i18n/fr.js';
import { ja } from '../src/i18n/ja.js';
import { loadStrings, registerStrings, stringsFor } from '../src/i18n/index.js';
import { loadFixture, settled, textOf } from './helpers/util.js';

const heading = (el: CompareElement) => textOf(el.shadowRoot!.querySelector('[part~="heading"]'));

describe('languages loaded on demand', () => {
  let data: any;
  before(async () => {
    data = await loadFixture('minimal.json');
    data.verdict = { text: 'Tea.' };
  });

  it('shows the comparison only in its language: the placeholder waits for the table, English never shows', async () => {
    expect(stringsFor('fr').ourVerdict).to.equal(en.ourVerdict); // not loaded yet
    const wrap = document.createElement('div');
    wrap.lang = 'fr';
    const el = document.createElement('compare-verdict') as CompareElement;
    el.data = data;
    const seen: string[] = [];
    let atLoad = '';
    el.addEventListener('compare-load', () => (atLoad = heading(el)));
    wrap.append(el);
    document.body.append(wrap);
    try {
      // Every render until it is ready: the placeholder or French, never the English heading.
      const observer = new MutationObserver(() => seen.push(textOf(el.shadowRoot)));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await settled(el);
      observer.disconnect();
      expect(heading(el)).to.equal(fr.ourVerdict);
      expect(atLoad).to.equal(fr.ourVerdict);
      expect(seen.join(' | ')).to.not.include(en.ourVerdict);
      expect(el.getAttribute('state')).to.equal('ready');
      await expect(el).to.be.accessible();
    } finally {
      wrap.remove();
    }
  });

  it('asks for the table as soon as the element connects, beside the data', async () => {
    const el = await fixture<CompareElement>(html`<compare-facts lang="ja" src="/test/fixtures/minimal.json?ja"></compare-facts>`);
    await settled(el);
    expect(textOf(el.shadowRoot!.querySelector('caption'))).to.equal(ja.keyFacts);
    expect(loadStrings('ja')).to.equal(null);
    const entry = (part: string) => performance.getEntriesByType('resource').find((e) => e.name.includes(part)) as PerformanceResourceTiming;
    // The table's request started before the data had arrived: not one after the other.
    expect(entry('/src/i18n/ja.'), 'ja table requested').to.exist;
    expect(entry('/src/i18n/ja.').startTime).to.be.below(entry('minimal.json?ja').responseEnd);
  });

  it('uses a language the page registers, English for the words it lacks', async () => {
    registerStrings('it', { ourVerdict: 'Il nostro verdetto' });
    const el = await fixture<CompareElement>(html`<compare-verdict lang="it-IT" .data=${data}></compare-verdict>`);
    await settled(el);
    expect(heading(el)).to.equal('Il nostro verdetto');
    expect(textOf(el.shadowRoot)).to.include(en.helpfulQuestion);
  });

  it('re-renders when the page registers its language later', async () => {
    const el = await fixture<CompareElement>(html`<compare-verdict lang="nl" .data=${data}></compare-verdict>`);
    await settled(el);
    expect(heading(el)).to.equal(en.ourVerdict);
    registerStrings('nl', { ourVerdict: 'Ons oordeel' });
    el.requestUpdate();
    await el.updateComplete;
    expect(heading(el)).to.equal('Ons oordeel');
  });
});
