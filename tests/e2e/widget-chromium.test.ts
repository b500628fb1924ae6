// The widget in Debian Chromium (playwright-core): the shared suite, plus what only Chromium can
// emulate here (colour scheme, forced colours, reduced motion) and the first load's real transfer.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/server.ts';
import { launchChromium } from './browsers.ts';
import { en, fixtureServer, HELPERS, widgetSuite, type WidgetBrowser, type WidgetPage } from './widget-suite.ts';

function adapt(page: Page): WidgetPage {
  const p: WidgetPage = {
    warnings: [],
    errors: [],
    requests: [],
    async goto(url) {
      await page.goto(url);
      await page.evaluate(HELPERS);
    },
    run: (fn, arg) => page.evaluate(fn as never, arg as never),
    runSource: (source) => page.evaluate(source),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    close: () => page.context().close(),
  };
  page.on('console', (m) => {
    if (m.type() === 'warning') p.warnings.push(m.text());
    if (m.type() === 'error') p.errors.push(m.text());
  });
  page.on('pageerror', (e) => p.errors.push(e.message));
  page.on('request', (r) => p.requests.push(r.url()));
  return p;
}

async function chromiumDriver(options: BrowserContextOptions = {}): Promise<WidgetBrowser & { browser: Browser }> {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    browser,
    open: async () => adapt(await (await browser.newContext({ viewport: { width: 900, height: 900 }, ...options })).newPage()),
    close: () => browser.close(),
  };
}

describe('the widget in Chromium', () => {
  widgetSuite(() => chromiumDriver());
});

describe('the widget in Chromium: emulated settings and the first load', () => {
  let server: RunningServer;
  let driver: Awaited<ReturnType<typeof chromiumDriver>>;
  const open = async (path: string, options: BrowserContextOptions = {}) => {
    const page = await (await driver.browser.newContext({ viewport: { width: 900, height: 900 }, ...options })).newPage();
    const p = adapt(page);
    await p.goto(new URL(path, server.url).href);
    return p;
  };
  beforeAll(async () => {
    server = await fixtureServer();
    driver = await chromiumDriver();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it("follows the reader's dark setting, forced colours and reduced motion", async () => {
    const dark = await open('browse.html', { colorScheme: 'dark', reducedMotion: 'reduce' });
    const seen = await dark.run(async () => {
      const root = await window.__st.rendered('#widget');
      return {
        bg: getComputedStyle(root.querySelector('.root')!).backgroundColor,
        transition: getComputedStyle(root.querySelector('.toggle .icon')!).transitionDuration,
      };
    });
    expect(seen.bg).toBe('rgb(27, 30, 35)');
    expect(seen.transition).toBe('0s');
    await dark.close();

    const light = await open('browse.html');
    const transition = await light.run(async () => getComputedStyle((await window.__st.rendered('#widget')).querySelector('.toggle .icon')!).transitionDuration);
    expect(transition).toBe('0.15s');
    await light.close();

    const forced = await open('tip.html', { forcedColors: 'active' });
    const border = await forced.run(async () => {
      const root = await window.__st.rendered('#widget');
      return { root: getComputedStyle(root.querySelector('.root')!).borderTopStyle, button: getComputedStyle(root.querySelector('button')!).borderTopStyle };
    });
    expect(border).toEqual({ root: 'solid', button: 'solid' });
    await forced.close();
  });

  it("tip mode's first render transfers at most 16 KB gzip: the entry, the tip chunk and one locale's tips", async () => {
    for (const lang of ['en', 'uk']) {
      const p = await open(`tip.html`, { locale: lang });
      await p.run(async (l) => {
        const host = document.querySelector('#widget')!;
        host.setAttribute('lang', l);
        await window.__st.until(() => host.shadowRoot?.querySelector(`.root[lang=${l}]`), l);
      }, lang);
      const widgetFiles = [...new Set(p.requests.filter((u) => u.includes('/widget/')).map((u) => new URL(u).pathname.replace(/^\/widget\//, '')))];
      // The page renders in English first; count only the tips this locale needed.
      const files = widgetFiles.filter((f) => !f.endsWith('.widget-tip.js') || f.endsWith(`/${lang}.widget-tip.js`));
      expect(files.map((f) => f.split('/').pop())).toEqual(['scam-tips.js', 'tip.js', `${lang}.widget-tip.js`]);
      const total = files.reduce((sum, f) => sum + gzipSync(readFileSync(`dist/widget/${f}`), { level: 9 }).length, 0);
      expect(total).toBeLessThanOrEqual(16 * 1024);
      await p.close();
    }
  });

  it('links every demo page from the demo home, and each renders its widgets without an error', async () => {
    const home = await open('index.html');
    const links = await home.run(async () => {
      await window.__st.rendered('#widget');
      return [...document.querySelectorAll<HTMLAnchorElement>('.pages a')].map((a) => a.getAttribute('href')!);
    });
    await home.close();
    expect(links).toEqual(['./tip.html', './browse.html', './banner.html', './check.html', './iframe.html', './theming.html', './csp.html', './bootstrap.html', './isolation.html', './arabic.html', './content.html']);
    for (const link of links) {
      const p = await open(link);
      const count = await p.run(async () => {
        const all = [...document.querySelectorAll('scam-tips')];
        for (const el of all) await window.__st.rendered(`#${el.id}`);
        if (location.pathname.endsWith('/content.html')) await window.__st.until(() => document.querySelector('h2'), 'the content');
        return all.length;
      });
      if (!link.includes('content') && !link.includes('iframe')) expect(count, link).toBeGreaterThan(0);
      expect(p.errors, link).toEqual([]);
      expect(p.warnings, link).toEqual([]);
      await p.close();
    }
  });

  it('talks to a parent on another origin, and only to it', async () => {
    const p = await open('t/cross-origin.html');
    // The widget's first event comes across (queued until the parent said hello), then its height.
    const events = await p.run(() => window.__st.until(() => document.querySelector('#events li')?.textContent, 'relayed event'));
    expect(events).toBe(`scam-tips:ready {"mode":"tip","lang":"${en.locale.id}"}`);
    const seen = await p.run(async () => {
      const frame = document.getElementById('scam-tips-frame')!;
      const current = () => Number(/(\d+) px/.exec(document.getElementById('frame-height')!.textContent ?? '')?.[1] ?? 0);
      await window.__st.sleep(300);
      const height = await window.__st.until(() => current() > 0 && Math.round(frame.getBoundingClientRect().height) === current() && current(), 'the frame to take its height');
      return { height };
    });
    expect(seen.height).toBeGreaterThan(150);
    expect(p.errors).toEqual([]);
    await p.close();
  });
});
