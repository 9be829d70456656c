import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { CompareElement } from '../../base/compare-element.js';
import { emit } from '../../base/events.js';
import { failedWith, heading } from '../../base/fragments.js';
import type { Comparison } from '../../schema/comparison.js';
import { postJson } from '../../data/post.js';
import { styles } from './compare-track.styles.js';

/** Detail of `compare-subscribe`, and the JSON body POSTed to `endpoint`. */
export interface CompareSubscribeDetail {
  /** The comparison's `id`. */
  comparison: string;
  email: string;
  /** Ids of the checked triggers, in the order shown. */
  triggers: string[];
}

export interface TrackTrigger {
  id: string;
  label: string;
}

type Phase = 'idle' | 'submitting' | 'done' | 'failed';

/** Trigger ids used when the comparison has no `track` (labels from the strings). */
export const DEFAULT_TRIGGER_IDS = ['price-change', 'new-spec', 'verdict-update'] as const;

/** Something@something.tld, on top of the engine's own type=email check. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

let instances = 0;

/**
 * "Track this comparison": an email field, the triggers to be notified about
 * as checkboxes (the comparison's `track.triggers`, or price change / new spec /
 * verdict update, all checked at first), the consent line and a submit button.
 *
 * Submitting a valid form fires the cancelable `compare-subscribe` event. When
 * it is not cancelled and `endpoint` is set, its detail is POSTed there as JSON
 * (within `timeout`, 10 s by default): the button is `aria-disabled` and the form `aria-busy` meanwhile, then
 * the form gives way to a confirmation, or a failure with the
 * HTTP status and a "Try again" button appears while the form keeps everything
 * the reader typed and checked. Without `endpoint`, or when a listener called
 * `preventDefault()` (the page sends it itself), the confirmation shows at once.
 *
 * Focus stays where the reader is, and each message is said once: while
 * sending, the button (disabled for screen readers only) keeps the focus and
 * the status line (`role="status"`, hidden meanwhile: "Subscribing…" shows in
 * the consent line's place, so the form keeps its height) speaks "Subscribing…"; a failure is an
 * alert; "Try again" hands the focus to the button, the failure staying in
 * place (inert) until the answer. When the form gives way to
 * the confirmation while the reader is in it, the confirmation takes the focus
 * (`tabindex="-1"`) and is read as such, no live region then.
 *
 * The email input, its label and its message are created by the element in
 * its own light DOM (children of the element, on first render) and slotted
 * into the layout, so browser autofill and password managers, which look for
 * inputs in the document rather than inside shadow roots, see a real
 * `<input type="email" autocomplete="email" name="email">` with a `<label for>`.
 * Those three nodes are styled by the element only (through `::slotted`, with
 * `!important`, so page styles don't reach them either); the input is kept
 * out of any form of the page (`form` attribute), so it is never sent with it.
 * Enter in it submits (handled by the element: the input is not inside the
 * shadow `<form>`, so the browser's implicit submission does not apply).
 *
 * The element is never empty: without `track` it offers the three default
 * triggers (the format's defaults apply when `track` is absent); with
 * `"track": { "triggers": [] }` it is the email form alone, no checkboxes,
 * and a subscription has `triggers: []`. A honeypot text field (`website`,
 * hidden, in the shadow root where autofill does not fill it) that a bot
 * fills makes the element show the confirmation without firing or sending.
 *
 * @summary Email sign-up to be notified when the comparison changes.
 * @attr endpoint - URL to POST `{ comparison, email, triggers }` to as JSON; without it the element only fires `compare-subscribe`.
 * @attr timeout - milliseconds to wait for `src` and for the POST (default 10000).
 * @csspart track - the block around everything.
 * @csspart heading - "Track this comparison".
 * @csspart intro - the line under the heading.
 * @csspart form - the `<form>`.
 * @csspart field - the email label, input and message (light-DOM nodes, styled by the element).
 * @csspart triggers - the `<fieldset>` of triggers.
 * @csspart legend - its legend ("Notify me about").
 * @csspart trigger - one checkbox with its label.
 * @csspart error-message - the "choose at least one" message of the triggers.
 * @csspart actions - the submit button and the consent line.
 * @csspart submit - the submit button.
 * @csspart consent - "No spam. Stop anytime.", "Subscribing…" in its place while sending.
 * @csspart status - the status line: "Subscribing…" (visually hidden), then the confirmation; a live region, but for a confirmation that takes the focus.
 * @csspart failure - the failure block (role="alert").
 * @csspart retry - its "Try again" button.
 * @cssproperty [--compare-track-bg=var(--compare-color-subtle)] - background of the block.
 * @cssproperty [--compare-track-border-color=var(--compare-color-border)] - border of the block.
 * @cssproperty [--compare-track-input-bg=var(--compare-color-surface)] - email input background.
 * @cssproperty [--compare-track-input-color=var(--compare-color-text)] - email input text.
 * @cssproperty [--compare-track-input-border-color=var(--compare-color-muted)] - email input border.
 * @cssproperty [--compare-track-check-color=var(--compare-color-accent)] - checkbox colour.
 * @cssproperty [--compare-track-button-bg=var(--compare-color-accent)] - submit button background.
 * @cssproperty [--compare-track-button-color=var(--compare-color-surface)] - submit button text.
 * @cssproperty [--compare-track-placeholder-height=20.5rem] - height kept while loading.
 * @slot email-label - reserved: the element puts its own email `<label>` here.
 * @slot email - reserved: the element puts its own email `<input>` here.
 * @slot email-error - reserved: the element puts the email message here.
 * @event compare-subscribe - valid form submitted; cancelable; detail `{ comparison, email, triggers }`.
 */
