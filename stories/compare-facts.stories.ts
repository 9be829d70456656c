import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-facts.js';
import { germanLaptops, russianInWords, threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  baseline?: string;
  theme: Theme;
}

/**
 * "Key Facts & Figures": the `key` attributes of a comparison as a table, the
 * best value of each row marked, and a Diff column (two items, or against
 * `baseline`).
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-facts',
  component: 'compare-facts',
  argTypes: {
    ...baseArgTypes,
    baseline: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, baseline, theme }) =>
    html`<compare-facts .data=${data} src=${src ?? ''} baseline=${baseline ?? ''} theme=${theme}></compare-facts>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-facts', render: meta.render!, empty: { ...threeDatabases, attributes: [] } });
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

/** Three items diffed against SQLite. */
export const ThreeItemsWithBaseline: Story = { args: { data: threeDatabases, baseline: 'sqlite' } };

/** Six items against a baseline: "Diff vs ‹baseline›" once over a column per item; words stay whole, the table scrolls. */
export const SixItemsWithBaseline: Story = {
  args: {
    baseline: 'p5',
    data: {
      version: 1,
      id: 'six-plans',
      title: 'Six cloud storage plans',
      items: ['Google One 2 TB', 'Dropbox Plus', 'iCloud+ 2 TB', 'Microsoft 365 Personal', 'pCloud Lifetime', 'Proton Drive Plus'].map((name, i) => ({ id: `p${i}`, name })),
      attributes: [
        { id: 'storage', label: 'Storage', key: true, better: 'higher', values: { p0: '2 TB', p1: '2,000 GB', p2: '2 TB', p3: '1 TB', p4: '2 TB', p5: '200 GB' } },
        { id: 'price', label: 'Price per month', key: true, better: 'lower', values: { p0: '$9.99/mo', p1: '$11.99/month', p2: '$9.99/mo', p3: '$6.99 per month', p4: '$399 once', p5: '$4.99/mo' } },
        { id: 'devices', label: 'Devices', key: true, better: 'higher', values: { p0: 'Unlimited', p1: 'up to 3 devices', p2: 'Unlimited', p3: '5 devices', p4: 'up to 5', p5: 'Unlimited' } },
      ],
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

/** A Russian comparison whose values are written out in words ("в 10–100 раз", "долларов в год"): each row has its "best" and its Diff. */
export const RussianValuesInWords: Story = { args: { data: russianInWords } };
