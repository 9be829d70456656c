import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-page.js';
import { pythonVsRust } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  sections?: string;
  headingLevel: number;
  theme: Theme;
}

/** The whole comparison: every section from one data load, in the reference page's order. */
const meta: Meta<Args> = {
  title: 'Elements/compare-page',
  component: 'compare-page',
  argTypes: {
    ...baseArgTypes,
    sections: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { theme: 'light', headingLevel: 2 },
  render: ({ data, src, sections, headingLevel, theme }) =>
    html`<compare-page .data=${data} src=${src ?? ''} sections=${sections ?? ''} heading-level=${headingLevel} theme=${theme}></compare-page>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-page', render: meta.render! });
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

/** A Polish page: the interface in Polish, with its plural forms ("Pokaż jeszcze 15 cech"). */
export const Polish: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div lang="pl">${story()}</div>`],
};

/** A Chinese page: the interface in Simplified Chinese, with full-width punctuation. */
export const Chinese: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div lang="zh-CN">${story()}</div>`],
};

/** A Taiwanese page: the interface in Traditional Chinese, in Taiwan's words ("關鍵資料一覽", "最後更新"). */
export const TraditionalChinese: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div lang="zh-TW">${story()}</div>`],
};

/** A Hebrew page: the interface in Hebrew, right to left; the English names and data keep their own direction. */
export const Hebrew: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div lang="he">${story()}</div>`],
};

/** A Finnish page: long compound words in headings, buttons and the track form ("Näytä 15 ominaisuutta lisää"). */
export const Finnish: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div lang="fi">${story()}</div>`],
};

/** A Czech page: three plural forms ("Zobrazit 2 další parametry", "Zobrazit 15 dalších parametrů"). */
export const Czech: Story = {
  args: { data: pythonVsRust },
  decorators: [(story) => html`<div lang="cs">${story()}</div>`],
};

/** `sections` picks and orders the sections. */
export const SomeSections: Story = { args: { data: pythonVsRust, sections: 'verdict facts proscons' } };

/** Sections that all have nothing for this data (no FAQ, no related links): the page is empty and takes no space. */
export const EmptySections: Story = {
  args: { data: { ...pythonVsRust, faq: undefined, related: undefined }, sections: 'faq related' },
  render: (a, context) => html`<p>Above</p>${meta.render!(a, context)}<p>Below (no gap between these lines)</p>`,
  parameters: { docs: { description: { story: '`sections="faq related"` and data with neither: `state="empty"`, no space.' } } },
};
