// @vitest-environment happy-dom
// The page-world observer: what it counts, what it tells the gate, and how it defuses a page.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeFacts, HELLO } from '../../extension/page/bridge.ts';

const messages: string[] = [];
let channel = '';
const original = { alert: vi.fn(), print: vi.fn(), find: vi.fn(() => true) };
/** Chromium's navigator.keyboard (happy-dom has none): lock() is on the prototype, as in the browser. */
class FakeKeyboard {
  locks = 0;
  unlocks = 0;
  lock() {
    this.locks++;
    return Promise.resolve();
  }
  unlock() {
    this.unlocks++;
  }
}
const keyboard = new FakeKeyboard();

beforeAll(async () => {
  window.alert = original.alert;
  window.confirm = vi.fn(() => true);
  window.prompt = vi.fn(() => 'typed');
  window.print = original.print;
  (window as unknown as { find: unknown }).find = original.find;
  Object.defineProperty(navigator, 'keyboard', { value: keyboard, configurable: true });
  await import('../../extension/page/main-world.ts');
  // The gate's side of the hand-shake.
  const key = 'abcdefghij0123456789';
  document.addEventListener(HELLO, (e) => {
    if ((e as CustomEvent).detail === 'ready') {
      channel = `scam-tips-${key}`;
      document.addEventListener(channel, (ev) => messages.push(String((ev as CustomEvent).detail)));
    }
  });
  document.dispatchEvent(new CustomEvent(HELLO, { detail: `key:${key}` }));
});

const lastFacts = () => decodeFacts([...messages].reverse().find((m) => m.startsWith('f:')));
const command = (c: string) => document.dispatchEvent(new CustomEvent(channel, { detail: `c:${c}` }));

describe('the page-world observer', () => {
  it('completes the hand-shake with a key it did not choose', () => {
    expect(channel).toBe('scam-tips-abcdefghij0123456789');
  });

  it('counts dialogs and tells the gate at once', () => {
    window.alert('one');
    expect(original.alert).toHaveBeenCalledTimes(1);
    expect(lastFacts()).toMatchObject({ dialogs: 1 });
  });

  it('reports history flooding and a leave-page trap when the gate asks', () => {
    const before = lastFacts()?.historyPushes ?? 0;
    for (let i = 0; i < 12; i++) history.pushState({}, '', `#p${i}`);
    window.onbeforeunload = () => 'stay';
    command('facts');
    expect(lastFacts()?.historyPushes).toBe(before + 12);
    expect(lastFacts()?.blocksLeaving).toBe(true);
  });

  it('holds dialogs back while the verdict is awaited, then lets them through again', () => {
    command('hold');
    expect(window.confirm('sure?')).toBe(false);
    window.alert('held');
    expect(original.alert).toHaveBeenCalledTimes(1);
    command('release');
    window.alert('released');
    expect(original.alert).toHaveBeenCalledTimes(2);
  });

  it('sees keyboard lock (no event tells of it) and a siren never put in the page', async () => {
    await (navigator as unknown as { keyboard: FakeKeyboard }).keyboard.lock();
    expect(keyboard.locks).toBe(1);
    expect(lastFacts()).toMatchObject({ keyboardLock: true });
    const siren = new Audio();
    await siren.play().catch(() => undefined);
    expect(lastFacts()).toMatchObject({ audio: true });
  });

  it('once defused, releases and refuses keyboard lock', async () => {
    command('defuse');
    expect(keyboard.unlocks).toBe(1);
    await expect((navigator as unknown as { keyboard: FakeKeyboard }).keyboard.lock()).rejects.toThrow('turned off');
    expect(keyboard.locks).toBe(1);
  });

  it('once defused, stops dialogs, print, history flooding and the leave trap', () => {
    command('defuse');
    window.alert('x');
    window.print();
    const length = history.length;
    history.pushState({}, '', '#b');
    expect(original.alert).toHaveBeenCalledTimes(2);
    expect(original.print).not.toHaveBeenCalled();
    expect(history.length).toBe(length);
    expect(window.onbeforeunload).toBeNull();
    const trap = vi.fn();
    window.addEventListener('beforeunload', trap);
    window.onbeforeunload = trap;
    window.dispatchEvent(new Event('beforeunload'));
    expect(trap).not.toHaveBeenCalled();
  });

  it('hides find-in-page from the page while the UI shows', () => {
    const find = (window as unknown as { find: (s: string) => boolean }).find;
    expect(find('scam')).toBe(true);
    command('ui');
    expect(find('scam')).toBe(false);
  });

  it('ignores commands it does not know and messages that are not commands', () => {
    expect(() => command('format-disk')).not.toThrow();
    document.dispatchEvent(new CustomEvent(channel, { detail: { not: 'a string' } }));
  });
});
