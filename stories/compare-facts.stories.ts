import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-facts.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  baseline?: string;
  theme: 'light' | 'dark' | 'auto';
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
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    baseline: { control: 'text' },
    src: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, baseline, theme }) =>
    html`<compare-facts .data=${data} src=${src ?? ''} baseline=${baseline ?? ''} theme=${theme}></compare-facts>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page's key facts: two items, so a Diff column. */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items: no Diff column until a baseline is chosen. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

/** Three items diffed against SQLite. */
export const ThreeItemsWithBaseline: Story = { args: { data: threeDatabases, baseline: 'sqlite' } };

/** The dark theme. */
export const Dark: Story = {
  args: { data: pythonVsRust, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0e0f12;padding:1rem">${story()}</div>`],
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };

/** While `src` loads: the placeholder keeps the space (this URL never answers in time). */
export const Loading: Story = {
  render: () => html`<compare-facts timeout="600000"></compare-facts>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('compare-facts')!;
    // Keep the element in its loading state: a request that never settles.
    el.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };

/** Valid data with no `key` attribute: the element renders nothing and takes no space. */
export const Empty: Story = {
  args: { data: { ...threeDatabases, attributes: [] } },
  render: (args) => html`<p>Above</p>${meta.render!(args, {} as never)}<p>Below (no gap between these lines)</p>`,
};
