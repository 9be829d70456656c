/**
 * The comparison format, version 1 (../shared/docs/comparison-format.md), as a
 * Zod schema. This file is the executable form of that page: the TypeScript
 * types are inferred from it and dist/comparison.schema.json is generated from
 * it. Rules that span the document (unknown keys, item-id references, unique
 * ids) live in ./rules.ts, which runs on the raw input next to this schema.
 */
import * as z from 'zod/mini';
import { richTextLinks } from '../rich-text/parse.js';
import { LINK_URL, RESOURCE_URL, URL_RULE, isAllowedLink } from './url.js';

// No `new Function`: pages with a strict CSP must see no violation.
z.config({ jitless: true });

export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SLUG_RULE = 'expected an id of lowercase letters, digits and hyphens (like "python-3"), at most 64 characters';

const text = () => z.string();
const nonEmpty = () =>
  z.string().check(z.minLength(1, 'must not be empty'), z.refine((s) => s === '' || s.trim() !== '', 'must not be only spaces'));
const slug = () => z.string().check(z.regex(SLUG, SLUG_RULE));
const linkUrl = () => z.string().check(z.regex(LINK_URL, `not an allowed URL: ${URL_RULE}`));
const imageUrl = () => z.string().check(z.regex(RESOURCE_URL, 'not an allowed image URL: use https:, http: or a relative URL starting with /, ./ or ../'));

/** A string with **bold**, *italic* and [links](url) whose URLs pass the allow-list. */
export const RichTextSchema = z.string().check(
  z.superRefine((value, ctx) => {
    for (const url of richTextLinks(value)) {
      if (!isAllowedLink(url)) {
        ctx.issues.push({ code: 'custom', input: value, message: `link URL "${clip(url)}" is not allowed: ${URL_RULE}` });
      }
    }
  }),
);

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

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
  kind: z.optional(z.enum(LINK_KINDS)),
  category: z.optional(text()),
  description: z.optional(text()),
});

/** One cell: a string (shown as written, parsed for a quantity), a number in the attribute's unit, null, or explicit. */
export const ValueSchema = z.union([
  z.string(),
  z.number(),
  z.null(),
  z.object({
    text: z.optional(text()),
    value: z.optional(z.union([z.number(), z.tuple([z.number(), z.number()])])),
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
  better: z.optional(z.enum(BETTER)),
  compare: z.optional(z.boolean()),
  values: z.record(z.string(), ValueSchema),
  source: z.optional(LinkSchema),
  note: z.optional(text()),
});

export const GroupSchema = z.object({
  id: slug(),
  label: nonEmpty(),
  collapseAfter: z.optional(z.int().check(z.gte(0, 'expected a whole number ≥ 0'))),
});

export const VerdictSchema = z.object({
  text: RichTextSchema,
  chooseIf: z.optional(z.record(z.string(), RichTextSchema)),
  winner: z.optional(z.string()),
  aiAssisted: z.optional(z.boolean()),
});

export const HighlightSchema = z.object({
  topic: nonEmpty(),
  values: z.record(z.string(), RichTextSchema),
  winner: z.optional(z.string()),
});

export const FaqSchema = z.object({ question: nonEmpty(), answer: RichTextSchema });

export const TrackSchema = z.object({
  triggers: z.array(z.object({ id: slug(), label: nonEmpty() })),
});

export const ComparisonSchema = z.object({
  version: z.literal(1),
  id: slug(),
  title: nonEmpty(),
  description: z.optional(text()),
  updated: z.optional(
    z.string().check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like "2026-06-01"'),
      z.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real date'),
    ),
  ),
  locale: z.optional(
    z.string().check(
      z.refine((s) => {
        try {
          return Intl.getCanonicalLocales(s).length === 1;
        } catch {
          return false;
        }
      }, 'expected a language tag like "en" or "pt-BR"'),
    ),
  ),
  items: z.array(ItemSchema).check(z.minLength(2, 'expected at least 2 items'), z.maxLength(8, 'expected at most 8 items')),
  shortAnswer: z.optional(RichTextSchema),
  verdict: z.optional(VerdictSchema),
  highlights: z.optional(z.array(HighlightSchema)),
  attributes: z.optional(z.array(AttributeSchema)),
  groups: z.optional(z.array(GroupSchema)),
  pros: z.optional(z.record(z.string(), z.array(RichTextSchema))),
  cons: z.optional(z.record(z.string(), z.array(RichTextSchema))),
  faq: z.optional(z.array(FaqSchema)),
  resources: z.optional(z.array(LinkSchema)),
  related: z.optional(z.array(LinkSchema)),
  track: z.optional(TrackSchema),
  sourcesNote: z.optional(text()),
});

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
