// npm run test:cli — the `compare-kit` command, as built (dist/node/cli.js),
// run with node against the fixtures, the demo data, files that are missing,
// not JSON or not a comparison, URLs (a small local HTTP server), standard
// input and a folder of many documents. Prints one summary line; exits 1 when
// a check fails.
//
//   node test/cli/run-cli.mjs [--dist dist] [--port 0]
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.CLI_DIST ?? 'dist' },
    port: { type: 'string', default: process.env.CLI_PORT ?? '0' },
  },
});
const cli = resolve(root, args.dist, 'node/cli.js');
if (!existsSync(cli)) {
  console.error(`cli: ${cli} not found: run npm run build first`);
  process.exit(1);
}

let passed = 0;
const failures = [];
function check(ok, what, detail = '') {
  if (ok) passed++;
  else failures.push(`${what}${detail ? `: ${String(detail).slice(0, 400)}` : ''}`);
  return ok;
}

/** Runs the command; resolves to { code, out, err, ms }. */
function run(argv, { input } = {}) {
  const start = performance.now();
  return new Promise((resolveRun) => {
    const child = execFile(process.execPath, [cli, ...argv], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      resolveRun({ code: error ? (error.code ?? 1) : 0, out, err, ms: performance.now() - start });
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

/** Runs the command and closes its stdout after the first chunk, as `| head -1` does; resolves to { code, signal, err, first }. */
function runClosedEarly(argv) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [cli, ...argv], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let first = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', (d) => {
      first = String(d).split('\n')[0];
      child.stdout.destroy();
    });
    child.on('close', (code, signal) => resolveRun({ code, signal, err, first }));
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'compare-kit-cli-'));
const demoPath = 'demo/data/python-vs-rust.json';
const demo = JSON.parse(readFileSync(join(root, demoPath), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// A document saved as Latin-1 ("Zürich" with the byte 0xFC): not UTF-8.
const latin1 = Buffer.from(JSON.stringify({ ...JSON.parse(readFileSync(join(root, 'test/fixtures/minimal.json'), 'utf8')), title: 'Zürich' }), 'latin1');

// A local server for the URL cases.
const server = createServer((req, res) => {
  if (req.url === '/demo.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(join(root, demoPath)));
  else if (req.url === '/invalid.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end(readFileSync(join(root, 'test/fixtures/invalid.json')));
  else if (req.url === '/latin1.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end(latin1);
  else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
});
await new Promise((r) => server.listen(Number(args.port), '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
// A port nothing listens on: a server opened and closed again.
const closedPort = await new Promise((r) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => r(port));
  });
});

let manyMs = 0;
let manyCount = 0;
let manyWall = 0;
/** validate's own time for 10,000 unknown keys (in an item, at the top level). */
const unknownMs = [];
try {
  // --- the dispatcher -------------------------------------------------------
  {
    const r = await run(['--help']);
    check(r.code === 0, '--help exits 0', r.code);
    for (const name of ['validate', 'render', 'schema', 'embed']) check(r.out.includes(name), `--help lists "${name}"`);
    const none = await run([]);
    check(none.code === 2 && none.err.includes('Usage: compare-kit'), 'no command: usage on stderr, exit 2', `${none.code} ${none.err}`);
    const unknown = await run(['frobnicate']);
    check(unknown.code === 2 && unknown.err.includes('unknown command "frobnicate"'), 'an unknown command is named, exit 2', `${unknown.code} ${unknown.err}`);
    const version = await run(['--version']);
    check(version.code === 0 && version.out.trim() === pkg.version, '--version prints the package version', version.out);
  }

  // --- validate ---------------------------------------------------------------
  {
    const ok = await run(['validate', 'test/fixtures/minimal.json', 'test/fixtures/three-databases.json', demoPath]);
    check(ok.code === 0, 'validate: valid documents exit 0', `${ok.code} ${ok.out}${ok.err}`);
    check((ok.out.match(/^✓ /gm) ?? []).length === 3, 'validate: one ✓ line per document', ok.out);
    check(/^3 documents: 3 valid, no problems, in [\d.]+ m?s \([\d.]+ m?s each\)$/m.test(ok.out), 'validate: a summary with the timing', ok.out);

    const bad = await run(['validate', 'test/fixtures/invalid.json']);
    check(bad.code === 1, 'validate: an invalid document exits 1', bad.code);
    const expected = readFileSync(join(root, 'test/fixtures/invalid.expected.txt'), 'utf8').split('\n').filter(Boolean);
    for (const path of expected) check(bad.out.includes(`    ${path}: `), `validate: the problem at ${path} is printed with its path`, bad.out);
    check(bad.out.includes('verdikt: unknown key, did you mean "verdict"?'), 'validate: messages say what to do', bad.out);

    const mixed = await run(['validate', demoPath, 'test/fixtures/invalid.json']);
    check(mixed.code === 1 && mixed.out.includes('1 valid, 1 with problems (6 problems)'), 'validate: one bad document among good ones exits 1', `${mixed.code} ${mixed.out}`);

    const missing = await run(['validate', 'no/such/file.json']);
    check(missing.code === 1 && missing.out.includes('no/such/file.json: no such file'), 'validate: a missing file is named, exit 1', `${missing.code} ${missing.out}`);

    writeFileSync(join(tmp, 'bad.json'), '{\n  "version": 1,\n  "id": "x",,\n}\n');
    const notJson = await run(['validate', join(tmp, 'bad.json')]);
    check(notJson.code === 1 && /not valid JSON/.test(notJson.out) && /line 3/.test(notJson.out), 'validate: bad JSON says where (line), exit 1', notJson.out);

    // A key typed twice: JSON.parse keeps the last and says nothing; validate names it, with its path.
    const minimalText = readFileSync(join(root, 'test/fixtures/minimal.json'), 'utf8');
    writeFileSync(join(tmp, 'twice.json'), minimalText.replace('"name": "Coffee"', '"name": "Coffee", "name": "Espresso"').replace('"version": 1,', '"version": 1, "x-note": "a", "x-note": "b",'));
    const twice = await run(['validate', join(tmp, 'twice.json')]);
    check(
      twice.code === 1 && twice.out.includes(': 1 problem\n    items[1].name: duplicate key: only its last value is read (keep one)\n'),
      'validate: a key given twice is a problem named by its path (an x- extension given twice is not)',
      twice.out,
    );

    // A valid document whose rows will show no "best": noted, with why, and still valid (exit 0).
    const items = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }];
    const attributes = [
      { id: 'score', label: 'Score', better: 'higher', values: { a: '9.4/10', b: '4.5/5' } },
      { id: 'pack', label: 'Pack', better: 'lower', values: { a: '2 × 500 Wh', b: '900 Wh' } },
      { id: 'fine', label: 'Fine', better: 'lower', values: { a: '5 s', b: '6 s' } },
      { id: 'tie', label: 'Tie', better: 'lower', values: { a: '5 s', b: '5 s' } },
      { id: 'tax', label: 'Tax', better: 'lower', values: { a: '$5 + tax', b: '$6' } },
      { id: 'monthly', label: 'Monthly', better: 'lower', values: { a: '$9/month', b: '$99' } },
      { id: 'energy', label: 'Energy', better: 'lower', values: { a: '5 GB', b: '14.2 kWh/100 km' } },
      { id: 'accel', label: 'Acceleration', better: 'lower', values: { a: '0-60 mph: 4.5 s', b: '0–100 km/h in 5.1 s' } },
      { id: 'charge', label: 'Charge', better: 'lower', values: { a: '10-80% in 18 min', b: '25 min' } },
    ];
    writeFileSync(join(tmp, 'notes.json'), JSON.stringify({ version: 1, id: 'notes', title: 'Notes', items, attributes }));
    const noted = await run(['validate', join(tmp, 'notes.json')]);
    const notes = noted.out.split('\n').filter((l) => l.startsWith('    note: '));
    check(
      noted.code === 0 &&
        notes.length === 6 && // (not the charge row: a time with no conditions joins the row's one test)
        notes[0] === '    note: attributes[0].values: values of different kinds ("9.4/10", a score out of 10, beside "4.5/5", a score out of 5), so the row shows no "best"' &&
        notes[3] === '    note: attributes[5].values: values of different kinds ("$9/month", USD per month, beside "$99", USD), so the row shows no "best"' &&
        notes[4] === '    note: attributes[6].values: values of different kinds ("5 GB", a size, beside "14.2 kWh/100 km", kWh per 100 km), so the row shows no "best"' &&
        notes[5] === '    note: attributes[7].values: values of different kinds ("0-60 mph: 4.5 s", a time for 0-60 mph, beside "0–100 km/h in 5.1 s", a time for 0-100 km/h), so the row shows no "best"' &&
        notes[1].startsWith('    note: attributes[1].values.a: "2 × 500 Wh" starts with a number that could not be read') &&
        notes[2].startsWith('    note: attributes[4].values.a: "$5 + tax" starts with "$" and a number that could not be read'),
      'validate: rows that will show no "best" are noted with why (different kinds, a test\'s other conditions, an unread number, a price "+ tax"); a tie is not',
      noted.out,
    );

    // "Unlimited" joins the row's most common kind (here a time): the note names two values read as what they are.
    writeFileSync(join(tmp, 'notes-unlimited.json'), JSON.stringify({ version: 1, id: 'calls', title: 'Calls', items: [...items, { id: 'c', name: 'C' }, { id: 'd', name: 'D' }], attributes: [
      { id: 'calls', label: 'Calls', better: 'higher', values: { a: 'Unlimited', b: '200 minutes', c: '100 min', d: '250' } },
    ] }));
    const unlimited = (await run(['validate', join(tmp, 'notes-unlimited.json')])).out.split('\n').filter((l) => l.startsWith('    note: '));
    check(
      unlimited.length === 1 && unlimited[0] === '    note: attributes[0].values: values of different kinds ("200 minutes", a time, beside "250", a count), so the row shows no "best"',
      'validate: a row of different kinds with "Unlimited" in it names two values of different kinds (not "Unlimited", a count, beside "250", a count)',
      unlimited.join('\n'),
    );

    // Text that may be the best: words naming a unit of the row, a number after words. Noted, with the value object
    // that fixes it; a number after words that cannot be the best is not.
    const three = [...items, { id: 'c', name: 'C' }];
    writeFileSync(join(tmp, 'notes-text.json'), JSON.stringify({ version: 1, id: 'text', title: 'Text', items: three, attributes: [
      { id: 'delivery', label: 'Delivery', better: 'lower', values: { a: 'Next day', b: '2 days', c: '5 days' } },
      { id: 'price', label: 'Price', better: 'lower', values: { a: 'MSRP $39,990', b: '$41,000', c: '$45,990' } },
      { id: 'dearer', label: 'Dearer', better: 'lower', values: { a: 'MSRP $49,990', b: '$41,000', c: '$45,990' } },
    ] }));
    const textNotes = (await run(['validate', join(tmp, 'notes-text.json')])).out.split('\n').filter((l) => l.startsWith('    note: '));
    check(
      textNotes.length === 2 &&
        textNotes[0] === '    note: attributes[0].values.a: "Next day" names a unit of the row without a number: it may be the best, so the row shows no "best" (write it as a value object: { "text": …, "value": …, "unit": … })' &&
        textNotes[1].startsWith('    note: attributes[1].values.a: "MSRP $39,990" has a number after its words that may be the best, so the row shows no "best"'),
      'validate: text that may be the best (a unit named in words, a number after words) is noted; one that cannot be is not',
      textNotes.join('\n'),
    );

    // Every value of a row that could not be read is noted, not only the first.
    writeFileSync(join(tmp, 'notes-two.json'), JSON.stringify({ version: 1, id: 'two', title: 'Two', items, attributes: [
      { id: 'packs', label: 'Packs', better: 'lower', values: { a: '2 × 500 Wh', b: '3 × 300 Wh' } },
    ] }));
    const two = (await run(['validate', join(tmp, 'notes-two.json')])).out.split('\n').filter((l) => l.startsWith('    note: '));
    check(
      two.length === 2 && two[0].startsWith('    note: attributes[0].values.a: "2 × 500 Wh" starts with') && two[1].startsWith('    note: attributes[0].values.b: "3 × 300 Wh" starts with'),
      'validate: a row with two values that could not be read notes both',
      two.join('\n'),
    );
    // A value that starts with a sign says so ("% 25" was said to start with a number); in Turkish, which writes the sign
    // first, "% 25" is read as "%20" is: no note, the row has its best.
    const percents = [{ id: 'discount', label: 'İndirim', better: 'higher', values: { a: '%20', b: '% 25' } }];
    writeFileSync(join(tmp, 'notes-percent-en.json'), JSON.stringify({ version: 1, id: 'en', title: 'Discounts', items, attributes: percents }));
    writeFileSync(join(tmp, 'notes-percent-tr.json'), JSON.stringify({ version: 1, id: 'tr', title: 'İndirimler', locale: 'tr-TR', items, attributes: percents }));
    const percentEn = (await run(['validate', join(tmp, 'notes-percent-en.json')])).out.split('\n').filter((l) => l.startsWith('    note: '));
    const percentTr = await run(['validate', join(tmp, 'notes-percent-tr.json')]);
    check(
      percentEn.length === 1 && percentEn[0].startsWith('    note: attributes[0].values.b: "% 25" starts with "%" and a number that could not be read, so the row') &&
        percentTr.code === 0 && !percentTr.out.includes('note:'),
      'validate: a value starting with "%" that could not be read is noted as starting so; in Turkish "% 25" is read',
      `${percentEn.join('\n')}\n${percentTr.out}`,
    );
    // --locale: the page's language, in which a document without "locale" has its values read (as on a lang="nb" page).
    writeFileSync(join(tmp, 'notes-nb.json'), JSON.stringify({ version: 1, id: 'nb', title: 'Priser', items, attributes: [
      { id: 'price', label: 'Pris', better: 'lower', values: { a: '1 299 kr', b: '999 kr' } },
      { id: 'users', label: 'Brukere', better: 'higher', values: { a: '1,2 mill.', b: '900 000' } },
    ] }));
    const plainNb = await run(['validate', join(tmp, 'notes-nb.json')]);
    const withNb = await run(['validate', '--locale', 'nb', join(tmp, 'notes-nb.json')]);
    const badLocale = await run(['validate', '--locale', 'not a tag', join(tmp, 'notes-nb.json')]);
    check(
      plainNb.code === 0 && plainNb.out.includes('note: attributes[0].values.a: "1 299 kr" starts with') &&
        withNb.code === 0 && !withNb.out.includes('note:') &&
        badLocale.code === 2 && badLocale.err.includes('--locale "not a tag" is not a language tag'),
      'validate --locale nb: values of a document without "locale" are read in the page\'s language (no notes); a bad tag is wrong usage',
      `${plainNb.out}\n${withNb.out}\n${badLocale.code} ${badLocale.err}`,
    );

    // Author text is printed with its invisible characters and controls shown: a right-to-left embedding or override
    // (U+202B, U+202E) would turn the terminal's line around, an escape sequence (ESC) would act on the terminal.
    attributes[0].values.a = '9.4/10\u202b\u200b';
    attributes[1].values.a = '2 × 500 Wh\u001b[2J\u0085';
    writeFileSync(join(tmp, 'notes-bidi.json'), JSON.stringify({ version: 1, id: 'notes', title: 'Notes', items, attributes }));
    const bidi = (await run(['validate', join(tmp, 'notes-bidi.json')])).out.split('\n').filter((l) => l.startsWith('    note: '));
    check(
      bidi[0] === '    note: attributes[0].values: values of different kinds ("9.4/10<U+202B><U+200B>", a score out of 10, beside "4.5/5", a score out of 5), so the row shows no "best"' &&
        bidi[1]?.startsWith('    note: attributes[1].values.a: "2 × 500 Wh<U+001B>[2J<U+0085>" starts with'),
      'validate: a note shows the format characters and controls of a value as <U+XXXX>',
      bidi.join('\n'),
    );
    // A Persian value's zero-width non-joiner between letters is ordinary writing, not shown ("ساعت‌ها", hours).
    attributes[1].values.a = '۲ × ۵۰۰ ساعت\u200cها';
    writeFileSync(join(tmp, 'notes-fa.json'), JSON.stringify({ version: 1, id: 'notes', title: 'Notes', locale: 'fa', items, attributes }));
    const fa = (await run(['validate', join(tmp, 'notes-fa.json')])).out.split('\n').filter((l) => l.startsWith('    note: attributes[1]'));
    check(fa[0]?.startsWith('    note: attributes[1].values.a: "۲ × ۵۰۰ ساعت\u200cها" starts with'), 'validate: a note keeps the zero-width non-joiner inside a Persian word', fa.join('\n'));
    // In a language with no words, counts of other words are of other kinds, and the note names the words.
    const sl = {
      version: 1,
      id: 'sl',
      title: 'Prodaja',
      locale: 'sl',
      items: [...items, { id: 'c', name: 'C' }],
      attributes: [
        { id: 'sold', label: 'Prodanih', better: 'higher', values: { a: '900 tis. kos', b: '2,4 mio. kos' } },
        { id: 'data', label: 'Podatki', better: 'higher', values: { a: 'neomejeno', b: '20 GB' } },
        { id: 'battery', label: 'Vzdržljivost', better: 'higher', values: { a: 'do 14 dni', b: '40 ur' } },
        // Values of different kinds beside text: the kinds are the reason.
        { id: 'mixed', label: 'Mešano', better: 'higher', values: { a: 'različica 3', b: '10 GB', c: '2 h' } },
      ],
    };
    writeFileSync(join(tmp, 'notes-sl.json'), JSON.stringify(sl));
    const slNote = (await run(['validate', join(tmp, 'notes-sl.json')])).out.split('\n').filter((l) => l.startsWith('    note: '));
    check(
      slNote.length === 4 &&
        slNote[3] === '    note: attributes[3].values: values of different kinds ("10 GB", a size, beside "2 h", a time), so the row shows no "best"' &&
        slNote[2] === '    note: attributes[2].values.a: "do 14 dni" is text in a language whose words compare-kit does not read ("sl"): it may be the best, so the row shows no "best"' &&
        slNote[0] === '    note: attributes[0].values: values of different kinds ("900 tis. kos", a count of "tis", beside "2,4 mio. kos", a count of "mio"), so the row shows no "best"' &&
        slNote[1] === '    note: attributes[1].values.a: "neomejeno" is text in a language whose words compare-kit does not read ("sl"): it may be the best, so the row shows no "best"',
      'validate: in a language with no words, counts of other words are noted as of other kinds, with their words; text, as maybe the best',
      slNote.join('\n'),
    );
    // Slovak has its words: the same rows in Slovak read ("tis." and "mil." are magnitudes, "neobmedzené" no limit, "až" a
    // bound), and only the row of different kinds is noted.
    const sk = {
      ...sl,
      id: 'sk',
      title: 'Predaj',
      locale: 'sk',
      attributes: [
        { id: 'sold', label: 'Predaných', better: 'higher', values: { a: '900 tis. ks', b: '2,4 mil. ks' } },
        { id: 'data', label: 'Dáta', better: 'higher', values: { a: 'neobmedzené', b: '20 GB' } },
        { id: 'battery', label: 'Výdrž', better: 'higher', values: { a: 'až 14 dní', b: '40 hodín' } },
        { id: 'mixed', label: 'Zmes', better: 'higher', values: { a: 'verzia 3', b: '10 GB', c: '2 h' } },
      ],
    };
    writeFileSync(join(tmp, 'notes-sk.json'), JSON.stringify(sk));
    const skNote = (await run(['validate', join(tmp, 'notes-sk.json')])).out.split('\n').filter((l) => l.startsWith('    note: '));
    check(
      skNote.length === 1 && skNote[0] === '    note: attributes[3].values: values of different kinds ("10 GB", a size, beside "2 h", a time), so the row shows no "best"',
      'validate: in Slovak, whose words compare-kit reads, magnitudes, bounds and "no limit" are read, and no such row is noted',
      skNote.join('\n'),
    );
    writeFileSync(join(tmp, 'problems-bidi.json'), JSON.stringify({ version: 1, id: 'x', title: 'X', items, pros: { 'zz\u202e\u001b[31m': ['Fast'] } }));
    const bidiProblems = await run(['validate', join(tmp, 'problems-bidi.json')]);
    const bidiRender = await run(['render', join(tmp, 'problems-bidi.json')]);
    const shown = 'pros["zz<U+202E>\\u001b[31m"]: unknown item id "zz<U+202E><U+001B>[31m" (items are "a", "b")';
    check(
      bidiProblems.out.includes(`    ${shown}`) && bidiRender.err.includes(`  ${shown}`) && !/[\u202e\u001b]/.test(bidiProblems.out + bidiRender.err),
      'validate, render: a problem line shows the format characters and controls of an id as <U+XXXX>',
      bidiProblems.out + bidiRender.err,
    );

    writeFileSync(join(tmp, 'bom.json'), `\uFEFF${readFileSync(join(root, 'test/fixtures/minimal.json'), 'utf8')}`);
    const bom = await run(['validate', join(tmp, 'bom.json')]);
    check(bom.code === 0, 'validate: a byte-order mark (Windows editors) is fine', bom.out);

    const json = await run(['validate', '--json', demoPath, 'test/fixtures/invalid.json', 'no/such/file.json']);
    let report;
    try {
      report = JSON.parse(json.out);
    } catch (e) {
      report = undefined;
    }
    check(json.code === 1 && report !== undefined, 'validate --json: stdout is one JSON document, exit 1', json.out.slice(0, 200));
    if (report) {
      check(report.ok === false && report.summary.total === 3 && report.summary.valid === 1 && report.summary.invalid === 2, 'validate --json: the summary counts', JSON.stringify(report.summary));
      check(report.files[0].ok === true && report.files[0].id === demo.id, 'validate --json: a valid document with its id', JSON.stringify(report.files[0]));
      const inv = report.files[1];
      check(inv.kind === 'schema' && expected.every((p) => inv.issues.some((i) => i.path === p && i.message)), 'validate --json: every problem with its path and message', JSON.stringify(inv));
      check(report.files[2].kind === 'read' && /no such file/.test(report.files[2].issues[0].message), 'validate --json: an unreadable file', JSON.stringify(report.files[2]));
      check(json.err === '', 'validate --json: nothing on stderr', json.err);
    }

    // URLs
    const url = await run(['validate', `${base}/demo.json`, `${base}/invalid.json`, `${base}/gone.json`]);
    check(url.code === 1, 'validate URLs: exit 1 when one is bad', url.code);
    check(url.out.includes(`✓ ${base}/demo.json`), 'validate URLs: a good URL passes', url.out);
    check(url.out.includes(`${base}/invalid.json: 6 problems`), 'validate URLs: problems of a fetched document', url.out);
    check(url.out.includes(`${base}/gone.json: HTTP 404`), 'validate URLs: an HTTP error is named', url.out);
    const refused = await run(['validate', `http://127.0.0.1:${closedPort}/x.json`]);
    check(refused.code === 1 && /could not fetch \(connection refused\)/.test(refused.out), 'validate URLs: a refused connection is named', refused.out);
    const scheme = await run(['validate', 'ftp://example.com/x.json']);
    check(scheme.code === 1 && /only http:\/\/ and https:\/\//.test(scheme.out), 'validate URLs: an unsupported scheme is named', scheme.out);
    const malformed = await run(['validate', 'http://exa mple.com/x.json']);
    check(malformed.code === 1 && /is not a valid URL/.test(malformed.out), 'validate URLs: a malformed URL is named', malformed.out);
    const fileUrl = await run(['validate', pathToFileURL(join(root, demoPath)).href]);
    check(fileUrl.code === 0, 'validate: a file:// URL is a file', fileUrl.out);

    // Standard input
    const stdin = await run(['validate', '-'], { input: readFileSync(join(root, demoPath)) });
    check(stdin.code === 0 && stdin.out.includes('✓ -'), 'validate -: reads standard input', stdin.out);

    // Not UTF-8 (a file saved as Latin-1): refused as the element refuses it, not read with U+FFFD for "ü".
    writeFileSync(join(tmp, 'latin1.json'), latin1);
    const notUtf8 = 'is not UTF-8 text: save the JSON file as UTF-8';
    for (const [argv, input] of [[['validate', join(tmp, 'latin1.json')]], [['validate', '-'], latin1], [['validate', `${base}/latin1.json`]], [['render', join(tmp, 'latin1.json')]], [['embed', join(tmp, 'latin1.json')]]]) {
      const r = await run(argv, { input });
      check(r.code === 1 && `${r.out}${r.err}`.includes(argv[0] === 'embed' ? notUtf8.slice(3) : notUtf8), `${argv.join(' ')}: a Latin-1 file is refused as not UTF-8, exit 1`, `${r.code} ${r.out}${r.err}`);
    }

    // A folder of many documents: every .json in it, progress-free output, timing per document.
    const many = join(tmp, 'many');
    mkdirSync(join(many, 'nested'), { recursive: true });
    for (let i = 0; i < 100; i++) copyFileSync(join(root, i % 2 ? demoPath : 'test/fixtures/three-databases.json'), join(many, i < 50 ? '' : 'nested', `c${i}.json`));
    writeFileSync(join(many, 'notes.txt'), 'not a comparison');
    const folder = await run(['validate', many]);
    manyWall = folder.ms;
    const m = /^(\d+) documents: (\d+) valid, no problems, in ([\d.]+) (m?s) \(([\d.]+) (m?s) each\)$/m.exec(folder.out);
    check(folder.code === 0 && m && Number(m[1]) === 100, 'validate <folder>: every .json in it, recursively', folder.out.slice(-300));
    if (m) {
      manyCount = Number(m[1]);
      manyMs = Number(m[3]) * (m[4] === 's' ? 1000 : 1);
    }
    // 10,000 unknown keys in one object (an item) and at the top level: every one listed, in the document's order, a
    // suggestion where one exists. (Each took 40-60 s: the order of the problems searched the object's keys for each.)
    const junk = (o, typo) => {
      for (let i = 0; i < 10_000; i++) o[i === 5000 ? typo : `k${i}`] = i;
      return o;
    };
    const minimalDoc = JSON.parse(readFileSync(join(root, 'test/fixtures/minimal.json'), 'utf8'));
    const inItem = structuredClone(minimalDoc);
    junk(inItem.items[0], 'nmae');
    writeFileSync(join(tmp, 'unknown-item.json'), JSON.stringify(inItem));
    writeFileSync(join(tmp, 'unknown-top.json'), JSON.stringify(junk(structuredClone(minimalDoc), 'titel')));
    for (const [file, at, typo, meant] of [['unknown-item.json', 'items[0].', 'nmae', 'name'], ['unknown-top.json', '', 'titel', 'title']]) {
      const r = await run(['validate', join(tmp, file)]);
      const lines = r.out.split('\n').filter((l) => l.startsWith('    '));
      const t = /in ([\d.]+) (m?s)$/m.exec(r.out);
      if (t) unknownMs.push(Number(t[1]) * (t[2] === 's' ? 1000 : 1));
      check(
        r.code === 1 && r.out.includes(': 10000 problems\n') && lines.length === 10_000 &&
          lines[0] === `    ${at}k0: unknown key` && lines[5000] === `    ${at}${typo}: unknown key, did you mean "${meant}"?` && lines[9999] === `    ${at}k9999: unknown key`,
        `validate: 10,000 unknown keys ${at ? 'in an item' : 'at the top level'}, each listed in order, with "did you mean" where one exists`,
        `${r.code} ${lines.slice(0, 2).join('\n')} … ${lines.slice(-2).join('\n')}`,
      );
    }

    // A reader that stops early (`| head -1`) closes the pipe: the command ends quietly, with no stack trace (the
    // failed write threw EPIPE, exit 1). Outputs over the pipe's 64 KB, so a write is waiting when it closes.
    // Its status is 141, as for SIGPIPE, or its own (1: the document is invalid; 0) when it ended before the failed
    // write was reported (a race: a loaded machine showed 1).
    for (const [argv, own] of [[['validate', join(tmp, 'unknown-top.json')], 1], [['render', demoPath], 0]]) {
      const r = await runClosedEarly(argv);
      check(
        (r.code === 141 || r.code === own) && r.signal === null && r.err === '' && r.first,
        `${argv[0]} | head -1: ends quietly when its reader stops early (exit 141 as for SIGPIPE or its own status, nothing on stderr)`,
        `${r.code} ${r.signal} ${r.err}`,
      );
    }

    const quiet = await run(['validate', '--quiet', many]);
    check(quiet.code === 0 && !quiet.out.includes('✓') && /100 documents/.test(quiet.out), 'validate --quiet: only the summary when all is well', quiet.out);
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const none = await run(['validate', empty]);
    check(none.code === 1 && /has no \.json files/.test(none.out), 'validate <empty folder>: says so, exit 1', none.out);

    const usage = await run(['validate']);
    check(usage.code === 2 && /which documents/.test(usage.err), 'validate with nothing to check: usage, exit 2', usage.err);
    const opt = await run(['validate', '--frob', demoPath]);
    check(opt.code === 2 && /--frob/.test(opt.err), 'validate with an unknown option: named, exit 2', opt.err);
  }

  // --- render -----------------------------------------------------------------
  {
    const page = await run(['render', demoPath]);
    check(page.code === 0, 'render: exit 0', `${page.code} ${page.err}`);
    check(page.out.startsWith('<compare-page lang="en"'), 'render: <compare-page> by default, in the comparison\'s language', page.out.slice(0, 80));
    check(page.out.includes('<template shadowroot="open" shadowrootmode="open">'), 'render: declarative shadow DOM');
    check(page.out.includes('<script type="application/json">') && page.out.includes('<script type="application/ld+json" data-compare-kit>'), 'render: the inline JSON and the JSON-LD');
    check(page.out.includes('Our Verdict') && page.out.includes('Key Facts &amp; Figures') && page.out.includes(demo.faq[0].question.replace(/&/g, '&amp;')), 'render: the verdict, the facts and the FAQ are in the HTML');
    const inline = /<script type="application\/json">([^<]*)<\/script>/.exec(page.out);
    check(inline && JSON.stringify(JSON.parse(inline[1])) === JSON.stringify(demo), 'render: the inline JSON is the document');

    const facts = await run(['render', demoPath, '--element', 'facts', '--locale', 'de', '--heading-level', '3', '--theme', 'dark']);
    check(facts.code === 0 && facts.out.startsWith('<compare-facts lang="de" theme="dark" heading-level="3"'), 'render --element facts --locale de --theme dark --heading-level 3', facts.out.slice(0, 100));
    check(facts.out.includes('Wichtige Fakten') && !facts.out.includes('application/ld+json'), 'render --locale de: German words; no JSON-LD unless asked');
    // A word that is well-formed BCP 47 but no language ("german"), and WordPress's "de_DE": refused, with a hint for the second.
    const german = await run(['render', demoPath, '--element', 'facts', '--locale', 'german']);
    check(german.code !== 0 && /locale "german" is not a language tag/.test(german.err), 'render --locale german: refused (it wrote lang="german")', german.err);
    const underscore = await run(['render', demoPath, '--element', 'facts', '--locale', 'de_DE']);
    check(underscore.code !== 0 && underscore.err.includes('did you mean "de-DE"?'), 'render --locale de_DE: did you mean "de-DE"?', underscore.err);
    const ru = await run(['render', demoPath, '--element', 'facts', '--locale', 'ru']);
    check(ru.code === 0 && ru.out.includes('Ключевые факты и цифры') && !ru.out.includes('Key Facts'), 'render --locale ru: Russian words', ru.out.slice(0, 100));
    const sections = await run(['render', demoPath, '--sections', 'verdict faq']);
    check(sections.code === 0 && sections.out.includes('sections="verdict faq"') && sections.out.includes('<compare-verdict') && sections.out.includes('<compare-faq') && !sections.out.includes('<compare-table'), 'render --sections "verdict faq": only those', sections.out.slice(0, 120));
    const noLd = await run(['render', demoPath, '--no-structured-data']);
    check(noLd.code === 0 && !noLd.out.includes('application/ld+json') && noLd.out.includes('structured-data="false"'), 'render --no-structured-data');

    // Text is never markup: "</script>" in the data cannot end a script or the page.
    const hostile = structuredClone(demo);
    hostile.description = '</script><script>alert(1)</script><!-- x';
    hostile.items[0].name = '<img src=x onerror=alert(1)>';
    writeFileSync(join(tmp, 'hostile.json'), JSON.stringify(hostile));
    const h = await run(['render', join(tmp, 'hostile.json')]);
    check(h.code === 0 && !h.out.includes('<script>alert') && !h.out.includes('<img src=x') && h.out.includes('\\u003c/script>\\u003cscript>alert(1)'), 'render: "</script>" and tags in the data stay text', h.out.match(/.{60}alert.{20}/)?.[0]);
    const scripts = (h.out.match(/<script\b/g) ?? []).length;
    check(scripts === 2, 'render: exactly the two scripts compare-kit writes', scripts);

    // Over the 2 MB limit: refused as validate and embed refuse it (the browser would refuse the inline JSON, and the
    // page would not hydrate), whether given as text or as an object to renderToString.
    writeFileSync(join(tmp, 'huge.json'), JSON.stringify({ ...demo, 'x-pad': 'x'.repeat(2_500_000) }));
    const huge = await run(['render', join(tmp, 'huge.json')]);
    const hugeEmbed = await run(['embed', join(tmp, 'huge.json')]);
    check(huge.code === 1 && huge.out === '' && huge.err.includes('larger than 2 MB (') && huge.err.split('\n').slice(1).join() === hugeEmbed.err.split('\n').slice(1).join(), 'render a document over 2 MB: refused as embed refuses it, exit 1', huge.err.slice(0, 300));
    const { renderToString } = await import(pathToFileURL(resolve(root, args.dist, 'node/ssr.js')).href);
    let hugeObject;
    try {
      renderToString({ ...demo, 'x-pad': 'x'.repeat(2_500_000) });
    } catch (e) {
      hugeObject = e;
    }
    check(hugeObject?.issues?.[0]?.message.startsWith('larger than 2 MB ('), 'renderToString: an object whose inline JSON is over 2 MB is refused', hugeObject?.message);

    const invalid = await run(['render', 'test/fixtures/invalid.json']);
    check(invalid.code === 1 && invalid.out === '' && invalid.err.includes('items[1].name: expected a string, got 42'), 'render an invalid document: its problems, exit 1', invalid.err);
    const missing = await run(['render', 'nope.json']);
    check(missing.code === 1 && missing.err.includes('nope.json: no such file'), 'render a missing file: exit 1', missing.err);
    const badEl = await run(['render', demoPath, '--element', 'compare-nothing']);
    check(badEl.code === 2 && /unknown element "compare-nothing"/.test(badEl.err), 'render --element with an unknown tag: exit 2', badEl.err);
    const badSection = await run(['render', demoPath, '--sections', 'verdict pricing']);
    check(badSection.code === 2 && /unknown section "pricing"/.test(badSection.err), 'render --sections with an unknown section: exit 2', badSection.err);
    const badLevel = await run(['render', demoPath, '--heading-level', '9']);
    check(badLevel.code === 2 && /1 to 6/.test(badLevel.err), 'render --heading-level 9: exit 2', badLevel.err);
    const two = await run(['render', demoPath, demoPath]);
    check(two.code === 2, 'render two documents: exit 2', two.err);
    const fromUrl = await run(['render', `${base}/demo.json`, '--element', 'verdict']);
    check(fromUrl.code === 0 && fromUrl.out.startsWith('<compare-verdict'), 'render a URL', fromUrl.err);
  }

  // --- schema -----------------------------------------------------------------
  {
    const s = await run(['schema']);
    let schema;
    try {
      schema = JSON.parse(s.out);
    } catch {
      schema = undefined;
    }
    check(s.code === 0 && schema?.$schema === 'https://json-schema.org/draft/2020-12/schema', 'schema: prints the JSON Schema (draft 2020-12)', s.out.slice(0, 120));
    const published = join(root, args.dist, 'comparison.schema.json');
    if (existsSync(published)) {
      check(JSON.stringify(schema) === JSON.stringify(JSON.parse(readFileSync(published, 'utf8'))), 'schema: the same as the published comparison.schema.json');
    }
    check(schema?.required?.includes('items') && schema?.properties?.items, 'schema: describes the format');
  }

  // --- the package's entries (package.json "exports", resolved as an app's import would) ---
  {
    const to = (spec) => {
      try {
        return fileURLToPath(import.meta.resolve(spec)).slice(root.length + 1);
      } catch (e) {
        return e.code;
      }
    };
    // The documented ones: compare-kit/<tag>.js for each element, the bundle, the stylesheets, the schema, server rendering.
    const tags = readdirSync(join(root, 'src/define')).map((f) => f.replace(/\.ts$/, ''));
    for (const t of tags) check(to(`compare-kit/${t}.js`) === `dist/${t}.js`, `exports: compare-kit/${t}.js`, to(`compare-kit/${t}.js`));
    const entries = { 'compare-kit': 'dist/index.js', 'compare-kit/compare-kit.js': 'dist/compare-kit.js', 'compare-kit/ssr': 'dist/node/ssr.js', 'compare-kit/compare-kit.css': 'dist/compare-kit.css', 'compare-kit/compare-kit-tokens.css': 'dist/compare-kit-tokens.css', 'compare-kit/comparison.schema.json': 'dist/comparison.schema.json' };
    for (const [spec, file] of Object.entries(entries)) check(to(spec) === file, `exports: ${spec}`, to(spec));
    // Every file package.json names is there after the build: each condition of every entry ("types" too, which no
    // import resolves here), and "main", "module", "types", "bin". A wrong path fails an app's import, or its type
    // check, only once published.
    const named = (x) => (typeof x === 'string' ? [x] : Object.values(x ?? {}).flatMap(named));
    const files = new Set(named([pkg.exports, pkg.main, pkg.module, pkg.types, pkg.bin]));
    check(files.size > 20 && [...files].some((f) => f.endsWith('.d.ts')), 'package.json: its files are listed', [...files].join(' '));
    for (const file of files) check(existsSync(join(root, file)), `package.json names ${file}`, 'no such file after the build');
    // Not the build's internal files: a language table (compare-kit.js imports it by its relative URL), a shared chunk, the CLI, the root's file.
    const table = readdirSync(join(root, 'dist')).find((f) => /^compare-kit\.de-.+\.js$/.test(f)) ?? 'compare-kit.de-0000.js';
    for (const spec of [table, 'chunks/bidi.js', 'node/cli.js', 'node/chunks/de.js', 'index.js', 'compare-nothing.js']) {
      check(to(`compare-kit/${spec}`) === 'ERR_PACKAGE_PATH_NOT_EXPORTED', `exports: compare-kit/${spec} is not an entry`, to(`compare-kit/${spec}`));
    }
  }

  // --- embed (its own tests are the other helper's; here: it is wired in) -------
  {
    const e = await run(['embed', 'test/fixtures/minimal.json', '--element', 'facts']);
    check(e.code === 0 && e.out.includes('<compare-facts'), 'embed is a command of the tool', `${e.code} ${e.err}`);
  }
} catch (e) {
  failures.push(`crashed: ${e.stack ?? e}`);
} finally {
  server.close();
  rmSync(tmp, { recursive: true, force: true });
}

for (const f of failures) console.error(`FAIL ${f}`);
console.log(
  `cli: ${passed} checks passed, ${failures.length} failed; validate: ${manyCount} documents in ${manyMs.toFixed(0)} ms (${manyCount ? (manyMs / manyCount).toFixed(1) : '?'} ms each; ${manyWall.toFixed(0)} ms with Node's start-up); 10,000 unknown keys: ${unknownMs.map((ms) => `${ms.toFixed(0)} ms`).join(', ') || '?'} (in an item, at the top level)`,
);
process.exit(failures.length ? 1 : 0);
