import { css } from 'lit';
import { cardCounts, evenRows } from '../../styles/cards.js';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('proscons')};
  }
  /* Stacked by default; side by side once the element is wide enough (below). */
  .items {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 36rem) {
    .items {
      /* In even rows, as the header's cards: three items at 768 px were 2 + 1. */
      --_gap: calc(var(--_space) * 0.75);
      --_min: min(100%, var(--compare-proscons-item-min-width, 13rem));
      ${evenRows}
    }
    ${cardCounts('.items')}
  }
  .item {
    display: grid;
    /* Pros and cons side by side inside an item only when it is very wide (one item shown). */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    align-content: start;
    column-gap: var(--_space);
    row-gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    border: 1px solid var(--compare-proscons-border-color, var(--_border));
    border-block-start: 4px solid var(--_item-color, var(--_accent));
    border-radius: var(--_radius);
    background: var(--compare-proscons-card-bg, var(--_bg));
    overflow-wrap: anywhere;
  }
  .name {
    grid-column: 1 / -1;
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
  }
  .group-heading {
    font-weight: 700;
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    margin-block-end: 0.35em;
  }
  .pros .group-heading {
    color: var(--compare-proscons-pro-color, var(--_up));
  }
  .cons .group-heading {
    color: var(--compare-proscons-con-color, var(--_down));
  }
  .pros + .cons {
    margin-block-start: 0.35em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }
  .entry {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: 0.25em;
  }
  .pros .icon {
    color: var(--compare-proscons-pro-color, var(--_up));
  }
  .cons .icon {
    color: var(--compare-proscons-con-color, var(--_down));
  }
  .text {
    min-inline-size: 0;
  }
  ${authorText('', '.text')}
`;
