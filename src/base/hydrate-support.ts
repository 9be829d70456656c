/**
 * Server-rendered elements (declarative shadow DOM from `compare-kit/ssr` or
 * `compare-kit render`) hydrate instead of rendering again: Lit adopts the
 * HTML that is there, so nothing flashes or moves.
 *
 * Lit's hydration support (@lit-labs/ssr-client, 2 KB gzip) loads only on a
 * page that has such an element: one that connects with a shadow root before
 * its first render waits for `hydration()` (CompareElement.connectedCallback).
 * In dist/compare-kit.js it is a file of its own that imports nothing: it takes
 * Lit's internals from here (vite.config.ts, litFromBundle), so a bundle
 * loaded with a query (WordPress's ?ver=) is not loaded a second time.
 */
import { LitElement, noChange, render } from 'lit';
import { _$LH } from 'lit-html';

/** Where the bundle hands Lit to its hydration file (vite.config.ts). */
export const LIT_HANDOFF = '__compareKitLit';

let ready: Promise<void> | undefined;
/** True once the support is installed (or failed to load: then a server-rendered element renders again). */
export let hydrationLoaded = false;

/** Installs Lit's hydration support once; resolves when it is in place, or has failed to load. */
export const hydration = (): Promise<void> =>
  (ready ??= (async () => {
    // An app or another script may have installed it before Lit loaded: Lit then patched LitElement itself
    // (the patch gives LitElement an observedAttributes of its own).
    if (!Object.hasOwn(LitElement, 'observedAttributes')) {
      const global = globalThis as Record<string, unknown>;
      global[LIT_HANDOFF] = { render, noChange, _$LH };
      await import('@lit-labs/ssr-client/lit-element-hydrate-support.js').finally(() => delete global[LIT_HANDOFF]);
      (globalThis as unknown as { litElementHydrateSupport(lit: object): void }).litElementHydrateSupport({ LitElement });
    }
  })()
    .catch(() => {})
    .then(() => {
      hydrationLoaded = true;
    }));
