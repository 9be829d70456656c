/**
 * Server-rendered elements (declarative shadow DOM from `compare-kit/ssr` or
 * `compare-kit render`) hydrate instead of rendering again: Lit adopts the
 * HTML that is there, so nothing flashes or moves. Lit reads this hook when
 * its LitElement class is defined, so every module that defines a tag
 * imports this module first, before anything that imports `lit`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
