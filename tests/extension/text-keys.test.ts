// The extension's interface strings: every key the code uses exists, every key exists in use, and
// the store listing fits the stores' limits in every language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/index.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (locale: string) => JSON.parse(readFileSync(join(root, `content/text/${locale}/extension.json`), 'utf8')) as Record<string, string>;
const en = read('en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = sources(join(root, 'extension')).join('\n');

/** Keys built at run time from a value: `extension.popup.check.${verdict}` and the like. */
const DYNAMIC = [/^extension\.popup\.check\.(scam|suspicious|safe)$/, /^extension\.options\.field\./, /^extension\.options\.warnings\.(scamPages|suspiciousPages|remoteAccess|history)$/, /^extension\.store\./];

describe('extension strings', () => {
  it('has every key the code names', () => {
    const named = new Set([...code.matchAll(/'(extension\.[a-zA-Z0-9.]+)'/g)].map((m) => m[1]!));
    for (const m of code.matchAll(/text\['(page\.[a-zA-Z0-9.]+)'\]/g)) named.add(`extension.${m[1]}`);
    const missing = [...named].filter((k) => !(k in en) && !k.endsWith('.'));
    expect(missing).toEqual([]);
    expect(named.size).toBeGreaterThan(40);
  });

  it('uses every key it has', () => {
    const unused = Object.keys(en).filter((key) => {
      if (DYNAMIC.some((d) => d.test(key))) return false;
      return !code.includes(`'${key}'`) && !code.includes(`'${key.slice('extension.'.length)}'`);
    });
    expect(unused).toEqual([]);
  });

  it('fits the stores in every language (name 75, short name 12, description 132 characters)', () => {
    for (const locale of LOCALES) {
      const t = read(locale);
      expect(t['extension.store.name']!.length, locale).toBeLessThanOrEqual(75);
      expect(t['extension.store.shortName']!.length, locale).toBeLessThanOrEqual(12);
      expect(t['extension.store.description']!.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('keeps the same placeholders in every language', () => {
    for (const locale of LOCALES) {
      const t = read(locale);
      for (const [key, value] of Object.entries(en)) {
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names(t[key] ?? ''), `${locale} ${key}`).toEqual(names(value));
      }
    }
  });
});
