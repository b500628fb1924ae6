// @vitest-environment happy-dom
// Fuzzing what people and pages can put in front of us: the extension's stored settings (random
// JSON, and valid settings with one field damaged) and the widget's attributes (random values).
// Seeded, so a failure names its seed and input and can be replayed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES, matchLocale } from '../../content/index.ts';
import { DEFAULT_SETTINGS, parseSettings, SETTING_NAMES, type SettingName, type Settings } from '../../extension/shared/settings.ts';
import { HEADING_LEVELS, MODES, readConfig, ROTATIONS, THEMES } from '../../widget/config.ts';
import '../../widget/scam-tips.ts';

const SEED = 20261122;

/** mulberry32: small, seeded, good enough to pick test inputs. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Strings people and programs really produce, and the hostile ones. */
function randomString(r: Rand): string {
  const pieces = ['', ' ', 'en', 'EN', 'auto', 'dark', 'Tip', 'true', 'false', '0', '-1', '1e309', 'NaN', '__proto__', 'constructor',
    'bank.example', 'https://bank.example/', 'javascript:alert(1)', '<img src=x>', '\u202e', '\u200d', 'ü', 'zh-Hans', 'ar-EG', '🙂', '\u0000', '\ud800'];
  let s = '';
  const n = Math.floor(r() * 4);
  for (let i = 0; i < n; i++) s += r() < 0.7 ? pick(r, pieces) : String.fromCharCode(Math.floor(r() * 0x3000));
  return s;
}

