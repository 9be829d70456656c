import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-highlights.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  theme: 'light' | 'dark' | 'auto';
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
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    src: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, theme }) => html`<compare-highlights .data=${data} src=${src ?? ''} theme=${theme}></compare-highlights>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page's seven key differences. */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items; one topic has no winner. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

/** A narrow column (360 px): each topic is a card. */
export const Narrow: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};

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
  render: () => html`<compare-highlights timeout="600000"></compare-highlights>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('compare-highlights')!;
    el.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };

/** Valid data with no `highlights`: the element renders nothing and takes no space. */
export const Empty: Story = {
  args: { data: { ...threeDatabases, highlights: [] } },
  render: (args) => html`<p>Above</p>${meta.render!(args, {} as never)}<p>Below (no gap between these lines)</p>`,
};
