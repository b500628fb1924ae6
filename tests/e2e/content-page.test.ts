// npm start's content page (content.html, linked from the demo home), built and served as a user gets it, in every locale.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/locales.ts';
import { startDemoServer, type RunningServer } from '../../scripts/server.ts';
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

describe('the content page', () => {
  for (const locale of LOCALES) {
    it(`shows all content in ${locale}`, async () => {
      const bundle = JSON.parse(readFileSync(`content/generated/${locale}.json`, 'utf8'));
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${server.url}content.html?lang=${locale}`);
      await page.locator('h1', { hasText: bundle.ui['app.title'] }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      for (const s of bundle.scamTypes) await expect(page.locator('h3', { hasText: s.name }).first().isVisible()).resolves.toBe(true);
      expect(await page.locator('.tips li').count()).toBe(bundle.advice.length);
      const note = page.getByRole('note');
      if (locale === 'en') expect(await note.count()).toBe(0);
      else expect(await note.textContent()).toBe(bundle.ui['translation.unreviewed']);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
