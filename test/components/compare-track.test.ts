import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/compare-track.js';
import type { CompareTrack, CompareSubscribeDetail } from '../../src/components/compare-track/compare-track.js';
import { clone, loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';

async function track(data: unknown, attrs: { endpoint?: string; theme?: string; timeout?: number } = {}) {
  const el = await fixture<CompareTrack>(
    html`<compare-track .data=${data} endpoint=${attrs.endpoint ?? ''} theme=${attrs.theme ?? 'light'} timeout=${attrs.timeout ?? nothing}></compare-track>`,
  );
  return settled(el);
}

/** The nodes a reader deals with: the light-DOM email nodes and the shadow form. */
function parts(el: CompareTrack) {
  const root = el.shadowRoot!;
  return {
    input: el.querySelector<HTMLInputElement>(':scope > input[slot="email"]')!,
    label: el.querySelector<HTMLLabelElement>(':scope > label[slot="email-label"]')!,
    error: el.querySelector<HTMLElement>(':scope > [slot="email-error"]')!,
    form: root.querySelector('form'),
    boxes: [...root.querySelectorAll<HTMLInputElement>('input[name="triggers"]')],
    triggerLabels: [...root.querySelectorAll('[part="trigger"]')].map((l) => textOf(l)),
    fieldset: root.querySelector('fieldset'),
    submit: root.querySelector<HTMLButtonElement>('[part="submit"]'),
    status: root.querySelector<HTMLElement>('[part="status"]')!,
    failure: root.querySelector<HTMLElement>('[part="failure"]'),
    retry: root.querySelector<HTMLButtonElement>('[part="retry"]'),
    honeypot: root.querySelector<HTMLInputElement>('input[name="website"]')!,
  };
}

const webkitDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

/** A key of its own per test and engine (the three engines share one server). */
const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

async function received(key: string): Promise<{ method: string; contentType: string; body: unknown }[]> {
  return (await fetch(`/test-api/subscriptions/${key}`)).json();
}

/** Records the compare-subscribe events the element fires. */
function listen(el: CompareTrack, cancel = false) {
  const events: CustomEvent<CompareSubscribeDetail>[] = [];
  el.addEventListener('compare-subscribe', (e) => {
    events.push(e);
    if (cancel) e.preventDefault();
  });
  return events;
}

async function fillAndSubmit(el: CompareTrack, email: string) {
  const { input, form } = parts(el);
  input.value = email;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  form!.requestSubmit();
  await el.updateComplete;
}

const untilDone = (el: CompareTrack) =>
  waitUntil(() => textOf(parts(el).status).startsWith('Done:'), `no confirmation; status "${textOf(parts(el).status)}"`, { timeout: 5000 });
// (While sending again the failure stays in place, inert: the alert is the failure shown anew.)
const untilFailed = (el: CompareTrack) => waitUntil(() => parts(el).failure?.getAttribute('role') === 'alert', 'no failure shown', { timeout: 5000 });

describe('<compare-track>', () => {
  let demo: any;
  let three: any;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
  });

  it('renders the heading, the intro, the email field, the triggers, the consent line and the button', async () => {
    const el = await track(demo);
    const root = el.shadowRoot!;
    const p = parts(el);
    const heading = root.querySelector('[part="heading"]')!;
    expect(textOf(heading)).to.equal('Track this comparison');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(textOf(root.querySelector('[part="intro"]'))).to.equal('Get notified when prices change, new specs ship, or our verdict updates.');
    expect(textOf(root.querySelector('legend'))).to.equal('Notify me about');
    expect(p.triggerLabels).to.deep.equal(['Price change', 'New spec', 'Verdict update']);
    // With the comparison's own triggers the intro does not name the default ones.
    const custom = await track({ ...demo, track: { triggers: [{ id: 'new-release', label: 'New release' }] } });
    expect(textOf(custom.shadowRoot!.querySelector('[part="intro"]'))).to.equal('Get notified when this comparison changes.');
    expect(p.boxes.map((b) => b.value)).to.deep.equal(['price-change', 'new-spec', 'verdict-update']);
    expect(p.boxes.every((b) => b.checked && b.type === 'checkbox')).to.equal(true);
    expect(textOf(root.querySelector('[part="consent"]'))).to.equal('No spam. Stop anytime.');
    expect(p.submit!.type).to.equal('submit');
    expect(textOf(p.submit)).to.equal('Notify me');
    expect(p.form!.noValidate).to.equal(true);
    expect(p.form!.getAttribute('aria-busy')).to.equal(null);
    expect(p.status.getAttribute('role')).to.equal('status');
    expect(textOf(p.status)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('puts a real, labelled email input in the light DOM for autofill, slotted into the layout', async () => {
    const el = await track(demo);
    const { input, label, error } = parts(el);
    expect(input.parentNode === el, 'the input is a child of the element').to.equal(true);
    expect(input.type).to.equal('email');
    expect(input.name).to.equal('email');
    expect(input.getAttribute('autocomplete')).to.equal('email');
    expect(input.dir, 'an address reads left to right').to.equal('ltr');
    expect(input.getAttribute('inputmode')).to.equal('email');
    expect(input.required).to.equal(true);
    expect(input.placeholder).to.equal('you@example.com');
    // Programmatic label: a <label for> in the same tree.
    expect([...input.labels!].map((l) => l.textContent)).to.deep.equal(['Email address']);
    expect(label.htmlFor).to.equal(input.id);
    expect(input.assignedSlot!.name).to.equal('email');
    expect(label.assignedSlot!.name).to.equal('email-label');
    expect(error.assignedSlot!.name).to.equal('email-error');
    expect(input.getBoundingClientRect().width).to.be.greaterThan(150);
    // Created once: an update does not add more.
    el.requestUpdate();
    await el.updateComplete;
    expect(el.querySelectorAll('input').length).to.equal(1);
    // Two elements: ids stay unique.
    const other = await track(three);
    expect(parts(other).input.id).to.not.equal(input.id);
  });

  it('keeps its input out of a form of the page around it', async () => {
    const wrapper = await fixture<HTMLFormElement>(html`<form><input name="q" value="page" /><compare-track></compare-track></form>`);
    const el = wrapper.querySelector('compare-track')!;
    el.data = demo;
    await settled(el);
    const { input } = parts(el);
    input.value = 'reader@example.com';
    expect(input.form === null, 'the input has no form owner').to.equal(true);
    const sent = new FormData(wrapper);
    expect([...sent.keys()]).to.deep.equal(['q']);
  });

  it("is not reached by the page's styles, and its styles do not reach the page", async () => {
    const style = document.createElement('style');
    style.textContent = `
      input { border: 7px dashed red !important; background: rgb(255, 255, 0) !important; font-size: 40px !important; }
      label { text-transform: uppercase !important; color: rgb(255, 0, 0) !important; }
    `;
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div><input id="page-input" /><compare-track .data=${demo}></compare-track></div>`);
      const el = await settled(wrapper.querySelector('compare-track')!);
      const { input, label } = parts(el);
      const cs = getComputedStyle(input);
      expect(cs.borderTopWidth).to.equal('1px');
      expect(cs.borderTopStyle).to.equal('solid');
      expect(cs.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(cs.fontSize).to.equal(getComputedStyle(el).fontSize);
      expect(getComputedStyle(label).textTransform).to.equal('none');
      expect(getComputedStyle(label).color).to.not.equal('rgb(255, 0, 0)');
      // The page's own input keeps the page's look.
      const page = getComputedStyle(wrapper.querySelector('#page-input')!);
      expect(page.borderTopWidth).to.equal('7px');
      expect(page.backgroundColor).to.equal('rgb(255, 255, 0)');
    } finally {
      style.remove();
    }
  });

  it('offers the comparison\'s own triggers (three items)', async () => {
    const el = await track(three);
    const p = parts(el);
    expect(p.triggerLabels).to.deep.equal(three.track.triggers.map((t: any) => t.label));
    expect(p.triggerLabels).to.deep.equal(['New major version', 'License change', 'Verdict update']);
    expect(p.boxes.map((b) => b.value)).to.deep.equal(['new-major-version', 'license-change', 'verdict-update']);
    await expect(el).to.be.accessible();
  });

  it('offers the default triggers when the comparison has no track (it is never empty)', async () => {
    const minimal = await loadFixture('minimal.json');
    expect(minimal.track).to.equal(undefined);
    const el = await track(minimal);
    expect(el.state).to.equal('ready');
    const p = parts(el);
    expect(p.triggerLabels).to.deep.equal(['Price change', 'New spec', 'Verdict update']);
    expect(p.boxes.map((b) => b.value)).to.deep.equal(['price-change', 'new-spec', 'verdict-update']);
  });

  it('with "triggers": [] offers none (the defaults are for no track), and subscribes with the email alone', async () => {
    const doc = clone(await loadFixture('minimal.json'));
    doc.track = { triggers: [] };
    const key = newKey();
    const el = await track(doc, { endpoint: `/test-api/subscribe/${key}` });
    const events = listen(el);
    const p = parts(el);
    expect(p.boxes).to.have.length(0);
    expect(p.fieldset === null, 'no "Notify me about" group without a choice in it').to.equal(true);
    // The intro names no trigger it does not offer.
    expect(textOf(el.shadowRoot!.querySelector('[part="intro"]'))).to.equal('Get notified when this comparison changes.');
    expect(textOf(p.submit)).to.equal('Notify me');
    await expect(el).to.be.accessible();
    // An email is all it asks: no "choose at least one" to block the form.
    await fillAndSubmit(el, 'reader@example.com');
    expect(events.map((e) => e.detail)).to.deep.equal([{ comparison: doc.id, email: 'reader@example.com', triggers: [] }]);
    await untilDone(el);
    expect((await received(key)).map((r) => r.body)).to.deep.equal([{ comparison: doc.id, email: 'reader@example.com', triggers: [] }]);
    await expect(el).to.be.accessible();
  });

  it('POSTs the detail as JSON to the endpoint, shows that it is sending, then confirms', async () => {
    const key = newKey();
    const el = await track(three, { endpoint: `/test-api/subscribe/${key}?delay=400` });
    const events = listen(el);
    const p = parts(el);
    p.boxes[1]!.click(); // uncheck "License change"
    await el.updateComplete;
    await fillAndSubmit(el, '  reader@example.com ');

    expect(events.length).to.equal(1);
    const detail = events[0]!.detail;
    expect(detail).to.deep.equal({ comparison: 'postgresql-vs-mysql-vs-sqlite', email: 'reader@example.com', triggers: ['new-major-version', 'verdict-update'] });
    expect(events[0]!.bubbles && events[0]!.composed && events[0]!.cancelable).to.equal(true);

    // Sending: the button is disabled for screen readers, not for focus (a reader on it keeps their place).
    expect(parts(el).submit!.getAttribute('aria-disabled')).to.equal('true');
    expect(parts(el).submit!.disabled).to.equal(false);
    expect(parts(el).form!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(parts(el).status)).to.equal('Subscribing…');
    await expect(el).to.be.accessible();

    await untilDone(el);
    const after = parts(el);
    expect(textOf(after.status)).to.equal('Done: we will write to reader@example.com when this comparison changes.');
    // (The reader was not in the form: the confirmation is said by the live region.)
    expect(after.status.getAttribute('role')).to.equal('status');
    expect(after.form === null, 'the form gave way to the confirmation').to.equal(true);
    expect(after.failure === null, 'no failure block').to.equal(true);
    const got = await received(key);
    expect(got.length).to.equal(1);
    expect(got[0]!.method).to.equal('POST');
    expect(got[0]!.contentType).to.match(/^application\/json/);
    expect(got[0]!.body).to.deep.equal(detail);
    await expect(el).to.be.accessible();
  });

  /** The element's focused node: never the page (document.body). */
  const focused = (el: CompareTrack) => {
    expect(document.activeElement === el, `focus in the element, not on ${document.activeElement?.localName}`).to.equal(true);
    return el.shadowRoot!.activeElement;
  };

  it('keeps the keyboard focus: on the button while the live status line says it is sending, then on the confirmation, no live region then', async () => {
    const key = newKey();
    const el = await track(demo, { endpoint: `/test-api/subscribe/${key}?delay=300` });
    const p = parts(el);
    p.input.value = 'reader@example.com';
    p.submit!.focus();
    p.submit!.click();
    await waitUntil(() => parts(el).submit?.getAttribute('aria-disabled'), 'not sending');
    expect(textOf(p.status)).to.equal('Subscribing…');
    expect(focused(el) === p.submit, 'focus on the button').to.equal(true);
    expect(p.status.getAttribute('role')).to.equal('status');
    await untilDone(el);
    // Said once: as the focused node's text, not also as a live region's change.
    expect(focused(el) === parts(el).status, 'focus on the confirmation').to.equal(true);
    expect(parts(el).status.hasAttribute('role'), 'the focused confirmation is no live region').to.equal(false);
  });

  it('keeps its height while sending, the first time and again after a failure, wide and narrow: nothing moves', async () => {
    const realFetch = window.fetch;
    const answers: ((r: Response) => void)[] = [];
    window.fetch = () => new Promise<Response>((resolve) => answers.push(resolve));
    try {
      for (const width of ['', '320px']) {
        const el = await track(demo, { endpoint: '/stubbed' });
        el.style.width = width;
        const height = () => el.getBoundingClientRect().height;
        const idle = height();
        await fillAndSubmit(el, 'reader@example.com');
        expect(height(), `sending at ${width || 'full width'}`).to.equal(idle);
        expect(textOf(parts(el).status)).to.equal('Subscribing…');
        expect(textOf(el.shadowRoot!.querySelector('[part="consent"] [aria-hidden="true"]'))).to.equal('Subscribing…');
        answers.shift()!(new Response(null, { status: 503 }));
        await untilFailed(el);
        const failed = height();
        parts(el).retry!.click();
        await el.updateComplete;
        expect(parts(el).failure!.inert, 'the failure stays, inert').to.equal(true);
        expect(height(), `sending again at ${width || 'full width'}`).to.equal(failed);
        answers.shift()!(new Response(null, { status: 503 }));
        await untilFailed(el);
        expect(height()).to.equal(failed);
      }
    } finally {
      window.fetch = realFetch;
    }
  });

  it('"Try again" hands the focus to the button, which keeps it while sending', async () => {
    const key = newKey();
    const el = await track(demo, { endpoint: `/test-api/subscribe-fail-once/${key}` });
    parts(el).input.value = 'reader@example.com';
    parts(el).submit!.focus();
    parts(el).submit!.click();
    await untilFailed(el);
    expect(focused(el) === parts(el).submit, 'focus stays on the button').to.equal(true);
    parts(el).retry!.focus();
    parts(el).retry!.click();
    await el.updateComplete;
    expect(parts(el).failure!.inert, '"Try again" stays, inert').to.equal(true);
    // Shown as waiting: dimmed, the progress cursor over it.
    expect(getComputedStyle(parts(el).failure!).opacity).to.equal('0.7');
    expect(getComputedStyle(parts(el).failure!).cursor).to.equal('progress');
    expect(focused(el) === parts(el).submit, 'focus on the button').to.equal(true);
    await untilDone(el);
    expect(focused(el) === parts(el).status, 'focus on the confirmation').to.equal(true);
  });

  it('shows a 4xx failure with its status and keeps what the reader typed and checked', async () => {
    const key = newKey();
    const el = await track(demo, { endpoint: `/test-api/subscribe/${key}?status=422` });
    let p = parts(el);
    p.boxes[0]!.click();
    await el.updateComplete;
    p.submit!.focus();
    p.input.value = 'reader@example.com';
    p.submit!.click();
    await untilFailed(el);
    p = parts(el);
    expect(textOf(p.failure)).to.equal('Your subscription could not be sent (HTTP 422). Try again');
    expect(p.failure!.getAttribute('role')).to.equal('alert');
    expect(textOf(p.retry)).to.equal('Try again');
    expect(p.input.value).to.equal('reader@example.com');
    expect(p.boxes.map((b) => b.checked)).to.deep.equal([false, true, true]);
    expect(p.submit!.hasAttribute('aria-disabled')).to.equal(false);
    expect(p.form!.getAttribute('aria-busy')).to.equal(null);
    expect(textOf(p.status)).to.equal('');
    // The alert says it; the focus stays where it was.
    expect(el.shadowRoot!.activeElement === p.submit, 'focus on the button').to.equal(true);
    expect((await received(key)).length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows a 5xx failure with its status', async () => {
    const key = newKey();
    const el = await track(three, { endpoint: `/test-api/subscribe/${key}?status=500`, theme: 'dark' });
    await fillAndSubmit(el, 'reader@example.com');
    await untilFailed(el);
    expect(textOf(parts(el).failure)).to.contain('Your subscription could not be sent (HTTP 500).');
    // The status inside the sentence, joined to it: never "(HTTP" and "500)." on lines of their own.
    expect(parts(el).failure!.querySelector('strong')!.textContent).to.equal('Your subscription could not be sent\u00a0(HTTP\u00a0500).');
    expect(parts(el).input.value).to.equal('reader@example.com');
    await expect(el).to.be.accessible();
  });

  it('shows a network failure without a status', async () => {
    const el = await track(demo, { endpoint: 'http://127.0.0.1:9/' });
    await fillAndSubmit(el, 'reader@example.com');
    await untilFailed(el);
    const p = parts(el);
    expect(textOf(p.failure)).to.equal('Your subscription could not be sent. Try again');
    expect(p.input.value).to.equal('reader@example.com');
    expect(p.boxes.every((b) => b.checked)).to.equal(true);
  });

  it('gives up a POST that takes longer than its timeout attribute', async () => {
    const key = newKey();
    const el = await track(demo, { endpoint: `/test-api/subscribe/${key}?delay=3000`, timeout: 300 });
    await fillAndSubmit(el, 'reader@example.com');
    const sent = performance.now();
    expect(textOf(parts(el).status)).to.equal('Subscribing…');
    await untilFailed(el);
    // (Well before the answer's 3 s: the 300 ms of the attribute, not the default 10 s.)
    expect(performance.now() - sent).to.be.below(2500);
    expect(textOf(parts(el).failure)).to.equal('Your subscription could not be sent. Try again');
  });

  it('sends again with "Try again" (the same subscription: one event) and then confirms', async () => {
    const key = newKey();
    const el = await track(three, { endpoint: `/test-api/subscribe-fail-once/${key}` });
    const events = listen(el);
    await fillAndSubmit(el, 'reader@example.com');
    await untilFailed(el);
    expect(textOf(parts(el).failure)).to.contain('(HTTP 503)');
    parts(el).retry!.click();
    await untilDone(el);
    const got = await received(key);
    expect(got.length).to.equal(2);
    expect(got[1]!.body).to.deep.equal(got[0]!.body);
    expect(got[1]!.body).to.deep.equal(events[0]!.detail);
    expect(events.length).to.equal(1);
  });

  it('after a failure, a changed email is a new subscription: a new event', async () => {
    const key = newKey();
    const el = await track(three, { endpoint: `/test-api/subscribe-fail-once/${key}` });
    const events = listen(el);
    await fillAndSubmit(el, 'reader@example.com');
    await untilFailed(el);
    await fillAndSubmit(el, 'other@example.com');
    await untilDone(el);
    expect(events.map((e) => e.detail.email)).to.deep.equal(['reader@example.com', 'other@example.com']);
    expect((await received(key)).map((r) => (r.body as { email: string }).email)).to.deep.equal(['reader@example.com', 'other@example.com']);
  });

  it('says what is wrong with the email, next to the field, and moves the focus there', async () => {
    const key = newKey();
    const el = await track(demo, { endpoint: `/test-api/subscribe/${key}` });
    const events = listen(el);
    for (const bad of ['', 'not-an-email', 'reader@example', 'a b@example.com']) {
      (document.activeElement as HTMLElement | null)?.blur();
      await fillAndSubmit(el, bad);
      const { input, error } = parts(el);
      expect(input.getAttribute('aria-invalid'), bad).to.equal('true');
      expect(input.getAttribute('aria-describedby'), bad).to.equal(error.id);
      expect(error.id).to.not.equal('');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.equal('Enter an email address like name@example.com.');
      expect(document.activeElement === input, `focus on the field after "${bad}"`).to.equal(true);
    }
    await expect(el).to.be.accessible();
    expect(events.length).to.equal(0);
    expect(await received(key)).to.deep.equal([]);
    // Fixing it clears the message.
    const { input, error } = parts(el);
    input.value = 'reader@example.com';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    expect(textOf(error)).to.equal('');
  });

  it('asks for at least one trigger', async () => {
    const el = await track(three);
    const events = listen(el);
    for (const box of parts(el).boxes) box.click();
    await el.updateComplete;
    await fillAndSubmit(el, 'reader@example.com');
    const p = parts(el);
    const message = el.shadowRoot!.querySelector('[part="error-message"]')!;
    expect(textOf(message)).to.equal('Choose at least one thing to be notified about.');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(p.fieldset!.getAttribute('aria-describedby')).to.equal(message.id);
    expect(el.shadowRoot!.activeElement === p.boxes[0], 'focus on the first trigger').to.equal(true);
    expect(events.length).to.equal(0);
    await expect(el).to.be.accessible();
    p.boxes[2]!.click();
    await el.updateComplete;
    expect(textOf(message)).to.equal('');
    expect(p.fieldset!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('submits with Enter in the email field', async () => {
    const el = await track(demo);
    const events = listen(el);
    const { input } = parts(el);
    input.focus();
    // WebKitGTK's WebDriver stays inside the test frame after a key action, and
    // the session then fails to close: there the test types and presses Enter itself.
    if (webkitDriver) {
      input.value = 'reader@example.com';
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
    } else {
      await sendKeys({ type: 'reader@example.com' });
      expect(input.value).to.equal('reader@example.com');
      await sendKeys({ press: 'Enter' });
    }
    await untilDone(el);
    expect(events.length).to.equal(1);
    expect(events[0]!.detail.email).to.equal('reader@example.com');
  });

  it('submits with a keydown Enter event and with requestSubmit()', async () => {
    let el = await track(demo);
    let events = listen(el);
    const { input } = parts(el);
    input.value = 'reader@example.com';
    const key = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input.dispatchEvent(key);
    expect(key.defaultPrevented).to.equal(true);
    await untilDone(el);
    expect(events.length).to.equal(1);

    el = await track(demo);
    events = listen(el);
    await fillAndSubmit(el, 'other@example.com');
    await untilDone(el);
    expect(events.map((e) => e.detail.email)).to.deep.equal(['other@example.com']);
  });

  it('drops a submission with the honeypot filled: thanks, but nothing sent or fired', async () => {
    const key = newKey();
    const el = await track(demo, { endpoint: `/test-api/subscribe/${key}` });
    const events = listen(el);
    const { honeypot } = parts(el);
    expect(honeypot.type).to.equal('text');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.getAttribute('autocomplete')).to.equal('off');
    const hidden = honeypot.closest<HTMLElement>('[aria-hidden="true"]')!;
    expect(hidden !== null, 'honeypot inside aria-hidden').to.equal(true);
    expect(hidden.inert).to.equal(true);
    // Inert as a trap, not as a failure waiting for an answer: not styled as one.
    expect(getComputedStyle(hidden).opacity, 'not dimmed').to.equal('1');
    expect(getComputedStyle(hidden).cursor, 'no progress cursor').to.equal('auto');
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(hidden).overflow).to.equal('hidden');
    honeypot.value = 'https://spam.example';
    await fillAndSubmit(el, 'bot@example.com');
    await untilDone(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(events.length).to.equal(0);
    expect(await received(key)).to.deep.equal([]);
  });

  it('does not POST when a listener cancels the event, and confirms at once', async () => {
    const key = newKey();
    const el = await track(demo, { endpoint: `/test-api/subscribe/${key}` });
    const events = listen(el, true);
    await fillAndSubmit(el, 'reader@example.com');
    expect(events.length).to.equal(1);
    expect(events[0]!.defaultPrevented).to.equal(true);
    expect(textOf(parts(el).status)).to.equal('Done: we will write to reader@example.com when this comparison changes.');
    await new Promise((r) => setTimeout(r, 200));
    expect(await received(key)).to.deep.equal([]);
  });

  it('only fires the event without an endpoint, and confirms at once', async () => {
    const el = await track(demo);
    let seen: unknown;
    document.addEventListener('compare-subscribe', (e) => (seen = (e as CustomEvent).detail), { once: true });
    await fillAndSubmit(el, 'reader@example.com');
    expect(seen).to.deep.equal({ comparison: 'python-vs-rust', email: 'reader@example.com', triggers: ['price-change', 'new-spec', 'verdict-update'] });
    expect(textOf(parts(el).status)).to.equal('Done: we will write to reader@example.com when this comparison changes.');
    expect(parts(el).form === null, 'the form gave way to the confirmation').to.equal(true);
  });

  it('starts afresh for another comparison', async () => {
    const el = await track(demo);
    await fillAndSubmit(el, 'reader@example.com');
    expect(parts(el).form === null, 'the form gave way to the confirmation').to.equal(true);
    el.data = three;
    await settled(el);
    await el.updateComplete;
    expect(parts(el).form !== null, 'the form is back').to.equal(true);
    expect(parts(el).triggerLabels[0]).to.equal('New major version');
    expect(textOf(parts(el).status)).to.equal('');
  });

  it('never renders text as HTML', async () => {
    const doc: any = clone(three);
    (window as any).__trackPwned = false;
    doc.track.triggers[0].label = '<img src=x onerror="window.__trackPwned=true">';
    doc.track.triggers[1].label = '<b>bold</b>';
    const el = await track(doc);
    expect(el.shadowRoot!.querySelector('img, b') === null, 'no element from text').to.equal(true);
    expect(parts(el).triggerLabels.slice(0, 2)).to.deep.equal(['<img src=x onerror="window.__trackPwned=true">', '<b>bold</b>']);
    expect((window as any).__trackPwned).to.equal(false);
  });

  it('keeps its space while loading, then fires compare-load', async () => {
    const el = await fixture<CompareTrack>(html`<compare-track src="/test-api/doc?delay=500"></compare-track>`);
    let loaded: any;
    el.addEventListener('compare-load', (e) => (loaded = e.detail));
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(el.shadowRoot!.querySelector('[part="placeholder"]') !== null, 'placeholder').to.equal(true);
    expect(el.querySelector('input') === null, 'no light-DOM input yet').to.equal(true);
    await settled(el);
    await waitUntil(() => loaded, 'no compare-load');
    expect(loaded.comparison.id).to.equal('tea-vs-coffee');
    expect(parts(el).input !== null, 'light-DOM input created').to.equal(true);
  });

  it('shows an invalid document as an error, accessibly', async () => {
    const el = await track(await loadFixture('invalid.json'));
    expect(el.state).to.equal('error');
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('form') === null, 'no form').to.equal(true);
    expect(el.querySelector('input') === null, 'no light-DOM input yet').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is readable in the dark theme, with both messages showing (contrast passes)', async () => {
    const el = await track(demo, { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    for (const box of parts(el).boxes) box.click();
    await el.updateComplete;
    await fillAndSubmit(el, 'nope');
    expect(parts(el).input.getAttribute('aria-invalid')).to.equal('true');
    expect(getComputedStyle(parts(el).input).backgroundColor).to.not.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('can be defined twice without throwing', async () => {
    const { defineElement } = await import('../../src/base/define.js');
    expect(() => defineElement('compare-track', class extends HTMLElement {})).to.not.throw();
    expect(customElements.get('compare-track')!.name).to.equal('CompareTrack');
  });
});
