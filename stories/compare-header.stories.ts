import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-header.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  headingLevel?: number;
  theme: 'light' | 'dark' | 'auto';
}

/**
 * The top of a comparison: title and description, the items side by side
 * (name linked to the item's site, logo, summary, "Best for"), the short
 * answer under them and "Last updated" in the document's language.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-header',
  component: 'compare-header',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    src: { control: 'text' },
  },
  args: { theme: 'light', headingLevel: 2 },
  render: ({ data, src, headingLevel, theme }) =>
    html`<compare-header .data=${data} src=${src ?? ''} heading-level=${headingLevel ?? 2} theme=${theme}></compare-header>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page's header: two items, the short answer, "Last updated Jun 2026". */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items with logos (the fixture's image URLs do not exist here: their alt text shows) and rich text. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

/** Eight items: the cards wrap into rows. */
export const EightItems: Story = {
  args: {
    data: {
      ...threeDatabases,
      items: ['PostgreSQL', 'MySQL', 'SQLite', 'MariaDB', 'Oracle Database', 'SQL Server', 'CockroachDB', 'DuckDB'].map((name, i) => ({
        id: `db-${i}`,
        name,
        summary: 'A relational database.',
        audience: 'Teams that need SQL',
      })),
      verdict: undefined,
      highlights: undefined,
      attributes: undefined,
      groups: undefined,
      pros: undefined,
      cons: undefined,
    },
  },
};

/** A narrow column (360 px): the cards stack. */
export const Narrow: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div style="max-width:360px">${story()}</div>`],
};

/** Inside `lang="de"`: the month is German ("Juni 2026"). */
export const German: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};

/** Only what the format requires: title and item names. */
export const Minimal: Story = {
  args: { data: { version: 1, id: 'tea-vs-coffee', title: 'Tea vs Coffee', items: [{ id: 'tea', name: 'Tea' }, { id: 'coffee', name: 'Coffee' }] } },
};

/** Text that looks like HTML is shown as text. */
export const HostileText: Story = {
  args: {
    data: {
      ...pythonVsRust,
      title: '<img src=x onerror=alert(1)> vs <b>bold</b>',
      items: [{ ...pythonVsRust.items[0], name: '<img src=x onerror=alert(1)>' }, pythonVsRust.items[1]],
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
  render: () => html`<compare-header timeout="600000"></compare-header>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('compare-header')!;
    el.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };
