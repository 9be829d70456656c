import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a reader opens by clicking (a collapsed group of the table, a closed
 * FAQ answer) is open on paper: `change(true)` runs before the page prints
 * and `change(false)` after it, while the element is on the page. (Lit's
 * update it asks for runs before the print's layout: microtasks run when an
 * event listener returns.) Controls that mean nothing on paper are hidden by
 * each element's `@media print` rules.
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
