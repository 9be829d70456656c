import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-track.js';
import type { CompareTrack } from '../src/components/compare-track/compare-track.js';
import { pythonVsRust, threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  endpoint?: string;
  theme: Theme;
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
    ...baseArgTypes,
    endpoint: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, endpoint, theme }) =>
    html`<compare-track .data=${data} src=${src ?? ''} endpoint=${endpoint ?? ''} theme=${theme}></compare-track>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-track', render: meta.render! });
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

/** No `track` in the data: the three default triggers (the element is never empty). */
const { track: _track, ...withoutTrack } = threeDatabases;
export const DefaultTriggers: Story = { args: { data: withoutTrack } };

/** `"track": { "triggers": [] }`: the email form alone, no triggers to choose (the defaults are for no `track`). */
export const NoTriggers: Story = { args: { data: { ...threeDatabases, track: { ...threeDatabases.track, triggers: [] } } } };

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

/** The POST fails (the server cannot be reached): the failure with "Try again", the form as typed. */
export const Failed: Story = {
  args: { data: threeDatabases, endpoint: '/__offline__/subscribe' },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, 'reader@example.com');
  },
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };