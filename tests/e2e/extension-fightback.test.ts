// Pages that fight back (issue 7, section 2), against the BUILT extension: each carries a real
// tech-support scam (a fake virus alert with a phone number) and attacks the warning (remove, hide,
// cover, move it), the person (dialog, print and history loops, full screen on every click, a leave
// trap, a siren, keyboard lock) or the gate (a mutation flood, 50 MB of text, the alert in nested
// iframes). Each time: the warning appears, stays reachable (on top, in the top layer, its buttons
// work by mouse and keyboard), "Close this page" closes the tab, no script of ours throws, and our
// share of the main thread stays bounded (a runaway guard only; the figures are in `npm run bench`).
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser as FirefoxBrowser, Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../extension/manifest.config.ts';
import { startFixtureServer, type FixtureServer } from './extension-server.ts';
import { clickButton, EXTENSION_DIR, launchChromiumExtension, pageDialogs, requireBuild, waitForDialog } from './extension-helpers.ts';
import { ATTACK_PAGES, BEHAVIOUR_PAGES, extensionShare, FRAME_PAGES, fromExtension, LOAD_PAGES, onTop, recordErrors, topLayer, type ErrorLog } from './fightback-helpers.ts';
import { launchFirefoxWithExtension } from './firefox.ts';

const TITLE = 'Stop: this page is a scam';
/** Far above what the extension takes (a few per cent at most), far below a runaway loop. */
const MAX_SHARE = 0.2;

interface Fight {
  attempts: number;
  restored: number;
  failed: string[];
  maxAbsentMs: number;
  /** Attacks that kept the warning away 100 ms or more. */
  slow: number;
  done: boolean;
  counters: Record<string, number>;
}

const readFight = () => (window as unknown as { fight: Fight }).fight;
// Both drivers' evaluate() run a function in the page; their types just do not unite.
const fightOf = (page: Page | FirefoxPage): Promise<Fight> => (page as Page).evaluate(readFight);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Every attack undone, each within 100 ms. The page measures with its own timers, which a shared
 * 2-core machine under load delays too: one late measure in a run is allowed, never a lost fight.
 */
function expectWon(fight: Fight, attacks: number) {
  expect(fight.failed).toEqual([]);
  expect(fight.attempts).toBeGreaterThanOrEqual(attacks);
  expect(fight.restored).toBe(fight.attempts);
  expect(fight.slow).toBeLessThanOrEqual(1);
  expect(fight.maxAbsentMs).toBeLessThan(400);
}

