import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-track.js';
import type { CompareTrack } from '../src/components/compare-track/compare-track.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  endpoint?: string;
  theme: 'light' | 'dark' | 'auto';
}

/**
 * "Track this comparison": email, triggers (the comparison's `track.triggers`,
 * or price change / new spec / verdict update), the consent line and a submit
 * button. Fires `compare-subscribe`; POSTs it to `endpoint` when set.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-track',
  component: 'compare-track',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    endpoint: { control: 'text' },
    src: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, endpoint, theme }) =>
    html`<compare-track .data=${data} src=${src ?? ''} endpoint=${endpoint ?? ''} theme=${theme}></compare-track>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Fills the email field and submits, as a reader would. */
async function submit(canvas: HTMLElement, email: string) {
  const el = canvas.querySelector<CompareTrack>('compare-track')!;
  await customElements.whenDefined('compare-track');
  for (let i = 0; i < 100 && el.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  el.querySelector<HTMLInputElement>('input[slot="email"]')!.value = email;
  el.shadowRoot!.querySelector('form')!.requestSubmit();
  return el;
}

/** The reference page's block: the three default triggers. */
export const PythonVsRust: Story = { args: { data: pythonVsRust } };

/** Three items, with the comparison's own triggers. */
export const ThreeItems: Story = { args: { data: threeDatabases } };

/** No `track` in the data: the three default triggers (the element is never empty). */
const { track: _track, ...withoutTrack } = threeDatabases;
export const DefaultTriggers: Story = { args: { data: withoutTrack } };

/** The dark theme. */
export const Dark: Story = {
  args: { data: pythonVsRust, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0e0f12;padding:1rem">${story()}</div>`],
};

/** An email the element does not accept: the message sits under the field, which gets the focus. */
export const InvalidEmail: Story = {
  args: { data: pythonVsRust },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, 'reader@example');
  },
};

/** Without `endpoint`: the event fires and the confirmation shows at once. */
export const Subscribed: Story = {
  args: { data: pythonVsRust },
  play: async ({ canvasElement }) => {
    canvasElement.addEventListener('compare-subscribe', (e) => console.info('compare-subscribe', (e as CustomEvent).detail));
    await submit(canvasElement, 'reader@example.com');
  },
};

/** The POST fails (nothing listens on port 9): the failure with "Try again", the form as typed. */
export const Failed: Story = {
  args: { data: threeDatabases, endpoint: 'http://127.0.0.1:9/' },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, 'reader@example.com');
  },
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };

/** While `src` loads: the placeholder keeps the space (this URL never answers in time). */
export const Loading: Story = {
  render: () => html`<compare-track timeout="600000"></compare-track>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('compare-track')!;
    el.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };
