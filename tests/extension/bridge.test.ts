import { describe, expect, it } from 'vitest';
import { decodeFacts, FACT_KEYS, isNotable } from '../../extension/page/bridge.ts';

describe('facts from the page world', () => {
  it('reads a well-formed message', () => {
    expect(decodeFacts('f:1,4,60,0,1,1,0,0')).toEqual({ fullscreenRequests: 1, dialogs: 4, historyPushes: 60, blocksLeaving: true, audio: true });
  });

  it('refuses anything the page could forge badly', () => {
    for (const junk of [undefined, null, 12, {}, 'x', 'f:1,2', 'f:a,b,c,d,e,f,g,h', 'f:-1,0,0,0,0,0,0,0', 'f:1.5,0,0,0,0,0,0,0', `f:${'9'.repeat(300)}`]) {
      expect(decodeFacts(junk)).toBeUndefined();
    }
  });

  it('caps huge counts', () => {
    expect(decodeFacts(`f:${[99999999, 0, 0, 0, 0, 0, 0, 0].join(',')}`)?.fullscreenRequests).toBe(100_000);
    expect(FACT_KEYS).toHaveLength(8);
  });

  it('calls behaviour notable only when a page does several locker things', () => {
    expect(isNotable({})).toBe(false);
    expect(isNotable({ blocksLeaving: true })).toBe(false);
    expect(isNotable({ audio: true })).toBe(false);
    expect(isNotable({ fullscreenRequests: 1, audio: true })).toBe(true);
    expect(isNotable({ dialogs: 6 })).toBe(true);
    expect(isNotable({ historyPushes: 60 })).toBe(true);
  });
});