export class CompareTrack extends CompareElement {
  static override readonly parts = [...CompareElement.parts, 'track', 'heading', 'intro', 'form', 'field', 'triggers', 'legend', 'trigger', 'error-message', 'actions', 'submit', 'consent', 'status', 'failure', 'retry'];
  static override styles = [...CompareElement.styles, styles];
  static override properties: PropertyDeclarations = { ...CompareElement.properties, endpoint: { type: String } };

  /** Where to POST the subscription (JSON); none: only the event is fired. */
  declare endpoint: string | undefined;

  #id = `compare-track-${++instances}`;
  #phase: Phase = 'idle';
  /** The comparison id the phase belongs to: another comparison starts afresh. */
  #phaseOf: string | undefined;
  #failure: { status?: number } | undefined;
  #subscribed = '';
  /** The confirmation has the focus (the form the reader was in is gone): no live region then. */
  #focusDone = false;
  #emailError = false;
  #triggersError = false;
  /** Checkbox state by trigger id; absent means checked (the default). */
  #checked = new Map<string, boolean>();
  #light: { label: HTMLLabelElement; input: HTMLInputElement; error: HTMLElement } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const c = this.comparison;
    if (c && this.#phaseOf !== undefined && c.id !== this.#phaseOf) this.#reset();
    if (this.state === 'ready') this.#syncLight();
  }

  protected override renderComparison(c: Comparison) {
    const s = this.t;
    const phase = this.#phase;
    const busy = phase === 'submitting';
    const status = busy ? s.subscribing : phase === 'done' ? s.subscribed(this.#subscribed) : '';
    // The intro names the default triggers: not beside others, nor beside none.
    const own = c.track?.triggers;
    const failure = html`<strong><bdi>${failedWith(s.subscribeFailed, !!this.#failure?.status && s.httpStatus(this.#failure.status))}</bdi></strong>
      <button part="retry" class="retry" type="button" @click=${this.#retry}>${s.retry}</button>`;
    return html`<div part="track" class="track ${phase}">
      <div id="heading">${heading(s.track, this.level)}</div>
      <p part="intro" class="intro"><bdi>${own && (!own.length || own.some((t) => !(DEFAULT_TRIGGER_IDS as readonly string[]).includes(t.id))) ? s.trackIntroCustom : s.trackIntro}</bdi></p>
      ${phase === 'done' ? nothing : this.#renderForm(c)}
      <p part="status" class="status ${busy ? 'visually-hidden' : ''}" role=${this.#focusDone ? nothing : 'status'} tabindex="-1"><bdi>${status}</bdi></p>
      ${phase === 'failed'
        ? html`<div part="failure" class="failure" role="alert">${failure}</div>`
        : busy && this.#failure
          ? html`<div part="failure" class="failure" inert>${failure}</div>`
          : nothing}
    </div>`;
  }

  #renderForm(c: Comparison) {
    const s = this.t;
    const busy = this.#phase === 'submitting';
    const triggers = this.#triggers(c);
    return html`<form part="form" novalidate aria-labelledby="heading" aria-busy=${busy ? 'true' : nothing} @submit=${this.#onSubmit}>
      <div part="field" class="field">
        <slot name="email-label"></slot>
        <slot name="email"></slot>
        <slot name="email-error"></slot>
      </div>
      ${triggers.length ? html`<fieldset part="triggers" aria-describedby=${this.#triggersError ? 'triggers-error' : nothing}>
        <legend part="legend">${s.triggersLabel}</legend>
        <div class="options">
          ${triggers.map(
            (t) => html`<label part="trigger" class="option"
              ><input type="checkbox" name="triggers" .value=${t.id} .checked=${live(this.#isChecked(t.id))} @change=${this.#onCheck} /><span
                lang=${t.lang ?? nothing}
                >${t.label}</span
              ></label
            >`,
          )}
        </div>
        <p id="triggers-error" part="error-message" class="message" role="alert">${this.#triggersError ? html`<bdi>${s.noTriggers}</bdi>` : nothing}</p>
      </fieldset>` : nothing}
      <div class="visually-hidden honeypot" aria-hidden="true" inert>
        <label>website <input type="text" name="website" tabindex="-1" autocomplete="off" /></label>
      </div>
      <div part="actions" class="actions">
        <button part="submit" class="submit" type="submit" aria-disabled=${busy ? 'true' : nothing}>${s.subscribe}</button>
        <p part="consent" class="consent"><bdi>${s.consent}</bdi>${busy ? html`<bdi aria-hidden="true">${s.subscribing}</bdi>` : nothing}</p>
      </div>
    </form>`;
  }

  /**
   * The triggers offered: the comparison's (in its language), or the three defaults when it has no `track`
   * (the format's words: "when absent"). An empty list offers none: the email alone.
   */
  #triggers(c: Comparison): (TrackTrigger & { lang?: string | typeof nothing })[] {
    const own = c.track?.triggers;
    const lang = this.langs.data;
    if (own) return own.map((t) => ({ id: t.id, label: t.label, lang }));
    return DEFAULT_TRIGGER_IDS.map((id) => ({ id, label: this.t.defaultTriggers[id] ?? id }));
  }

  #isChecked(id: string): boolean {
    return this.#checked.get(id) ?? true;
  }

