// React 19 ships CommonJS only, which the test runner's Node resolution serves
// as is (browsers cannot run it). This plugin answers `import … from 'react'`,
// 'react-dom' and 'react-dom/client' with one ES module that esbuild bundles
// from the installed packages on first use: one React for the page, its
// development build (warnings on), nothing vendored into the repository.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const URL_PATH = '/__react-esm.js';
const SPECIFIERS = new Set(['react', 'react-dom', 'react-dom/client']);

/** The names the tests use; CommonJS has no static exports, so they are listed. */
const ENTRY = `
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
export default React;
export const { createElement, Fragment, StrictMode, useEffect, useRef, useState, version } = React;
export const { flushSync } = ReactDOM;
export const { createRoot } = ReactDOMClient;
`;

export function reactEsm() {
  let bundle;
  return {
    name: 'compare-kit:react-esm',
    resolveImport({ source }) {
      if (SPECIFIERS.has(source)) return URL_PATH;
      return undefined;
    },
    async serve(context) {
      if (context.path !== URL_PATH) return undefined;
      bundle ??= import('esbuild').then(({ build }) =>
        build({
          stdin: { contents: ENTRY, resolveDir: root, loader: 'js', sourcefile: 'react-esm.js' },
          bundle: true,
          format: 'esm',
          target: 'es2022',
          write: false,
          logLevel: 'silent',
          define: { 'process.env.NODE_ENV': '"development"' },
        }).then((r) => r.outputFiles[0].text),
      );
      return { body: await bundle, type: 'js' };
    },
  };
}
