// @vitest-environment happy-dom
// The page-world observer: what it counts, what it tells the gate, and how it defuses a page.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeCounts, factsOf, HELLO } from '../../extension/page/bridge.ts';

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
  // A page script, there before the gate (which comes once the page has loaded), listens for hellos.
  document.addEventListener(HELLO, (e) => pageSaw.push(String((e as CustomEvent).detail)));
  window.addEventListener(HELLO, (e) => pageSaw.push(String((e as CustomEvent).detail)), true);
  // The gate's side of the hand-shake: it listens on its channel, then says hello.
  const key = 'abcdefghij0123456789';
  const gateChannel = `scam-tips-${key}`;
  document.addEventListener(gateChannel, (ev) => {
    const detail = String((ev as CustomEvent).detail);
    if (detail === 'ready') channel = gateChannel;
    else messages.push(detail);
    // The UI ran an action on Enter: its default must not happen.
    if (detail === 'i:keydown|Enter') ev.preventDefault();
  });
  document.dispatchEvent(new CustomEvent(HELLO, { detail: `key:${key}` }));
});
const pageSaw: string[] = [];

const lastFacts = () => {
  const counts = decodeCounts([...messages].reverse().find((m) => m.startsWith('f:')));
  return counts && factsOf(counts);
};
const command = (c: string) => document.dispatchEvent(new CustomEvent(channel, { detail: `c:${c}` }));

