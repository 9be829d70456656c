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
import { LitElement, _$LH, noChange, render } from 'lit';

/** Where the bundle hands Lit to its hydration file (vite.config.ts). */
export const LIT_HANDOFF = '__compareKitLit';

let ready: Promise<void> | undefined;
/**
 * Undefined until `hydration()` has settled; then whether Lit's hydration support is in place. Without it (the file
 * failed to load) a server-rendered element renders afresh.
 */
export let hydrationInstalled: boolean | undefined;

/** Installs Lit's hydration support once; resolves when it is in place, or has failed to load. */
export const hydration = (): Promise<void> =>
  (ready ??= (async () => {
    // An app may have installed it before Lit loaded (the npm build shares the app's Lit): Lit then patched
    // LitElement itself (the patch gives LitElement an observedAttributes of its own). The bundle's Lit never is.
    if (!Object.hasOwn(LitElement, 'observedAttributes')) {
      const global = globalThis as Record<string, unknown>;
      const before = global.litElementHydrateSupport;
      global[LIT_HANDOFF] = { render, noChange, _$LH };
      try {
        await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
        (global.litElementHydrateSupport as (lit: object) => void)({ LitElement });
      } finally {
        // The page's own hook, if any, stays the page's (another Lit loaded later reads it).
        delete global[LIT_HANDOFF];
        global.litElementHydrateSupport = before;
      }
    }
  })().then(
    () => void (hydrationInstalled = true),
    () => void (hydrationInstalled = false),
  ));