  /**
   * Creates (once) and updates the light-DOM label, input and message. Also
   * puts them back if a framework took the element's children away.
   */
  #syncLight(): void {
    if (isServer) return;
    const s = this.t;
    if (!this.#light) {
      // Server-rendered HTML has the three nodes already (see src/ssr/render.ts): adopt them.
      const label = this.querySelector<HTMLLabelElement>(':scope > label[slot="email-label"]');
      const input = this.querySelector<HTMLInputElement>(':scope > input[slot="email"]');
      const error = this.querySelector<HTMLElement>(':scope > [slot="email-error"]');
      if (label && input && error) {
        // A copy of another track (cloneNode, a CMS's "duplicate block") has that one's ids: it takes its own.
        const root = this.getRootNode() as Document | ShadowRoot;
        if (!input.id || root.querySelectorAll(`[id="${CSS.escape(input.id)}"]`).length > 1) {
          input.id = label.htmlFor = `${this.#id}-email`;
          error.id = `${this.#id}-email-error`;
          input.setAttribute('form', `${this.#id}-own-form`);
        }
        // (An address reads left to right, the message in its own direction: HTML from an older server renderer may lack them.)
        input.dir = 'ltr';
        error.dir = 'auto';
        input.addEventListener('keydown', this.#onKeydown);
        input.addEventListener('input', this.#onInput);
        this.#light = { label, input, error };
      }
    }
    if (!this.#light) {
      const doc = this.ownerDocument;
      const label = doc.createElement('label');
      const input = doc.createElement('input');
      const error = doc.createElement('span');
      input.type = 'email';
      input.name = 'email';
      input.id = `${this.#id}-email`;
      input.autocomplete = 'email';
      input.inputMode = 'email';
      input.dir = 'ltr'; // an address reads left to right, on a right-to-left page too
      input.enterKeyHint = 'send';
      input.required = true;
      input.spellcheck = false;
      input.setAttribute('autocapitalize', 'off');
      // A page form around the element (a CMS wrapping the whole page) must
      // not own the input: `form` naming no element leaves it without a form.
      input.setAttribute('form', `${this.#id}-own-form`);
      input.addEventListener('keydown', this.#onKeydown);
      input.addEventListener('input', this.#onInput);
      label.htmlFor = input.id;
      error.id = `${this.#id}-email-error`;
      error.setAttribute('role', 'alert');
      error.dir = 'auto'; // English words on a right-to-left page keep their full stop at their end
      label.slot = 'email-label';
      input.slot = 'email';
      error.slot = 'email-error';
      this.#light = { label, input, error };
    }
    const { label, input, error } = this.#light;
    for (const node of [label, input, error]) if (node.parentNode !== this) this.append(node);
    // Outside the shadow root's wrapper: the interface's language marked on them too, when it is not the element's.
    const ui = this.uiLang;
    for (const node of [label, error]) if (node.getAttribute('lang') !== (ui ?? null)) ui ? node.setAttribute('lang', ui) : node.removeAttribute('lang');
    if (label.textContent !== s.emailLabel) label.textContent = s.emailLabel;
    input.placeholder = s.emailPlaceholder;
    const message = this.#emailError ? s.invalidEmail : '';
    if (error.textContent !== message) error.textContent = message;
    if (this.#emailError) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }

  /** Enter in the email field submits: it sits outside the shadow `<form>`, so no implicit submission. */
  #onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.isComposing || e.defaultPrevented) return;
    e.preventDefault();
    this.#form?.requestSubmit();
  };

  #onInput = () => {
    if (this.#emailError && this.#emailValid()) {
      this.#emailError = false;
      this.requestUpdate();
    }
  };

  #onCheck = (e: Event) => {
    const box = e.target as HTMLInputElement;
    this.#checked.set(box.value, box.checked);
    if (box.checked) this.#triggersError = false;
    this.requestUpdate();
  };

  get #form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form');
  }

  get #status(): HTMLElement | null {
    return this.renderRoot.querySelector('[part="status"]');
  }

