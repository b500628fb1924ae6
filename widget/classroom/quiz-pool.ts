// The quiz's question pool: items come in a shuffled order and none repeats until every item has
// been asked. When the pool runs out, a fresh shuffle starts (never opening with the item just asked).

export interface Pool {
  /** Every item id, in the order they will be asked. */
  order: string[];
  /** How many of `order` have been asked. */
  used: number;
}

export type Random = () => number;

export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function createPool(ids: readonly string[], random: Random = Math.random): Pool {
  return { order: shuffle([...new Set(ids)], random), used: 0 };
}

/** Takes the next `count` items. A round never holds the same item twice, even across a reshuffle. */
export function draw(pool: Pool, count: number, random: Random = Math.random): { items: string[]; pool: Pool } {
  const items: string[] = [];
  let { order, used } = pool;
  const size = order.length;
  const want = Math.min(count, size);
  while (items.length < want) {
    if (used >= size) {
      const last = items.at(-1) ?? order.at(-1);
      const rest = shuffle(order.filter((id) => !items.includes(id)), random);
      // Items already in this round go last, so they are not asked again before the others.
      order = [...rest, ...items];
      if (order.length > 1 && order[0] === last) [order[0], order[1]] = [order[1]!, order[0]!];
      used = 0;
    }
    items.push(order[used]!);
    used++;
  }
  return { items, pool: { order, used } };
}

/** How many items are left before any repeats. */
export const remaining = (pool: Pool): number => pool.order.length - pool.used;
