// Which tip a reader sees: the same one all day (or all week, from Monday), the one tip="" names,
// or one of the tips for the topics="" scam types.
import { describe, expect, it } from 'vitest';
import { pickTip, rotationSlot, tipsFor } from '../../widget/frame.tsx';

const advice = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: id.toUpperCase(), text: '' }));
const topics = {
  scamTypes: [
    { id: 'phone-scam', advice: ['b', 'd'] },
    { id: 'text-scam', advice: ['e'] },
  ],
  renames: { 'scam-types': { 'old-phone-scam': 'phone-scam' }, advice: { 'old-a': 'a' } },
};

function collect() {
  const warnings: string[][] = [];
  return { warnings, warn: (...args: string[]) => warnings.push(args) };
}

describe('rotationSlot', () => {
  it('changes at local midnight, not during the day', () => {
    expect(rotationSlot(new Date(2026, 10, 22, 0, 1), 'day')).toBe(rotationSlot(new Date(2026, 10, 22, 23, 59), 'day'));
    expect(rotationSlot(new Date(2026, 10, 23, 0, 1), 'day')).toBe(rotationSlot(new Date(2026, 10, 22, 12), 'day') + 1);
  });
  it('changes on Mondays for weekly tips', () => {
    // 22 November 2026 is a Sunday; the 23rd a Monday.
    const sunday = rotationSlot(new Date(2026, 10, 22, 12), 'week');
    expect(rotationSlot(new Date(2026, 10, 16, 9), 'week')).toBe(sunday);
    expect(rotationSlot(new Date(2026, 10, 23, 9), 'week')).toBe(sunday + 1);
  });
  it('stands still when rotation is off', () => {
    expect(rotationSlot(new Date(2030, 0, 1), 'off')).toBe(0);
  });
});

describe('pickTip', () => {
  const day = new Date(2026, 10, 22, 12);
  it('shows a different tip on the next day, and the same one for everybody on a day', () => {
    const { warn } = collect();
    const config = { tip: undefined, topics: [], rotate: 'day' as const };
    const today = pickTip({ advice }, config, warn, day);
    expect(pickTip({ advice }, config, warn, new Date(2026, 10, 22, 20))).toBe(today);
    expect(pickTip({ advice }, config, warn, new Date(2026, 10, 23, 8))).not.toBe(today);
  });
  it('shows the first tip when rotation is off', () => {
    expect(pickTip({ advice }, { tip: undefined, topics: [], rotate: 'off' }, collect().warn, day)?.id).toBe('a');
  });
  it('shows the tip tip="" names, following renames, and warns once about an unknown one', () => {
    expect(pickTip({ advice, ...topics }, { tip: 'c', topics: [], rotate: 'day' }, collect().warn, day)?.id).toBe('c');
    expect(pickTip({ advice, ...topics }, { tip: 'old-a', topics: [], rotate: 'day' }, collect().warn, day)?.id).toBe('a');
    const { warnings, warn } = collect();
    expect(pickTip({ advice, ...topics }, { tip: 'zzz', topics: [], rotate: 'off' }, warn, day)?.id).toBe('a');
    expect(warnings).toEqual([['tip', 'zzz', 'a, b, c, d, e', 'the first tip']]);
  });
  it("rotates among the topics' tips only", () => {
    const seen = new Set<string>();
    for (let d = 0; d < 10; d++) seen.add(pickTip({ advice, ...topics }, { tip: undefined, topics: ['old-phone-scam'], rotate: 'day' }, collect().warn, new Date(2026, 0, 1 + d))!.id);
    expect([...seen].sort()).toEqual(['b', 'd']);
  });
});

describe('tipsFor', () => {
  it('joins the tips of several topics and warns about the unknown ones', () => {
    const { warnings, warn } = collect();
    expect(tipsFor({ advice, ...topics }, ['text-scam', 'nope', 'phone-scam'], warn).map((a) => a.id)).toEqual(['b', 'd', 'e']);
    expect(warnings).toEqual([['topics', 'nope', 'phone-scam, text-scam', 'the other topics']]);
  });
  it('falls back to every tip when no topic is known', () => {
    const { warnings, warn } = collect();
    expect(tipsFor({ advice, ...topics }, ['nope'], warn)).toHaveLength(5);
    expect(warnings[0]?.[3]).toBe('every topic');
  });
});
