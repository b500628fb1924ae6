// Detector figures for `npm run bench`: accuracy on the labelled corpus (and the holdout sets,
// written after the signals and never tuned on), speed of messages and pages, the page gate's
// speed and how often it lets a page through, and sizes. Speeds are of the minified bundle, as shipped.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { createDetector } from '../../content/detect/engine.ts';
import type { compileGateIndex } from '../../content/detect/gate-index.ts';
import { loadSignalIndex } from '../../content/detect/node.ts';
import type { createGate } from '../../content/detect/page-gate.ts';
import { accuracy, CORPUS_DIR, type CorpusItem, readCorpus } from '../../tests/detect/corpus.ts';
import type { Row } from '../row.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Median wall time of `f` over `runs` runs after `warm` warm-up runs, in ms. */
function time(f: () => void, runs: number, warm = 3): number {
  for (let i = 0; i < warm; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Joins texts until `size` characters, as one flat string. */
function fill(texts: readonly string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    length += t.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

function accuracyRows(label: string, items: readonly CorpusItem[], detector: ReturnType<typeof createDetector>): Row[] {
  const rows: Row[] = [];
  for (const kind of ['message', 'page'] as const) {
    const set = items.filter((i) => i.kind === kind);
    if (set.length === 0) continue;
    const a = accuracy(detector, set);
    const fpGoal = kind === 'message' ? 0.02 : 0.01;
    rows.push(
      { name: `${label} ${kind}s: items (scam/honest)`, value: a.items, unit: `(${a.scams}/${a.honest})` },
      { name: `${label} ${kind}s: precision`, value: a.precision, unit: '' },
      { name: `${label} ${kind}s: recall`, value: a.recall, unit: '', goal: 0.95, better: 'higher' },
      { name: `${label} ${kind}s: false-positive rate`, value: a.falsePositiveRate, unit: '', goal: fpGoal },
    );
  }
  return rows;
}

/**
 * The detector and gate as they ship: bundled and minified (the tests and the CLI run the source
 * through tsx, whose output differs: it names every function it creates, for stack traces).
 */
async function shippedCode(): Promise<{ createDetector: typeof createDetector; createGate: typeof createGate; compileGateIndex: typeof compileGateIndex }> {
  const dir = mkdtempSync(join(tmpdir(), 'scam-tips-bench-detector-'));
  const here = join(import.meta.dirname, '../../content/detect');
  await build({
    stdin: { contents: `export { createDetector } from './engine.ts'; export { createGate } from './page-gate.ts'; export { compileGateIndex } from './gate-index.ts';`, resolveDir: here, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'detector.mjs'),
  });
  try {
    return (await import(pathToFileURL(join(dir, 'detector.mjs')).href)) as Awaited<ReturnType<typeof shippedCode>>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function detector(): Promise<Row[]> {
  const index = loadSignalIndex();
  const shipped = await shippedCode();
  const loadStarted = performance.now();
  const d = shipped.createDetector(index);
  const loadMs = performance.now() - loadStarted;
  // (The bundle's own compileGateIndex: it attaches the fold the bundle's gate reads.)
  const gateIndex = shipped.compileGateIndex(index);
  const gate = shipped.createGate(gateIndex);
  const corpus = readCorpus();

  const rows: Row[] = accuracyRows('corpus', corpus, d);
  for (const dir of readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    rows.push(...accuracyRows(dir, readCorpus(join(CORPUS_DIR, dir)), d));
  }

  // What this machine does in a plain loop, to read the times below against.
  const plain = fill(corpus.map((i) => i.text), 1_000_000);
  const out = new Uint16Array(plain.length);
  const copyMs = time(() => {
    let n = 0;
    for (let i = 0; i < plain.length; i++) {
      const c = plain.charCodeAt(i);
      if (c !== 32) out[n++] = c | 32;
    }
  }, 15);
  rows.push({ name: 'machine baseline: a plain copy loop', value: round((copyMs * 1e6) / plain.length, 2), unit: 'ns/char' });

  // Messages of 1 KB cut from the corpus messages, scam and honest.
  const messages = corpus.filter((i) => i.kind === 'message').map((i) => i.text);
  const kb: string[] = [];
  for (let i = 0, cur = ''; i < messages.length * 3; i++) {
    cur += `${messages[i % messages.length]} `;
    if (cur.length >= 1024) {
      kb.push(cur.slice(0, 1024));
      cur = '';
    }
  }
  const perMessage: number[] = [];
  for (let round_ = 0; round_ < 12; round_++) {
    for (const m of kb) {
      const t = performance.now();
      d.checkMessage(m);
      perMessage.push(performance.now() - t);
    }
  }
  rows.push({ name: 'checkMessage, 1 KB message (median)', value: round(median(perMessage.slice(kb.length * 2))), unit: 'ms', goal: 0.2 });

  // Pages about scams (news, advice): key words everywhere, so they are read in full (256 KB, the
  // most read whole), in English and in all twelve languages mixed. And an ordinary page (no key
  // word), which the detector skips as the gate does.
  const honestPages = corpus.filter((i) => i.kind === 'page' && i.label === 'honest');
  for (const [label, texts] of [
    ['English', honestPages.filter((i) => i.locale === 'en').map((i) => i.text)],
    ['12 languages', honestPages.map((i) => i.text)],
  ] as const) {
    const text = fill(texts, 256 * 1024);
    const ms = time(() => d.checkPage({ url: 'https://news.example.org/article', title: 'Scam warning', text }), 15);
    rows.push({ name: `checkPage, page about scams read in full (256 KB, ${label})`, value: round(Buffer.byteLength(text) / 1e6 / (ms / 1000), 1), unit: 'MB/s', goal: 100, better: 'higher' });
  }
  const aboutScams = fill(honestPages.map((i) => i.text), 256 * 1024);
  const ordinaryTexts = corpus.filter((i) => i.label === 'honest' && !gate({ url: 'https://example.org/', title: '', text: i.text })).map((i) => i.text);
  const ordinary = fill(ordinaryTexts, 1_000_000);
  const ordinaryMs = time(() => d.checkPage({ url: 'https://example.org/page', title: 'Page', text: ordinary }), 15);
  rows.push({ name: 'checkPage, ordinary page (1 MB)', value: round(Buffer.byteLength(ordinary) / 1e6 / (ordinaryMs / 1000), 1), unit: 'MB/s', goal: 100, better: 'higher' });
  const huge = fill([aboutScams], 10 * 1024 * 1024);
  rows.push({ name: 'checkPage, 10 MB page about scams (sampled: 192 KB + 32 x 4 KB)', value: round(time(() => d.checkPage({ url: 'https://news.example.org/', title: 'Scams', text: huge }), 7), 1), unit: 'ms', goal: 50 });

  // The gate: speed on an ordinary page, and how many honest corpus pages it lets through.
  const page100k = ordinary.slice(0, 100 * 1024);
  rows.push({ name: 'gate, ordinary 100 KB page', value: round(time(() => gate({ url: 'https://example.org/', title: 'Page', text: page100k }), 30), 3), unit: 'ms' });
  const passed = honestPages.filter((p) => gate({ url: p.url ?? '', title: p.title ?? '', text: p.text })).length;
  rows.push({ name: 'gate, honest corpus pages let through (most are about scams)', value: round((100 * passed) / honestPages.length, 1), unit: '%' });
  rows.push({ name: 'detector load (compiled index to ready)', value: round(loadMs, 1), unit: 'ms' });

  // Sizes, minified and gzipped.
  const bundle = async (entry: string, jsonPath: RegExp, json: unknown) => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, '../../content/detect', entry)],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      plugins: [
        {
          name: 'index',
          setup(b) {
            b.onResolve({ filter: jsonPath }, () => ({ path: 'index.json', namespace: 'index' }));
            b.onLoad({ filter: /.*/, namespace: 'index' }, () => ({ contents: JSON.stringify(json), loader: 'json' }));
          },
        },
      ],
    });
    return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  };
  rows.push(
    { name: 'page gate with its index (min + gzip)', value: await bundle('gate.ts', /signal-gate\.json$/, gateIndex), unit: 'B', goal: 6 * 1024 },
    { name: 'detector with its index (min + gzip)', value: await bundle('index.ts', /signal-index\.json$/, index), unit: 'B' },
  );
  return rows;
}
