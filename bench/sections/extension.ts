// Extension figures for `npm run bench` (after `npm run build`):
// - the gzip size of every bundle of the Chromium build, and of both store zips;
// - in Chromium with the built extension, the main-thread time (thread clock) its page scripts take
//   per page load, median and 95th percentile over ordinary local pages including a very large one,
//   from the browser's own trace (devtools.timeline): compile and evaluation of each script, then
//   every call into it (the gate's looks run in idle callbacks, counted whole with the microtasks
//   they continue in). "Gate" is page/gate-start.js + page/gate.js (injected once the page has
//   loaded); the observer page/main-world.js (a content script, from document_start);
//   Split too by what the gate decides: pages it stops (no word that matters) and pages it lets
//   through to the detector in the background (pages about scams, remote-access vendors' sites);
// - the ratio of page load time (loadEventEnd) with and without the extension, and the time added.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { compileGateIndex } from '../../content/detect/gate-index.ts';
import { loadSignalIndex } from '../../content/detect/node.ts';
import { createGate } from '../../content/detect/page-gate.ts';
import { GATE_TEXT } from '../../extension/page/read-text.ts';
import type { Row } from '../row.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/browsers.ts';
import { EXTENSION_DIR, HONEST_PAGES, launchChromiumExtension } from '../../tests/e2e/extension-helpers.ts';
import { startFixtureServer } from '../../tests/e2e/extension-server.ts';

const RUNS = 5;
/** Load times vary much more than script times: more runs for the ratio. */
const LOAD_RUNS = 9;
const PAGES = [...HONEST_PAGES, 'https://www.bigarchive.org/medium', 'https://www.bigarchive.org/large'];

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

function sizes(): Row[] {
  const dir = EXTENSION_DIR.chrome;
  const gzip = (f: string) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  const rows: Row[] = [];
  const content: number[] = [];
  const packs: number[] = [];
  for (const f of files(dir).sort()) {
    if (!/\.(js|css|html)$/.test(f)) {
      if (f.startsWith('text/')) packs.push(gzip(f));
      continue;
    }
    // Content chunks, one per locale and cut: summed below.
    if (/^assets\/[a-zA-Z-]+(\.tips)?-[\w-]+\.js$/.test(f) && !/^assets\/(index|detect|settings|use-text|advice|history)/.test(f)) {
      content.push(gzip(f));
      continue;
    }
    const name = f.replace(/-[\w-]{8}(?=\.(js|css)$)/, '');
    const goal = f === 'page/gate.js' ? 6 * 1024 : undefined;
    rows.push({ name: `extension bundle ${name}`, value: gzip(f), unit: 'B gzip', ...(goal ? { goal } : {}) });
  }
  rows.push({ name: `extension content chunks (${content.length}), largest`, value: Math.max(...content), unit: 'B gzip' });
  rows.push({ name: `extension text packs (${packs.length}), largest`, value: Math.max(...packs), unit: 'B gzip' });
  for (const target of ['chrome', 'firefox']) rows.push({ name: `extension store zip ${target}`, value: statSync(`dist/scam-tips-${target}.zip`).size, unit: 'B' });
  return rows;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/** Main-thread time (ms, thread clock) of the extension's two page scripts during one page load. */
async function scriptTime(context: BrowserContext, extensionId: string, url: string): Promise<{ gate: number; observer: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' } as never);
  await page.goto(url, { timeout: 120_000 });
  // The gate looks at document_idle, when the page is idle; leave it time to finish.
  await page.waitForTimeout(1500);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';
  const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const idleCallbacks = spans.filter((e) => e.name === 'FireIdleCallback');
  const of = (file: string) => {
    const url = `chrome-extension://${extensionId}/page/${file}`;
    const counted = new Set<TraceEvent>();
    for (const e of spans) {
      if (urlOf(e) !== url || !['EvaluateScript', 'v8.compile', 'FunctionCall'].includes(e.name)) continue;
      // The gate's looks run in idle callbacks and continue in microtasks (the first look also
      // sets up the gate index there): count the whole callback.
      const idle = file === 'gate.js' ? idleCallbacks.find((i) => i.ts <= e.ts && e.ts <= i.ts + i.dur!) : undefined;
      counted.add(idle ?? e);
    }
    // Nested events (a compile inside an evaluation) are counted once: merge overlapping spans.
    const sorted = [...counted].map((e) => [e.ts, e.ts + e.dur!, e.tdur ?? e.dur!] as const).sort((a, b) => a[0] - b[0]);
    let total = 0;
    let end = -1;
    for (const [start, stop, thread] of sorted) {
      if (start >= end) total += thread;
      end = Math.max(end, stop);
    }
    return total / 1000;
  };
  return { gate: of('gate.js') + of('gate-start.js'), observer: of('main-world.js') };
}

/**
 * The pages the gate lets through: the gate run in Node on the text the extension's gate reads,
 * read in the page by the extension's own read-text.ts.
 */
async function gatePasses(context: BrowserContext, urls: readonly string[]): Promise<Set<string>> {
  const shouldInspect = createGate(compileGateIndex(loadSignalIndex()));
  const bundle = await build({ entryPoints: ['extension/page/read-text.ts'], bundle: true, format: 'iife', globalName: 'scamTipsRead', write: false });
  const readInPage = `${bundle.outputFiles[0]!.text}; scamTipsRead.readText(document, ${GATE_TEXT})`;
  const passes = new Set<string>();
  const page = await context.newPage();
  for (const url of urls) {
    await page.goto(url, { timeout: 120_000 });
    const text = (await page.evaluate(readInPage)) as string;
    if (shouldInspect({ url, title: await page.title(), text })) passes.add(url);
  }
  await page.close();
  return passes;
}

async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  const ms = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await page.close();
  return ms;
}

