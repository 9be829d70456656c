import { css } from 'lit';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('faq')};
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--compare-faq-border-color, var(--_border));
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .list > li + li {
    border-block-start: 1px solid var(--compare-faq-border-color, var(--_border));
  }
  .question {
    display: flex;
    align-items: baseline;
    gap: 0.6em;
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--compare-faq-question-bg, transparent);
    font-weight: 600;
    cursor: pointer;
    list-style: none;
    overflow-wrap: anywhere;
  }
  .question::-webkit-details-marker {
    display: none;
  }
  .question:hover .text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .question:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .item[open] {
    background: var(--compare-faq-open-bg, var(--_subtle));
  }
  /* A chevron drawn with borders: no text, so nothing extra is read aloud. */
  .marker {
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid var(--compare-faq-marker-color, var(--_accent));
    border-block-end: 2px solid var(--compare-faq-marker-color, var(--_accent));
    transform: translateY(-0.15em) rotate(-45deg);
    transition: transform 0.15s ease;
  }
  /* Closed: points to the inline end (left in right-to-left text); open: points down. */
  :host(:dir(rtl)) .marker {
    transform: translateY(-0.15em) rotate(45deg);
  }
  .item[open] .marker {
    transform: translateY(-0.2em) rotate(45deg);
  }
  :host(:dir(rtl)) .item[open] .marker {
    transform: translateY(-0.2em) rotate(-45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .marker {
      transition: none;
    }
  }
  /* On paper every answer shows, a closed one opened by CSS (no script: server-rendered HTML prints them too); no chevrons. */
  @media print {
    .item::details-content {
      content-visibility: visible;
      display: block;
    }
    .marker {
      display: none;
    }
  }
  .answer {
    padding-block: 0 calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) + 1.1em) var(--_space);
    overflow-wrap: anywhere;
  }
  .item {
    scroll-margin-block-start: var(--compare-faq-scroll-margin, 1rem);
  }
  ${authorText('.question .text', '.answer')}
`;
