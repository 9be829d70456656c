/// <reference types="node" />
/**
 * `compare-kit render <file|url> [--element compare-page] [--sections "…"] …`:
 * prints the server-rendered HTML of one element (declarative shadow DOM,
 * inline JSON, JSON-LD), to paste into a CMS or a static site. Load
 * `compare-kit.js` on that page and it hydrates into live elements.
 */
import { parseArgs } from 'node:util';
import type { ComparisonIssue } from '../../schema/parse.js';
import { reportInvalid, type CliIo } from '../io.js';
import { readSource, sourceOf } from '../source.js';

export const USAGE = `Usage: compare-kit render <file|url> [options]

Prints the element as server-rendered HTML: every word is in the HTML
before any script runs (for readers without JavaScript and for crawlers),
and the compare-kit.js script makes it interactive without re-rendering.

Options:
  --element <tag>            compare-page (default), compare-facts, compare-verdict, … (or just "facts")
  --sections "<names>"       with compare-page: the sections, in order ("verdict facts faq")
  --theme <name>             light (default), dark, auto or host
  --locale <tag>             the language of the interface words (default: the comparison's locale, else en);
                             use your page's language
  --heading-level <1-6>      level of the element's headings (default 2)
  --url <page-url>           the page's URL, for the JSON-LD ids
  --structured-data          add schema.org JSON-LD (default for compare-page)
  --no-structured-data       leave it out
  --baseline <item-id>       compare-facts: the item the Diff column compares against
  --scale <auto|linear|log>  compare-chart: the scale
  --vote-endpoint <url>      compare-verdict: where votes are POSTed
  --endpoint <url>           compare-track: where sign-ups are POSTed
  --affiliate-disclosure <t> compare-resources: the affiliate disclosure text
  -h, --help                 this text

Exit code: 0 printed, 1 the comparison has problems or cannot be read, 2 wrong usage.`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        element: { type: 'string' },
        sections: { type: 'string' },
        theme: { type: 'string' },
        locale: { type: 'string' },
        'heading-level': { type: 'string' },
        url: { type: 'string' },
        'structured-data': { type: 'boolean' },
        'no-structured-data': { type: 'boolean' },
        baseline: { type: 'string' },
        scale: { type: 'string' },
        'vote-endpoint': { type: 'string' },
        endpoint: { type: 'string' },
        'affiliate-disclosure': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`compare-kit render: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.err(`compare-kit render: ${positionals.length ? `one document at a time (got ${positionals.length})` : 'which document? Give a file or a URL'}\n\n${USAGE}`);
    return 2;
  }
  const level = v['heading-level'] === undefined ? undefined : Number(v['heading-level']);
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6)) {
    io.err(`compare-kit render: --heading-level "${v['heading-level']}": a whole number from 1 to 6`);
    return 2;
  }
  if (v['structured-data'] && v['no-structured-data']) {
    io.err('compare-kit render: --structured-data or --no-structured-data, not both');
    return 2;
  }

  // The server renderer needs @lit-labs/ssr, an optional dependency: say so plainly when it is missing.
  let ssr: typeof import('../../ssr/render.js');
  try {
    ssr = await import('../../ssr/render.js');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test((e as Error).message)) {
      io.err('compare-kit render: server rendering needs the package @lit-labs/ssr: npm install @lit-labs/ssr');
      return 2;
    }
    throw e;
  }
  if (v.element !== undefined && !ssr.elementTag(v.element)) {
    io.err(`compare-kit render: unknown element "${v.element}"; one of: ${ssr.ELEMENTS.join(', ')}`);
    return 2;
  }

  const name = positionals[0]!;
  let text: string;
  try {
    text = (await readSource(sourceOf(name), io)).replace(/^\uFEFF/, '');
  } catch (e) {
    io.err(`compare-kit render: ${(e as Error).message}`);
    return 1;
  }
  try {
    io.out(
      ssr.renderToString(text, {
        ...(v.element !== undefined && { element: v.element }),
        ...(v.sections !== undefined && { sections: v.sections }),
        ...(v.theme !== undefined && { theme: v.theme }),
        ...(v.locale !== undefined && { locale: v.locale }),
        ...(level !== undefined && { headingLevel: level }),
        ...(v.url !== undefined && { url: v.url }),
        ...(v['structured-data'] && { structuredData: true }),
        ...(v['no-structured-data'] && { structuredData: false }),
        ...(v.baseline !== undefined && { baseline: v.baseline }),
        ...(v.scale !== undefined && { scale: v.scale }),
        ...(v['vote-endpoint'] !== undefined && { voteEndpoint: v['vote-endpoint'] }),
        ...(v.endpoint !== undefined && { endpoint: v.endpoint }),
        ...(v['affiliate-disclosure'] !== undefined && { affiliateDisclosure: v['affiliate-disclosure'] }),
      }),
    );
    return 0;
  } catch (e) {
    if (e instanceof RangeError) {
      io.err(`compare-kit render: ${e.message}`);
      return 2;
    }
    const issues = (e as { issues?: ComparisonIssue[] }).issues;
    if (!issues) throw e;
    reportInvalid(io, 'render', name, (e as { kind?: string }).kind, issues);
    return 1;
  }
}
