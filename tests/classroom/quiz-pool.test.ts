import { describe, expect, it } from 'vitest';
import { createPool, draw, remaining, type Pool } from '../../widget/classroom/quiz-pool.ts';

/** A seeded random number generator (mulberry32), so each run can be repeated. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);

describe('the quiz pool', () => {
  it('asks every item once before any item comes back, over many rounds of any size', () => {
    for (const [size, round] of [
      [33, 8],
      [33, 5],
      [20, 12],
      [7, 3],
      [10, 10],
    ] as const) {
      for (let seed = 1; seed <= 20; seed++) {
        const random = seeded(seed);
        let pool: Pool = createPool(ids(size), random);
        const asked: string[] = [];
        for (let r = 0; r < 12; r++) {
          const next = draw(pool, round, random);
          expect(new Set(next.items).size, 'a round holds no item twice').toBe(next.items.length);
          asked.push(...next.items);
          pool = next.pool;
        }
        // Cut the sequence of everything asked into consecutive runs of the pool's size: each is a full permutation.
        for (let start = 0; start + size <= asked.length; start += size) {
          expect(new Set(asked.slice(start, start + size)).size, `seed ${seed}, size ${size}, round ${round}`).toBe(size);
        }
      }
    }
  });

  it('shuffles: two seeds give different orders, and the order is not the content order', () => {
    const a = createPool(ids(30), seeded(1)).order;
    const b = createPool(ids(30), seeded(2)).order;
    expect(a).not.toEqual(b);
    expect(a).not.toEqual(ids(30));
    expect([...a].sort()).toEqual([...ids(30)].sort());
  });

  it('never opens a new cycle with the item just asked', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seeded(seed);
      let pool = createPool(ids(4), random);
      let last: string | undefined;
      for (let r = 0; r < 10; r++) {
        const next = draw(pool, 1, random);
        expect(next.items[0]).not.toBe(last);
        last = next.items[0];
        pool = next.pool;
      }
    }
  });

  it('counts what is left before a repeat, and caps a round at the pool size', () => {
    const random = seeded(3);
    const pool = createPool(ids(10), random);
    expect(remaining(pool)).toBe(10);
    const first = draw(pool, 4, random);
    expect(remaining(first.pool)).toBe(6);
    expect(draw(pool, 50, random).items).toHaveLength(10);
    expect(draw(createPool([], random), 5, random).items).toEqual([]);
  });
});
