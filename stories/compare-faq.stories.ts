import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-faq.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  theme: 'light' | 'dark' | 'auto';
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
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    src: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { theme: 'light' },
  render: ({ data, src, theme, headingLevel }) =>
    html`<compare-faq .data=${data} src=${src ?? ''} theme=${theme} heading-level=${headingLevel ?? 2}></compare-faq>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page's question (two items). */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items; answers with bold, italic and links. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

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

/** The dark theme, questions open. */
export const Dark: Story = {
  args: { data: threeDatabases, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0e0f12;padding:1rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('compare-faq')!;
    await new Promise((r) => el.addEventListener('compare-load', r, { once: true }));
    await el.updateComplete;
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  },
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };

/** While `src` loads: the placeholder keeps the space (this URL never answers in time). */
export const Loading: Story = {
  render: () => html`<compare-faq timeout="600000"></compare-faq>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('compare-faq')!.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };

/** Valid data with no `faq`: the element renders nothing and takes no space. */
export const Empty: Story = {
  args: { data: { ...threeDatabases, faq: [] } },
  render: (args) => html`<p>Above</p>${meta.render!(args, {} as never)}<p>Below (no gap between these lines)</p>`,
};
