import { css } from 'lit';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('resources')};
  }
  .intro {
    margin: calc(var(--_space) * -0.5) 0 calc(var(--_space) * 0.75);
    color: var(--_muted);
  }
  .groups {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  @container (min-width: 36rem) {
    .groups {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
  }
  .group {
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--compare-resources-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--compare-resources-group-bg, transparent);
  }
  .group.affiliate {
    background: var(--compare-resources-affiliate-bg, var(--_subtle));
  }
  .group-heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .disclosure {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5);
  }
  .entry {
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  .link {
    color: var(--compare-resources-link-color, var(--_accent));
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  .new-tab {
    display: inline-block;
    margin-inline-start: 0.2em;
    font-size: 0.85em;
    text-decoration: none;
  }
  .category {
    display: inline-block;
    padding: 0 0.45em;
    border-radius: 0.8em;
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.5;
    vertical-align: 0.1em;
    /* Short ones stay on one line; a long one wraps inside its chip rather than widening the list. */
    max-inline-size: 100%;
  }
  .description {
    margin: 0.15em 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  ${authorText('.link, .category', '.description')}
`;
