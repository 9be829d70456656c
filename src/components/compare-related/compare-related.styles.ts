import { css } from 'lit';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('related')};
    --_card-min: var(--compare-related-card-min-width, 15rem);
  }
  .group + .group {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  /* Side by side when the element has room for two cards; stacked otherwise. */
  @container (min-width: 30rem) {
    .list {
      grid-template-columns: repeat(auto-fill, minmax(min(var(--_card-min), 100%), 1fr));
    }
    .articles .list {
      grid-template-columns: repeat(auto-fill, minmax(min(calc(var(--_card-min) * 1.5), 100%), 1fr));
    }
  }
  .disclosure {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .card {
    position: relative;
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--compare-related-card-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--compare-related-card-bg, var(--_bg));
    overflow-wrap: anywhere;
  }
  .card:hover,
  .card:focus-within {
    border-color: var(--compare-related-card-hover-border-color, var(--_accent));
  }
  /* Title and category side by side; a category too long for beside the title goes under it. */
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }
  .title > .link {
    flex: 1 1 8em;
    min-inline-size: 0;
  }
  .link {
    font-weight: 600;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:focus-visible {
    outline: none;
  }
  .link:focus-visible::after {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* The whole card is the link's hit area; its name stays the title. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  .new-tab {
    display: inline-block;
    margin-inline-start: 0.2em;
    font-size: 0.85em;
  }
  .category {
    max-inline-size: 100%;
    padding: 0 0.45em;
    /* A pill on one line, a rounded box on more. */
    border-radius: 0.75em;
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.5;
    text-align: center;
  }
  .description {
    margin: 0.35em 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  ${authorText('.link, .category', '.description')}
`;
