// The background as an attacker's page script, another extension, or a web page would reach it:
// through the real runtime.onMessage listener (extension/background/index.ts), with a fake browser.
// Bad messages get an error (or no answer), never a crash, and change nothing: storage stays as it
// was and no tab is closed, created or touched. Privileged messages come only from extension pages.
import { fake, textPackFetch } from '../extension/fake-ext.ts';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXTENSION_PAGE_ONLY } from '../../extension/shared/messages.ts';
import { DEFAULT_SETTINGS } from '../../extension/shared/settings.ts';

vi.stubGlobal('fetch', textPackFetch());
vi.stubGlobal('navigator', { languages: ['en-GB', 'en'] });

const SCAM_URL = 'https://alert-windows-help.example/';
const OTHER_URL = 'https://other.example/';
const VALID_REPORT = {
  url: SCAM_URL,
  title: 'Microsoft Windows Security Alert',
  text: 'ACCESS TO THIS PC HAS BEEN BLOCKED. Your computer is infected with a Trojan virus. Call Microsoft Support immediately to unlock your computer.',
  facts: [2, 5, 0, 0, 0, 0, 0, 0],
  loadId: 'load0001abcd',
};

const pageScript = { id: 'test-extension', url: SCAM_URL, frameId: 0, tab: { id: 7, url: SCAM_URL } };
const extensionPage = { id: 'test-extension', url: 'chrome-extension://test-extension/popup/index.html' };
const foreign = { id: 'evil-extension', url: 'chrome-extension://evil-extension/x.html' };
const foreignWithTab = { id: 'evil-extension', url: OTHER_URL, frameId: 0, tab: { id: 8, url: OTHER_URL } };

type Answer = { ok: unknown } | { error: { message: string } } | 'no answer';

/** Sends a raw message through the background's own listener, as the browser would. */
async function send(message: unknown, sender: unknown): Promise<Answer> {
  const listener = fake.onMessage[0];
  if (!listener) throw new Error('the background registered no onMessage listener');
  return new Promise<Answer>((resolve) => {
    const keepsOpen = listener(message, sender, (reply: unknown) => resolve(reply as Answer));
    if (keepsOpen !== true) setTimeout(() => resolve('no answer'), 0);
  });
}

function snapshot() {
  return structuredClone({
    local: fake.ext.storage.local.raw(),
    session: fake.ext.storage.session.raw(),
    tabs: fake.tabs,
    calls: fake.calls,
  });
}

beforeAll(async () => {
  await import('../../extension/background/index.ts');
});

beforeEach(async () => {
  for (const key of Object.keys(fake.ext.storage.local.raw())) await fake.ext.storage.local.remove(key);
  for (const key of Object.keys(fake.ext.storage.session.raw())) await fake.ext.storage.session.remove(key);
  await fake.ext.storage.local.set({ settings: { ...DEFAULT_SETTINGS, trustedSites: ['kept.example'] } });
  for (const list of Object.values(fake.calls)) list.length = 0;
  fake.tabs.splice(0, fake.tabs.length, { id: 7, windowId: 1, index: 0, url: SCAM_URL }, { id: 8, windowId: 1, index: 1, url: OTHER_URL });
});

describe('the listener itself', () => {
  it('is registered once, and the background listens to no web page (no onMessageExternal)', () => {
    expect(fake.onMessage).toHaveLength(1);
    expect('onMessageExternal' in fake.ext.runtime).toBe(false);
  });

  it('answers a valid report (so a refusal below means something)', async () => {
    const answer = await send({ type: 'inspectPage', input: VALID_REPORT }, pageScript);
    expect(answer).toEqual({ ok: { shown: 'warning', defuse: true } });
  });
});

const big = 'a'.repeat(2 * 1024 * 1024);
const MALFORMED: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a string', 'inspectPage'],
  ['a number', 42],
  ['an array', ['inspectPage', VALID_REPORT]],
  ['no type', { input: VALID_REPORT }],
  ['a numeric type', { type: 1, input: VALID_REPORT }],
  ['an unknown type', { type: 'deleteEverything', input: {} }],
  ['a prototype key as type', { type: '__proto__', input: {} }],
  ['constructor as type', { type: 'constructor', input: {} }],
  ['toString as type', { type: 'toString', input: {} }],
  ['a report that is a string', { type: 'inspectPage', input: 'hello' }],
  ['a report that is an array', { type: 'inspectPage', input: [VALID_REPORT] }],
  ['a report that is null', { type: 'inspectPage', input: null }],
  ['a report with a numeric title', { type: 'inspectPage', input: { ...VALID_REPORT, title: 5 } }],
  ['a report with a negative count', { type: 'inspectPage', input: { ...VALID_REPORT, facts: [0, -1, 0, 0, 0, 0, 0, 0] } }],
  ['a report with a fractional count', { type: 'inspectPage', input: { ...VALID_REPORT, facts: [0, 1.5, 0, 0, 0, 0, 0, 0] } }],
  ['a report with a count written as a word', { type: 'inspectPage', input: { ...VALID_REPORT, facts: [0, 0, 0, 0, 0, 'yes', 0, 0] } }],
  ['a report with facts by name', { type: 'inspectPage', input: { ...VALID_REPORT, facts: { dialogs: 5 } } }],
  ['a report with a bad load id', { type: 'inspectPage', input: { ...VALID_REPORT, loadId: '../../x' } }],
  ['a report with an extra field', { type: 'inspectPage', input: { ...VALID_REPORT, tabId: 8 } }],
  ['a report with an extra fact', { type: 'inspectPage', input: { ...VALID_REPORT, facts: [0, 0, 0, 0, 0, 0, 0, 0, 1] } }],
  ['a report with a __proto__ field', { type: 'inspectPage', input: JSON.parse(`{"__proto__":{"polluted":1},"url":"${SCAM_URL}"}`) }],
  ['a 2 MB text', { type: 'inspectPage', input: { ...VALID_REPORT, text: big } }],
  ['a 2 MB title', { type: 'inspectPage', input: { ...VALID_REPORT, title: big } }],
  ['a 2 MB address', { type: 'inspectPage', input: { ...VALID_REPORT, url: `${SCAM_URL}?${big}` } }],
  ['a tab status without a tab id', { type: 'getTabStatus', input: { tabId: 'seven' } }],
];

