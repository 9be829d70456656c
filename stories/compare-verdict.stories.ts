import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-verdict.js';
import { pythonVsRust, threeDatabases } from './data.js';
import { baseArgTypes, variants, type Theme } from './variants.js';

interface Args {
  data?: unknown;
  src?: string;
  voteEndpoint?: string;
  theme: Theme;
}

/** The document under a story's own comparison id, so a vote in one story does not answer another. */
const as = (doc: object, id: string) => ({ ...doc, id });

/** Every story starts with the question unanswered (votes are remembered per id in localStorage). */
const forgetVotes: Decorator = (story) => {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith('compare-kit:vote:story-')) localStorage.removeItem(key);
    }
  } catch {
    // storage unavailable: the element keeps votes in memory
  }
  return story();
};

/**
 * "Our Verdict": the verdict text, the "AI-assisted" label, the overall pick,
 * "Choose X if" boxes, and "Was this verdict helpful?" — a cancelable
 * `compare-vote` event, POSTed as JSON to `vote-endpoint` when set.
 */
const meta: Meta<Args> = {
  title: 'Elements/compare-verdict',
  component: 'compare-verdict',
  decorators: [forgetVotes],
  argTypes: {
    ...baseArgTypes,
    voteEndpoint: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, voteEndpoint, theme }) =>
    html`<compare-verdict .data=${data} src=${src ?? ''} vote-endpoint=${voteEndpoint ?? ''} theme=${theme}></compare-verdict>`,
};
export default meta;
type Story = StoryObj<Args>;

const { verdict: _verdict, ...withoutVerdict } = threeDatabases;

/** The states, themes, widths and languages every element has (stories/variants.ts). */
const v = variants<Args>({ tag: 'compare-verdict', render: meta.render!, empty: withoutVerdict, prepare: (doc, story) => as(doc, `story-${story}`) });
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

/** The vote endpoint answers 404: "Your vote could not be sent." and "Try again". */
export const VoteFails: Story = { args: { data: as(pythonVsRust, 'story-vote-fails'), voteEndpoint: '/missing/vote' } };

/** A listener cancels `compare-vote` (the host sends the vote itself): no POST, thanks at once. */
export const VoteHandledByHost: Story = {
  args: { data: as(pythonVsRust, 'story-vote-host'), voteEndpoint: '/__never-called__' },
  decorators: [
    (story) =>
      html`<div
        @compare-vote=${(e: CustomEvent) => {
          e.preventDefault();
          console.log('compare-vote handled by the host', e.detail);
        }}
      >
        ${story()}
      </div>`,
  ],
};

/** A reader who already voted (remembered in localStorage): the thanks and their answer instead of the buttons. */
export const AlreadyVoted: Story = {
  args: { data: as(pythonVsRust, 'story-already-voted') },
  decorators: [
    (story) => {
      try {
        localStorage.setItem('compare-kit:vote:story-already-voted', JSON.stringify({ helpful: true }));
      } catch {
        // storage unavailable
      }
      return story();
    },
  ],
};

/** Loaded from `src` over HTTP. */
export const FromSrc: Story = { args: { src: '/data/python-vs-rust.json' } };

