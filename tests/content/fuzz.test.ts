// Mutated content files never crash the build: each mutation yields clear problems (file, JSON path,
// sentence) or, when the mutation happens to be valid, none.
import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '../../content/validate.ts';
import { realFiles } from './helpers.ts';

/** A small seeded PRNG (mulberry32) so every run tries the same mutations. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIRD: unknown[] = [null, 0, -1, 1e308, '', ' ', 'x'.repeat(5000), [], {}, [null], { id: 1 }, true, '\u0000', '‮evil', 'ok'];

function mutate(value: unknown, random: () => number, depth = 0): unknown {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  if (depth > 0 && random() < 0.3) return pick(WEIRD);
  if (Array.isArray(value)) {
    if (value.length === 0 || random() < 0.2) return [...value, pick(WEIRD)];
    const copy = [...value];
    const i = Math.floor(random() * copy.length);
    if (random() < 0.3) copy.splice(i, 1);
    else copy[i] = mutate(copy[i], random, depth + 1);
    return copy;
  }
  if (value && typeof value === 'object') {
    const copy = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const r = random();
    if (keys.length === 0 || r < 0.15) copy[`extra${Math.floor(random() * 9)}`] = pick(WEIRD);
    else if (r < 0.35) delete copy[pick(keys)];
    else {
      const k = pick(keys);
      copy[k] = mutate(copy[k], random, depth + 1);
    }
    return copy;
  }
  return pick(WEIRD);
}

describe('content build under mutation', () => {
  const files = realFiles();
  it('never throws, and every problem names a file, a JSON path and a sentence', () => {
    const random = prng(20261122);
    for (let round = 0; round < 80; round++) {
      const target = files[Math.floor(random() * files.length)]!;
      let text: string;
      const kind = random();
      if (kind < 0.15) text = target.text.slice(0, Math.floor(random() * target.text.length));
      else if (kind < 0.2) text = '';
      else text = JSON.stringify(mutate(JSON.parse(target.text), random), null, 2);
      const mutated: ContentFile[] = files.map((f) => (f === target ? { path: f.path, text } : f));
      const { problems } = validateContent(mutated);
      for (const p of problems) {
        expect(p.file).toMatch(/^content\/(data|text)\/|^content\/renames\.json$/);
        expect(p.path).toMatch(/^\$/);
        expect(p.message).toMatch(/^[a-z"(].{8,}/);
      }
    }
  }, 60_000);
});
