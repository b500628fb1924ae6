import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleBundle } from '../../content/assemble.ts';
import { canonicalJson } from '../../content/canonical-json.ts';
import { LOCALES } from '../../content/locales.ts';
import { formatProblem, validateContent } from '../../content/validate.ts';
import { realFiles, SEEDS_DIR, seedNames } from './helpers.ts';

const { content, problems } = validateContent(realFiles(), { seeds: seedNames() });

describe('the real content', () => {
  it('validates with no problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has what the surfaces need', () => {
    expect(content.data.sources.size).toBeGreaterThanOrEqual(5);
    expect(content.data['scam-types'].size).toBeGreaterThanOrEqual(10);
    expect(content.data.advice.size).toBeGreaterThanOrEqual(24);
    const quiz = [...content.data.quiz.values()];
    expect(quiz.length).toBeGreaterThanOrEqual(30);
    expect(quiz.filter((q) => !q.isScam).length).toBeGreaterThanOrEqual(6);
    expect(content.data['report-channels'].size).toBeGreaterThanOrEqual(20);
  });

  it('cites every seed document in at least one source', () => {
    const cited = new Set([...content.data.sources.values()].map((s) => s.seed));
    const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBe(5);
    for (const seed of seeds) expect(cited, `seed ${seed} is cited by no source`).toContain(seed);
  });

  it('traces every scam type, tip, red flag and quiz item to an existing source', () => {
    for (const kind of ['scam-types', 'advice', 'red-flags', 'quiz', 'payment-methods'] as const) {
      for (const [id, entity] of content.data[kind]) {
        expect(entity.sources.length, `${kind}/${id}`).toBeGreaterThan(0);
        for (const s of entity.sources) expect(content.data.sources.has(s), `${kind}/${id} cites ${s}`).toBe(true);
      }
    }
  });

  it('links every red flag to a tip and back', () => {
    for (const [id, flag] of content.data['red-flags']) {
      expect(flag.advice.length, id).toBeGreaterThan(0);
    }
    const answered = new Set([...content.data.advice.values()].flatMap((a) => a.redFlags));
    const used = new Set([...content.data['scam-types'].values()].flatMap((s) => s.redFlags));
    for (const id of used) expect(answered, `no tip answers red flag ${id}`).toContain(id);
  });

  it('gives every locale the same entries as English', () => {
    const english = assembleBundle(content, 'en');
    for (const locale of LOCALES) {
      const bundle = assembleBundle(content, locale);
      expect(bundle.locale.id).toBe(locale);
      expect(bundle.scamTypes.map((s) => [s.id, s.script.length, typeof s.name])).toEqual(english.scamTypes.map((s) => [s.id, s.script.length, 'string']));
      expect(bundle.quiz.map((q) => q.id)).toEqual(english.quiz.map((q) => q.id));
      expect(Object.keys(bundle.ui).sort()).toEqual(Object.keys(english.ui).sort());
      for (const tip of bundle.advice) expect(tip.text.length, `${locale} ${tip.id}`).toBeGreaterThan(0);
    }
  });

  it('marks every translation as not yet reviewed by a native speaker, and English as the reference', () => {
    for (const locale of LOCALES) expect(content.data.locales.get(locale)?.reviewed).toBe(locale === 'en');
    expect(content.data.locales.get('ar')?.dir).toBe('rtl');
  });

  it('keeps every content file in canonical form (sorted keys, 2 spaces, final newline)', () => {
    const messy = realFiles().filter((f) => canonicalJson(JSON.parse(f.text)) !== f.text).map((f) => f.path);
    expect(messy, 'run npm run format:content').toEqual([]);
  });
});
