import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_FILES } from '../../content/validate.ts';
import { fleschKincaidGrade, sentences, words } from '../../scripts/readability.ts';
import { CONTENT_DIR } from './helpers.ts';

const dir = join(CONTENT_DIR, 'text/en');
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

// Names of organisations and what-to-report notes are quoted from official sources, so only the
// prose we write is held to the reading level.
const PROSE = ['scam-types', 'red-flags', 'advice', 'payment-methods', 'quiz', 'sources', 'report-channels', 'scenarios'];

describe('English text is plain', () => {
  it('the readability measure itself tells hard text from easy text', () => {
    expect(fleschKincaidGrade('Hang up. Call your bank on a number you know. Do not pay.')).toBeLessThan(4);
    expect(fleschKincaidGrade('Sophisticated transnational organisations systematically impersonate institutional representatives to manipulate unsuspecting individuals.')).toBeGreaterThan(12);
    expect(sentences('Stop. Do not pay, e.g. with gift cards! Call us?')).toHaveLength(3);
  });

  for (const kind of PROSE) {
    it(`${kind}: every entry at reading grade 7 or below, no sentence over 25 words`, () => {
      const entries = JSON.parse(readFileSync(join(dir, `${kind}.json`), 'utf8')) as Record<string, unknown>;
      const tooHard: string[] = [];
      for (const [id, entry] of Object.entries(entries)) {
        const parts = strings(entry);
        const text = parts.map((s) => (/[.!?]$/.test(s) ? s : `${s}.`)).join(' ');
        const grade = fleschKincaidGrade(text);
        if (grade > 7) tooHard.push(`${id}: grade ${grade.toFixed(1)}`);
        for (const s of parts.flatMap(sentences)) if (words(s).length > 25) tooHard.push(`${id}: ${words(s).length} words: ${s}`);
      }
      expect(tooHard).toEqual([]);
    });
  }

  it('covers every English text file; interface strings keep sentences short', () => {
    const files = readdirSync(dir);
    for (const kind of PROSE) expect(files).toContain(`${kind}.json`);
    const long: string[] = [];
    for (const file of files.filter((f) => !PROSE.includes(f.replace('.json', '')))) {
      expect(UI_FILES as readonly string[]).toContain(file.replace('.json', ''));
      const ui = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
      for (const s of strings(ui).flatMap(sentences)) if (words(s).length > 25) long.push(`${file}: ${s}`);
    }
    expect(long).toEqual([]);
  });
});
