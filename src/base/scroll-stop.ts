import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A scroll box (`<div class="scroll" tabindex="0">`) is a keyboard stop only
 * while it has something to scroll: keyboard users need to focus a box to
 * scroll it (WCAG 2.1.1), but a box whose table fits is one more Tab with
 * nothing behind it. The template writes `tabindex="0"` (what server
 * rendering and the first paint show); in the browser this controller removes
 * it while the box's content fits, and puts it back when the box or its table
 * changes size (a narrower window, zoomed text, rows shown).
 *
 * `new ScrollStop(this)` in an element whose shadow root has one `.scroll`
 * box: watched from its first render, let go while the element is off the page.
 */
export class ScrollStop implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  #box: Element | null = null;
  #observer: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const box = this.#host.renderRoot.querySelector('.scroll');
    if (box === this.#box) return;
    this.hostDisconnected();
    this.#box = box;
    box?.addEventListener('focusout', () => setTimeout(() => this.#sync()));
    this.hostConnected();
  }

  hostConnected(): void {
    const box = this.#box;
    if (!box) return;
    this.#observer ??= new ResizeObserver(() => this.#sync());
    this.#observer.observe(box);
    if (box.firstElementChild) this.#observer.observe(box.firstElementChild);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** The box's name (`aria-labelledby`), kept while it is no region. */
  #label: string | null = null;

  #sync(): void {
    const box = this.#box;
    if (!box?.isConnected) return;
    const scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    this.#label ??= box.getAttribute('aria-labelledby');
    if (scrolls) {
      if (box.getAttribute('tabindex') !== '0') {
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        if (this.#label) box.setAttribute('aria-labelledby', this.#label);
      }
    } else if (box.hasAttribute('tabindex') && !box.matches(':focus')) {
      // A focused box keeps its stop until focus moves on (focusout syncs again), so focus is never dropped to the page.
      // Nor is it a named region then: one landmark fewer, named like the table inside it.
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-labelledby');
    }
  }
}
