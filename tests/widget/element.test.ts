// @vitest-environment happy-dom
// <scam-tips> in a DOM: what it renders for each mode, how it reacts to attributes, what it tells
// the host page (events, one warning per bad value), and what it never does (throw, store, fetch).
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ScamTipsElement } from '../../widget/scam-tips.ts';

const bundle = (locale: string) => JSON.parse(readFileSync(`content/generated/${locale}.json`, 'utf8'));
const en = bundle('en');
const titles = (locale: string) => bundle(locale).advice.map((a: { title: string }) => a.title);

async function until<T>(fn: () => T, what: string): Promise<NonNullable<T>> {
  for (let i = 0; i < 2000; i++) {
    const value = fn();
    if (value) return value;
    await new Promise((ok) => setTimeout(ok, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function mount(attrs: Record<string, string> = {}, fallback = 'Banks never ask for your codes.') {
  const host = document.createElement('scam-tips') as ScamTipsElement;
  for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
  const p = document.createElement('p');
  p.textContent = fallback;
  host.append(p);
  document.body.append(host);
  const root = () => host.shadowRoot!;
  const rendered = (selector = '.root') => until(() => !root().querySelector('slot') && root().querySelector(selector), selector);
  return { host, root, rendered };
}

beforeAll(() => {
  document.documentElement.lang = 'en';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<scam-tips>', () => {
  it('is registered once, as ScamTipsElement', () => {
    expect(customElements.get('scam-tips')).toBe(ScamTipsElement);
  });

  it('renders a tip of the day in the page language, in a shadow root with adopted styles, then drops the fallback', async () => {
    const { host, root, rendered } = mount();
    expect(root().querySelector('slot')).not.toBeNull();
    const ready = new Promise<CustomEvent>((ok) => host.addEventListener('scam-tips:ready', (e) => ok(e as CustomEvent), { once: true }));
    await rendered('.tip');
    expect(titles('en')).toContain(root().querySelector('h2')!.textContent);
    expect(root().querySelector('.root')!.getAttribute('lang')).toBe('en');
    expect(root().querySelector('[role=note]')).toBeNull();
    expect(root().adoptedStyleSheets.length).toBeGreaterThanOrEqual(3);
    expect(root().querySelector('style, link')).toBeNull();
    expect((await ready).detail).toEqual({ mode: 'tip', lang: 'en' });
  });

  it('re-renders when lang, mode or heading-level change, and says when a translation is unreviewed', async () => {
    const { host, root, rendered } = mount();
    await rendered('.tip');
    host.setAttribute('lang', 'uk');
    await until(() => root().querySelector('.root[lang=uk]'), 'Ukrainian');
    expect(titles('uk')).toContain(root().querySelector('h2')!.textContent);
    expect(root().querySelector('[role=note]')!.textContent).toBe(bundle('uk').ui['translation.unreviewed']);
    host.setAttribute('mode', 'browse');
    host.setAttribute('heading-level', '4');
    await until(() => root().querySelector('.browse h4'), 'browse mode');
    expect(root().querySelectorAll('.type')).toHaveLength(en.scamTypes.length);
    expect(root().querySelector('h5 .toggle')).not.toBeNull();
  });

  it('warns once about a bad value, however often it renders, and never throws into the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: unknown[] = [];
    window.addEventListener('error', (e) => errors.push(e));
    const { host, root, rendered } = mount({ mode: 'carousel', theme: 'pink' });
    await rendered('.tip');
    host.setAttribute('compact', '');
    await until(() => root().querySelector('.compact'), 'compact');
    host.setAttribute('rotate', 'week');
    await until(() => root().querySelector('.eyebrow')?.textContent === en.ui['widget.tip.label.week'], 'weekly');
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/mode="carousel".*tip, browse, banner, check/),
      expect.stringMatching(/theme="pink".*auto, light, dark/),
    ]);
    expect(root().querySelector('.theme-auto')).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('filters scam types by channel and by words, and opens one with its report channels', async () => {
    const events: string[] = [];
    const { host, root, rendered } = mount({ mode: 'browse', country: 'gb' });
    for (const name of ['open', 'filter', 'country']) host.addEventListener(`scam-tips:${name}`, (e) => events.push(`${name} ${JSON.stringify((e as CustomEvent).detail)}`));
    await rendered('.browse');
    const sms = root().querySelector<HTMLInputElement>('input[value=sms]')!;
    sms.click();
    const smsTypes = en.scamTypes.filter((s: { channels: string[] }) => s.channels.includes('sms'));
    await until(() => root().querySelectorAll('.type').length === smsTypes.length, 'sms types');
    const search = root().querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'zzzz-nothing';
    search.dispatchEvent(new Event('input'));
    await until(() => root().querySelector('.count')?.textContent === en.ui['widget.browse.none'], 'no results');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await until(() => root().querySelectorAll('.type').length === smsTypes.length, 'results again');
    root().querySelector<HTMLButtonElement>('.toggle')!.click();
    const channel = await until(() => root().querySelector('.channel'), 'the UK channel');
    expect(channel.textContent).toContain('0300 123 2040');
    expect(root().querySelector('.channel a[href="tel:03001232040"]')).not.toBeNull();
    expect(events).toEqual(['filter {"channel":"sms"}', `open {"mode":"browse","kind":"scam-type","id":"${smsTypes[0].id}"}`]);
    // The host page changes the country: the open scam type now shows that country's channels.
    host.setAttribute('country', 'de');
    await until(() => root().querySelector<HTMLSelectElement>('.type select')?.value === 'de', 'Germany');
    const de = en.reportChannels.find((r: { id: string }) => r.id === 'de');
    expect(root().querySelector('.channel strong')!.textContent).toBe(de.organisation);
  });

  it('closes the banner, gives its space back and announces it', async () => {
    const { host, root, rendered } = mount({ mode: 'banner' });
    const dismissed = new Promise<CustomEvent>((ok) => host.addEventListener('scam-tips:dismiss', (e) => ok(e as CustomEvent), { once: true }));
    await rendered('.banner');
    root().querySelector<HTMLButtonElement>('.close')!.click();
    await until(() => !root().querySelector('.root'), 'closed');
    expect(root().querySelector('[role=status]')!.textContent).toBe(en.ui['widget.banner.closed']);
    expect(en.advice.map((a: { id: string }) => a.id)).toContain((await dismissed).detail.tip);
  });

  it('checks a pasted message on the device and reports the verdict without the message', async () => {
    const { host, root, rendered } = mount({ mode: 'check' });
    const checked = new Promise<CustomEvent>((ok) => host.addEventListener('scam-tips:check', (e) => ok(e as CustomEvent), { once: true }));
    await rendered('.check');
    root().querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => root().querySelector('#check-error'), 'the empty-message error');
    expect(root().querySelector('textarea')!.getAttribute('aria-invalid')).toBe('true');
    const text = 'URGENT: your bank account is locked. Read me the code we sent you now and do not tell anyone.';
    const field = root().querySelector('textarea')!;
    field.value = text;
    field.dispatchEvent(new Event('input'));
    root().querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    const { detail } = await checked;
    expect(detail.verdict).not.toBe('safe');
    expect(detail.flags).toContain('asks-for-codes');
    expect(JSON.stringify(detail)).not.toContain('locked');
    await until(() => root().querySelector('.result mark'), 'the evidence');
    expect(text).toContain(root().querySelector('.result mark')!.textContent);
    // The detector's index is large: loading it is slow while other test files run beside this one.
  }, 30_000);

  it('stores nothing', async () => {
    const { rendered } = mount({ mode: 'browse' });
    await rendered('.browse');
    expect(document.cookie).toBe('');
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});
