import type { Comparison } from '../schema/comparison.js';
import type { LoadErrorDetail } from '../data/errors.js';

export interface CompareLoadDetail {
  comparison: Comparison;
}

/** Every compare-kit event bubbles and crosses shadow roots. */
export function emit<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'compare-load': CustomEvent<CompareLoadDetail>;
    'compare-error': CustomEvent<LoadErrorDetail>;
  }
}
