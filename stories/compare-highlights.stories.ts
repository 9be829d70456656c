import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-highlights.js';
import { threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  theme: Theme;
}

/**
 * "Key Differences": one claim per item per topic, the winner marked with a
 * star and "best". A table when there is room; on a narrow element each row
 * becomes a card (the table semantics stay).
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-highlights',
  component: 'compare-highlights',
  argTypes: {
    ...baseArgTypes,
  },
  args: { theme: 'light' },
  render: ({ data, src, theme }) => html`<compare-highlights .data=${data} src=${src ?? ''} theme=${theme}></compare-highlights>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-highlights', render: meta.render!, empty: { ...threeDatabases, highlights: [] } });
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

const eight = ['PostgreSQL', 'MySQL', 'SQLite', 'MariaDB', 'Oracle Database', 'SQL Server', 'CockroachDB', 'DuckDB'].map((name, i) => ({ id: `db-${i}`, name }));

/** Eight items, and an item with no claim for a topic (— not available). */
export const EightItems: Story = {
  args: {
    data: {
      version: 1,
      id: 'eight-databases',
      title: 'Eight databases',
      items: eight,
      highlights: [
        { topic: 'Deployment', values: Object.fromEntries(eight.map((it, i) => [it.id, i === 2 ? 'Embedded, *no server*' : 'Server process'])), winner: 'db-2' },
        { topic: 'Licence', values: { 'db-0': 'PostgreSQL licence', 'db-1': 'GPLv2 or commercial', 'db-2': 'Public domain' } },
      ],
    },
  },
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };