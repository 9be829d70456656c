import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import { emit } from '../../base/events.js';
import { whenIdle } from '../../base/idle.js';
import { failedWith, heading, itemColor, named, swatch } from '../../base/fragments.js';
import { forItem, type Comparison, type Item } from '../../schema/comparison.js';
import { renderRichText } from '../../rich-text/render.js';
import { postJson } from '../../data/post.js';
import { styles } from './compare-verdict.styles.js';

/** Detail of the `compare-vote` event, and the JSON body POSTed to `vote-endpoint`. */
export interface CompareVoteDetail {
  comparison: string;
  helpful: boolean;
}

/** A vote on its way to the endpoint, or one that did not get there. */
interface VoteAttempt extends CompareVoteDetail {
  phase: 'sending' | 'failed';
  endpoint: string;
  /** The failed answer's HTTP status; 0: none came. */
  status?: number;
  /** Sent again by "Try again", which stays in place (disabled) meanwhile. */
  retry?: boolean;
}

// ---------------------------------------------------------------------------
// Remembered votes: localStorage `compare-kit:vote:<id>` = {"helpful":true},
// written only once a vote got through. Where storage throws (Safari private
// mode, sandboxed iframes, blocked cookies) an in-memory Map keeps the vote for
// the page view. Every element of the page hears about a new vote at once.

/** Prefix of the localStorage keys (`compare-kit:vote:<comparison id>`). */
export const VOTE_STORAGE_PREFIX = 'compare-kit:vote:';
const memory = new Map<string, boolean>();
const votes = new EventTarget();

// While the page is idle after the script ran, not in a verdict's first
// render: open the page's storage (its first read costs ~2 ms in Chromium), and
// add the one window listener through which votes given in another tab (a
// `storage` event) reach every element (`votes`).
if (!isServer) {
  whenIdle(() => {
    try {
      window.localStorage.getItem(VOTE_STORAGE_PREFIX);
    } catch {
      // no storage here: votes are kept in memory
    }
    window.addEventListener('storage', (e) => {
      if (e.key === null || e.key.startsWith(VOTE_STORAGE_PREFIX)) votes.dispatchEvent(new Event('change'));
    });
  });
}

/** The answer this reader already gave for a comparison, if any. */
export function rememberedVote(id: string): boolean | undefined {
  try {
    const raw = window.localStorage.getItem(VOTE_STORAGE_PREFIX + id);
    if (raw !== null) {
      const helpful = (JSON.parse(raw) as { helpful?: unknown } | null)?.helpful;
      if (typeof helpful === 'boolean') return helpful;
    }
  } catch {
    // Storage unavailable or a foreign value under our key: fall back to memory.
  }
  return memory.get(id);
}

function rememberVote(id: string, helpful: boolean): void {
  try {
    window.localStorage.setItem(VOTE_STORAGE_PREFIX + id, JSON.stringify({ helpful }));
    memory.delete(id);
  } catch {
    memory.set(id, helpful);
  }
  votes.dispatchEvent(new Event('change'));
}

const thumb = (down: boolean) =>
  html`<svg class=${down ? 'icon down' : 'icon'} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linejoin="round"
      d="M7 10v11H3V10h4Zm0 0 4-8a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.1 21H7"
    />
  </svg>`;

/**
 * Tab from the thanks, which took the focus (tabindex -1) with no tab stop after them in the element: Chromium goes
 * to the element's first tab stop then (back up to a link in the verdict text), not on. For that key they are a tab
 * stop (tabindex 0, -1 again once left), which Tab leaves as any other, either way.
 */
const tabFrom = (e: KeyboardEvent) => {
  const thanks = e.currentTarget as HTMLElement;
  if (e.key === 'Tab') {
    thanks.tabIndex = 0;
    thanks.addEventListener('blur', () => (thanks.tabIndex = -1), { once: true });
  }
};

const trophy = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linejoin="round"
    d="M7 3h10v6a5 5 0 0 1-10 0V3Zm0 2H3v2a4 4 0 0 0 4 4m10-6h4v2a4 4 0 0 1-4 4m-5 3v4m-4 3h8l-1-3H9l-1 3Z"
  />
</svg>`;

/**
 * "Our Verdict": the verdict text, the "AI-assisted" label, the overall pick,
 * a "Choose X if" box per item the verdict has one for, and the
 * "Was this verdict helpful?" vote.
 *
 * The vote fires the cancelable `compare-vote` event. When no listener cancels
 * it and `vote-endpoint` is set, the detail is POSTed there as JSON (bounded by
 * `timeout`), with "Sending your vote…", then thanks, or a failure message and
 * "Try again" (which re-sends the same vote without firing the event again).
 * Without an endpoint, or when a listener cancelled the event (the host took
 * the vote over), thanks show at once. A vote that got through (2xx, no
 * endpoint, or cancelled) is remembered in localStorage under
 * `compare-kit:vote:<comparison id>` (in memory for the page view when storage
 * is unavailable), and every element showing that comparison then shows the
 * thanks and the answer given instead of the buttons.
 *
 * Focus stays where the reader is, and each message is said once: while a
 * vote is sent the buttons stay in place (`aria-disabled`) and the status line
 * (`part="vote-status"`, `role="status"`) speaks "Sending your vote…", then the
 * failure; "Try again" stays in place (disabled) while it sends again. When the
 * buttons give way to the thanks while the reader is on one, the thanks take
 * the focus (`tabindex="-1"`) and are read as such, no live region then.
 *
 * @summary The verdict, "Choose X if" boxes, the overall pick and a helpful vote.
 * @attr vote-endpoint - URL the vote is POSTed to as JSON `{ comparison, helpful }` (property `voteEndpoint`); none: the vote is only an event.
 * @attr timeout - milliseconds to wait for `src` and for the vote POST (default 10000).
 * @csspart heading - the "Our Verdict" heading.
 * @csspart ai-label - the "AI-assisted" label.
 * @csspart text - the verdict text.
 * @csspart link - a link inside the verdict or a box.
 * @csspart winner - the overall pick ("Our pick: X").
 * @csspart vote - the vote region (`role="group"`; not `aria-busy` while sending, which would hold back its status line's "Sending…").
 * @csspart vote-question - "Was this verdict helpful?".
 * @csspart vote-button - the Yes and No buttons (also `vote-yes`, `vote-no`).
 * @csspart vote-yes - the Yes button.
 * @csspart vote-no - the No button.
 * @csspart vote-status - the status line (sending, thanks with the answer, failure): a live region, but for thanks that take the focus.
 * @csspart retry-button - "Try again" after a failed POST.
 * @csspart choose-list - the list of "Choose X if" boxes.
 * @csspart choose-box - one box, accented in its item's colour.
 * @csspart choose-title - "Choose X if".
 * @csspart choose-text - the box's text.
 * @cssproperty [--compare-verdict-box-bg=var(--compare-color-subtle)] - background of a "Choose X if" box.
 * @cssproperty [--compare-verdict-box-border=var(--compare-color-border)] - border of a box (its start edge takes the item colour).
 * @cssproperty [--compare-verdict-ai-label-bg=var(--compare-color-subtle)] - background of the "AI-assisted" label.
 * @cssproperty [--compare-verdict-winner-bg=var(--compare-color-winner-bg)] - background of the overall pick.
 * @cssproperty [--compare-verdict-button-bg=var(--compare-color-surface)] - background of the vote buttons.
 * @cssproperty [--compare-verdict-placeholder-height=20rem] - height kept while loading.
 * @event compare-vote - the reader voted; detail `{ comparison, helpful }`; cancelable: cancelling skips the POST.
 */
export class CompareVerdict extends CompareElement {
  static override readonly parts = [...CompareElement.parts, 'heading', 'ai-label', 'text', 'link', 'winner', 'vote', 'vote-question', 'vote-button', 'vote-status', 'retry-button', 'choose-list', 'choose-box', 'choose-title', 'choose-text', 'vote-yes', 'vote-no'];
  static override styles = [...CompareElement.styles, styles];
  static override properties: PropertyDeclarations = {
    ...CompareElement.properties,
    voteEndpoint: { type: String, attribute: 'vote-endpoint' },
    attempt: { state: true },
  };

  /** Where votes are POSTed; unset: votes are only the `compare-vote` event. */
  declare voteEndpoint: string | undefined;
  /** The vote being sent, or the one that failed. */
  protected declare attempt: VoteAttempt | undefined;

  /** The thanks take the focus after this update (the button the reader was on is gone). */
  #focusStatus = false;
  #onVotes = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    votes.addEventListener('change', this.#onVotes);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    votes.removeEventListener('change', this.#onVotes);
  }

  /** No verdict, or one that says nothing (empty text, no winner, no "Choose X if"): nothing to vote on either. */
  protected override isEmpty(c: Comparison): boolean {
    const v = c.verdict;
    return !v || (!v.text.trim() && !v.winner && !Object.values(v.chooseIf ?? {}).some((t) => typeof t === 'string' && t.trim()));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusStatus) {
      this.#focusStatus = false;
      this.renderRoot.querySelector<HTMLElement>('[part="vote-status"]')?.focus();
    }
  }

  /** True when the reader is on one of the vote's own controls (so replacing them must not drop focus). */
  #focusInVote(): boolean {
    const active = this.shadowRoot?.activeElement;
    return !!active?.closest('[part="vote"]');
  }

  #vote(helpful: boolean): void {
    const c = this.comparison;
    if (!c || this.attempt?.phase === 'sending') return;
    // The answer that failed, pressed again: "Try again" (no second event).
    if (this.attempt?.phase === 'failed' && this.attempt.comparison === c.id && this.attempt.helpful === helpful) return this.#retry();
    const detail: CompareVoteDetail = { comparison: c.id, helpful };
    const notCancelled = emit(this, 'compare-vote', detail, true);
    const endpoint = this.voteEndpoint?.trim();
    if (notCancelled && endpoint) {
      void this.#send({ ...detail, endpoint, phase: 'sending' });
    } else {
      this.attempt = undefined;
      rememberVote(c.id, helpful);
      this.requestUpdate();
    }
  }

  #retry(): void {
    const failed = this.attempt;
    if (failed?.phase !== 'failed') return;
    // "Try again" stays where it is while sending (disabled), and so does the reader's place: nothing moves.
    void this.#send({ ...failed, phase: 'sending', retry: true });
  }

  async #send(attempt: VoteAttempt): Promise<void> {
    this.attempt = attempt;
    const { comparison, helpful } = attempt;
    const status = await postJson(attempt.endpoint, { comparison, helpful } satisfies CompareVoteDetail, this.timeoutMs);
    const ok = status >= 200 && status < 300;
    if (ok) rememberVote(comparison, helpful);
    if (this.attempt !== attempt) return; // the element moved on meanwhile
    this.attempt = ok ? undefined : { ...attempt, phase: 'failed', status };
  }

  protected override renderComparison(c: Comparison) {
    const v = c.verdict!;
    const s = this.t;
    const winner = v.winner ? c.items.find((i) => i.id === v.winner) : undefined;
    const boxes = c.items.flatMap((item, index) => {
      const text = forItem(v.chooseIf, item.id);
      return typeof text === 'string' && text.trim() ? [{ item, index, text }] : [];
    });
    return html`
      <div class="head">
        ${heading(s.ourVerdict, this.level)}
        ${v.aiAssisted ? html`<span part="ai-label" class="ai-label">${s.aiAssisted}</span>` : nothing}
      </div>
      ${v.text.trim() ? html`<p part="text" class="text" lang=${this.langs.data}>${renderRichText(v.text)}</p>` : nothing}
      ${winner
        ? html`<p part="winner" class="winner stripe-start" style=${itemColor(winner, c.items.indexOf(winner))}>${trophy}<span>${named(s.overallWinner, this.langs.data, winner.name)}</span></p>`
        : nothing}
      ${this.#renderVote(c.id)}
      ${boxes.length
        ? html`<ul part="choose-list" class="choose-list" role="list">
            ${boxes.map(({ item, index, text }) => this.#renderBox(item, index, text))}
          </ul>`
        : nothing}
    `;
  }

  #renderBox(item: Item, index: number, text: string) {
    return html`<li part="choose-box" class="choose-box stripe-start" style=${itemColor(item, index)}>
      <div part="choose-title" class="choose-title" role="heading" aria-level=${Math.min(6, this.level + 1)}>${swatch()}${named(this.t.chooseIf, this.langs.data, item.name)}</div>
      <p part="choose-text" class="choose-text" lang=${this.langs.data}>${renderRichText(text)}</p>
    </li>`;
  }

  #renderVote(id: string) {
    const s = this.t;
    const attempt = this.attempt?.comparison === id ? this.attempt : undefined;
    const sending = attempt?.phase === 'sending';
    // A vote remembered in this browser shows from the render after hydration (the server showed the buttons).
    const given = sending || isServer || this.hydrating ? undefined : rememberedVote(id);
    // After a failure the buttons stay: "Try again" re-sends that answer, the other button changes it.
    const failed = given === undefined && attempt?.phase === 'failed';
    // The buttons give way to the thanks while the reader is on one: the thanks take the focus (updated()).
    const focusThanks = (this.#focusStatus = given !== undefined && this.#focusInVote());
    const button = (helpful: boolean) =>
      html`<button
        type="button"
        part="vote-button ${helpful ? 'vote-yes' : 'vote-no'}"
        class="vote-button ${attempt?.helpful === helpful ? 'chosen' : ''}"
        aria-pressed=${attempt ? String(!failed && attempt.helpful === helpful) : nothing}
        aria-disabled=${sending ? 'true' : nothing}
        @click=${() => this.#vote(helpful)}
      >
        ${thumb(!helpful)}<span>${helpful ? s.yes : s.no}</span>
      </button>`;
    const message = sending
      ? s.voteSending
      : given !== undefined
        ? html`${s.voteThanks} <span class="answer">${s.voteAnswer(given ? s.yes : s.no)}</span>`
        : failed
          ? failedWith(s.voteFailed, !!attempt.status && s.httpStatus(attempt.status))
          : '';
    return html`<div part="vote" class="vote" role="group" aria-labelledby="vote-question">
      <span part="vote-question" class="question" id="vote-question"><bdi>${s.helpfulQuestion}</bdi></span>
      ${given === undefined ? html`<span class="buttons">${button(true)}${button(false)}</span>` : nothing}
      <p part="vote-status" class="status ${message ? 'shown' : ''} ${failed ? 'failed' : ''}" role=${focusThanks ? nothing : 'status'} tabindex="-1" @keydown=${tabFrom}><bdi>${message}</bdi></p>
      ${failed || (sending && attempt.retry)
        ? html`<button type="button" part="retry-button" class="vote-button retry" aria-disabled=${sending ? 'true' : nothing} @click=${() => this.#retry()}>${s.retry}</button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-verdict': CompareVerdict;
  }
  interface HTMLElementEventMap {
    'compare-vote': CustomEvent<{ comparison: string; helpful: boolean }>;
  }
}
