// Widget figures for `npm run bench` (after `npm run build`): the gzip size of every code chunk and
// of the largest locale of each content chunk,
// tip mode's first-render transfer per locale, and, in Chromium, the time from the script's start
// to the first render, long tasks and layout shift while it appears.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../../content/locales.ts';
import { startDemoServer } from '../../scripts/server.ts';
import { launchChromium } from '../../tests/e2e/browsers.ts';
import type { ChunkInfo } from '../../widget/vite.config.ts';

export interface Row {
  name: string;
  value: number;
  unit: string;
  goal?: number;
}

const RUNS = 10;

/** A plain page with the README's snippet and its recommended CSS, and text below that would move. */
const PAGE = (css: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="stylesheet" href="${css}"><script type="module" src="/widget/scam-tips.js"></script></head>` +
  `<body><main><h1>A bank's help page</h1><scam-tips><p><strong>Scam tip:</strong> Banks and the police never ask you to move money, share a code or install an app.</p></scam-tips><p id="below">Text below the widget.</p></main></body></html>`;

// Runs in the page before anything else: records long tasks, layout shifts and the first render.
const OBSERVE = `
  window.__bench = { longTasks: 0, shift: 0, ready: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.duration > 50) window.__bench.longTasks++; }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__bench.shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('scam-tips:ready', () => { window.__bench.ready = performance.now(); });
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function widget(): Promise<Row[]> {
  const chunks: ChunkInfo[] = JSON.parse(readFileSync('dist/widget-meta.json', 'utf8'));
  const gzip = (file: string) => gzipSync(readFileSync(`dist/widget/${file}`), { level: 9 }).length;
  // Code chunks one row each; content chunks (one per locale and cut) one row per cut, the largest
  // locale's size. Names without the build's hash folder, so that the table reads the same each build.
  const rows: Row[] = [];
  const cuts = new Map<string, { locale: string; size: number }[]>();
  for (const c of chunks) {
    const m = /^chunks\/[^/]+\/([a-zA-Z-]+)(?:\.([\w-]+))?\.js$/.exec(c.file);
    if (m && (LOCALES as readonly string[]).includes(m[1]!)) {
      const cut = m[2] ?? 'all';
      (cuts.get(cut) ?? cuts.set(cut, []).get(cut)!).push({ locale: m[1]!, size: gzip(c.file) });
    } else rows.push({ name: `widget chunk ${c.file.replace(/^chunks\/[^/]+\//, '')}`, value: gzip(c.file), unit: 'B gzip' });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name));
  for (const [cut, sizes] of [...cuts].sort(([a], [b]) => a.localeCompare(b))) {
    const largest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
    rows.push({ name: `widget content chunk "${cut}", largest of ${sizes.length} locales (${largest.locale})`, value: largest.size, unit: 'B gzip' });
  }

  const entry = chunks.find((c) => c.file === 'scam-tips.js')!;
  const tip = chunks.find((c) => c.source === 'widget/modes/tip.tsx')!;
  for (const locale of LOCALES) {
    const content = chunks.find((c) => c.source === `content/generated/${locale}.widget-tip.json`)!;
    rows.push({ name: `widget tip mode first render, ${locale}`, value: gzip(entry.file) + gzip(tip.file) + gzip(content.file), unit: 'B gzip', goal: 16 * 1024 });
  }

  const css = `/assets/${(await import('node:fs')).readdirSync('dist/site/assets').find((f) => f.startsWith('demo-') && f.endsWith('.css'))}`;
  const server = await startDemoServer({
    extra: (req, res, next) => {
      if (req.url !== '/bench/widget.html') return next();
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(PAGE(css));
    },
  });
  const browser = await launchChromium();
  const times: number[] = [];
  let longTasks = 0;
  let shift = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(OBSERVE);
      await page.goto(`${server.url}bench/widget.html`);
      await page.waitForFunction(() => (window as unknown as { __bench: { ready: number } }).__bench.ready > 0);
      await page.waitForTimeout(300);
      const r = await page.evaluate(() => {
        const b = (window as unknown as { __bench: { longTasks: number; shift: number; ready: number } }).__bench;
        const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/widget/scam-tips.js')) as PerformanceResourceTiming;
        return { ...b, scriptStart: script.responseEnd };
      });
      times.push(r.ready - r.scriptStart);
      longTasks = Math.max(longTasks, r.longTasks);
      shift = Math.max(shift, r.shift);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  rows.push(
    { name: `widget script start to first render, tip mode, Chromium (median of ${RUNS})`, value: Math.round(median(times) * 10) / 10, unit: 'ms' },
    { name: 'widget long tasks over 50 ms while it appears (worst run)', value: longTasks, unit: 'tasks', goal: 0 },
    { name: 'widget layout shift when it appears (worst run)', value: Math.round(shift * 1000) / 1000, unit: 'CLS', goal: 0 },
  );
  return rows;
}

export default widget;

if (process.argv[1]?.endsWith('bench/sections/widget.ts')) {
  for (const row of await widget()) console.log(`${row.name}: ${row.value} ${row.unit}${row.goal !== undefined ? ` (goal ${row.goal})` : ''}`);
}
