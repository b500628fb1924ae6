// <scam-tips mode="classroom">: the lesson inside the widget on a host page, loaded only when
// that mode is chosen, working by keyboard inside the widget and opening the full page.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type RunningServer } from '../../scripts/server.ts';
import { axeViolations, lessonContent, watchErrors } from '../classroom/browser.ts';
import { launchChromium } from './browsers.ts';

// A library's page with the widget in tip mode, served beside the built widget.
const HOST = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Town library: scam advice</title><script type="module" src="/widget/scam-tips.js"></script></head>
<body><main><h1>Scam advice</h1><scam-tips mode="tip" topics="fake-tech-support" country="gb"></scam-tips></main></body>
</html>`;

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startDemoServer({
    extra: (req, res, next) => {
      if (req.url !== '/classroom-host.html') return next();
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(HOST);
    },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const en = lessonContent('en');
// The widget build's chunk that holds the lesson (dist/widget-meta.json, written by widget/vite.config.ts).
const lessonChunk = () => {
  const meta = JSON.parse(readFileSync('dist/widget-meta.json', 'utf8')) as { file: string; modules: string[] }[];
  return meta.find((c) => c.modules.includes('widget/classroom/mode.tsx'))!.file;
};

describe('classroom mode in the widget', () => {
  it('loads its chunk only when chosen, runs by keyboard inside the widget and opens the full page', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}classroom-host.html`);
    await page.locator('scam-tips').getByRole('button').first().waitFor();
    expect(requested.some((p) => p.endsWith(lessonChunk())), 'tip mode does not load classroom mode').toBe(false);

    await page.locator('scam-tips').evaluate((e) => e.setAttribute('mode', 'classroom'));
    const widget = page.locator('scam-tips');
    await widget.getByRole('heading', { name: en.ui['classroom.title'] as string }).waitFor();
    expect(requested.some((p) => p.endsWith(lessonChunk()))).toBe(true);
    // topics="" and country="" choose the lesson's scam types and where to report.
    await expect(widget.getByRole('checkbox', { name: en.scamTypes.find((s) => s.id === 'fake-tech-support')!.name }).isChecked()).resolves.toBe(true);
    await expect(widget.getByRole('checkbox', { name: en.scamTypes.find((s) => s.id === 'courier-fake-police')!.name }).isChecked()).resolves.toBe(false);
    await expect(widget.getByLabel(en.ui['classroom.setup.country'] as string).inputValue()).resolves.toBe('gb');
    expect(await axeViolations(page)).toEqual([]);

    await widget.getByRole('button', { name: en.ui['classroom.setup.start'] as string }).click();
    const slide = widget.locator('section.slide');
    await expect.poll(() => slide.getAttribute('data-slide')).toBe('title');
    // Keys move the lesson while focus is in the widget, and leave the host page alone otherwise.
    await widget.getByRole('button', { name: en.ui['classroom.nav.next'] as string }).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => slide.getAttribute('data-slide')).toBe('fake-tech-support.start');
    await page.locator('h1').click();
    await page.keyboard.press('PageDown');
    expect(await slide.getAttribute('data-slide')).toBe('fake-tech-support.start');
    expect(new URL(page.url()).hash).toBe('');

    // Presenting in two windows and printing happen on the full page, with the same settings.
    const [full] = await Promise.all([context.waitForEvent('page'), widget.getByRole('button', { name: en.ui['classroom.nav.fullPage'] as string }).click()]);
    await full.waitForLoadState();
    const url = new URL(full.url());
    expect(url.pathname).toBe('/widget/classroom.html');
    expect(url.hash).toContain('types=fake-tech-support');
    expect(url.hash).toContain('country=gb');
    await full.locator('main section.slide').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
