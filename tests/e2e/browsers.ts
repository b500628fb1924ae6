// Real browsers for tests: Debian Chromium through playwright-core, Firefox ESR through puppeteer-core.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser as FirefoxBrowser } from 'puppeteer-core';

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Chromium with an unpacked extension loaded, in a fresh profile. */
export function launchChromiumWithExtension(extensionDir: string, extraArgs: string[] = [], userDataDir?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir ?? mkdtempSync(join(tmpdir(), 'scam-tips-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...extraArgs],
  });
}

/** Firefox ESR through puppeteer-core (WebDriver BiDi), headless, with a fresh profile. */
export function launchFirefox(options: { extraPrefs?: Record<string, unknown> } = {}): Promise<FirefoxBrowser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // No update checks, telemetry or other traffic of Firefox's own during tests.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...options.extraPrefs,
    },
  });
}
