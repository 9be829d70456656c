import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-table.js';
import { germanLaptops, pythonVsRust, threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  onlyDifferences?: boolean;
  theme: Theme;
}

/**
 * "Full Comparison": every attribute of a comparison as one table, grouped in
 * the order of `groups`, each group collapsed after `collapseAfter` rows behind
 * "Show N more attributes", with a "Show only differences" toggle. The header
 * row and the label column stay in view while the table scrolls in its box.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-table',
  component: 'compare-table',
  argTypes: {
    ...baseArgTypes,
    onlyDifferences: { control: 'boolean' },
  },
  args: { theme: 'light', onlyDifferences: false },
  render: ({ data, src, onlyDifferences, theme }) =>
    html`<compare-table .data=${data} src=${src ?? ''} ?only-differences=${onlyDifferences} theme=${theme}></compare-table>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-table', render: meta.render!, empty: { ...threeDatabases, attributes: [] } });
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

/** "Show only differences" on from the start: rows whose values are all the same are hidden. */
export const OnlyDifferences: Story = {
  args: {
    onlyDifferences: true,
    data: {
      version: 1,
      id: 'tea-vs-coffee',
      title: 'Tea vs Coffee',
      items: [
        { id: 'tea', name: 'Tea' },
        { id: 'coffee', name: 'Coffee' },
      ],
      groups: [
        { id: 'basics', label: 'Basics', collapseAfter: 1 },
        { id: 'serving', label: 'Serving' },
      ],
      attributes: [
        { id: 'caffeine', label: 'Caffeine per cup', unit: 'mg', group: 'basics', better: 'higher', values: { tea: '47 mg', coffee: '95 mg' } },
        { id: 'hot', label: 'Served hot', group: 'basics', values: { tea: 'Yes', coffee: 'yes' } },
        { id: 'origin', label: 'Origin', group: 'basics', values: { tea: 'China' } },
        { id: 'price', label: 'Price per cup', group: 'basics', better: 'lower', values: { tea: '$0.20', coffee: '$0.50' } },
        { id: 'cup', label: 'Cup', group: 'serving', values: { tea: 'Mug', coffee: 'Mug' } },
        { id: 'sweet', label: 'Sugar', group: 'serving', values: { tea: 'Optional', coffee: 'Optional' } },
      ],
    },
  },
};

/** Eight items in a 320px-wide box: the table scrolls sideways, the label column stays. */
export const NarrowEightItems: Story = {
  args: {
    data: {
      version: 1,
      id: 'eight-products',
      title: 'Eight products',
      items: Array.from({ length: 8 }, (_, i) => ({ id: `item-${i}`, name: `Product ${i + 1}` })),
      groups: threeDatabases.groups,
      attributes: threeDatabases.attributes.map((a) => ({
        ...a,
        values: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`item-${i}`, Object.values(a.values)[i % 3] ?? null])),
      })),
    },
  },
  decorators: [(story) => html`<div style="inline-size:320px;border:1px dashed #999">${story()}</div>`],
};

/** A height limit (`--compare-table-max-height: 24rem`): the table scrolls inside it with the header row kept in view. */
export const MaxHeight: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div style="--compare-table-max-height:24rem">${story()}</div>`],
};

/** 1,000 attributes × 3 items in one group collapsed after 10: "Show 990 more attributes". */
export const ThousandRows: Story = {
  args: {
    data: {
      version: 1,
      id: 'big',
      title: 'Big',
      items: [
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Beta' },
        { id: 'c', name: 'Gamma' },
      ],
      groups: [{ id: 'all', label: 'Everything', collapseAfter: 10 }],
      attributes: Array.from({ length: 1000 }, (_, i) => ({
        id: `attr-${i}`,
        label: `Attribute ${i + 1}`,
        group: 'all',
        better: 'lower',
        values: { a: `${i} ms`, b: `${i + 1} ms`, c: i % 7 ? `${i + 2} ms` : null },
      })),
    },
  },
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };
/**
 * A German comparison on an English page: English headings and "best", German
 * numbers, its text marked German for screen readers; its values read the German
 * way ("1,3 kg", "14 Stunden", "1,2 Mio.", "2,99 €/Monat").
 */
export const GermanComparisonOnEnglishPage: Story = {
  args: { data: germanLaptops },
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
};
