// Runs after the bundle on the CSP page (same-origin module script): waits for
// every element to settle, then clicks through the interactive parts (table
// toggles, FAQ, votes, the track form) so that re-renders happen under the
// policy too, and publishes what it saw as window.__cspResult.
const TIMEOUT = 15000;

/** Every compare-* element, including those inside <compare-page>'s shadow root. */
function allElements(root = document) {
  const out = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('compare-')) out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** Every node matching `selector` in every shadow root under `root`. */
function deepQuery(selector, root = document) {
  const out = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepQuery(selector, el.shadowRoot));
  return out;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function settle() {
  const end = performance.now() + TIMEOUT;
  while (performance.now() < end) {
    const els = allElements();
    if (els.length && els.every((el) => el.state && el.state !== 'loading')) {
      await Promise.allSettled(els.map((el) => el.updateComplete));
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function interact() {
  let clicks = 0;
  // FAQ disclosures, table "show more" / "only differences", chart and vote buttons, links are not followed.
  for (const node of deepQuery('summary, button:not([type="submit"]), input[type="checkbox"]')) {
    if (!node.isConnected || node.disabled) continue;
    node.click();
    clicks++;
    await frame();
  }
  // The track form: an invalid address first (error message), then a valid one.
  for (const track of allElements().filter((el) => el.localName === 'compare-track' && el.state === 'ready')) {
    const submit = track.shadowRoot.querySelector('button[type="submit"]');
    const email = track.querySelector('input[type="email"]');
    if (!submit || !email) continue;
    email.value = 'not an address';
    submit.click();
    await frame();
    email.value = 'reader@example.com';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    // Re-check every trigger (the first pass unchecked them) so the form is valid.
    for (const box of track.shadowRoot.querySelectorAll('input[type="checkbox"]')) if (!box.checked) box.click();
    await frame();
    submit.click();
    clicks += 2;
    await frame();
  }
  // Theme switch re-renders with the dark scheme.
  for (const el of allElements()) el.setAttribute('theme', 'dark');
  await frame();
  await Promise.allSettled(allElements().map((el) => el.updateComplete));
  return clicks;
}

// Server-rendered elements (/csp-ssr.html): their server nodes, taken before they hydrate, to see they are kept.
const serverNodes = [...document.querySelectorAll('[data-ssr]')].map((el) => [el, el.shadowRoot?.lastElementChild]);

let result;
try {
  await settle();
  const server = {
    hydrated: serverNodes.filter(([el, node]) => node?.isConnected && node.getRootNode() === el.shadowRoot).map(([el]) => el.id),
    // Its tokens (:host { --_bg: … }) apply only when a style sheet of its own does.
    styled: serverNodes.filter(([el]) => getComputedStyle(el).getPropertyValue('--_bg').trim() !== '').map(([el]) => el.id),
    nonceSheets: serverNodes.filter(([el]) => el.id.endsWith('-nonce')).every(([el]) => [...el.shadowRoot.querySelectorAll('style')].every((s) => s.sheet)),
  };
  const inPage = (el) => el.localName !== 'compare-page' && Boolean(el.closest('compare-page') || el.getRootNode().host?.closest('compare-page'));
  const before = allElements().map((el) => ({ tag: el.localName, id: inPage(el) ? 'in compare-page' : el.id, state: el.state }));
  // The custom properties set per node must be in place: item colours (by the elements, through the CSSOM) and
  // the cards' counts (by their style sheets, from the number of cards).
  const styled = deepQuery('[part~="item-header"], [part~="items"], [part~="legend-item"], [part~="choose-box"]');
  const styleProps = styled.map((n) => `${n.style.getPropertyValue('--_item-color')}${getComputedStyle(n).getPropertyValue('--_n')}`.trim());
  const clicks = await interact();
  await frame();
  await frame();
  result = {
    server,
    elements: before,
    clicks,
    styled: styleProps.length,
    unstyled: styleProps.filter((v) => !v).length,
    jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
    // A German element: its words come from a table the bundle imports on demand, under the policy too.
    german: document.getElementById('german')?.shadowRoot?.querySelector('caption')?.textContent?.trim() ?? null,
    trustedTypes: typeof window.trustedTypes !== 'undefined',
  };
} catch (e) {
  window.__csp.errors.push(`check.js: ${e?.message ?? e}`);
  result = { server: { hydrated: [], styled: [], nonceSheets: false }, elements: [], clicks: 0, styled: 0, unstyled: 0, jsonLd: 0, trustedTypes: typeof window.trustedTypes !== 'undefined' };
} finally {
  window.__cspResult = { ...result, violations: window.__csp.violations, errors: window.__csp.errors };
  document.documentElement.dataset.cspDone = '';
}
