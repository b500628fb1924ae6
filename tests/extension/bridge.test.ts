import { describe, expect, it } from 'vitest';
import { decodeCounts, FACT_COUNT, FACT_KEYS, factsOf, isNotable, NO_COUNTS } from '../../extension/page/bridge.ts';

const decodeFacts = (detail: unknown) => {
  const counts = decodeCounts(detail);
  return counts && factsOf(counts);
};

describe('facts from the page world', () => {
  it('reads a well-formed message', () => {
    expect(decodeCounts('f:1,4,60,0,1,1,0,0')).toEqual([1, 4, 60, 0, 1, 1, 0, 0]);
    expect(decodeFacts('f:1,4,60,0,1,1,0,0')).toEqual({ fullscreenRequests: 1, dialogs: 4, historyPushes: 60, blocksLeaving: true, audio: true });
  });

  it('refuses anything the page could forge badly', () => {
    for (const junk of [undefined, null, 12, {}, 'x', 'f:1,2', 'f:a,b,c,d,e,f,g,h', 'f:-1,0,0,0,0,0,0,0', 'f:1.5,0,0,0,0,0,0,0', `f:${'9'.repeat(300)}`]) {
      expect(decodeFacts(junk)).toBeUndefined();
    }
  });

  it('caps huge counts', () => {
    expect(decodeFacts(`f:${[99999999, 0, 0, 0, 0, 0, 0, 0].join(',')}`)?.fullscreenRequests).toBe(100_000);
    expect(FACT_KEYS).toHaveLength(FACT_COUNT);
    expect(NO_COUNTS).toEqual(FACT_KEYS.map(() => 0));
  });

  it('calls behaviour notable only when a page does several locker things', () => {
    // Counts in FACT_KEYS order: full screen, dialogs, history, prints, leave trap, audio, keyboard, pointer.
    const counts = (facts: Partial<Record<(typeof FACT_KEYS)[number], number>>) => FACT_KEYS.map((k) => facts[k] ?? 0);
    expect(isNotable(counts({}))).toBe(false);
    expect(isNotable(counts({ blocksLeaving: 1 }))).toBe(false);
    expect(isNotable(counts({ audio: 1 }))).toBe(false);
    expect(isNotable(counts({ dialogs: 2 }))).toBe(false);
    expect(isNotable(counts({ prints: 1, audio: 1 }))).toBe(false);
    expect(isNotable(counts({ fullscreenRequests: 1, audio: 1 }))).toBe(true);
    expect(isNotable(counts({ prints: 2, pointerLock: 1 }))).toBe(true);
    expect(isNotable(counts({ keyboardLock: 1, blocksLeaving: 1 }))).toBe(true);
    expect(isNotable(counts({ dialogs: 6 }))).toBe(true);
    expect(isNotable(counts({ historyPushes: 60 }))).toBe(true);
    expect(isNotable(counts({ historyPushes: 10, dialogs: 2 }))).toBe(true);
  });
});