function randomJson(r: Rand, depth = 0): unknown {
  const k = r();
  if (depth > 3 || k < 0.45) return pick<unknown>(r, [null, true, false, 0, -1, 1.5, 2 ** 53, Number.MAX_VALUE, randomString(r)]);
  if (k < 0.7) return Array.from({ length: Math.floor(r() * 4) }, () => randomJson(r, depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = Math.floor(r() * 5); i > 0; i--) o[r() < 0.5 ? pick(r, SETTING_NAMES) : randomString(r)] = randomJson(r, depth + 1);
  return o;
}

/** A stored value of the right shape for each setting, different from the default where it can be. */
function validSettings(r: Rand): Settings {
  return {
    locale: pick(r, ['auto', ...LOCALES] as const),
    warnScamPages: r() < 0.5,
    warnSuspiciousPages: r() < 0.5,
    warnRemoteAccess: r() < 0.5,
    keepHistory: r() < 0.5,
    trustedSites: Array.from({ length: Math.floor(r() * 3) }, (_, i) => `site${i}-${Math.floor(r() * 1000)}.example`),
    remoteAccessSites: Array.from({ length: Math.floor(r() * 3) }, (_, i) => `tool${i}-${Math.floor(r() * 1000)}.example`),
    snoozedUntil: Math.floor(r() * 2e12),
  };
}

/** A value that is certainly wrong for the setting. */
function damage(r: Rand, name: SettingName): unknown {
  switch (name) {
    case 'locale':
      return pick(r, ['klingon', '', 'EN_us_x', 42, null, { en: true }]);
    case 'snoozedUntil':
      return pick(r, [-1, 1.5, '100', Number.NaN, null, [], true]);
    case 'trustedSites':
    case 'remoteAccessSites':
      return pick(r, ['bank.example', 7, { 0: 'bank.example' }, true, null]);
    default:
      return pick(r, ['yes', 1, 0, null, [], {}]);
  }
}

function isWellFormed(s: Settings): boolean {
  return (
    (['auto', ...LOCALES] as string[]).includes(s.locale) &&
    [s.warnScamPages, s.warnSuspiciousPages, s.warnRemoteAccess, s.keepHistory].every((b) => typeof b === 'boolean') &&
    [s.trustedSites, s.remoteAccessSites].every((l) => Array.isArray(l) && l.every((x) => typeof x === 'string' && x.length > 0)) &&
    Number.isInteger(s.snoozedUntil) &&
    s.snoozedUntil >= 0
  );
}

describe('stored extension settings, fuzzed', () => {
  it(`turn any JSON into well-formed settings without throwing (seed ${SEED}, 3000 values)`, () => {
    const r = prng(SEED);
    for (let i = 0; i < 3000; i++) {
      const raw = randomJson(r);
      const read = parseSettings(JSON.parse(JSON.stringify(raw) ?? 'null'));
      if (!isWellFormed(read.settings) || !read.problems.every((p) => SETTING_NAMES.includes(p))) {
        throw new Error(`seed ${SEED}, value ${i}: ${JSON.stringify(raw)} gave ${JSON.stringify(read)}`);
      }
    }
  });

  it(`fall back on exactly the damaged setting and keep every other one (seed ${SEED + 1}, 800 cases)`, () => {
    const r = prng(SEED + 1);
    for (let i = 0; i < 800; i++) {
      const stored = validSettings(r);
      const name = pick(r, SETTING_NAMES);
      const raw = JSON.parse(JSON.stringify({ ...stored, [name]: damage(r, name) })) as unknown;
      const read = parseSettings(raw);
      const where = `seed ${SEED + 1}, case ${i}: ${name} = ${JSON.stringify((raw as Record<string, unknown>)[name])}`;
      expect(read.problems, where).toEqual([name]);
      expect(read.settings[name], where).toEqual(DEFAULT_SETTINGS[name]);
      for (const other of SETTING_NAMES.filter((n) => n !== name)) expect(read.settings[other], `${where}; ${other} lost`).toEqual(stored[other]);
    }
  });
});

const ENV = { hostLang: 'en', languages: ['en-GB'], baseUrl: 'https://library.example/page' };
const ENUMS = { mode: MODES, theme: THEMES, rotate: ROTATIONS, 'heading-level': HEADING_LEVELS } as const;

describe('widget attributes, fuzzed', () => {
  it(`warn once for each value that cannot be used, naming it, and use the default (seed ${SEED + 2}, 2000 sets)`, () => {
    const r = prng(SEED + 2);
    const defaults = readConfig(() => null, ENV, () => {
      throw new Error('no attribute set, yet a warning');
    });
    for (let i = 0; i < 2000; i++) {
      const attrs: Record<string, string> = {};
      for (const name of [...Object.keys(ENUMS), 'lang']) if (r() < 0.6) attrs[name] = r() < 0.3 ? pick(r, [...(ENUMS[name as keyof typeof ENUMS] ?? LOCALES)]) : randomString(r);
      const warnings: [string, string, string][] = [];
      const config = readConfig((n) => attrs[n] ?? null, ENV, (attribute, value, allowed) => void warnings.push([attribute, value, allowed]));
      const where = `seed ${SEED + 2}, set ${i}: ${JSON.stringify(attrs)}`;
      let expected = 0;
      for (const [name, allowed] of Object.entries(ENUMS)) {
        const raw = attrs[name];
        if (raw === undefined) continue;
        const value = raw.trim().toLowerCase();
        const key = name === 'heading-level' ? 'headingLevel' : name;
        const got = String((config as unknown as Record<string, unknown>)[key]);
        if ((allowed as readonly string[]).includes(value)) expect(got, where).toBe(value);
        else {
          expected++;
          expect(warnings.filter(([a]) => a === name), where).toEqual([[name, raw, allowed.join(', ')]]);
          expect(got, where).toBe(String((defaults as unknown as Record<string, unknown>)[key]));
        }
      }
      const lang = attrs.lang;
      if (lang !== undefined && lang.trim() !== '' && !matchLocale([lang])) {
        expected++;
        expect(warnings.filter(([a]) => a === 'lang').map(([, v]) => v), where).toEqual([lang]);
        expect(config.locale, where).toBe(defaults.locale);
      }
      expect(warnings.length, `${where}: ${JSON.stringify(warnings)}`).toBe(expected);
    }
  });

  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it(`on the element: random values throw nothing into the page and log one warning each (seed ${SEED + 3})`, async () => {
    const r = prng(SEED + 3);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    for (let i = 0; i < 20; i++) {
      warn.mockClear();
      const host = document.createElement('scam-tips');
      const bad = `${randomString(r)}#${i}`;
      host.setAttribute('theme', bad);
      host.setAttribute('rotate', bad);
      document.body.append(host);
      await new Promise((ok) => setTimeout(ok, 0));
      // Set again and re-render: still one warning per attribute and value, not one per render.
      host.setAttribute('compact', '');
      await new Promise((ok) => setTimeout(ok, 0));
      const messages = warn.mock.calls.map((c) => String(c[0]));
      const where = `seed ${SEED + 3}, value ${JSON.stringify(bad)}`;
      expect(messages.filter((m) => m.includes('theme=')), where).toHaveLength(1);
      expect(messages.filter((m) => m.includes('rotate=')), where).toHaveLength(1);
      expect(messages.find((m) => m.includes('theme=')), where).toContain('Allowed: auto, light, dark');
      host.remove();
    }
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });
});