  #emailValid(): boolean {
    const input = this.#light?.input;
    if (!input) return false;
    const value = input.value.trim();
    return value !== '' && !input.validity.typeMismatch && EMAIL.test(value);
  }

  #onSubmit = async (e: Event) => {
    e.preventDefault();
    const c = this.comparison;
    if (!c || !this.#light || this.#phase === 'submitting' || this.#phase === 'done') return;
    const emailOk = this.#emailValid();
    const offered = this.#triggers(c);
    const triggers = offered.filter((t) => this.#isChecked(t.id)).map((t) => t.id);
    this.#emailError = !emailOk;
    // (None offered, none to choose: `triggers: []`.)
    this.#triggersError = offered.length > 0 && !triggers.length;
    if (!emailOk || this.#triggersError) {
      this.requestUpdate();
      await this.updateComplete;
      if (!emailOk) this.#light.input.focus();
      else this.renderRoot.querySelector<HTMLInputElement>('input[name="triggers"]')?.focus();
      return;
    }
    const email = this.#light.input.value.trim();
    this.#phaseOf = c.id;
    // A filled honeypot is a bot: say thanks, send nothing, fire nothing.
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('input[name="website"]');
    if (honeypot?.value) return this.#finish('done', email);
    const detail: CompareSubscribeDetail = { comparison: c.id, email, triggers };
    // Sending again what failed ("Try again", or Enter with nothing changed) is the same subscription:
    // it is POSTed again without a second event, as the verdict's vote is (listeners count it once).
    const again = this.#phase === 'failed' && JSON.stringify(detail) === JSON.stringify(this.#sent);
    const proceed = again || emit(this, 'compare-subscribe', detail, true);
    if (!proceed || !this.endpoint) return this.#finish('done', email);
    this.#sent = detail;
    await this.#post(this.endpoint, detail);
  };

  /** The subscription last POSTed. */
  #sent: CompareSubscribeDetail | undefined;

  #retry = () => {
    // "Try again" stays in place while sending, inert: the reader's place is the button it presses again.
    if (this.matches(':focus-within')) this.renderRoot.querySelector<HTMLElement>('[part="submit"]')?.focus();
    this.#form?.requestSubmit();
  };

  async #post(endpoint: string, detail: CompareSubscribeDetail): Promise<void> {
    this.#phase = 'submitting';
    this.requestUpdate();

    // (0: a network failure, a CORS refusal or no answer in time: no status to show.)
    const status = await postJson(endpoint, detail, this.timeoutMs);
    // Another comparison arrived meanwhile: this answer is about the old one.
    if (this.#phaseOf !== detail.comparison || this.#phase !== 'submitting') return;
    if (status < 200 || status > 299) return this.#finish('failed', detail.email, { status });
    return this.#finish('done', detail.email);
  }

  async #finish(phase: 'done' | 'failed', email: string, failure?: { status?: number }): Promise<void> {
    // The form is gone: if the reader was in it, the confirmation takes the focus.
    const focus = (this.#focusDone = phase === 'done' && this.matches(':focus-within'));
    this.#phase = phase;
    this.#failure = failure;
    if (phase === 'done') this.#subscribed = email;
    this.requestUpdate();
    await this.updateComplete;
    if (focus) this.#status?.focus();
  }

  #reset(): void {
    this.#phase = 'idle';
    this.#phaseOf = undefined;
    this.#failure = undefined;
    this.#subscribed = '';
    this.#focusDone = false;
    this.#emailError = false;
    this.#triggersError = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-track': CompareTrack;
  }
  interface HTMLElementEventMap {
    'compare-subscribe': CustomEvent<CompareSubscribeDetail>;
  }
}
