import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-chart.js';
import { pythonVsRust, russianInWords, threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  scale: 'auto' | 'linear' | 'log';
  theme: Theme;
}

/**
 * "Visual Comparison": a bar per item for every attribute whose values are
 * comparable quantities, the values as written, the better direction and the
 * winner; rows with a ratio above 20 in logarithmic scale (`scale` overrides).
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-chart',
  component: 'compare-chart',
  argTypes: {
    ...baseArgTypes,
    scale: { control: 'inline-radio', options: ['auto', 'linear', 'log'] },
  },
  args: { theme: 'light', scale: 'auto' },
  render: ({ data, src, scale, theme }) =>
    html`<compare-chart .data=${data} src=${src ?? ''} scale=${scale} theme=${theme}></compare-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-chart', render: meta.render!, empty: { ...threeDatabases, attributes: [] } });
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

/** Every row on a linear scale: the Fibonacci bar of Rust becomes a sliver. */
export const LinearScale: Story = { args: { data: pythonVsRust, scale: 'linear' } };

/** Every row in log scale where it can be (a row with a zero stays linear). */
export const LogScale: Story = { args: { data: pythonVsRust, scale: 'log' } };

/** Eight items without colours: the theme's eight series colours. */
export const EightItems: Story = {
  args: {
    data: {
      version: 1,
      id: 'eight-runtimes',
      title: 'Eight runtimes',
      items: ['Node.js', 'Deno', 'Bun', 'Python', 'Go', 'Rust', 'Java', 'C#'].map((name, i) => ({ id: `r${i}`, name })),
      attributes: [
        {
          id: 'throughput',
          label: 'HTTP throughput',
          better: 'higher',
          values: { r0: '52,000 req/s', r1: '68,000 req/s', r2: '110,000 req/s', r3: '9,000 req/s', r4: '95,000 req/s', r5: '120,000 req/s', r6: '80,000 req/s', r7: '85,000 req/s' },
        },
        {
          id: 'cold-start',
          label: 'Cold start',
          better: 'lower',
          values: { r0: '40 ms', r1: '35 ms', r2: '10 ms', r3: '25 ms', r4: '2 ms', r5: '1 ms', r6: '0.5-1.5 s', r7: '120 ms' },
        },
      ],
    },
  },
};

/** "Unlimited" and "Free": a bar to the end of the axis that fades out, and a price of nothing (the cheapest). */
export const UnlimitedAndFree: Story = {
  args: {
    data: {
      version: 1,
      id: 'storage-plans',
      title: 'Storage plans',
      items: ['Basic', 'Plus', 'Pro', 'Team'].map((name, i) => ({ id: `p${i}`, name })),
      attributes: [
        { id: 'devices', label: 'Devices', better: 'higher', values: { p0: '1 device', p1: 'up to 3 devices', p2: 'Unlimited', p3: '∞' } },
        { id: 'price', label: 'Price', better: 'lower', values: { p0: 'Free', p1: '$4.99/mo', p2: '$9.99/mo', p3: '$99/yr' } },
      ],
    },
  },
};

/** Right-to-left page: the bars grow from the right. */
export const RightToLeft: Story = {
  args: { data: threeDatabases },
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };

/** Very narrow (a phone with text at 200 %, here a 15rem box): name, value and bar each on a line of their own; amounts stay whole. */
export const VeryNarrow: Story = {
  args: { data: threeDatabases },
  decorators: [(story) => html`<div style="max-inline-size: 15rem">${story()}</div>`],
};

/**
 * A Russian comparison whose values are written out in words: times ("в 10–100 раз"), dollars a year ("долларов в год"),
 * per second ("запросов в секунду"), thousands ("2 тысячи"). Each row charts, as the same values written "10-100x",
 * "$138,000/yr" and "25,000 req/s" would.
 */
export const RussianValuesInWords: Story = { args: { data: russianInWords } };

/**
 * A log scale whose first decade lies near the axis' start (0.0001 W to 1,200 W), in a phone-wide box: the decade
 * labels stay inside the axis, each centred on its grid line unless that would take it past an end.
 */
export const DecadesNearTheEdges: Story = {
  args: {
    data: {
      version: 1,
      id: 'standby-power',
      title: 'Standby power',
      items: [
        { id: 'alpha', name: 'Alpha' },
        { id: 'beta', name: 'Beta' },
        { id: 'gamma', name: 'Gamma' },
        { id: 'delta', name: 'Delta' },
        { id: 'epsilon', name: 'Epsilon' },
      ],
      attributes: [
        { id: 'standby', label: 'Standby power', unit: 'W', better: 'lower', values: { alpha: 0.0001, beta: 0.5, gamma: 1200, delta: 0.02, epsilon: 3 } },
      ],
    },
  },
  decorators: [(story) => html`<div style="max-inline-size: 20rem">${story()}</div>`],
};
