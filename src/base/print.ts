import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a reader opens by clicking (a closed FAQ answer; the table's collapsed
 * rows print by CSS alone) is open on paper: `change(true)` runs before the page prints
 * and `change(false)` after it, while the element is on the page. A change
 * must show at once: `window.print()` lays the page out for paper before the
 * task that called it ends, so a Lit update waiting for its microtask would
 * come too late (call performUpdate()). Controls that mean nothing on paper
 * are hidden by each element's `@media print` rules.
 */
export class PrintController implements ReactiveController {
  readonly #before: () => void;
  readonly #after: () => void;

  constructor(host: ReactiveControllerHost, change: (printing: boolean) => void) {
    this.#before = () => change(true);
    this.#after = () => change(false);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }
}