export default async function extension(): Promise<Row[]> {
  const rows = sizes();
  const server = await startFixtureServer();
  const { context, extensionId } = await launchChromiumExtension(server.port);
  const plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'scam-tips-bench-')), {
    executablePath: CHROMIUM,
    headless: true,
    // The same flags as launchChromiumExtension, minus the extension: only the extension differs.
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`, '--ignore-certificate-errors', '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    const gate: number[] = [];
    const stopped: number[] = [];
    const through: number[] = [];
    const observer: number[] = [];
    const large: number[] = [];
    const passes = await gatePasses(plain, PAGES);
    for (let run = 0; run < RUNS; run++) {
      for (const url of PAGES) {
        const t = await scriptTime(context, extensionId, url);
        if (process.env.BENCH_VERBOSE) console.error(url, t);
        gate.push(t.gate);
        (passes.has(url) ? through : stopped).push(t.gate);
        observer.push(t.observer);
        if (url.endsWith('/large')) large.push(t.gate + t.observer);
      }
    }
    rows.push(
      { name: `extension gate main-thread time per page, median (${gate.length} loads)`, value: round(median(gate)), unit: 'ms', goal: 1 },
      { name: 'extension gate main-thread time per page, p95', value: round(quantile(gate, 0.95)), unit: 'ms' },
      { name: `extension gate time, pages it stops (${PAGES.length - passes.size} pages), median`, value: round(median(stopped)), unit: 'ms' },
      { name: `extension gate time, pages it lets through to the detector (${passes.size}: about scams, vendors), median`, value: round(median(through)), unit: 'ms' },
      { name: 'extension page-world observer time per page, median', value: round(median(observer)), unit: 'ms' },
      { name: 'extension page-world observer time per page, p95', value: round(quantile(observer, 0.95)), unit: 'ms' },
      { name: 'extension gate + observer on the very large page (5 MB), median', value: round(median(large)), unit: 'ms' },
    );

    // Load time, alternating with and without the extension so that drift hits both alike.
    const ratios: number[] = [];
    const added: number[] = [];
    let withSum = 0;
    let withoutSum = 0;
    for (const url of PAGES) {
      const withExt: number[] = [];
      const without: number[] = [];
      await loadTime(context, url);
      await loadTime(plain, url);
      // Which browser loads first alternates, so that neither always follows the other's load.
      for (let run = 0; run < LOAD_RUNS; run++) {
        if (run % 2 === 0) withExt.push(await loadTime(context, url));
        without.push(await loadTime(plain, url));
        if (run % 2 === 1) withExt.push(await loadTime(context, url));
      }
      ratios.push(median(withExt) / median(without));
      added.push(median(withExt) - median(without));
      withSum += median(withExt);
      withoutSum += median(without);
    }
    rows.push(
      { name: 'extension page load time without the extension, mean over the pages', value: round(withoutSum / PAGES.length, 1), unit: 'ms' },
      { name: 'extension time added to page load, median page', value: round(median(added), 1), unit: 'ms' },
      { name: `extension page load time ratio with/without, all ${PAGES.length} pages`, value: round(withSum / withoutSum, 3), unit: 'x', goal: 1.02 },
      { name: 'extension page load time ratio with/without, median page', value: round(median(ratios), 3), unit: 'x', goal: 1.02 },
    );
  } finally {
    await context.close();
    await plain.close();
    await server.close();
  }
  return rows;
}
