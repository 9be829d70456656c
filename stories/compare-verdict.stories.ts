import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/compare-verdict.js';
import { invalid, pythonVsRust, threeDatabases } from './data.js';

interface Args {
  data?: unknown;
  src?: string;
  voteEndpoint?: string;
  theme: 'light' | 'dark' | 'auto';
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
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    voteEndpoint: { control: 'text' },
    src: { control: 'text' },
  },
  args: { theme: 'light' },
  render: ({ data, src, voteEndpoint, theme }) =>
    html`<compare-verdict .data=${data} src=${src ?? ''} vote-endpoint=${voteEndpoint ?? ''} theme=${theme}></compare-verdict>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The reference page's verdict: two items, AI-assisted, no overall pick. Voting shows thanks at once (no endpoint). */
export const PythonVsRust: Story = { args: { data: as(pythonVsRust, 'story-python-vs-rust') } };

/** Three items, an overall pick, rich text (a link, bold, italics). */
export const ThreeItems: Story = { args: { data: as(threeDatabases, 'story-three') } };

/** The dark theme. */
export const Dark: Story = {
  args: { data: as(threeDatabases, 'story-dark'), theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background:#0e0f12;padding:1rem">${story()}</div>`],
};

/** 320 px wide: the boxes stack, the vote wraps. */
export const Narrow: Story = {
  args: { data: as(threeDatabases, 'story-narrow') },
  decorators: [(story) => html`<div style="inline-size:320px;outline:1px dashed #999">${story()}</div>`],
};

/** The vote endpoint answers 404: "Your vote could not be sent." and "Try again". */
export const VoteFails: Story = { args: { data: as(pythonVsRust, 'story-vote-fails'), voteEndpoint: '/__no-vote-endpoint__' } };

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

/** While `src` loads: the placeholder keeps the space (this URL never answers in time). */
export const Loading: Story = {
  render: () => html`<compare-verdict timeout="600000"></compare-verdict>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('compare-verdict')!;
    el.setAttribute('src', `/__never__/${Date.now()}.json`);
  },
};

/** An invalid document: every problem, with its path. */
export const InvalidData: Story = { args: { data: invalid } };

/** A URL that answers 404. */
export const HttpError: Story = { args: { src: '/data/missing.json' } };

const { verdict: _verdict, ...withoutVerdict } = threeDatabases;

/** Valid data with no `verdict`: the element renders nothing and takes no space. */
export const Empty: Story = {
  args: { data: withoutVerdict },
  render: (args) => html`<p>Above</p>${meta.render!(args, {} as never)}<p>Below (no gap between these lines)</p>`,
};
