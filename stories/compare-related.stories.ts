import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-related.js';
import { threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  theme: Theme;
  width?: string;
}

/**
 * "Related Comparisons" and "Related Articles": cards with the category beside
 * the title and the description under it; side by side when the element is
 * wide, stacked when narrow.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-related',
  component: 'compare-related',
  argTypes: {
    ...baseArgTypes,
    width: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, theme, width }) =>
    html`<div style="max-width:${width ?? 'none'}"><compare-related .data=${data} src=${src ?? ''} theme=${theme}></compare-related></div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-related', render: meta.render!, empty: { ...threeDatabases, related: [] } });
export const TwoItems: Story = v.TwoItems;
export const ThreeItems: Story = v.ThreeItems;
export const Dark: Story = v.Dark;
export const DarkOnLightPage: Story = v.DarkOnLightPage;
export const HostOnDarkPage: Story = v.HostOnDarkPage;
export const HostOnLightPage: Story = v.HostOnLightPage;
export const LongText: Story = v.LongText;
export const Narrow: Story = v.Narrow;
export const Arabic: Story = v.Arabic;
export const Loading: Story = v.Loading;
export const InvalidData: Story = v.InvalidData;
export const HttpError: Story = v.HttpError;
export const Empty: Story = v.Empty!;

/** Long and hostile text, an external and an affiliate link. */
export const LongAndHostileText: Story = {
  args: {
    data: {
      ...threeDatabases,
      related: [
        { title: '<img src=x onerror="alert(1)"> vs <b>bold</b>', url: '/compare/x', kind: 'comparison', category: '<i>software</i>' },
        { title: 'Averyveryverylongcomparisontitlewithoutanyspaces', url: '/compare/y', kind: 'comparison', category: 'a rather long category' },
        { title: 'An external article', url: 'https://blog.example/post', kind: 'article', description: 'Opens in a new tab.' },
        { title: 'A sponsored guide', url: 'https://shop.example/guide', kind: 'affiliate', description: 'rel="sponsored nofollow noopener"' },
      ],
    },
  },
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };
/** An affiliate link among the articles: its group opens with the disclosure. */
export const WithAffiliateLink: Story = {
  args: {
    data: {
      ...threeDatabases,
      related: [
        ...(threeDatabases.related ?? []),
        { title: 'Managed PostgreSQL, 30 days free', url: 'https://shop.example/postgres', kind: 'affiliate', description: 'A hosting offer we are paid for.' },
      ],
    },
  },
};
