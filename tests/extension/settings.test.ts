import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, exportSettings, importSettings, isSnoozed, parseSettings } from '../../extension/shared/settings.ts';

describe('settings read from storage', () => {
  it('gives the defaults, without a problem, when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], foreign: [] });
  });

  it('keeps every valid field', () => {
    const stored = { ...DEFAULT_SETTINGS, locale: 'uk', warnScamPages: false, trustedSites: ['bank.example'], snoozedUntil: 5 };
    const read = parseSettings(stored);
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual(stored);
  });

  it('falls back field by field and names the corrupt fields; nothing else is lost', () => {
    const read = parseSettings({ locale: 'klingon', warnScamPages: 'yes', warnRemoteAccess: false, trustedSites: ['shop.example'], snoozedUntil: -3 });
    expect(read.problems.sort()).toEqual(['locale', 'snoozedUntil', 'warnScamPages']);
    expect(read.settings.locale).toBe('auto');
    expect(read.settings.warnScamPages).toBe(true);
    expect(read.settings.snoozedUntil).toBe(0);
    expect(read.settings.warnRemoteAccess).toBe(false);
    expect(read.settings.trustedSites).toEqual(['shop.example']);
  });

  it('keeps the readable sites of a list with bad entries, and says the list had a problem', () => {
    const read = parseSettings({ trustedSites: ['good.example', 42, 'not a site', 'WWW.Other.Example', 'good.example'] });
    expect(read.settings.trustedSites).toEqual(['good.example', 'other.example']);
    expect(read.problems).toEqual(['trustedSites']);
  });

  it('names keys written by something else and ignores them', () => {
    const read = parseSettings({ warnScamPages: false, theme: 'dark', __proto__x: 1 });
    expect(read.foreign).toEqual(['theme', '__proto__x']);
    expect(read.settings.warnScamPages).toBe(false);
  });

  it('treats a stored value that is not an object as wholly corrupt', () => {
    for (const junk of ['settings', 12, [1, 2], true]) {
      const read = parseSettings(junk);
      expect(read.settings).toEqual(DEFAULT_SETTINGS);
      expect(read.problems).toHaveLength(Object.keys(DEFAULT_SETTINGS).length);
    }
  });

  it('knows when warnings are snoozed', () => {
    expect(isSnoozed({ ...DEFAULT_SETTINGS, snoozedUntil: 2000 }, 1000)).toBe(true);
    expect(isSnoozed({ ...DEFAULT_SETTINGS, snoozedUntil: 500 }, 1000)).toBe(false);
  });
});

describe('settings files', () => {
  const current = { ...DEFAULT_SETTINGS, trustedSites: ['mine.example'] };

  it('round-trips through export and import', () => {
    const saved = { ...DEFAULT_SETTINGS, locale: 'ar' as const, warnSuspiciousPages: true, trustedSites: ['a.example', 'b.example'] };
    expect(importSettings(exportSettings(saved), current)).toEqual({ settings: saved, problems: [] });
  });

  it('refuses files that are not settings files', () => {
    expect(importSettings('not json', current)).toBeUndefined();
    expect(importSettings('{"locale":"en"}', current)).toBeUndefined();
    expect(importSettings('{"format":"scam-tips-settings","settings":[1]}', current)).toBeUndefined();
  });

  it('keeps the current value for fields the file gets wrong, and names them', () => {
    const file = JSON.stringify({ format: 'scam-tips-settings', version: 1, settings: { locale: 'xx', keepHistory: false, extra: 1 } });
    const result = importSettings(file, current)!;
    expect(result.settings).toEqual({ ...current, keepHistory: false });
    expect(result.problems.sort()).toEqual(['extra', 'locale']);
  });
});
