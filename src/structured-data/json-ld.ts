/**
 * The comparison in schema.org terms, for crawlers: an ItemList of the items
 * (each a Product with its pros and cons as `positiveNotes` / `negativeNotes`
 * of a Review, as search engines read them) and the FAQ as an FAQPage.
 * Pure: no DOM. RichText becomes plain text.
 */
import { forItem, type Comparison, type Item } from '../schema/comparison.js';
import { richTextPlain } from '../rich-text/parse.js';

type Json = Record<string, unknown>;

/**
 * `faq`: whether the element shows the FAQ (compare-faq, or compare-page with
 * its faq section): an FAQPage only describes questions the page shows, as
 * search engines ask. Default true (a caller describing the whole comparison).
 */
export function comparisonJsonLd(c: Comparison, pageUrl?: string, { faq = true }: { faq?: boolean } = {}): Json {
  const base = pageUrl?.split('#')[0] ?? '';
  const id = (frag: string) => `${base}#${frag}`;
  const notes = (list: string[] | undefined) =>
    list?.length
      ? {
          '@type': 'ItemList',
          itemListElement: list.map((text, i) => ({ '@type': 'ListItem', position: i + 1, name: richTextPlain(text) })),
        }
      : undefined;
  const product = (item: Item): Json => {
    const pros = notes(forItem(c.pros, item.id));
    const cons = notes(forItem(c.cons, item.id));
    return compact({
      '@type': 'Product',
      name: item.name,
      description: item.summary,
      url: absolute(item.url, base),
      image: absolute(item.image?.src, base),
      review:
        pros || cons
          ? compact({ '@type': 'Review', name: `${item.name}: pros and cons`, positiveNotes: pros, negativeNotes: cons })
          : undefined,
    });
  };
  const graph: Json[] = [
    compact({
      '@type': 'ItemList',
      '@id': id(`compare-${c.id}`),
      name: c.title,
      description: c.description ?? (c.shortAnswer ? richTextPlain(c.shortAnswer) : undefined),
      dateModified: c.updated,
      inLanguage: c.locale,
      numberOfItems: c.items.length,
      itemListElement: c.items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item: product(item) })),
    }),
  ];
  if (faq && c.faq?.length) {
    graph.push({
      '@type': 'FAQPage',
      '@id': id(`compare-${c.id}-faq`),
      mainEntity: c.faq.map((f) => ({
        '@type': 'Question',
        name: f.question,
        acceptedAnswer: { '@type': 'Answer', text: richTextPlain(f.answer) },
      })),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * JSON for a <script> element: `<` is escaped so `</script>` or `<!--` in the
 * data can never end or confuse the script, even when the page is serialised.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function absolute(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    return base ? new URL(url, base).href : url;
  } catch {
    return url;
  }
}

function compact(o: Json): Json {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
