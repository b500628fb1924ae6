// axe-core in Chromium on every surface of the extension: popup, options, history and advice pages,
// the warning and the notice. The warning and notice live in a CLOSED shadow root, which axe cannot
// enter; this file builds a test-only variant of the extension (flag openShadowForTests: the one
// difference is the shadow root's mode, and the build refuses to zip it) so axe can check them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTarget } from '../../extension/build.ts';
import { startFixtureServer, type FixtureServer } from './extension-server.ts';
import { launchChromiumExtension, REMOTE_ACCESS_PAGES, SCAM_PAGES, waitForDialog } from './extension-helpers.ts';

const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const testBuild = resolve('.tmp/extension-a11y/chrome');

let server: FixtureServer;
let context: BrowserContext;
let extensionId: string;

interface Violation {
  id: string;
  impact: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe on the page, or on the page UI's host element when `ui` is set. */
async function violations(page: Page, ui = false): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, ui }) => {
      const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> } }).axe;
      const host = [...document.documentElement.children].find((el) => el !== document.head && el !== document.body);
      if (ui && !host?.shadowRoot) throw new Error('The page UI is missing, or its shadow root is not open: not the test build?');
      const { violations } = await axe.run(ui ? host : document, { runOnly: { type: 'tag', values: tags } });
      return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    },
    { tags: TAGS, ui },
  );
}

beforeAll(async () => {
  await buildTarget({ target: 'chrome', outDir: testBuild, openShadowForTests: true });
  server = await startFixtureServer();
  ({ context, extensionId } = await launchChromiumExtension(server.port, testBuild));
  context.on('page', (page) => page.on('dialog', (d) => void d.dismiss().catch(() => undefined)));
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('the warning', async () => {
    const page = await context.newPage();
    await page.goto(SCAM_PAGES['tech-support']);
    await waitForDialog(page, 'alertdialog');
    expect(await violations(page, true)).toEqual([]);
    await page.close();
  });

  it('the remote-access notice', async () => {
    const page = await context.newPage();
    await page.goto(REMOTE_ACCESS_PAGES[1]!);
    await waitForDialog(page, 'dialog');
    expect(await violations(page, true)).toEqual([]);
    await page.close();
  });

  for (const [name, path, ready] of [
    ['the popup', 'popup/index.html', '#tip-heading'],
    ['the options page', 'options/index.html', 'h1'],
    ['the history page', 'pages/history.html', '[data-testid="history"]'],
    ['the advice page', 'pages/advice.html?flags=fake-virus-alert,phone-number-in-alert', '[data-channel]'],
  ] as const) {
    it(name, async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector(ready);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }

  it('the popup in Arabic, right to left', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options/index.html`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.goto(`chrome-extension://${extensionId}/popup/index.html`);
    await page.waitForSelector('html[dir="rtl"] #tip-heading');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
