import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-proscons.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  headingLevel?: number;
  theme: 'light' | 'dark' | 'auto';
}

/**
 * "Pros & Cons": per item, a "Pros" list and a "Cons" list. Items sit side by
 * side when there is room and stack when not.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-proscons',
  component: 'compare-proscons',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    src: { control: 'text' },
  },
  args: { theme: 'light', headingLevel: 2 },
  render: ({ data, src, headingLevel, theme }) =>
    html`<compare-proscons .data=${data} src=${src ?? ''} heading-level=${headingLevel ?? 2} theme=${theme}></compare-proscons>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page's pros and cons. */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items, with bold, italic and a link in the entries. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

/** A narrow column (360 px): the items stack. */
export const Narrow: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};

/** Only some items have entries, and one has only cons: only those are shown. */
export const SomeItems: Story = {
  args: {
    data: {
      ...threeDatabases,
      pros: { sqlite: ['Zero configuration'] },
      cons: { mysql: ['Lax defaults in old versions'], sqlite: ['One writer at a time'] },
    },
  },
};

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
  render: () => html`<compare-proscons timeout="600000"></compare-proscons>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('compare-proscons')!;
    el.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };

/** Valid data with no pros and no cons: the element renders nothing and takes no space. */
export const Empty: Story = {
  args: { data: { ...threeDatabases, pros: undefined, cons: undefined } },
  render: (args) => html`<p>Above</p>${meta.render!(args, {} as never)}<p>Below (no gap between these lines)</p>`,
};
