/**
 * The comparison format, version 1 (../shared/docs/comparison-format.md), as a
 * Zod schema. This file is the executable form of that page: the TypeScript
 * types are inferred from it and dist/comparison.schema.json is generated from
 * it. Rules that span the document (unknown keys, item-id references, unique
 * ids) live in ./rules.ts, which runs on the raw input next to this schema.
 */
import * as z from 'zod/mini';
import { richTextLinks, richTextPlain } from '../rich-text/parse.js';
import { LINK_URL, RESOURCE_URL, URL_RULE, isAllowedLink, opens } from './url.js';

// No `new Function`: pages with a strict CSP must see no violation.
z.config({ jitless: true });

export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const SLUG_RULE = 'expected an id of lowercase letters, digits and hyphens (like "python-3"), at most 64 characters';

/**
 * Limits far above any real comparison, so that an absurd document (a
 * megabyte in one field, ten thousand attributes) is a clear error rather
 * than seconds or minutes of layout that freeze the page.
 */
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_LIST_LENGTH = 1000;

const maxText = () =>
  z.maxLength(MAX_TEXT_LENGTH, {
    error: (iss) => `too long: ${(iss.input as string).length.toLocaleString('en-US')} characters, at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')}`,
  });
/**
 * Each list's bounds: [min, max, what it holds]. Checked by ./rules.ts on the
 * raw input ("expected at most 8 items (got 9)") and written as minItems and
 * maxItems in the JSON Schema; not by the z.array (but for a guard, below):
 * Zod skips a list's entries when its length is out of bounds, and the
 * length when an entry has an error, where every problem is reported.
 */
export const BOUNDS = new WeakMap<object, readonly [number, number, string]>();
/**
 * A list of `min` to `max` (MAX_LIST_LENGTH) entries. Past twice its bound,
 * its entries are not read (Zod stops at a maxLength check): a million bad
 * entries in 2 MB would be seconds of work and a million messages. That check
 * says what ./rules.ts says of the list, and the two are reported once.
 */
const list = <T extends z.ZodMiniType>(of: T, what: string, min = 0, max = MAX_LIST_LENGTH) => {
  const s = z.array(of).check(z.maxLength(2 * max, `expected at most ${max} ${what}`));
  BOUNDS.set(s, [min, max, what]);
  return s;
};

/**
 * Bidi overrides (U+202D, U+202E) dropped from text: they reverse what follows
 * them ("\u202Egnp.exe" shows as "exe.png"), a spoof with no use in a
 * comparison. Embeddings and isolates, which right-to-left text may need, stay.
 */
const noOverrides = () => z.overwrite((s: string) => s.replace(/[\u202d\u202e]/g, ''));
const text = () => z.string().check(noOverrides(), maxText());
const nonEmpty = () =>
  z.string().check(noOverrides(), maxText(), z.minLength(1, 'must not be empty'), z.refine((s) => s === '' || /[^\s\p{Cf}]/u.test(s), 'must not be only spaces or invisible characters'));
const slug = () => z.string().check(z.regex(SLUG, SLUG_RULE));
// (A URL of the allow-list a browser cannot open, "https://example.com:99999/", is no link either: see opens().)
const OPENS = () => z.refine<string>(opens, 'not a URL a browser can open: check its host and port');
const linkUrl = () => z.string().check(maxText(), z.regex(LINK_URL, { message: `not an allowed URL: ${URL_RULE}`, abort: true }), OPENS());
const imageUrl = () => z.string().check(maxText(), z.regex(RESOURCE_URL, { message: 'not an allowed image URL: use https:, http: or a relative URL starting with /, ./ or ../', abort: true }), OPENS());

