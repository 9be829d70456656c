import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-faq.js';
import { threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  theme: Theme;
  headingLevel?: number;
}

/**
 * "Frequently Asked Questions": each question a native `<details>`
 * disclosure with a RichText answer. A link to `#faq-<slug of the question>`
 * opens that question (the element reads the URL fragment itself).
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-faq',
  component: 'compare-faq',
  argTypes: {
    ...baseArgTypes,
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { theme: 'light' },
  render: ({ data, src, theme, headingLevel }) =>
    html`<compare-faq .data=${data} src=${src ?? ''} theme=${theme} heading-level=${headingLevel ?? 2}></compare-faq>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-faq', render: meta.render!, empty: { ...threeDatabases, faq: [] } });
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

/** A link that opens the second question: click it (the element handles `#faq-…` and `hashchange`). */
export const LinkToAQuestion: Story = {
  args: { data: threeDatabases },
  render: (args) =>
    html`<p><a href="#faq-is-mysql-still-open-source">Is MySQL still open source? (link to the question)</a></p>
      ${meta.render!(args, {} as never)}`,
};

/** Long questions and hostile text (shown literally), in a 320px column. */
export const LongAndHostileText: Story = {
  args: {
    data: {
      ...threeDatabases,
      faq: [
        { question: '<img src=x onerror="alert(1)"> is shown as text, right?', answer: 'Yes: **text** is never HTML. <script>alert(1)</script>' },
        {
          question: 'What happens with a very long question that goes on and on about compilation times, memory use, ecosystems and hiring?',
          answer: 'It wraps. '.repeat(30),
        },
      ],
    },
  },
  render: (args) => html`<div style="max-width:320px">${meta.render!(args, {} as never)}</div>`,
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };