// Widget figures on hostile host pages for `npm run bench` (after `npm run build`): in Chromium, the
// time from the page's import of the built widget to the last of its widgets' first render, on the
// plain host and on each hostile host of tests/fixtures/hosts (the pages the browser tests use).
import type { Row } from '../row.ts';
import { launchChromium } from '../../tests/e2e/browsers.ts';
import { FRAMEWORKS, startHostServer } from '../../tests/e2e/widget-hostile-hosts.ts';

const RUNS = 5;

/** Hosts whose host.js imports the widget after the page has loaded, and records when. */
const HOSTS: [string, string][] = [
  ['plain HTML', '/hosts/page.html'],
  ...Object.keys(FRAMEWORKS).map((f): [string, string] => [f, `/hosts/with/${f}.html`]),
  ['* { all: unset !important }', '/hosts/with/unset.html'],
  ['quirks mode', '/hosts/quirks.html'],
  ['strict CSP + Trusted Types', '/hosts/csp.html'],
  ['strict CSP with a nonce and strict-dynamic', '/hosts/csp-nonce.html'],
  ['patched prototypes, frozen built-ins', '/hosts/patched.html'],
  ['right to left (Arabic)', '/hosts/rtl.html'],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function hostile(): Promise<Row[]> {
  const server = await startHostServer();
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    // One load first, so the first host measured does not also pay for the browser warming up.
    const warm = await browser.newContext();
    await (await warm.newPage()).goto(new URL('/hosts/page.html', server.url).href);
    await warm.close();
    // Round by round across the hosts, so the machine's ups and downs fall on every host alike.
    const times = new Map<string, number[]>(HOSTS.map(([name]) => [name, []]));
    const widgets = new Map<string, number>();
    for (let i = 0; i < RUNS; i++) {
      for (const [name, path] of HOSTS) {
        const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
        const page = await context.newPage();
        await page.goto(new URL(path, server.url).href);
        const r = await page.evaluate(async () => {
          const host = (window as unknown as { __host: { start?: number; ready: Record<string, number>; errors: string[] } }).__host;
          const count = document.querySelectorAll('scam-tips').length;
          for (let n = 0; n < 800 && Object.keys(host.ready).length < count; n++) await new Promise((ok) => setTimeout(ok, 25));
          if (Object.keys(host.ready).length < count || host.start === undefined) throw new Error(`${Object.keys(host.ready).length} of ${count} widgets rendered`);
          return { ms: Math.max(...Object.values(host.ready)) - host.start, count, errors: host.errors };
        });
        if (r.errors.length > 0) throw new Error(`${name}: ${r.errors.join('; ')}`);
        times.get(name)!.push(r.ms);
        widgets.set(name, r.count);
        await context.close();
      }
    }
    for (const [name] of HOSTS) {
      rows.push({ name: `widget render on hostile host: ${name} (${widgets.get(name)} widgets, Chromium, median of ${RUNS})`, value: Math.round(median(times.get(name)!)), unit: 'ms' });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

export default hostile;

if (process.argv[1]?.endsWith('bench/sections/hostile.ts')) {
  for (const row of await hostile()) console.log(`${row.name}: ${row.value} ${row.unit}`);
}
