// The widget in Debian Firefox ESR (puppeteer-core over WebDriver BiDi): the shared suite.
import type { Page } from 'puppeteer-core';
import { describe } from 'vitest';
import { launchFirefox } from './browsers.ts';
import { HELPERS, widgetSuite, type WidgetBrowser, type WidgetPage } from './widget-suite.ts';

function adapt(page: Page): WidgetPage {
  const p: WidgetPage = {
    warnings: [],
    errors: [],
    requests: [],
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(HELPERS);
    },
    run: (fn, arg) => page.evaluate(fn as never, arg as never),
    runSource: (source) => page.evaluate(source),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    close: () => page.close(),
  };
  page.on('console', (m) => {
    const type = m.type() as string;
    if (type === 'warn' || type === 'warning') p.warnings.push(m.text());
    if (type === 'error') p.errors.push(m.text());
  });
  page.on('pageerror', (e) => p.errors.push(e instanceof Error ? e.message : String(e)));
  page.on('request', (r) => p.requests.push(r.url()));
  return p;
}

describe('the widget in Firefox ESR', () => {
  widgetSuite(async (): Promise<WidgetBrowser> => {
    const browser = await launchFirefox();
    return {
      name: 'firefox',
      async open() {
        const page = await browser.newPage();
        await page.setViewport({ width: 900, height: 900 });
        return adapt(page);
      },
      close: () => browser.close(),
    };
  });
});
