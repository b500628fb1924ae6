// Pages that fight back (issue 7, section 2) for `npm run bench` (after `npm run build`): in Chromium
// with the built extension, for each fight-back fixture page (tests/fixtures/pages/fightback-*),
// the time from the page's load until the warning is on top, and the extension's share of the main thread while the page
// fights (attacks on the warning until they end; a 100,000-nodes-a-second mutation flood for 4 s;
// otherwise 2 s of the page's loops), from the V8 sampling profiler (tests/e2e/fightback-helpers.ts).
import type { Page } from 'playwright-core';
import type { Row } from '../row.ts';
import { launchChromiumExtension } from '../../tests/e2e/extension-helpers.ts';
import { startFixtureServer } from '../../tests/e2e/extension-server.ts';
import { ATTACK_PAGES, BEHAVIOUR_PAGES, extensionShare, FRAME_PAGES, LOAD_PAGES, onTop } from '../../tests/e2e/fightback-helpers.ts';

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntil(page: Page, test: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await test().catch(() => false))) {
    if (Date.now() > until) throw new Error(`${page.url()}: timed out`);
    await pause(20);
  }
}

export default async function fightback(): Promise<Row[]> {
  const server = await startFixtureServer();
  const { context, extensionId } = await launchChromiumExtension(server.port);
  context.on('page', (page) => page.on('dialog', (d) => void d.dismiss().catch(() => undefined)));
  const rows: Row[] = [];
  const pages: [string, string][] = [...Object.entries(ATTACK_PAGES), ...Object.entries(BEHAVIOUR_PAGES), ...Object.entries(LOAD_PAGES), ['iframes same-site', FRAME_PAGES.same], ['iframes cross-origin', FRAME_PAGES.cross], ['iframes cross-origin, added 1 s after load', FRAME_PAGES.late]];
  try {
    for (const [name, url] of pages) {
      const page = await context.newPage();
      // From the page's load event: building 50 MB of text is the page's own time, not ours.
      await page.goto(url, { timeout: 120_000 });
      const started = Date.now();
      await waitUntil(page, () => page.evaluate(onTop), 30_000);
      const shown = Date.now() - started;
      const during =
        name in ATTACK_PAGES
          ? () => waitUntil(page, () => page.evaluate(() => (window as unknown as { fight: { done: boolean } }).fight.done), 30_000)
          : name === 'flood'
            ? () => page.evaluate(() => (window as unknown as { startFlood(ms: number): Promise<number> }).startFlood(4000))
            : () => pause(2000);
      const share = await extensionShare(page, extensionId, during);
      const worst = name in ATTACK_PAGES ? await page.evaluate(() => (window as unknown as { fight: { maxAbsentMs: number } }).fight.maxAbsentMs) : undefined;
      await page.close();
      if (worst !== undefined) rows.push({ name: `fightback ${name}: longest time the warning was away after an attack`, value: Math.round(worst), unit: 'ms', goal: 100 });
      rows.push(
        { name: `fightback ${name}: time from load until the warning is on top`, value: shown, unit: 'ms' },
        { name: `fightback ${name}: extension share of the main thread while the page fights`, value: round((100 * share.extensionMs) / share.wallMs), unit: '%', goal: 20 },
        { name: `fightback ${name}: extension main-thread time (of ${round(share.wallMs / 1000, 1)} s)`, value: round(share.extensionMs, 1), unit: 'ms' },
      );
    }
  } finally {
    await context.close();
    await server.close();
  }
  return rows;
}
