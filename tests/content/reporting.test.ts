// Report channels are shown to frightened people: every number and address must be one that
// shared/REPORTING.md marks as checked, in a row marked VERIFIED, and never a cell marked UNVERIFIED.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../content/validate.ts';
import { REPORTING_MD, realFiles } from './helpers.ts';

const { content } = validateContent(realFiles());
const rows = readFileSync(REPORTING_MD, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('| ') && !l.startsWith('| Country') && !l.startsWith('|---'))
  .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));

const NAMES: Record<string, string> = { hk: 'Hong Kong', cn: 'China (mainland)', kr: 'South Korea', tw: 'Taiwan', international: 'Cross-border' };
const rowFor = (id: string) => {
  const name = NAMES[id] ?? new Intl.DisplayNames('en', { type: 'region' }).of(id.toUpperCase());
  return rows.find((r) => r[0] === name);
};

/** True when the text right after `needle` in `cell` marks it as unverified. */
function isUnverifiedAt(cell: string, needle: string): boolean {
  if (/^\*?\*?UNVERIFIED/.test(cell)) return true;
  let at = cell.indexOf(needle);
  while (at >= 0) {
    const after = cell.slice(at + needle.length);
    if (!/^(\s*\(UNVERIFIED\)|[^;|()]{0,20}: UNVERIFIED)/.test(after)) return false;
    at = cell.indexOf(needle, at + 1);
  }
  return true;
}

describe('report channels come from REPORTING.md, verified only', () => {
  const channels = [...content.data['report-channels'].values()];

  it('covers the verified rows and leaves out the unverified ones', () => {
    const verified = rows.filter((r) => /^VERIFIED/.test(r.at(-1) ?? '')).length;
    expect(channels.length).toBe(verified);
    expect(content.data['report-channels'].has('pt')).toBe(false);
    expect(rows.find((r) => r[0] === 'Portugal')?.at(-1)).toContain('UNVERIFIED');
  });

  for (const channel of [...content.data['report-channels'].values()]) {
    it(`${channel.id}: every number and address is in its VERIFIED row and not marked UNVERIFIED`, () => {
      const row = rowFor(channel.id);
      expect(row, `no REPORTING.md row for ${channel.id}`).toBeDefined();
      expect(row!.at(-1)).toMatch(/^VERIFIED/);
      expect(channel.checked).toBe('2026-11-22');
      for (const phone of channel.phones) {
        const cell = row!.find((c) => c.includes(phone.number));
        expect(cell, `${phone.number} is not in the row`).toBeDefined();
        expect(isUnverifiedAt(cell!, phone.number), `${phone.number} is marked UNVERIFIED`).toBe(false);
      }
      for (const url of channel.urls) {
        const bare = url.replace(/^https:\/\//, '').replace(/\/$/, '');
        const cell = row!.find((c) => c.includes(bare));
        expect(cell, `${url} is not in the row`).toBeDefined();
        expect(isUnverifiedAt(cell!, bare), `${url} is marked UNVERIFIED`).toBe(false);
      }
    });
  }

  it('the check itself catches unverified cells', () => {
    expect(isUnverifiedAt('112 (centre line 1566-1188: UNVERIFIED)', '1566-1188')).toBe(true);
    expect(isUnverifiedAt('112 (17 police: UNVERIFIED)', '17')).toBe(true);
    expect(isUnverifiedAt('https://www.counterscam112.go.kr (UNVERIFIED)', 'www.counterscam112.go.kr')).toBe(true);
    expect(isUnverifiedAt('https://www.garda.ie (online report form: UNVERIFIED)', 'www.garda.ie')).toBe(false);
    expect(isUnverifiedAt('UNVERIFIED (191 is cited by a private guide)', '191')).toBe(true);
  });
});