/** A string with **bold**, *italic* and [links](url) whose URLs pass the allow-list. */
export const RichTextSchema = z.string().check(
  noOverrides(),
  maxText(),
  z.superRefine((value, ctx) => {
    if (value.length > MAX_TEXT_LENGTH) return; // already an error: not worth parsing
    for (const url of richTextLinks(value)) {
      if (!isAllowedLink(url)) {
        ctx.issues.push({ code: 'custom', input: value, message: `link URL "${clip(url)}" is not allowed: ${URL_RULE}` });
      }
    }
    // "[docs](https://x.org/a b)" would show as that text: say why (only for a URL: "[sic](as written)" is prose).
    const spaced = /\[[^[\]]*\]\( *(?:https?:|mailto:|\.{0,2}\/)[^\s()"']* +[^\s()"'][^()]*\)/.exec(richTextPlain(value))?.[0];
    if (spaced) ctx.issues.push({ code: 'custom', input: value, message: `"${clip(spaced)}" is no link: a link's URL has no spaces (write one as %20)` });
  }),
);

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/**
 * One of a few values, reported as z.enum() and z.literal() report them
 * ("expected one of "higher", "lower", got …"), which would bring 0.3 KB gzip
 * of the bundle for three fields. The JSON Schema lists them (json-schema.ts).
 */
const oneOf = <T extends string | number>(values: readonly T[]) =>
  z.custom<T>().check(
    z.superRefine((v, ctx) => {
      if (!values.includes(v as T)) ctx.issues.push({ code: 'invalid_value', values: [...values], input: v });
    }),
  );

/**
 * A map keyed by item id: an object of any keys, each a `T` (the keys are
 * checked against the items by ./rules.ts). An object with a catchall rather
 * than z.record(), whose code is 0.5 KB gzip of the bundle. It takes any
 * object and its enumerable keys, but ./rules.ts refuses a Map or a class
 * instance there (`data` an app builds), which would read as no entries.
 */
const byItem = <T extends z.ZodMiniType>(of: T) => z.catchall(z.object({}), of);

export const BETTER = ['higher', 'lower'] as const;
export const LINK_KINDS = ['reference', 'article', 'comparison', 'video', 'affiliate'] as const;

export const ItemSchema = z.object({
  id: slug(),
  name: nonEmpty(),
  summary: z.optional(text()),
  audience: z.optional(text()),
  url: z.optional(linkUrl()),
  image: z.optional(z.object({ src: imageUrl(), alt: text() })),
  color: z.optional(z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'expected a colour like "#36c" or "#3366cc"'))),
});

export const LinkSchema = z.object({
  title: nonEmpty(),
  url: linkUrl(),
  kind: z.optional(oneOf(LINK_KINDS)),
  category: z.optional(text()),
  description: z.optional(text()),
});

const TWO_NUMBERS = { error: 'expected [min, max]: two numbers', abort: true };
/**
 * A value's range [min, max]: two numbers, min ≤ max. Not a z.tuple, whose
 * code is 0.3 KB gzip of the bundle for this one use: a list of two things,
 * then of numbers (a list of another length says so, whatever is in it). Its
 * type is the pair it is; the JSON Schema writes it as one (json-schema.ts).
 */
const range = z.pipe(
  z.array(z.unknown(), TWO_NUMBERS).check(z.minLength(2, TWO_NUMBERS), z.maxLength(2, TWO_NUMBERS)),
  z.array(z.number()).check(z.refine(([a, b]) => a! <= b!, 'expected [min, max] with min ≤ max')),
) as unknown as z.ZodMiniType<[number, number]>;

/** One cell: a string (shown as written, parsed for a quantity), a number in the attribute's unit, null, or explicit. */
export const ValueSchema = z.union([
  text(),
  z.number(),
  z.null(),
  z.object({
    text: z.optional(text()),
    value: z.optional(z.union([z.number(), range])),
    unit: z.optional(text()),
    note: z.optional(text()),
  }),
]);

export const AttributeSchema = z.object({
  id: slug(),
  label: nonEmpty(),
  unit: z.optional(text()),
  group: z.optional(slug()),
  key: z.optional(z.boolean()),
  better: z.optional(oneOf(BETTER)),
  compare: z.optional(z.boolean()),
  values: byItem(ValueSchema),
  source: z.optional(LinkSchema),
  note: z.optional(text()),
});

/**
 * A whole number ≥ 0 (up to 2⁵³ - 1), with messages like those z.int().check(z.gte(0)) gives, which
 * would bring Zod's number formats and comparisons (0.5 KB gzip of the bundle)
 * for this one use. The JSON Schema says so (json-schema.ts).
 */
