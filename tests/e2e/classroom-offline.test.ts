// Once loaded, the lesson needs no network: the page reloads offline and can still switch
// language. And classroom mode does not weigh on the widget's first load.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type RunningServer } from '../../scripts/server.ts';
import type { Settings } from '../../widget/classroom/state.ts';
import { lessonContent, lessonUrl, shownSlide, watchErrors } from '../classroom/browser.ts';
import { launchChromium } from './browsers.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const settings: Settings = { lang: 'en', types: ['fake-tech-support'], length: 20, country: 'gb', qr: '', paper: 'a4' };

describe('classroom mode offline', () => {
  it('reloads and runs with the network off, in any language', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(lessonUrl(server, { settings, view: 'slides', slide: 'fake-tech-support.now' }));
    await page.locator('main section.slide').waitFor();
    // The service worker has kept every file once it is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    await context.setOffline(true);
    expect(await page.evaluate(() => fetch(location.href.replace(/classroom\.html.*/, 'scam-tips.js')).then(() => 'online', () => 'offline'))).toBe('offline');
    await page.reload();
    await expect.poll(() => shownSlide(page)).toBe('fake-tech-support.now');
    const en = lessonContent('en');
    await expect(page.locator('main section.slide').textContent()).resolves.toContain(en.scamTypes.find((s) => s.id === 'fake-tech-support')!.now);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shownSlide(page)).toBe('fake-tech-support.paid');

    // Another language was never loaded before going offline; it is there too.
    await page.getByRole('button', { name: en.ui['classroom.nav.setup'] as string }).click();
    await page.getByLabel(en.ui['classroom.setup.language'] as string).selectOption('uk');
    const uk = lessonContent('uk');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(uk.ui['classroom.title']);
    await page.getByRole('button', { name: uk.ui['classroom.setup.start'] as string }).click();
    await page.keyboard.press('End');
    await expect.poll(() => shownSlide(page)).toBe('end');
    await expect(page.locator('main section.slide').textContent()).resolves.toContain(uk.ui['classroom.slide.end']);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });
});

describe("the widget's first load", () => {
  it('holds no classroom code: classroom mode is a lazy chunk of its own', () => {
    // What the widget build wrote about its chunks (widget/vite.config.ts).
    const meta = JSON.parse(readFileSync('dist/widget-meta.json', 'utf8')) as { file: string; source?: string; modules: string[]; imports: string[]; dynamicImports: string[] }[];
    const entry = meta.find((c) => c.file === 'scam-tips.js')!;
    const statics = new Set([entry.file, ...entry.imports]);
    const firstLoad = meta.filter((c) => statics.has(c.file));
    expect(firstLoad.flatMap((c) => c.modules).filter((m) => m.startsWith('widget/classroom/'))).toEqual([]);
    const lesson = meta.find((c) => c.modules.includes('widget/classroom/mode.tsx'));
    expect(lesson, 'the widget build has a classroom chunk').toBeDefined();
    expect(entry.dynamicImports).toContain(lesson!.file);
    // And the built entry file itself carries none of the classroom's strings.
    const code = readFileSync('dist/widget/scam-tips.js', 'utf8');
    for (const marker of ['scam-tips-classroom', 'classroom.slide.', 'quizRound', 'isDark']) expect(code, marker).not.toContain(marker);
  });
});
