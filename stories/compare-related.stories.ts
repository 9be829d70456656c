import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-related.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  theme: 'light' | 'dark' | 'auto';
  width?: string;
}

/**
 * "Related Comparisons" and "Related Articles": cards with the category beside
 * the title and the description under it; side by side when the element is
 * wide, stacked when narrow.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-related',
  component: 'compare-related',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    src: { control: 'text' },
    width: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, theme, width }) =>
    html`<div style="max-width:${width ?? 'none'}"><compare-related .data=${data} src=${src ?? ''} theme=${theme}></compare-related></div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page: twelve related comparisons, five articles. */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items: two comparisons (one `../` URL), one article. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

/** The element in a 320px column: the cards stack. */
export const Narrow: Story = { args: { data: pythonVsRust, width: '320px' } };

/** Long and hostile text, an external and an affiliate link. */
export const LongAndHostileText: Story = {
  args: {
    data: {
      ...threeDatabases,
      related: [
        { title: '<img src=x onerror="alert(1)"> vs <b>bold</b>', url: '/compare/x', kind: 'comparison', category: '<i>software</i>' },
        { title: 'Averyveryverylongcomparisontitlewithoutanyspaces', url: '/compare/y', kind: 'comparison', category: 'a rather long category' },
        { title: 'An external article', url: 'https://blog.example/post', kind: 'article', description: 'Opens in a new tab.' },
        { title: 'A sponsored guide', url: 'https://shop.example/guide', kind: 'affiliate', description: 'rel="sponsored nofollow noopener"' },
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
  render: () => html`<compare-related timeout="600000"></compare-related>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('compare-related')!.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };

/** Valid data with no `related`: the element renders nothing and takes no space. */
export const Empty: Story = {
  args: { data: { ...threeDatabases, related: [] } },
  render: (args) => html`<p>Above</p>${meta.render!(args, {} as never)}<p>Below (no gap between these lines)</p>`,
};