describe('Chromium: pages that fight back', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let extensionId: string;
  const cpu: Record<string, string> = {};

  beforeAll(async () => {
    requireBuild();
    server = await startFixtureServer();
    ({ context, extensionId } = await launchChromiumExtension(server.port));
    context.on('page', (page) =>
      page.on('dialog', (d) => {
        if (!page.url().startsWith('chrome-extension://')) void d.dismiss().catch(() => undefined);
      }),
    );
  });

  afterAll(async () => {
    if (Object.keys(cpu).length) console.info(`extension share of the main thread on fight-back pages:\n${Object.entries(cpu).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
    await context?.close();
    await server?.close();
  });

  async function open(url: string): Promise<{ page: Page; log: ErrorLog }> {
    const page = await context.newPage();
    const { log } = await recordErrors(page);
    await page.goto(url);
    return { page, log };
  }

  /** The warning is there, named, in the top layer above anything of the page's, and on top where a click lands. */
  async function expectReachable(page: Page) {
    expect((await waitForDialog(page, 'alertdialog', 10_000))?.name).toBe(TITLE);
    await expectOnTop(page);
  }

  /** On top where a click lands, and last in the top layer (cheap enough for a page of 50 MB). */
  async function expectOnTop(page: Page) {
    await expect.poll(() => page.evaluate(onTop), { timeout: 2000 }).toBe(true);
    // The attack pages strike again every 150 ms: the warning is back on top within 100 ms.
    await expect.poll(async () => (await topLayer(page)).at(-1), { timeout: 2000, interval: 20 }).toBe('warning');
  }

  /** Measures the extension's share of the main thread while `during` runs, and guards against a runaway. */
  async function expectBoundedCpu(name: string, page: Page, during: () => Promise<unknown>) {
    const share = await extensionShare(page, extensionId, during);
    const ratio = share.extensionMs / share.wallMs;
    cpu[name] = `${share.extensionMs.toFixed(1)} ms of ${share.wallMs.toFixed(0)} ms (${(ratio * 100).toFixed(2)} %), page ${share.busyMs.toFixed(0)} ms; ${JSON.stringify(Object.fromEntries(Object.entries(share.byFile).map(([f, ms]) => [f, Math.round(ms * 10) / 10])))}`;
    expect(share.wallMs).toBeGreaterThan(500);
    expect(ratio).toBeLessThan(MAX_SHARE);
  }

  async function closeWithMouse(page: Page) {
    const closed = page.waitForEvent('close');
    await clickButton(page, 'Close this page');
    await closed;
    expect(page.isClosed()).toBe(true);
    expect(context.pages()).not.toContain(page);
  }

  function expectNoErrors(log: ErrorLog) {
    expect(fromExtension([...log.exceptions, ...log.errors])).toEqual([]);
    expect(log.exceptions).toEqual([]);
  }

  for (const [name, url] of Object.entries(ATTACK_PAGES)) {
    it(`${name}: the warning is back within 100 ms after each attack, and works by mouse and keyboard`, async () => {
      const { page, log } = await open(url);
      await expectReachable(page);
      await expectBoundedCpu(name, page, () => expect.poll(() => fightOf(page).then((f) => f.done), { timeout: 20_000 }).toBe(true));
      expectWon(await fightOf(page), 12);
      if (name === 'cover') {
        // A popover raised again every 20 ms: the warning is on top nearly all the time, for clicks
        // (the page's own measure) and to the eye (last in the top layer).
        const loop = page.evaluate(() => (window as unknown as { coverLoop(ms: number): Promise<number> }).coverLoop(2000));
        const looks: boolean[] = [];
        for (let i = 0; i < 15; i++) {
          looks.push((await topLayer(page)).at(-1) === 'warning');
          await pause(60);
        }
        expect(await loop).toBeGreaterThan(0.9);
        expect(looks.filter(Boolean).length).toBeGreaterThanOrEqual(12);
      }
      await expectReachable(page);
      // The mouse: "What should I do?" opens the advice next to the page.
      const advice = context.waitForEvent('page');
      await clickButton(page, 'What should I do?');
      const tab = await advice;
      await tab.waitForSelector('h1');
      expect(tab.url()).toContain(`chrome-extension://${extensionId}/pages/advice.html`);
      await tab.close();
      await page.bringToFront();
      // The keyboard: back to "Close this page", then Enter.
      const closed = page.waitForEvent('close');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter').catch(() => undefined);
      await closed;
      expect(page.isClosed()).toBe(true);
      expectNoErrors(log);
    });
  }

  it('full screen on every click: refused, the warning stays on top, in the top layer', async () => {
    const { page, log } = await open(BEHAVIOUR_PAGES.fullscreen);
    await expectReachable(page);
    const cdp = await context.newCDPSession(page);
    for (let i = 0; i < 6; i++) {
      // A real user gesture for the page's request (our warning takes the person's own clicks).
      await cdp.send('Runtime.evaluate', { expression: 'window.goFull()', userGesture: true });
      await pause(100);
      expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
      expect(await page.evaluate(onTop)).toBe(true);
    }
    await cdp.detach();
    expect((await fightOf(page)).counters.fullscreen).toBeGreaterThanOrEqual(7);
    await expectReachable(page);
    await closeWithMouse(page);
    expectNoErrors(log);
  });

  it('dialog loop: no dialog reaches the person once the warning shows', async () => {
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', () => dialogs++);
    const { log } = await recordErrors(page);
    await page.goto(BEHAVIOUR_PAGES.dialogs);
    await expectReachable(page);
    const seen = dialogs;
    const before = (await fightOf(page)).counters.dialogs ?? 0;
    await expectBoundedCpu('dialogs', page, () => pause(1500));
    expect((await fightOf(page)).counters.dialogs).toBeGreaterThan(before + 3);
    expect(dialogs).toBe(seen);
    await expectReachable(page);
    await closeWithMouse(page);
    expectNoErrors(log);
  });

  it('print loop: the warning stays reachable and the loop is stopped', async () => {
    const { page, log } = await open(BEHAVIOUR_PAGES.print);
    await expectReachable(page);
    await expectBoundedCpu('print', page, () => pause(1500));
    expect((await fightOf(page)).counters.prints).toBeGreaterThan(3);
    await expectReachable(page);
    await closeWithMouse(page);
    expectNoErrors(log);
  });

  it('history loop: history stops growing, and Close this page still closes', async () => {
    const { page, log } = await open(BEHAVIOUR_PAGES.history);
    await expectReachable(page);
    await pause(300);
    const length = await page.evaluate(() => history.length);
    await expectBoundedCpu('history', page, () => pause(1500));
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect((await fightOf(page)).counters.pushes).toBeGreaterThan(10);
    await closeWithMouse(page);
    expectNoErrors(log);
  });

  it('leave-page trap: Close this page closes the tab without asking', async () => {
    const page = await context.newPage();
    let asked = 0;
    page.on('dialog', (d) => d.type() === 'beforeunload' && asked++);
    const { log } = await recordErrors(page);
    await page.goto(BEHAVIOUR_PAGES.leave);
    // A click before the warning: the page now has the user activation a leave prompt needs.
    await page.mouse.click(20, 200);
    await expectReachable(page);
    await closeWithMouse(page);
    expect(asked).toBe(0);
    expectNoErrors(log);
  });

  it('audio alarm: the siren stops and the tab is muted', async () => {
    const { page, log } = await open(BEHAVIOUR_PAGES.audio);
    await expectReachable(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { siren: HTMLAudioElement }).siren.paused)).toBe(true);
    const muted = await tabOf(BEHAVIOUR_PAGES.audio).then((t) => t?.mutedInfo?.muted);
    expect(muted).toBe(true);
    await expectBoundedCpu('audio', page, () => pause(1500));
    await closeWithMouse(page);
    expectNoErrors(log);
  });

  it('keyboard lock: seen as a fact, released and refused', async () => {
    const { page, log } = await open(BEHAVIOUR_PAGES['keyboard-lock']);
    await expectReachable(page);
    const status = await tabStatus(BEHAVIOUR_PAGES['keyboard-lock']);
    expect(status?.flags.flatMap((f) => f.evidence).some((e) => e.field === 'facts' && e.text === 'keyboardLock')).toBe(true);
    // Asked again after the warning: refused.
    await page.evaluate(() => (window as unknown as { lockKeys(): void }).lockKeys());
    await expect.poll(async () => (await fightOf(page)).counters.refused ?? 0).toBeGreaterThan(0);
    await closeWithMouse(page);
    expectNoErrors(log);
  });

  it('a flood of 100,000 new nodes a second: the warning appears, stays on top, and costs little', async () => {
    const { page, log } = await open(LOAD_PAGES.flood);
    // The page floods from its first moment for 3 s, and a slow shared machine slows everything.
    await expect.poll(() => page.evaluate(onTop), { timeout: 30_000 }).toBe(true);
    await expectReachable(page);
    let rate = 0;
    await expectBoundedCpu('flood', page, async () => {
      const flood = page.evaluate(() => (window as unknown as { startFlood(ms: number): Promise<number> }).startFlood(3000));
      // Each look waits for the flooded main thread: a few are enough.
      for (let i = 0; i < 3; i++) {
        await pause(500);
        expect(await page.evaluate(onTop)).toBe(true);
      }
      rate = await flood;
    });
    // 100,000 a second asked; a loaded shared machine reaches less, still a flood.
    expect(rate).toBeGreaterThan(30_000);
    await expectReachable(page);
    await closeWithMouse(page);
    expectNoErrors(log);
  }, 150_000);

  it('50 MB of text: the warning appears and costs little', async () => {
    const { page, log } = await open(LOAD_PAGES['huge-text']);
    // The accessibility tree of this page is itself 50 MB: the warning is found from the page side.
    // The browser is busy drawing this page for several seconds after its load event (6 to 7 s
    // here, without the extension too), and the gate comes after the load: allow for a busy machine.
    await expect.poll(() => page.evaluate(onTop), { timeout: 40_000 }).toBe(true);
    await expectOnTop(page);
    expect((await fightOf(page)).counters.chars).toBe(50_000_000);
    await expectBoundedCpu('huge-text', page, () => pause(2000));
    // "Close this page" has the focus since the warning opened.
    const closed = page.waitForEvent('close');
    await page.keyboard.press('Enter').catch(() => undefined);
    await closed;
    expect(page.isClosed()).toBe(true);
    expectNoErrors(log);
  }, 90_000);

  const frameCases = { same: 'same site, 3 levels', cross: 'cross-origin, 3 levels', late: 'cross-origin, added after the page loaded' } as const;
  for (const name of ['same', 'cross', 'late'] as const) {
    it(`the alert in nested iframes (${frameCases[name]}): the warning shows in the top page and closes the tab`, async () => {
      const { page, log } = await open(FRAME_PAGES[name]);
      await expectReachable(page);
      await closeWithMouse(page);
      expectNoErrors(log);
    });
  }

  it('the same iframes with an honest page inside: no warning', async () => {
    const { page } = await open(FRAME_PAGES.control);
    await pause(3000);
    expect(await pageDialogs(page)).toEqual([]);
    await page.close();
  });

  async function tabOf(url: string) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup/index.html`);
    const tab = await popup.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: unknown): Promise<{ id: number; mutedInfo?: { muted: boolean } }[]> } } }).chrome;
      return (await c.tabs.query({ url: `${u}*` }))[0];
    }, url);
    await popup.close();
    return tab;
  }

  async function tabStatus(url: string) {
    const tab = await tabOf(url);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup/index.html`);
    const reply = await popup.evaluate(
      (tabId) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'getTabStatus', input: { tabId } }) as Promise<{
          ok: { flags: { evidence: { field: string; text: string }[] }[] } | null;
        }>,
      tab!.id,
    );
    await popup.close();
    return reply.ok;
  }
});

