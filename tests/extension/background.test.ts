// The background's handlers, on the real detector and content, with a fake browser API.
// The fake browser API first: the extension's modules read it when they load.
import { fake, textPackFetch } from './fake-ext.ts';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../extension/shared/settings.ts';

vi.stubGlobal('fetch', textPackFetch());
vi.stubGlobal('navigator', { languages: ['en-GB', 'en'] });

type Background = typeof import('../../extension/background/index.ts');
let bg: Background;
let senderOf: typeof import('../../extension/background/sender.ts').senderOf;
let decide: typeof import('../../extension/background/handlers/inspect-page.ts').decide;

beforeAll(async () => {
  bg = await import('../../extension/background/index.ts');
  ({ senderOf } = await import('../../extension/background/sender.ts'));
  ({ decide } = await import('../../extension/background/handlers/inspect-page.ts'));
});

const SCAM = {
  url: 'https://alert-windows-help.example/',
  title: 'Microsoft Windows Security Alert',
  text: 'ACCESS TO THIS PC HAS BEEN BLOCKED. Your computer is infected with a Trojan virus. Do not shut down your computer. Call Microsoft Support immediately to unlock your computer: +1 (800) 555-0199 (Toll Free).',
  facts: [2, 5, 0, 0, 0, 0, 0, 0],
  loadId: 'load0001abcd',
};
const pageSender = (tabId: number, url: string) => {
  const s = senderOf({ id: 'test-extension', url, frameId: 0, tab: { id: tabId, url } }, 'inspectPage');
  if (s instanceof Error) throw s;
  return s;
};

beforeEach(async () => {
  await fake.ext.storage.local.remove(['settings', 'history']);
  fake.calls.executeScript.length = 0;
  fake.tabs.splice(0, fake.tabs.length, { id: 7, windowId: 1, index: 0, url: SCAM.url }, { id: 8, windowId: 1, index: 1, url: 'https://other.example/' });
});

describe('who may send what', () => {
  it('refuses other extensions, page scripts asking for extension-page messages, and pages without a tab', () => {
    expect(senderOf({ id: 'someone-else', url: SCAM.url, tab: { id: 1 } }, 'inspectPage')).toBeInstanceOf(Error);
    expect(senderOf({ id: 'test-extension', url: SCAM.url, tab: { id: 1 } }, 'getTabStatus')).toBeInstanceOf(Error);
    expect(senderOf({ id: 'test-extension', url: 'chrome-extension://test-extension/popup/index.html' }, 'inspectPage')).toBeInstanceOf(Error);
    expect(senderOf({ id: 'test-extension', url: 'chrome-extension://test-extension/popup/index.html' }, 'getTabStatus')).not.toBeInstanceOf(Error);
  });
});

describe('inspectPage', () => {
  it('warns on a scam page, defuses it, injects the UI, and records the warning', async () => {
    const answer = await bg.handlers.inspectPage(SCAM, pageSender(7, SCAM.url));
    expect(answer).toEqual({ shown: 'warning', defuse: true });
    expect(fake.calls.executeScript).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['page/warning.js'] }]);
    expect(fake.calls.updated).toContainEqual([7, { muted: true }]);
    const view = await bg.handlers.getPageUi({}, pageSender(7, SCAM.url));
    expect(view?.kind).toBe('warning');
    expect(view?.text['page.warning.title']).toBe('Stop: this page is a scam');
    expect(view?.flags.length).toBeGreaterThan(0);
    expect(view?.flags.every((f) => f.name && f.explain)).toBe(true);
    const { history } = (await fake.ext.storage.local.get('history')) as { history: { site: string; phones: string[] }[] };
    expect(history).toHaveLength(1);
    expect(history[0]!.site).toBe('alert-windows-help.example');
    expect(history[0]!.phones).toContain('+1 (800) 555-0199');
  });

  it('does not inject twice for the same page load', async () => {
    const load = { ...SCAM, loadId: 'load0003abcd' };
    await bg.handlers.inspectPage(load, pageSender(7, SCAM.url));
    await bg.handlers.inspectPage(load, pageSender(7, SCAM.url));
    expect(fake.calls.executeScript).toHaveLength(1);
    await bg.handlers.inspectPage({ ...load, loadId: 'load0004abcd' }, pageSender(7, SCAM.url));
    expect(fake.calls.executeScript).toHaveLength(2);
  });

  it('shows nothing on a trusted site, but keeps the status for the popup', async () => {
    await fake.ext.storage.local.set({ settings: { ...DEFAULT_SETTINGS, trustedSites: ['alert-windows-help.example'] } });
    const answer = await bg.handlers.inspectPage({ ...SCAM, loadId: 'load0002abcd' }, pageSender(7, SCAM.url));
    expect(answer.shown).toBe('none');
    expect(fake.calls.executeScript).toHaveLength(0);
    const status = await bg.handlers.getTabStatus({ tabId: 7 });
    expect(status?.verdict).toBe('scam');
  });

  it('shows the warning in the top frame when the scam is in a subframe, about the top page', async () => {
    const top = 'https://garden-videos.example/watch';
    const frame = senderOf({ id: 'test-extension', url: 'https://player-alert.example/alert', frameId: 5, tab: { id: 8, url: top } }, 'inspectPage');
    if (frame instanceof Error) throw frame;
    const answer = await bg.handlers.inspectPage({ ...SCAM, url: 'https://player-alert.example/alert', loadId: 'frame0001abcd' }, frame);
    expect(answer).toEqual({ shown: 'warning', defuse: true });
    expect(fake.calls.executeScript).toEqual([{ target: { tabId: 8, frameIds: [0] }, files: ['page/warning.js'] }]);
    const view = await bg.handlers.getPageUi({}, pageSender(8, top));
    expect(view?.site).toBe('garden-videos.example');
    expect((await bg.handlers.getTabStatus({ tabId: 8 }))?.shown).toBe('warning');
  });

  it('leaves the tab alone when a subframe has nothing to show', async () => {
    await bg.handlers.inspectPage({ ...SCAM, loadId: 'load0005abcd' }, pageSender(7, SCAM.url));
    const frame = senderOf({ id: 'test-extension', url: 'https://ads.example/slot', frameId: 2, tab: { id: 7, url: SCAM.url } }, 'inspectPage');
    if (frame instanceof Error) throw frame;
    const answer = await bg.handlers.inspectPage({ url: 'https://ads.example/slot', title: 'Garden gloves', text: 'Garden gloves, two pairs.', facts: [0, 0, 0, 0, 0, 0, 0, 0], loadId: 'frame0002abcd' }, frame);
    expect(answer).toEqual({ shown: 'none', defuse: false });
    expect(fake.calls.executeScript).toHaveLength(1);
    expect((await bg.handlers.getTabStatus({ tabId: 7 }))?.verdict).toBe('scam');
  });

  it('refuses a malformed report', async () => {
    await expect(bg.handlers.inspectPage({ ...SCAM, facts: [0, -1, 0, 0, 0, 0, 0, 0] } as never, pageSender(7, SCAM.url))).rejects.toThrow(/not valid/);
    await expect(bg.handlers.inspectPage({ ...SCAM, extra: 1 } as never, pageSender(7, SCAM.url))).rejects.toThrow(/not valid/);
  });

  it('only the sender site can be trusted, whatever the page says', async () => {
    await bg.handlers.trustSite({}, pageSender(7, 'https://www.alert-windows-help.example/x'));
    const { settings } = (await fake.ext.storage.local.get('settings')) as { settings: Settings };
    expect(settings.trustedSites).toEqual(['alert-windows-help.example']);
  });

  it('closes the sender tab, opening a new one first when it is the last', async () => {
    await bg.handlers.closeTab({}, pageSender(8, 'https://other.example/'));
    expect(fake.calls.removed).toContain(8);
    await bg.handlers.closeTab({}, pageSender(7, SCAM.url));
    expect(fake.calls.created).toContainEqual({ windowId: 1, active: true });
    expect(fake.calls.removed).toContain(7);
  });
});

