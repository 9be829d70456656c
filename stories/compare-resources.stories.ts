import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-resources.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  theme: 'light' | 'dark' | 'auto';
  affiliateDisclosure?: string;
}

/**
 * "Resources & Learn More": links grouped by kind, and "Where to Buy" for
 * affiliate links (`rel="sponsored nofollow noopener"`) with the affiliate
 * disclosure. External links open in a new tab and say so.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-resources',
  component: 'compare-resources',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    src: { control: 'text' },
    affiliateDisclosure: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, theme, affiliateDisclosure }) =>
    html`<compare-resources
      .data=${data}
      src=${src ?? ''}
      theme=${theme}
      .affiliateDisclosure=${affiliateDisclosure}
    ></compare-resources>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page's resources: two books to buy, two Wikipedia articles. */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items: reference, article (with a description), affiliate and a `mailto:` link without kind. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

/** The page's own affiliate disclosure (`affiliate-disclosure` attribute). */
export const CustomDisclosure: Story = {
  args: { data: pythonVsRust, affiliateDisclosure: 'We may earn a small commission if you buy through these links. It never changes our verdict.' },
};

/** Every kind, categories, long and hostile text, in a 320px column. */
export const EveryKindNarrow: Story = {
  args: {
    data: {
      ...threeDatabases,
      resources: [
        { title: 'Official docs', url: 'https://example.com/docs', kind: 'reference', category: 'docs' },
        { title: '<img src=x onerror="alert(1)"> shown as text', url: '/articles/x', kind: 'article', description: '<b>not bold</b>' },
        { title: 'Conference talk', url: 'https://video.example/talk', kind: 'video', category: 'talks', description: '45 minutes' },
        { title: 'Postgres vs Oracle', url: '/compare/postgres-vs-oracle', kind: 'comparison' },
        { title: 'A-book-with-an-extremely-long-title-that-has-no-spaces-at-all', url: 'https://shop.example/b', kind: 'affiliate' },
      ],
    },
  },
  render: (args) => html`<div style="max-width:320px">${meta.render!(args, {} as never)}</div>`,
};

/** The dark theme. */
export const Dark: Story = {
  args: { data: threeDatabases, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0e0f12;padding:1rem">${story()}</div>`],
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };

/** While `src` loads: the placeholder keeps the space (this URL never answers in time). */
export const Loading: Story = {
  render: () => html`<compare-resources timeout="600000"></compare-resources>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('compare-resources')!.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A `javascript:` URL is a schema error, never a link. */
export const JavascriptUrl: Story = {
  args: { data: { ...threeDatabases, resources: [{ title: 'Click me', url: 'javascript:alert(1)', kind: 'affiliate' }] } },
};

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };

/** Valid data with no `resources`: the element renders nothing and takes no space. */
export const Empty: Story = {
  args: { data: { ...threeDatabases, resources: [] } },
  render: (args) => html`<p>Above</p>${meta.render!(args, {} as never)}<p>Below (no gap between these lines)</p>`,
};
