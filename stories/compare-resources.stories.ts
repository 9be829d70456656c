import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-resources.js';
import { pythonVsRust, threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  theme: Theme;
  affiliateDisclosure?: string;
}

/**
 * "Resources & Learn More": links grouped by kind, and "Where to Buy" for
 * affiliate links (`rel="sponsored nofollow noopener"`) with the affiliate
 * disclosure. External links open in a new tab and say so.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-resources',
  component: 'compare-resources',
  argTypes: {
    ...baseArgTypes,
    affiliateDisclosure: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, theme, affiliateDisclosure }) =>
    html`<compare-resources
      .data=${data}
      src=${src ?? ''}
      theme=${theme}
      .affiliateDisclosure=${affiliateDisclosure}
    ></compare-resources>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-resources', render: meta.render!, empty: { ...threeDatabases, resources: [] } });
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

/** The page's own affiliate disclosure (`affiliate-disclosure` attribute). */
export const CustomDisclosure: Story = {
  args: { data: pythonVsRust, affiliateDisclosure: 'We may earn a small commission if you buy through these links. It never changes our verdict.' },
};

/** Every kind, categories, long and hostile text, in a 320px column. */
export const EveryKindNarrow: Story = {
  args: {
    data: {
      ...threeDatabases,
      resources: [
        { title: 'Official docs', url: 'https://example.com/docs', kind: 'reference', category: 'docs' },
        { title: '<img src=x onerror="alert(1)"> shown as text', url: '/articles/x', kind: 'article', description: '<b>not bold</b>' },
        { title: 'Conference talk', url: 'https://video.example/talk', kind: 'video', category: 'talks', description: '45 minutes' },
        { title: 'Postgres vs Oracle', url: '/compare/postgres-vs-oracle', kind: 'comparison' },
        { title: 'A-book-with-an-extremely-long-title-that-has-no-spaces-at-all', url: 'https://shop.example/b', kind: 'affiliate' },
      ],
    },
  },
  render: (args) => html`<div style="max-width:320px">${meta.render!(args, {} as never)}</div>`,
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };

/** A `javascript:` URL is a schema error, never a link. */
export const JavascriptUrl: Story = {
  args: { data: { ...threeDatabases, resources: [{ title: 'Click me', url: 'javascript:alert(1)', kind: 'affiliate' }] } },
};