describe('the page gate', () => {
  const gateInjections = () => fake.calls.executeScript.filter((c) => JSON.stringify(c).includes('page/gate.js'));
  const update = (tabId: number, status: string) => fake.onUpdated.forEach((l) => l(tabId, { status }));

  it('goes into every frame of a page once it has loaded, hand-shake first', () => {
    update(7, 'loading');
    expect(gateInjections()).toEqual([]);
    update(7, 'complete');
    expect(gateInjections()).toEqual([{ target: { tabId: 7, allFrames: true }, files: ['page/gate-start.js', 'page/gate.js'], injectImmediately: true }]);
  });

  it('goes into a page whose load never ends after three seconds, once', () => {
    vi.useFakeTimers();
    try {
      update(8, 'loading');
      vi.advanceTimersByTime(2900);
      expect(gateInjections()).toEqual([]);
      vi.advanceTimersByTime(200);
      expect(gateInjections()).toHaveLength(1);
      // A new load starts the wait again; loading that completes does not inject twice.
      update(8, 'loading');
      update(8, 'complete');
      vi.advanceTimersByTime(5000);
      expect(gateInjections()).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('goes into the web pages already open when the extension is installed', async () => {
    fake.tabs.push({ id: 9, windowId: 1, index: 2, url: 'chrome://settings/' } as never);
    fake.onInstalled.forEach((l) => l({ reason: 'install' }));
    await vi.waitFor(() => expect(gateInjections()).toHaveLength(2));
    expect(gateInjections().map((c) => (c as { target: { tabId: number } }).target.tabId)).toEqual([7, 8]);
  });

  it('goes into frames a page loads later, when that page\'s gate asks', async () => {
    await bg.handlers.gateFrames({}, pageSender(7, SCAM.url));
    expect(gateInjections()).toEqual([{ target: { tabId: 7, allFrames: true }, files: ['page/gate-start.js', 'page/gate.js'], injectImmediately: true }]);
    expect(senderOf({ id: 'test-extension', url: 'chrome-extension://test-extension/popup/index.html' }, 'gateFrames')).toBeInstanceOf(Error);
  });
});

describe('what to show', () => {
  const s = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...change });
  it('follows the verdict and the settings', () => {
    expect(decide({ verdict: 'scam' }, undefined, 'a.example', s())).toBe('warning');
    expect(decide({ verdict: 'suspicious' }, undefined, 'a.example', s())).toBeUndefined();
    expect(decide({ verdict: 'suspicious' }, undefined, 'a.example', s({ warnSuspiciousPages: true }))).toBe('warning');
    expect(decide({ verdict: 'scam' }, undefined, 'a.example', s({ warnScamPages: false }))).toBeUndefined();
    expect(decide({ verdict: 'safe' }, 'AnyDesk', 'anydesk.com', s())).toBe('notice');
    expect(decide({ verdict: 'safe' }, 'AnyDesk', 'anydesk.com', s({ remoteAccessSites: ['anydesk.com'] }))).toBeUndefined();
    expect(decide({ verdict: 'safe' }, 'AnyDesk', 'anydesk.com', s({ warnRemoteAccess: false }))).toBeUndefined();
    expect(decide({ verdict: 'scam' }, undefined, 'a.example', s({ snoozedUntil: 2000 }), 1000)).toBeUndefined();
    expect(decide({ verdict: 'scam' }, undefined, 'sub.a.example', s({ trustedSites: ['a.example'] }))).toBeUndefined();
  });
});
