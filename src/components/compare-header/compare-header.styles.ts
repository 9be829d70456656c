import { css } from 'lit';
import { cardCounts, evenRows } from '../../styles/cards.js';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('header')};
    --_card-border: var(--compare-header-border-color, var(--_border));
  }
  .top {
    margin-block-end: var(--_space);
  }
  .top .heading {
    font-size: var(--compare-header-title-size, 1.6em);
    margin: 0;
    overflow-wrap: anywhere;
  }
  .description {
    margin: 0.35em 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  /* Stacked by default; side by side once the element is wide enough (below). */
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 32rem) {
    .items {
      --_gap: calc(var(--_space) * 0.75);
      --_min: min(100%, var(--compare-header-card-min-width, 13rem));
      ${evenRows}
    }
    ${cardCounts('.items')}
  }
  .item {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    border: 1px solid var(--_card-border);
    border-block-start: var(--compare-header-accent-width, 4px) solid var(--_item-color, var(--_accent));
    border-radius: var(--_radius);
    background: var(--compare-header-card-bg, var(--_bg));
    /* Words whole where they fit, broken only when one is wider than the card. */
    overflow-wrap: break-word;
    container: card / inline-size;
  }
  .title {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-inline-size: 0;
  }
  .image[hidden] {
    display: none;
  }
  .image {
    display: block;
    flex: none;
    overflow: hidden;
    inline-size: var(--compare-header-image-width, var(--compare-header-image-size, 3rem));
    block-size: var(--compare-header-image-size, 3rem);
    object-fit: contain;
    object-position: left;
    color: var(--_muted);
    font-size: 0.75em;
  }
  /* A narrow card (a phone with zoomed text): the logo over the name, which then has the card's width ("VanM|oof" broke beside it). */
  @container card (max-width: 10em) {
    .title {
      flex-direction: column;
      align-items: stretch;
    }
    .image {
      align-self: start;
    }
  }
  .image:dir(rtl) {
    object-position: right;
  }
  .name {
    min-inline-size: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .name a {
    color: inherit;
    text-decoration-color: oklch(from var(--_item-edge) l c h / 1);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  .name a:hover {
    color: var(--_accent);
  }
  .summary,
  .audience {
    margin: 0;
  }
  .audience {
    margin-block-start: auto;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_card-border);
    font-size: 0.925em;
  }
  .audience .label {
    display: block;
    font-weight: 600;
    color: var(--_muted);
    font-size: 0.85em;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .short-answer {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_accent);
    background: var(--compare-header-short-answer-bg, var(--_subtle));
    overflow-wrap: anywhere;
  }
  .subheading {
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 0.35em;
  }
  .short-answer p {
    margin: 0;
  }
  .updated {
    margin: calc(var(--_space) * 0.5) 0 0;
    color: var(--_muted);
    font-size: 0.85em;
  }
  ${authorText('.audience-text', '.top .heading, .description, .name, .summary, .short-answer p')}
`;
