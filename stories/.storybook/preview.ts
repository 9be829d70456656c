import type { Preview } from '@storybook/web-components-vite';

/**
 * The "Loading" stories point `src` at /__never__/…: a request that never
 * answers (until aborted), so the placeholder state can be reviewed. Storybook's
 * static server would answer 404 at once.
 */
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith('/__never__/')) return realFetch(input, init);
  return new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });
};

const preview: Preview = {
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
  },
};
export default preview;
