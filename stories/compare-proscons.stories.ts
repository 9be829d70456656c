import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-proscons.js';
import { threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  headingLevel?: number;
  theme: Theme;
}

/**
 * "Pros & Cons": per item, a "Pros" list and a "Cons" list. Items sit side by
 * side when there is room and stack when not.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-proscons',
  component: 'compare-proscons',
  argTypes: {
    ...baseArgTypes,
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { theme: 'light', headingLevel: 2 },
  render: ({ data, src, headingLevel, theme }) =>
    html`<compare-proscons .data=${data} src=${src ?? ''} heading-level=${headingLevel ?? 2} theme=${theme}></compare-proscons>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-proscons', render: meta.render!, empty: { ...threeDatabases, pros: undefined, cons: undefined } });
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

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };