import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-chart.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  scale: 'auto' | 'linear' | 'log';
  theme: 'light' | 'dark' | 'auto';
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
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    scale: { control: 'inline-radio', options: ['auto', 'linear', 'log'] },
    src: { control: 'text' },
  },
  args: { theme: 'light', scale: 'auto' },
  render: ({ data, src, scale, theme }) =>
    html`<compare-chart .data=${data} src=${src ?? ''} scale=${scale} theme=${theme}></compare-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page: nine comparable rows, Fibonacci 30 in log scale (4.8 s against 0.048 s). */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items: a missing value, explicit values, two log rows. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

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

/** Right-to-left page: the bars grow from the right. */
export const RightToLeft: Story = {
  args: { data: threeDatabases },
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};

/** The dark theme. */
export const Dark: Story = {
  args: { data: pythonVsRust, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0e0f12;padding:1rem">${story()}</div>`],
};

/** Narrow column (320 px): names and values above the bars. */
export const Narrow: Story = {
  args: { data: threeDatabases },
  render: (args) => html`<div style="inline-size:320px">${meta.render!(args, {} as never)}</div>`,
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };

/** While `src` loads: the placeholder keeps the space (this URL never answers in time). */
export const Loading: Story = {
  render: () => html`<compare-chart timeout="600000"></compare-chart>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('compare-chart')!;
    el.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };

/** Valid data with no chartable attribute: the element renders nothing and takes no space. */
export const Empty: Story = {
  args: { data: { ...threeDatabases, attributes: [] } },
  render: (args) => html`<p>Above</p>${meta.render!(args, {} as never)}<p>Below (no gap between these lines)</p>`,
};
