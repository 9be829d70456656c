/**
 * The stories every element has, made once: two and three items, the dark
 * theme, `theme="host"` on a dark and a light page, long text, a 320 px
 * column, Arabic, and the loading, error and empty states. Each stories file
 * re-exports them (`export const Dark = v.Dark;`) next to its own.
 */
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { invalid, longText, pythonVsRust, threeDatabases } from './data.js';

export const THEMES = ['light', 'dark', 'auto', 'host'] as const;
export type Theme = (typeof THEMES)[number];

/** The args every element's stories share. */
export interface BaseArgs {
  data?: unknown;
  src?: string;
  theme: Theme;
}

/** Controls for the shared args (the manifest adds the rest, with their documentation). */
export const baseArgTypes: Partial<ArgTypes<BaseArgs>> = {
  theme: { control: 'inline-radio', options: [...THEMES] },
  src: { control: 'text' },
  data: { control: 'object' },
};

/** A decorator that puts the story on a page of some kind (fits every story's args). */
export type PageDecorator = (story: () => unknown) => TemplateResult;

/** A page with a dark background, for `theme="dark"`. */
export const darkPage: PageDecorator = (story) => html`<div style="background:#0e0f12;color:#e8eaee;padding:1rem">${story()}</div>`;

/** A dark page with its own font and text colour, for `theme="host"`. */
export const hostDarkPage: PageDecorator = (story) =>
  html`<div style="background:#141a1f;color:#e6e1d8;font-family:Georgia,'Times New Roman',serif;font-size:17px;padding:1rem">${story()}</div>`;

/** A light page with its own font and text colour, for `theme="host"`. */
export const hostLightPage: PageDecorator = (story) =>
  html`<div style="background:#fbf8f1;color:#2b2118;font-family:Georgia,'Times New Roman',serif;font-size:17px;padding:1rem">${story()}</div>`;

/** A 320 px column, outlined so its edge shows. */
export const narrowColumn: PageDecorator = (story) => html`<div style="inline-size:320px;outline:1px dashed #8a8f98">${story()}</div>`;

/** An Arabic page (`lang="ar"`): the element speaks Arabic and lays out right to left by itself. */
export const arabicPage: PageDecorator = (story) => html`<div lang="ar">${story()}</div>`;

type Render<A> = NonNullable<Meta<A>['render']>;

export interface VariantOptions<A extends BaseArgs> {
  /** The element's tag, e.g. `compare-facts`. */
  tag: string;
  /** The stories file's render function (its meta's). */
  render: Render<A>;
  /** A valid document with nothing for this element, for the Empty story; none when the element is never empty. */
  empty?: unknown;
  /** Adjusts a document per story (the verdict gives each story its own id, so votes do not carry over). */
  prepare?: (doc: object, story: string) => object;
}

export type VariantName =
  | 'TwoItems'
  | 'ThreeItems'
  | 'Dark'
  | 'DarkOnLightPage'
  | 'HostOnDarkPage'
  | 'HostOnLightPage'
  | 'LongText'
  | 'Narrow'
  | 'Arabic'
  | 'Loading'
  | 'InvalidData'
  | 'HttpError'
  | 'Empty';

const describe = (story: string) => ({ docs: { description: { story } } });

/** The shared stories of one element; `Empty` only when the element can be empty. */
export function variants<A extends BaseArgs>(o: VariantOptions<A>): Record<Exclude<VariantName, 'Empty'>, StoryObj<A>> & { Empty?: StoryObj<A> } {
  const doc = (d: object, story: string) => (o.prepare ? o.prepare(d, story) : d);
  const args = (data: object, story: string, more: Partial<A> = {}) => ({ data: doc(data, story), ...more }) as Partial<A>;
  let loads = 0;
  return {
    TwoItems: {
      args: args(pythonVsRust, 'two-items'),
      parameters: describe('The reference page (Python vs Rust): two items.'),
    },
    ThreeItems: {
      args: args(threeDatabases, 'three-items'),
      parameters: describe('Three items (PostgreSQL, MySQL, SQLite), rich text, a missing value.'),
    },
    Dark: {
      args: args(threeDatabases, 'dark', { theme: 'dark' } as Partial<A>),
      decorators: [darkPage],
      parameters: describe('`theme="dark"` on a dark page.'),
    },
    DarkOnLightPage: {
      args: args(threeDatabases, 'dark-light', { theme: 'dark' } as Partial<A>),
      render: (a, context) => html`<p>A light blog's text before the block.</p>${o.render(a, context)}<p>And after it.</p>`,
      parameters: describe('`theme="dark"` on a light page: its surface stands out, so it is framed (padding and rounded corners, `--compare-frame-padding`) and its text keeps off the edges.'),
    },
    HostOnDarkPage: {
      args: args(threeDatabases, 'host-dark', { theme: 'host' } as Partial<A>),
      decorators: [hostDarkPage],
      parameters: describe("`theme=\"host\"` on a dark page: the page's font and text colour, tints mixed from that colour, the dark accents."),
    },
    HostOnLightPage: {
      args: args(threeDatabases, 'host-light', { theme: 'host' } as Partial<A>),
      decorators: [hostLightPage],
      parameters: describe("`theme=\"host\"` on a light page with a serif font and warm colours."),
    },
    LongText: {
      args: args(longText, 'long-text'),
      parameters: describe('Every name, label, claim and answer much longer than usual, with a word that cannot break.'),
    },
    Narrow: {
      args: args(threeDatabases, 'narrow'),
      decorators: [narrowColumn],
      parameters: describe('In a 320 px column: items stack, tables scroll inside their own box.'),
    },
    Arabic: {
      args: args(threeDatabases, 'arabic'),
      decorators: [arabicPage],
      parameters: describe('On an Arabic page (`lang="ar"`): Arabic interface words and numbers, right to left; the English data keeps its own direction.'),
    },
    Loading: {
      // A fresh URL that never answers (see preview.ts), so the placeholder stays.
      render: (a) => {
        const el = document.createElement(o.tag);
        el.setAttribute('theme', a.theme ?? 'light');
        el.setAttribute('timeout', '600000');
        el.setAttribute('src', `/__never__/${o.tag}-${++loads}.json`);
        return el;
      },
      parameters: describe("While `src` loads: a placeholder of the element's usual size keeps its space."),
    },
    InvalidData: {
      args: { data: invalid } as Partial<A>,
      parameters: describe('An invalid document: every problem, with its path.'),
    },
    HttpError: {
      args: { src: '/missing/python-vs-rust.json' } as Partial<A>,
      parameters: describe('A URL that answers 404.'),
    },
    Empty: o.empty
      ? {
          args: args(o.empty as object, 'empty'),
          render: (a, context) => html`<p>Above</p>${o.render(a, context)}<p>Below (no gap between these lines)</p>`,
          parameters: describe('Valid data with nothing for this element: it renders nothing and takes no space.'),
        }
      : undefined,
  };
}