describe('the page-world observer', () => {
  it('completes the hand-shake with a key it did not choose, which no page listener sees', () => {
    expect(channel).toBe('scam-tips-abcdefghij0123456789');
    expect(pageSaw).toEqual([]);
  });

  it('gives a page that sends its own hellos channels of its own, not the gate\'s, and stays open to gates', () => {
    // A page cannot use the channels up before a gate comes.
    for (let i = 0; i < 20; i++) document.dispatchEvent(new CustomEvent(HELLO, { detail: `key:spamspamspamspam${String(i).padStart(2, '0')}` }));
    const heard: string[] = [];
    document.addEventListener('scam-tips-pagepagepagepage01', (e) => heard.push(String((e as CustomEvent).detail)));
    document.dispatchEvent(new CustomEvent(HELLO, { detail: 'key:pagepagepagepage01' }));
    expect(heard).toEqual(['ready']);
    const before = messages.length;
    document.dispatchEvent(new CustomEvent('scam-tips-pagepagepagepage01', { detail: 'c:facts' }));
    // The facts go to every channel (the page hears what it did itself); nothing else changes.
    expect(heard.filter((m) => m.startsWith('f:'))).toHaveLength(1);
    expect(messages.length).toBe(before + 1);
  });

  it('counts dialogs and tells the gate at once', () => {
    window.alert('one');
    expect(original.alert).toHaveBeenCalledTimes(1);
    expect(lastFacts()).toMatchObject({ dialogs: 1 });
  });

  it('holds a dialog loop back by itself when the page also acts like a locker, until a verdict, and only once', () => {
    // Here the page floods its history: a second sign besides the dialogs.
    for (let i = 0; i < 12; i++) history.pushState({}, '', `#s${i}`);
    const shown = original.alert.mock.calls.length;
    window.alert('second');
    window.alert('third');
    window.alert('fourth');
    expect(original.alert.mock.calls.length).toBe(shown + 1);
    // The gate's verdict showed nothing: the dialogs go through, and the observer does not hold
    // them back by itself again (a busy web app is not held at each of its dialogs).
    command('release');
    window.alert('fifth');
    window.alert('sixth');
    expect(original.alert.mock.calls.length).toBe(shown + 3);
  });

  it('holds dialogs back while the verdict is awaited, then lets them through again', () => {
    command('hold');
    expect(window.confirm('sure?')).toBe(false);
    const shown = original.alert.mock.calls.length;
    window.alert('held');
    expect(original.alert.mock.calls.length).toBe(shown);
    command('release');
    window.alert('released');
    expect(original.alert.mock.calls.length).toBe(shown + 1);
  });

  it('reports history flooding and a leave-page trap when the gate asks', () => {
    const before = lastFacts()?.historyPushes ?? 0;
    for (let i = 0; i < 12; i++) history.pushState({}, '', `#p${i}`);
    window.onbeforeunload = () => 'stay';
    command('facts');
    expect(lastFacts()?.historyPushes).toBe(before + 12);
    expect(lastFacts()?.blocksLeaving).toBe(true);
  });

  it('hands clicks and keys on the page UI to the gate before any page listener, and hides them from the page', () => {
    const host = document.createElement('ab-cd');
    const other = document.createElement('button');
    document.documentElement.append(host, other);
    const pageHeard: string[] = [];
    window.addEventListener('click', (e) => pageHeard.push(`window ${(e.target as Element).localName}`), true);
    host.addEventListener('click', () => pageHeard.push('host'));
    const trusted = <T extends Event>(e: T) => Object.defineProperty(e, 'isTrusted', { value: true }) as T;
    // Before the UI says which element is its own, a click is the page's.
    host.dispatchEvent(trusted(new MouseEvent('click', { clientX: 10, clientY: 20, detail: 1, bubbles: true })));
    expect(pageHeard).toEqual(['window ab-cd', 'host']);
    host.dispatchEvent(new CustomEvent(channel, { detail: 'c:ui', bubbles: true }));
    pageHeard.length = 0;
    const before = messages.length;
    host.dispatchEvent(trusted(new MouseEvent('click', { clientX: 10, clientY: 20, detail: 1, bubbles: true })));
    const enter = trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    host.dispatchEvent(enter);
    expect(messages.slice(before)).toEqual(['i:click|10|20|1', 'i:keydown|Enter']);
    expect(enter.defaultPrevented).toBe(true);
    expect(pageHeard).toEqual([]);
    // Clicks elsewhere, and clicks a script makes (not the person's), are left to the page.
    other.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    host.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(pageHeard).toEqual(['window button', 'window ab-cd', 'host']);
    expect(messages.length).toBe(before + 2);
    host.dispatchEvent(new CustomEvent(channel, { detail: 'c:noui', bubbles: true }));
    host.remove();
    other.remove();
  });

  it('tells the gate when a frame loads after it came, and not for images', () => {
    const frame = document.createElement('iframe');
    const image = document.createElement('img');
    document.body.append(frame, image);
    const before = messages.length;
    image.dispatchEvent(new Event('load'));
    frame.dispatchEvent(new Event('load'));
    expect(messages.slice(before)).toEqual(['n:']);
    frame.remove();
    image.remove();
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
    const shown = original.alert.mock.calls.length;
    window.alert('x');
    window.print();
    const length = history.length;
    history.pushState({}, '', '#b');
    expect(original.alert.mock.calls.length).toBe(shown);
    expect(original.print).not.toHaveBeenCalled();
    expect(history.length).toBe(length);
    expect(window.onbeforeunload).toBeNull();
    const trap = vi.fn();
    window.addEventListener('beforeunload', trap);
    window.onbeforeunload = trap;
    window.dispatchEvent(new Event('beforeunload'));
    expect(trap).not.toHaveBeenCalled();
  });

  it('hides find-in-page from the page while the UI shows, and only then', () => {
    const find = (window as unknown as { find: (s: string) => boolean }).find;
    const host = document.createElement('ef-gh');
    document.documentElement.append(host);
    expect(find('scam')).toBe(true);
    // Said on the document rather than on the UI's element: not the UI.
    command('ui');
    expect(find('scam')).toBe(true);
    host.dispatchEvent(new CustomEvent(channel, { detail: 'c:ui', bubbles: true }));
    expect(find('scam')).toBe(false);
    host.dispatchEvent(new CustomEvent(channel, { detail: 'c:noui', bubbles: true }));
    expect(find('scam')).toBe(true);
    host.remove();
  });

  it('ignores commands it does not know and messages that are not commands', () => {
    expect(() => command('format-disk')).not.toThrow();
    document.dispatchEvent(new CustomEvent(channel, { detail: { not: 'a string' } }));
  });
});
