// Firefox ESR with a built extension, through puppeteer-core over WebDriver BiDi (TOOLCHAIN.md).
// Every request goes through the fixture server as an HTTP proxy, so host names resolve to the
// fixtures and the server's log records the whole run.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX } from './browsers.ts';

export interface FirefoxRun {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  extensionBase: string;
}

export async function launchFirefoxWithExtension(extensionDir: string, geckoId: string, proxyPort: number): Promise<FirefoxRun> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    // Release builds honour services.settings.server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disableIPv6': true,
      'media.autoplay.default': 0,
      'media.autoplay.blocking_policy': 0,
      'dom.disable_beforeunload': false,
      // The browser's own background traffic (settings sync, safe browsing lists, captive portal
      // checks): off, so the network log holds only what pages and the extension do.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.newtabpage.enabled': false,
      'browser.startup.homepage_override.mstone': 'ignore',
    },
  });
  await browser.installExtension(resolve(extensionDir));
  return { browser, extensionBase: `moz-extension://${uuid}/` };
}

/**
 * Opens an extension page (moz-extension://): page.goto to such pages does not resolve in this
 * setup, so navigate with a short timeout and wait for the page's own content instead.
 */
export async function openExtensionPage(browser: Browser, url: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { timeout: 3000 }).catch(() => undefined);
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}
