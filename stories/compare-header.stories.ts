import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-header.js';
import { pythonVsRust, threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  headingLevel?: number;
  theme: Theme;
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
    ...baseArgTypes,
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { theme: 'light', headingLevel: 2 },
  render: ({ data, src, headingLevel, theme }) =>
    html`<compare-header .data=${data} src=${src ?? ''} heading-level=${headingLevel ?? 2} theme=${theme}></compare-header>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-header', render: meta.render! });
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

/** Wide logos (wordmarks): the page gives their box a width, `--compare-header-image-width: 8rem`. */
export const WideLogos: Story = {
  args: { data: { ...threeDatabases, items: threeDatabases.items.map((item: any) => ({ ...item, image: { src: './img/wordmark.svg', alt: `${item.name} logo` } })) } },
  decorators: [(story) => html`<div style="--compare-header-image-width: 8rem">${story()}</div>`],
};

/** A phone with text at 200 % (here `--compare-font-size: 2rem`): each card's logo goes over its name, whose words stay whole. */
export const ZoomedOnAPhone: Story = {
  args: { data: threeDatabases },
  decorators: [(story) => html`<div style="inline-size: 320px; --compare-font-size: 2rem">${story()}</div>`],
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

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };