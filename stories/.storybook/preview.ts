import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc (`npm run manifest`, run before Storybook starts or builds):
// the controls and the autodocs pages of every element come from it.
import manifest from '../../custom-elements.json';

setCustomElementsManifest(manifest);

/**
 * Answers for the state stories, without the network (so the browser logs no
 * failed request, and the story test can fail on every console error):
 * - /__never__/…: never answers (until aborted), for the "Loading" stories;
 * - /missing/…: 404, for "HttpError" and failing endpoints;
 * - /__offline__/…: fails like an unreachable server.
 */
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin === location.origin && url.pathname.startsWith('/missing/')) {
    return Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } }));
  }
  if (url.origin === location.origin && url.pathname.startsWith('/__offline__/')) return Promise.reject(new TypeError('Failed to fetch'));
  if (!url.pathname.startsWith('/__never__/')) return realFetch(input, init);
  return new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });
};

/**
 * Storybook waits for every running animation to finish, up to 5 s, before a story counts as rendered and the
 * Accessibility panel runs axe. The tables' edge shadows are scroll-driven animations (src/styles/table.ts): they follow
 * the scroll box and never finish, so every story with a table waited the full 5 s. The wait asks `getAnimations()` of
 * the document and of each shadow root: here those leave out animations on a scroll or view timeline (the fix
 * storybookjs/storybook#31900 proposes upstream). The elements themselves never call it.
 */
for (const proto of [Document.prototype, ShadowRoot.prototype]) {
  const getAnimations = proto.getAnimations;
  proto.getAnimations = function (this: Document | ShadowRoot) {
    return getAnimations.call(this).filter((a) => !a.timeline || a.timeline instanceof DocumentTimeline);
  };
}

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
  },
};
export default preview;