describe('Firefox: pages that fight back', () => {
  let server: FixtureServer;
  let browser: FirefoxBrowser;

  beforeAll(async () => {
    requireBuild();
    server = await startFixtureServer();
    ({ browser } = await launchFirefoxWithExtension(EXTENSION_DIR.firefox, GECKO_ID, server.port));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(url: string, timeout = 10_000): Promise<{ page: FirefoxPage; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await page.waitForFunction(onTop, { timeout, polling: 50 });
    return { page, errors };
  }

  /** "Close this page" has the focus when the warning opens: Enter closes the tab. */
  async function closeWithEnter(page: FirefoxPage) {
    await page.bringToFront();
    await page.keyboard.press('Enter').catch(() => undefined);
    for (let i = 0; i < 50 && !page.isClosed(); i++) await pause(100);
    expect(page.isClosed()).toBe(true);
  }

  for (const [name, url] of Object.entries(ATTACK_PAGES)) {
    it(`${name}: the warning is back within 100 ms after each attack`, async () => {
      const { page, errors } = await open(url);
      await page.waitForFunction(() => (window as unknown as { fight: Fight }).fight.done, { timeout: 20_000 });
      expectWon(await fightOf(page), 12);
      expect(await page.evaluate(onTop)).toBe(true);
      await closeWithEnter(page);
      expect(fromExtension(errors)).toEqual([]);
    });
  }

  for (const name of ['dialogs', 'print', 'history', 'leave', 'audio', 'fullscreen'] as const) {
    it(`${name}: the warning shows, stays, and Close this page closes the tab`, async () => {
      const { page, errors } = await open(BEHAVIOUR_PAGES[name]);
      await pause(800);
      expect(await page.evaluate(onTop)).toBe(true);
      if (name === 'history') {
        const length = await page.evaluate(() => history.length);
        await pause(600);
        expect(await page.evaluate(() => history.length)).toBe(length);
      }
      if (name === 'audio') await page.waitForFunction(() => (window as unknown as { siren: HTMLAudioElement }).siren.paused, { timeout: 5000 });
      await closeWithEnter(page);
      expect(fromExtension(errors)).toEqual([]);
    });
  }

  it('a flood of 100,000 new nodes a second: the warning stays on top', async () => {
    const { page, errors } = await open(LOAD_PAGES.flood, 30_000);
    const flood = page.evaluate(() => (window as unknown as { startFlood(ms: number): Promise<number> }).startFlood(3000));
    for (let i = 0; i < 4; i++) {
      await pause(500);
      expect(await page.evaluate(onTop)).toBe(true);
    }
    await flood;
    await closeWithEnter(page);
    expect(fromExtension(errors)).toEqual([]);
  });

  it('50 MB of text: the warning appears', async () => {
    // Busy drawing for seconds after its load event, before the gate can come (see the Chromium case).
    const { page, errors } = await open(LOAD_PAGES['huge-text'], 45_000);
    expect((await fightOf(page)).counters.chars).toBe(50_000_000);
    await closeWithEnter(page);
    expect(fromExtension(errors)).toEqual([]);
   }, 90_000);

  for (const name of ['same', 'cross', 'late'] as const) {
    it(`the alert in nested iframes (${name}): the warning shows in the top page`, async () => {
      const { page, errors } = await open(FRAME_PAGES[name]);
      await closeWithEnter(page);
      expect(fromExtension(errors)).toEqual([]);
    });
  }

  it('the same iframes with an honest page inside: no warning', async () => {
    const page = await browser.newPage();
    await page.goto(FRAME_PAGES.control);
    await pause(3000);
    expect(await page.evaluate(() => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length)).toBe(0);
    await page.close();
  });
});
