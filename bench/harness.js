// In-page helpers of the benchmarks (served to the bench pages; measurement code only, never shipped).
//   settle(el)      awaits every compare-* element in the tree until none has an update pending
//   snapshot(el)    the final markup of an element: each shadow root's innerHTML and adopted CSS, nested
//   buildStatic(s)  the same markup as a plain element: attachShadow + innerHTML + the same sheets
//   layout()        forces style and layout of the whole document (synchronous)
//   frame()         waits for the next frame to be produced (rAF, then a task)

/** Every element in `root`, in shadow roots too (document order per tree). */
export function deepElements(root, out = []) {
  if (root.nodeType === 1 && root.shadowRoot) deepElements(root.shadowRoot, out);
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, out);
  }
  return out;
}

const isCompare = (el) => el.localName.startsWith('compare-') && 'updateComplete' in el;

/** Resolves once `el` and every compare-* element inside it (light or shadow) has rendered and none is loading. */
export async function settle(el, { allowLoading = false } = {}) {
  for (let round = 0; round < 100; round++) {
    const els = [el, ...deepElements(el)].filter(isCompare);
    const done = await Promise.all(els.map((e) => e.updateComplete));
    const stable = done.every(Boolean) && els.every((e) => e.isUpdatePending === false);
    const loading = !allowLoading && els.some((e) => e.state === 'loading');
    if (stable && !loading) return els;
    if (loading) await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('elements did not settle');
}

export function layout() {
  return document.documentElement.offsetHeight + document.body.getBoundingClientRect().height;
}

export const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const sheetText = (sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n');

/**
 * The final markup of a rendered element: its attributes, light DOM, shadow
 * root (innerHTML) and adopted sheets, and the same for every nested shadow
 * host (by its index among the elements of the tree that holds it).
 */
export function snapshot(host) {
  const sheets = [];
  const sheetIndex = (sheet) => {
    const text = sheetText(sheet);
    let i = sheets.indexOf(text);
    if (i === -1) i = sheets.push(text) - 1;
    return i;
  };
  const shadowOf = (el) => {
    const sr = el.shadowRoot;
    const all = [...sr.querySelectorAll('*')];
    return {
      html: sr.innerHTML,
      sheets: sr.adoptedStyleSheets.map(sheetIndex),
      hosts: all.flatMap((e, idx) => (e.shadowRoot ? [{ idx, ...shadowOf(e) }] : [])),
    };
  };
  const light = [...host.querySelectorAll('*')];
  return {
    styles: sheets,
    tag: host.localName,
    attrs: [...host.attributes].map((a) => [a.name, a.value]),
    light: host.innerHTML,
    lightHosts: light.flatMap((e, idx) => (e.shadowRoot ? [{ idx, ...shadowOf(e) }] : [])),
    ...shadowOf(host),
  };
}

/** CSSStyleSheets by text, made once per page (as Lit makes its sheets once per class). */
const sheetCache = new Map();
function sheetFor(text) {
  let s = sheetCache.get(text);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(text);
    sheetCache.set(text, s);
  }
  return s;
}

function attach(el, node, sheets) {
  const sr = el.attachShadow({ mode: 'open' });
  sr.adoptedStyleSheets = node.sheets.map((i) => sheetFor(sheets[i]));
  sr.innerHTML = node.html;
  if (node.hosts.length) {
    const all = sr.querySelectorAll('*');
    for (const h of node.hosts) attach(all[h.idx], h, sheets);
  }
}

/** The snapshot as a plain element (its tag is not defined on the static pages): the physical limit. */
export function buildStatic(snap) {
  const el = document.createElement(snap.tag);
  for (const [n, v] of snap.attrs) el.setAttribute(n, v);
  el.innerHTML = snap.light;
  if (snap.lightHosts.length) {
    const all = el.querySelectorAll('*');
    for (const h of snap.lightHosts) attach(all[h.idx], h, snap.styles);
  }
  attach(el, snap, snap.styles);
  return el;
}

/** Every element of the page with a shadow root, counted (for a sanity check of the two sides). */
export function census(el) {
  const all = [el, ...deepElements(el)];
  return { elements: all.length, shadowRoots: all.filter((e) => e.shadowRoot).length };
}

Object.assign(globalThis, { benchHarness: { deepElements, settle, layout, frame, snapshot, buildStatic, census } });
