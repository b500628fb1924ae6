import { describe, expect, it } from 'vitest';
import { formatFigure, matchLocale, t } from '../../content/index.ts';

const bundle = (id: string, ui: Record<string, unknown>) => ({ locale: { id, name: id, dir: 'ltr', reviewed: false }, ui }) as Parameters<typeof t>[0];

describe('interface text through Intl', () => {
  it('picks plural forms by the language rules', () => {
    const ru = bundle('ru', { n: { one: '{count} арест', few: '{count} ареста', many: '{count} арестов', other: '{count} ареста' } });
    expect(t(ru, 'n', { count: 1 })).toBe('1 арест');
    expect(t(ru, 'n', { count: 3 })).toBe('3 ареста');
    expect(t(ru, 'n', { count: 22 })).toBe('22 ареста');
    expect(t(ru, 'n', { count: 21549 })).toMatch(/^21\s549 арестов$/);
    expect(t(ru, 'n', { count: 11 })).toBe('11 арестов');
  });

  it('formats numbers and currencies for the locale', () => {
    const en = bundle('en', { 'figures.arrests': { one: '{value} arrest', other: '{value} arrests' }, 'figures.more-than': 'more than {value}', 'figures.seized': 'seized: {value}', 'figures.about': 'about {value}' });
    expect(formatFigure(en, { kind: 'arrests', value: 21549, precision: 'exact' })).toBe('21,549 arrests');
    expect(formatFigure(en, { kind: 'arrests', value: 500, precision: 'more-than' })).toBe('more than 500 arrests');
    expect(formatFigure(en, { kind: 'seized', value: 200, precision: 'about', currency: 'GBP' })).toBe('seized: about £200');
    const de = bundle('de', { 'figures.seized': '{value} beschlagnahmt', 'figures.about': 'rund {value}' });
    expect(formatFigure(de, { kind: 'seized', value: 154_000_000, precision: 'about', currency: 'USD' })).toMatch(/^rund 154\sMio\.\s\$ beschlagnahmt$/);
  });

  it('shows a missing key rather than nothing', () => {
    expect(t(bundle('en', {}), 'nav.nowhere')).toBe('nav.nowhere');
  });

  it('matches browser language tags to our locales', () => {
    expect(matchLocale(['nb-NO'])).toBe('nb');
    expect(matchLocale(['no'])).toBe('nb');
    expect(matchLocale(['zh-CN'])).toBe('zh-Hans');
    expect(matchLocale(['pt-BR', 'es-MX'])).toBe('es');
    expect(matchLocale(['pt'])).toBeUndefined();
    expect(matchLocale([undefined, '', 'AR'])).toBe('ar');
  });
});
