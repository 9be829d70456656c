import { css } from 'lit';
import { cardCounts, evenRows } from '../../styles/cards.js';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('verdict')};
    overflow-wrap: anywhere;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .head .heading {
    margin: 0;
  }
  .ai-label {
    display: inline-block;
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--compare-verdict-ai-label-bg, var(--_subtle));
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.7;
  }
  .text {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
  }
  .icon.down {
    transform: scale(1, -1);
  }
  .winner {
    display: flex;
    align-items: center;
    gap: 0.5em;
    inline-size: fit-content;
    max-inline-size: 100%;
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.35) calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_item-color, var(--_winner));
    background: var(--compare-verdict-winner-bg, var(--_winner-bg));
    color: var(--_fg);
    font-weight: 600;
  }
  .winner .icon {
    color: var(--_winner);
  }

  /* The vote */
  .vote {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
    padding-block: calc(var(--_space) * 0.5);
    border-block: 1px solid var(--_border);
  }
  .question {
    font-weight: 600;
  }
  .buttons {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .vote-button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.25rem;
    min-inline-size: 4.5rem;
    justify-content: center;
    padding: 0.25em 0.9em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--compare-verdict-button-bg, var(--_bg));
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }
  .vote-button:hover:not([aria-disabled]) {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .vote-button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* The status line takes focus only to keep the reader's place; show it to keyboard users. */
  .status:focus {
    outline: none;
  }
  .status:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .vote-button[aria-disabled] {
    cursor: progress;
    color: var(--_muted);
  }
  .vote-button.chosen {
    border-color: currentColor;
    font-weight: 600;
  }
  .status {
    margin: 0;
    border-radius: 2px;
  }
  .status:not(.shown) {
    /* Stays in the tree (a live region must exist before it speaks) but takes no room. */
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .status.failed {
    color: var(--_error);
    font-weight: 600;
  }
  .answer {
    color: var(--_muted);
  }

  /* "Choose X if" boxes: stacked when narrow, side by side when there is room. */
  .choose-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 34rem) {
    .choose-list {
      --_gap: calc(var(--_space) * 0.75);
      --_min: min(100%, 13rem);
      ${evenRows}
    }
    ${cardCounts('.choose-list')}
  }
  .choose-box {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--compare-verdict-box-border, var(--_border));
    border-inline-start: 4px solid var(--_item-color, var(--_accent));
    border-radius: var(--_radius);
    background: var(--compare-verdict-box-bg, var(--_subtle));
  }
  .choose-title {
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .choose-text {
    margin: 0;
  }
  /* The vote means nothing on paper. */
  @media print {
    .vote {
      display: none;
    }
  }
  ${authorText('', '.text, .choose-text')}
`;