describe('malformed, oversized, wrong-type and extra-field messages from a page script', () => {
  it.each(MALFORMED)('%s: refused, no crash, nothing changed', async (_name, message) => {
    const before = snapshot();
    const answer = await send(message, pageScript);
    expect(answer === 'no answer' || 'error' in answer, JSON.stringify(answer).slice(0, 200)).toBe(true);
    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a page script cannot close, trust or acknowledge for another tab or site, whatever the input says', async () => {
    await send({ type: 'trustSite', input: { site: 'other.example', tabId: 8 } }, pageScript);
    await send({ type: 'acknowledgeRemoteAccess', input: { site: 'other.example' } }, pageScript);
    await send({ type: 'closeTab', input: { tabId: 8 } }, pageScript);
    const { settings } = (await fake.ext.storage.local.get('settings')) as { settings: typeof DEFAULT_SETTINGS };
    expect(settings.trustedSites).not.toContain('other.example');
    expect(settings.remoteAccessSites).not.toContain('other.example');
    expect(fake.calls.removed).not.toContain(8);
    expect(fake.tabs.map((t) => t.id)).toContain(8);
  });
});

/** Every message, with an input that would work from the right sender. */
const EVERY = [
  { type: 'inspectPage', input: VALID_REPORT },
  { type: 'getPageUi', input: {} },
  { type: 'closeTab', input: {} },
  { type: 'trustSite', input: {} },
  { type: 'acknowledgeRemoteAccess', input: {} },
  { type: 'openAdvice', input: { flags: ['caller-id-spoofing'] } },
  { type: 'getTabStatus', input: { tabId: 7 } },
];

describe('privileged messages', () => {
  it('the contract marks getTabStatus (reading a tab\'s history and status) as extension-page only', () => {
    expect(EXTENSION_PAGE_ONLY).toContain('getTabStatus');
  });

  it.each(EXTENSION_PAGE_ONLY.map((type) => [type]))('%s is refused from a page script, and answered for an extension page', async (type) => {
    await send({ type: 'inspectPage', input: VALID_REPORT }, pageScript);
    const input = EVERY.find((m) => m.type === type)!.input;
    const before = snapshot();
    const refused = await send({ type, input }, pageScript);
    expect(refused).toEqual({ error: { message: expect.stringMatching(/only for the extension's own pages/) } });
    expect(snapshot()).toEqual(before);
    const answered = await send({ type, input }, extensionPage);
    expect(answered).toHaveProperty('ok');
  });

  it.each(EVERY.map((m) => [m.type, m]))('%s is refused from another extension, with or without a tab', async (_type, message) => {
    const before = snapshot();
    for (const sender of [foreign, foreignWithTab, { ...pageScript, id: undefined }, {}, null]) {
      expect(await send(message, sender)).toEqual({ error: { message: expect.any(String) } });
    }
    expect(snapshot()).toEqual(before);
  });

  it.each(['trustSite', 'closeTab', 'acknowledgeRemoteAccess', 'inspectPage', 'getPageUi'])(
    '%s (about the sender\'s own page) is refused from an extension page, which has no page to speak for',
    async (type) => {
      const before = snapshot();
      const input = EVERY.find((m) => m.type === type)!.input;
      expect(await send({ type, input }, extensionPage)).toEqual({ error: { message: expect.stringMatching(/page scripts/) } });
      expect(snapshot()).toEqual(before);
    },
  );

  it('trustSite and closeTab are refused from a page script without a tab or on a non-web page', async () => {
    const before = snapshot();
    for (const sender of [{ ...pageScript, tab: undefined }, { ...pageScript, url: 'file:///etc/passwd' }, { ...pageScript, url: 'data:text/html,x' }]) {
      for (const type of ['trustSite', 'closeTab']) expect(await send({ type, input: {} }, sender)).toHaveProperty('error');
    }
    expect(snapshot()).toEqual(before);
  });
});