const count = () =>
  z.number().check(
    z.refine(Number.isInteger, { error: (iss) => `expected a whole number, got ${iss.input}`, abort: true }),
    // Past 2⁵³ (1e21) too: one message, in words.
    z.refine((n) => n >= 0 && Number.isSafeInteger(n), 'expected a whole number from 0 to 9,007,199,254,740,991'),
  );

export const GroupSchema = z.object({
  id: slug(),
  label: nonEmpty(),
  collapseAfter: z.optional(count()),
});

export const VerdictSchema = z.object({
  text: RichTextSchema,
  chooseIf: z.optional(byItem(RichTextSchema)),
  winner: z.optional(z.string()),
  aiAssisted: z.optional(z.boolean()),
});

export const HighlightSchema = z.object({
  topic: nonEmpty(),
  values: byItem(RichTextSchema),
  winner: z.optional(z.string()),
});

export const FaqSchema = z.object({ question: nonEmpty(), answer: RichTextSchema });

export const TrackSchema = z.object({
  triggers: list(z.object({ id: slug(), label: nonEmpty() }), 'triggers'),
});

/**
 * A tag of a language of two or three letters, canonical ("EN-us" → "en-US"),
 * or undefined: "german" and "english" are well-formed BCP 47, but of no
 * language. The data's `locale`, and server rendering's.
 */
export function languageTag(s: string): string | undefined {
  try {
    return /^[a-z]{2,3}(?:-|$)/i.test(s) ? Intl.getCanonicalLocales(s)[0] : undefined;
  } catch {
    return undefined;
  }
}

export const ComparisonSchema = z.object({
  // (No "$schema": an unknown key, as the format says; editors find the JSON Schema by file pattern.)
  version: oneOf([1] as const),
  id: slug(),
  title: nonEmpty(),
  description: z.optional(text()),
  updated: z.optional(
    z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like "2026-06-01"'),
      // (Only a date written as one: "2026-1-1" is said to be wrong once.)
      z.refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)), 'not a real date'),
    ),
  ),
  locale: z.optional(
    z.string().check(
      z.refine((s) => s.includes('_') || languageTag(s) !== undefined, 'expected a language tag like "en" or "pt-BR"'),
      // "en_US", as WordPress's get_locale() writes it.
      z.refine((s) => !s.includes('_'), 'expected a language tag like "en" or "pt-BR", with "-" ("en-US", not "en_US")'),
    ),
  ),
  items: list(ItemSchema, 'items', 2, 8),
  shortAnswer: z.optional(RichTextSchema),
  verdict: z.optional(VerdictSchema),
  highlights: z.optional(list(HighlightSchema, 'highlights')),
  attributes: z.optional(list(AttributeSchema, 'attributes')),
  groups: z.optional(list(GroupSchema, 'groups')),
  pros: z.optional(byItem(list(RichTextSchema, 'pros per item'))),
  cons: z.optional(byItem(list(RichTextSchema, 'cons per item'))),
  faq: z.optional(list(FaqSchema, 'questions')),
  resources: z.optional(list(LinkSchema, 'resources')),
  related: z.optional(list(LinkSchema, 'related links')),
  track: z.optional(TrackSchema),
  sourcesNote: z.optional(text()),
});

/**
 * The entry of an item in a map keyed by item id (`values`, `pros`, `cons`,
 * `chooseIf`, a highlight's `values`). These maps are plain objects: only their
 * own keys count, so an item with the id "constructor" finds nothing rather
 * than a function inherited from Object.prototype.
 */
export function forItem<T>(map: Readonly<Record<string, T>> | undefined, itemId: string): T | undefined {
  return map && Object.hasOwn(map, itemId) ? map[itemId] : undefined;
}

export type Comparison = z.infer<typeof ComparisonSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Attribute = z.infer<typeof AttributeSchema>;
export type Value = z.infer<typeof ValueSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type Highlight = z.infer<typeof HighlightSchema>;
export type Faq = z.infer<typeof FaqSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Track = z.infer<typeof TrackSchema>;
export type Better = (typeof BETTER)[number];
export type LinkKind = (typeof LINK_KINDS)[number];
