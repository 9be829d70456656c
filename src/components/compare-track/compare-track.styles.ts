import { css } from 'lit';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

/**
 * Shadow styles, plus the styles of the three light-DOM nodes the element
 * owns (the email label, input and message, see compare-track.ts). Those are
 * styled only through `::slotted()`, with `all: revert !important` first:
 * important declarations of a shadow tree win over the page's, even the
 * page's `!important` ones, so the page's `input {…}` or `label {…}` rules
 * cannot reach them, and nothing here can reach the page's own nodes.
 * Restyle them through the `--compare-track-input-*` custom properties.
 */
export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('track')};
    --_frame: 0;
  }
  .track {
    position: relative;
    border: 1px solid var(--compare-track-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--compare-track-bg, var(--_subtle));
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .intro {
    margin: calc(var(--_space) * -0.5) 0 var(--_space);
    color: var(--_muted);
  }
  form {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.35rem;
    max-inline-size: 30rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin: 0 0 0.35rem;
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  /* The box beside the first line of its label, also when the label takes two (it sat in the middle of both). */
  .option {
    display: inline-flex;
    align-items: first baseline;
    gap: 0.5em;
    min-block-size: 2rem;
    padding-block-start: 0.3rem;
    cursor: pointer;
  }
  /* (font: inherit: sized by the label's text, not the browser's 13.33 px for inputs, also with text at 200 %.) */
  .option input {
    font: inherit;
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    align-self: start;
    margin-block-start: calc(0.5lh - 0.575em);
    accent-color: var(--compare-track-check-color, var(--_accent));
    flex: none;
  }
  .message {
    margin: 0;
    color: var(--_error);
    font-size: 0.875em;
  }
  fieldset .message:not(:empty) {
    margin-block-start: 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.75rem;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .submit {
    inline-size: 100%;
    border: 1px solid transparent;
    background: var(--compare-track-button-bg, var(--_accent));
    color: var(--compare-track-button-color, var(--_bg));
  }
  /* Sending: the button, and the failure that stays in place (inert) while sending again (not the honeypot, inert too). */
  .submit[aria-disabled],
  .failure[inert] {
    cursor: progress;
    opacity: 0.7;
  }
  .retry {
    border: 1px solid currentColor;
    background: var(--_bg);
    color: var(--_fg);
    min-block-size: 2.25rem;
    padding-block: 0.25em;
  }
  button:focus-visible,
  .option input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* "Subscribing…" takes the consent line's place while sending, in the same box: nothing moves. */
  .consent {
    display: grid;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status {
    margin: 0;
  }
  .status:focus {
    outline: none;
  }
  .status:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .track.done .status {
    padding: 0.75em var(--_space);
    border-inline-start: 4px solid var(--_winner);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-weight: 600;
  }
  .consent > * {
    grid-area: 1/1;
  }
  .submitting .consent :first-child {
    visibility: hidden;
  }
  .failure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-start: var(--_space);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_error-bg);
    color: var(--_fg);
  }
  .failure strong {
    color: var(--_error);
    font-weight: 600;
  }
  /* Visually hidden (shared class), pinned to the corner. */
  .honeypot {
    inset-block-start: 0;
    inset-inline-start: 0;
  }

  @container (min-width: 30rem) {
    .track {
      padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    }
    .submit {
      inline-size: auto;
    }
  }

  /* The light-DOM nodes (see the file comment). */
  ::slotted([slot='email-label']) {
    all: revert !important;
    display: block !important;
    margin: 0 !important;
    padding: 0 !important;
    font: inherit !important;
    font-weight: 600 !important;
    color: var(--_fg) !important;
    cursor: default !important;
  }
  ::slotted([slot='email']) {
    all: revert !important;
    display: block !important;
    box-sizing: border-box !important;
    inline-size: 100% !important;
    min-block-size: 2.75rem !important;
    margin: 0 !important;
    padding: 0.5em 0.75em !important;
    font: inherit !important;
    color: var(--compare-track-input-color, var(--_fg)) !important;
    background: var(--compare-track-input-bg, var(--_bg)) !important;
    border: 1px solid var(--compare-track-input-border-color, var(--_muted)) !important;
    border-radius: var(--_radius) !important;
    appearance: none !important;
    -webkit-appearance: none !important;
  }
  ::slotted([slot='email'][aria-invalid='true']) {
    border-color: var(--_error) !important;
    box-shadow: inset 0 0 0 1px var(--_error) !important;
  }
  ::slotted([slot='email']:focus-visible) {
    outline: 2px solid var(--_accent) !important;
    outline-offset: 2px !important;
  }
  ::slotted([slot='email-error']) {
    all: revert !important;
    display: block !important;
    margin: 0 !important;
    padding: 0 !important;
    font: inherit !important;
    font-size: 0.875em !important;
    color: var(--_error) !important;
  }
  /* An engine that does not take ::placeholder after ::slotted() drops this rule only. */
  ::slotted([slot='email'])::placeholder {
    color: var(--_muted) !important;
    opacity: 1 !important;
  }
  /* A form to fill in means nothing on paper. */
  @media print {
    :host {
      display: none;
    }
  }
  ${authorText('.option > span')}
`;
