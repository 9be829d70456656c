import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-page.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  sections?: string;
  headingLevel: number;
  theme: 'light' | 'dark' | 'auto';
}

/** The whole comparison: every section from one data load, in the reference page's order. */
const meta: Meta<Args> = {
  title: 'Elements/compare-page',
  component: 'compare-page',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    sections: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { theme: 'light', headingLevel: 2 },
  render: ({ data, sections, headingLevel, theme }) =>
    html`<compare-page .data=${data} sections=${sections ?? ''} heading-level=${headingLevel} theme=${theme}></compare-page>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page, whole. */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

/** `sections` picks and orders the sections. */
export const SomeSections: Story = { args: { data: pythonVsRust, sections: 'verdict facts proscons' } };

/** The dark theme on a dark page. */
export const Dark: Story = {
  args: { data: pythonVsRust, theme: 'dark', sections: 'header verdict highlights chart' },
  decorators: [(story) => html`<div style="background:#0e0f12;padding:1rem">${story()}</div>`],
};

/** In Arabic: right to left, Arabic interface words. */
export const Arabic: Story = {
  args: { data: threeDatabases, sections: 'header facts chart proscons' },
  decorators: [(story) => html`<div lang="ar">${story()}</div>`],
};

/** While the data loads: one placeholder of the page's size. */
export const Loading: Story = { render: () => html`<compare-page src="/__never__/page.json" timeout="600000"></compare-page>` };

/** Invalid data: one error block for the whole page. */
export const InvalidData: Story = { args: { data: invalid } };
