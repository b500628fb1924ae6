// Attribute parsing: defaults, the reader's language, and one warning naming attribute, value and
// allowed values for each value the widget cannot use.
import { describe, expect, it } from 'vitest';
import { ATTRIBUTES, readConfig, warningText, type Environment } from '../../widget/config.ts';

const env: Environment = { hostLang: undefined, languages: [], baseUrl: 'https://bank.example/help/' };

function read(attrs: Record<string, string>, environment: Partial<Environment> = {}) {
  const warnings: string[] = [];
  const config = readConfig((name) => attrs[name] ?? null, { ...env, ...environment }, (...args) => warnings.push(warningText(...args)));
  return { config, warnings };
}

describe('readConfig', () => {
  it('uses the documented defaults when no attribute is set', () => {
    const { config, warnings } = read({});
    expect(config).toEqual({ mode: 'tip', locale: 'en', region: undefined, topics: [], country: undefined, theme: 'auto', rotate: 'day', tip: undefined, headingLevel: 2, compact: false, href: undefined });
    expect(warnings).toEqual([]);
  });

  it('takes the language from lang="", then the page, then the browser, then English', () => {
    expect(read({ lang: 'fr-CA' }, { hostLang: 'de', languages: ['it'] }).config).toMatchObject({ locale: 'fr', region: 'ca' });
    expect(read({}, { hostLang: 'de-AT', languages: ['it'] }).config).toMatchObject({ locale: 'de', region: 'at' });
    expect(read({}, { hostLang: 'pt-BR', languages: ['nb-NO', 'en'] }).config).toMatchObject({ locale: 'nb', region: 'no' });
    expect(read({}, { hostLang: 'pt', languages: ['pt-BR'] }).config).toMatchObject({ locale: 'en', region: 'br' });
  });

  it('reads lists, booleans, levels and links', () => {
    const { config } = read({ topics: 'Fake-Tech-Support,  bank-impersonation sms-phishing', compact: '', 'heading-level': '3', href: '../scams', country: 'GB', tip: ' Caller-ID-Can-Lie ' });
    expect(config).toMatchObject({ topics: ['fake-tech-support', 'bank-impersonation', 'sms-phishing'], compact: true, headingLevel: 3, href: 'https://bank.example/scams', country: 'gb', tip: 'caller-id-can-lie' });
    expect(read({ compact: 'false' }).config.compact).toBe(false);
    expect(read({ country: 'International' }).config.country).toBe('international');
  });

  const invalid: [string, string, string, Record<string, unknown>][] = [
    ['mode', 'sideways', 'tip, browse, banner, check', { mode: 'tip' }],
    ['theme', 'neon', 'auto, light, dark', { theme: 'auto' }],
    ['rotate', 'hourly', 'day, week, off', { rotate: 'day' }],
    ['heading-level', '7', '1, 2, 3, 4, 5, 6', { headingLevel: 2 }],
    ['lang', 'tlh', 'en, nb, it, fr, de, es, pl, ru, uk, hi, zh-Hans, ar', { locale: 'en' }],
    ['country', 'United Kingdom', 'a two-letter country code', { country: undefined }],
    ['href', 'javascript:alert(1)', 'an http:// or https:// address', { href: undefined }],
    ['href', 'data:text/html,hi', 'an http:// or https:// address', { href: undefined }],
  ];
  for (const [name, value, allowed, fallback] of invalid) {
    it(`warns once about ${name}="${value}" and uses the default`, () => {
      const { config, warnings } = read({ [name]: value });
      expect(config).toMatchObject(fallback);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`${name}="${value}"`);
      expect(warnings[0]).toContain(allowed);
    });
  }

  it('lists every attribute the README documents', () => {
    expect(ATTRIBUTES).toEqual(['mode', 'lang', 'topics', 'country', 'theme', 'rotate', 'tip', 'heading-level', 'compact', 'href']);
  });
});
