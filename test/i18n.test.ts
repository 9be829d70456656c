/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { en, type Strings } from '../src/base/strings.js';
import { ar } from '../src/i18n/ar.js';
import { de } from '../src/i18n/de.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { completeStrings, isRtl, LANGUAGES, loadStrings, registerStrings, stringsFor, stringsRevision } from '../src/i18n/index.js';
import { ja } from '../src/i18n/ja.js';

type Loose = Record<string, unknown>;
const TABLES: ReadonlyArray<readonly [lang: string, table: Partial<Strings>]> = [['de', de], ['fr', fr], ['es', es], ['ja', ja], ['ar', ar]];
const EN = en as Loose;
/** Keys whose functions take a count; every other function takes strings. */
const COUNTS = new Set(['moreIssues', 'showMore']);
const NUMBERS = [0, 1, 2, 3, 11, 100];
const NAMES = ['Python', 'Rust'];
const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const clean = (s: unknown, where: string): void => {
  expect(s, where).to.be.a('string');
  expect((s as string).trim(), where).to.not.equal('');
  expect(s, where).to.not.match(/undefined|NaN|\[object|\$\{/);
};

describe('i18n: tables', () => {
  it('lists every language', () => expect([...LANGUAGES]).to.deep.equal(['en', ...TABLES.map(([l]) => l)]));

  for (const [lang, table] of TABLES) {
    describe(lang, () => {
      it('has exactly the keys of en', () => {
        const keys = Object.keys(table);
        const missing = Object.keys(en).filter((k) => !keys.includes(k));
        const extra = keys.filter((k) => !(k in en));
        expect(missing, `missing in ${lang}`).to.deep.equal([]);
        expect(extra, `not in en`).to.deep.equal([]);
      });

      it('has values of the English types', () => {
        for (const [key, value] of Object.entries(table)) {
          expect(kind(value), key).to.equal(kind(EN[key]));
          if (typeof value === 'function') expect(value.length, `${key} arity`).to.equal((EN[key] as () => string).length);
          if (typeof value === 'string') clean(value, key);
        }
      });

      it('has the keys of the English records, all strings', () => {
        for (const [key, value] of Object.entries(EN)) {
          if (kind(value) !== 'object') continue;
          const own = (table as Loose)[key] as Loose;
          expect(Object.keys(own).sort(), key).to.deep.equal(Object.keys(value as Loose).sort());
          for (const [k, v] of Object.entries(own)) clean(v, `${key}.${k}`);
        }
      });

      it('has functions that give clean text', () => {
        const nf = new Intl.NumberFormat(lang);
        for (const [key, value] of Object.entries(table)) {
          if (typeof value !== 'function') continue;
          const fn = value as (...args: unknown[]) => unknown;
          if (COUNTS.has(key)) {
            for (const n of NUMBERS) {
              const out = fn(n);
              clean(out, `${key}(${n})`);
              // Past the small numbers every language writes the number (in its own digits).
              if (n >= 3) expect(out, `${key}(${n})`).to.contain(nf.format(n));
            }
          } else {
            const args = NAMES.slice(0, fn.length);
            const out = fn(...args);
            clean(out, `${key}(${args.join(', ')})`);
            for (const a of args) expect(out, `${key} keeps ${a}`).to.contain(a);
          }
        }
      });

      it('keeps the code words of noData', () => {
        for (const word of ['src', 'for', '<script type="application/json">', 'data']) expect(table.noData).to.contain(word);
      });
    });
  }
});

describe('i18n: tables loaded on demand', () => {
  it('reads English until a table is loaded, then the table', async () => {
    expect(stringsFor('de').keyFacts).to.equal(en.keyFacts);
    const revision = stringsRevision();
    const loading = loadStrings('de-AT');
    expect(loading).to.be.an.instanceOf(Promise);
    expect(loadStrings('de')).to.equal(loading); // one load per language
    await loading;
    expect(stringsFor('de').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('de-AT').showMore(2)).to.equal(de.showMore!(2));
    expect(stringsRevision()).to.be.above(revision);
    expect(loadStrings('de')).to.equal(null);
  });

  it('has nothing to load for English, other languages or invalid tags', () => {
    for (const tag of ['en', 'en-GB', 'pt-BR', 'zz', '', 'not a tag', 'constructor', '__proto__']) expect(loadStrings(tag), tag).to.equal(null);
  });

  it('takes a page’s own language, completed from English', () => {
    registerStrings('it', { keyFacts: 'Fatti e cifre' });
    expect(stringsFor('it-IT').keyFacts).to.equal('Fatti e cifre');
    expect(stringsFor('it').best).to.equal(en.best);
    expect(loadStrings('it')).to.equal(null);
    registerStrings('it', { keyFacts: 'Dati' });
    expect(stringsFor('it').keyFacts).to.equal('Dati');
    registerStrings('not a tag', { keyFacts: 'x' });
    registerStrings('pt', null as unknown as Partial<Strings>);
    expect(stringsFor('pt').keyFacts).to.equal(en.keyFacts);
  });
});

describe('i18n: stringsFor', () => {
  before(() => Promise.all(TABLES.map(([lang]) => loadStrings(lang))));

  it('picks the table by the language subtag', () => {
    expect(stringsFor('de').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('de-AT').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('DE-at').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('ar-EG').keyFacts).to.equal(ar.keyFacts);
    expect(stringsFor('ja-JP').showMore(3)).to.equal(ja.showMore!(3));
    expect(stringsFor('fr-CA').linkKinds['video']).to.equal(fr.linkKinds!['video']);
  });

  it('falls back to English', () => {
    for (const tag of ['en', 'en-GB', 'pt-BR', 'xx', '', '  ', 'not a tag', 'en_US', '123', '-', 'constructor', '__proto__']) {
      expect(stringsFor(tag).keyFacts, JSON.stringify(tag)).to.equal(en.keyFacts);
    }
    expect(stringsFor(undefined as unknown as string).keyFacts).to.equal(en.keyFacts);
  });

  it('falls back to English for a key a table lacks, never to the key name', () => {
    const { keyFacts: _missing, showMore: _alsoMissing, linkKinds, ...rest } = de;
    const partial = { ...rest, linkKinds: { video: linkKinds!['video']! } } as Partial<Strings>;
    const s = completeStrings(partial);
    expect(s.keyFacts).to.equal(en.keyFacts);
    expect(s.showMore(3)).to.equal(en.showMore(3));
    expect(s.linkKinds['video']).to.equal(de.linkKinds!['video']);
    expect(s.linkKinds['article']).to.equal(en.linkKinds['article']);
    expect(s.faq).to.equal(de.faq);
    expect(Object.keys(s).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(s)) {
      if (typeof value === 'string') expect(value, key).to.not.equal(key);
    }
    // The built-in tables go through the same completion.
    expect(stringsFor('de')).to.deep.equal(completeStrings(de));
  });

  it('returns a full, frozen table, cached per language', () => {
    const s = stringsFor('es-MX');
    expect(Object.isFrozen(s)).to.equal(true);
    expect(Object.keys(s).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(kind((s as Loose)[key]), key).to.equal(kind(EN[key]));
    expect(stringsFor('es')).to.equal(s);
    expect(stringsFor('pt')).to.equal(stringsFor('zz'));
  });

  it('applies overrides of the right type', () => {
    const s = stringsFor('de-CH', { keyFacts: 'Eckdaten', showMore: (n: number) => `+${n}`, linkKinds: { video: 'Clips' } });
    expect(s.keyFacts).to.equal('Eckdaten');
    expect(s.showMore(4)).to.equal('+4');
    expect(s.linkKinds['video']).to.equal('Clips');
    expect(s.linkKinds['article']).to.equal(de.linkKinds!['article']);
    expect(s.faq).to.equal(de.faq);
    expect(Object.isFrozen(s)).to.equal(true);
    // The cached table is untouched.
    expect(stringsFor('de').keyFacts).to.equal(de.keyFacts);
    expect(stringsFor('de').linkKinds['video']).to.equal(de.linkKinds!['video']);
  });

  it('ignores overrides of the wrong type or unknown keys', () => {
    const wrong = { keyFacts: 42, showMore: 'many', faq: () => 'x', linkKinds: 'links', loading: null, bogus: 'x' } as unknown as Partial<Strings>;
    const s = stringsFor('fr', wrong);
    expect(s.keyFacts).to.equal(fr.keyFacts);
    expect(s.showMore(2)).to.equal(fr.showMore!(2));
    expect(s.faq).to.equal(fr.faq);
    expect(s.linkKinds).to.deep.equal(fr.linkKinds);
    expect(s.loading).to.equal(fr.loading);
    expect('bogus' in s).to.equal(false);
    expect(stringsFor('en', null)).to.equal(stringsFor('en'));
  });
});

describe('i18n: isRtl', () => {
  it('knows right-to-left languages', () => {
    for (const tag of ['ar', 'ar-EG', 'AR', 'he', 'he-IL', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv', 'ug', 'az-Arab', 'pa-Arab']) {
      expect(isRtl(tag), tag).to.equal(true);
    }
  });
  it('knows left-to-right ones', () => {
    for (const tag of ['en', 'en-US', 'ja', 'de', 'zh-Hans', 'ar-Latn', 'pa', 'az']) expect(isRtl(tag), tag).to.equal(false);
  });
  it('says no to invalid tags', () => {
    for (const tag of ['', 'not a tag', 'ar_EG']) expect(isRtl(tag), tag).to.equal(false);
  });
});
