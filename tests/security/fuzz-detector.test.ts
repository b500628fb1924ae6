// The detector against hostile input beyond tests/detect/fuzz.test.ts: long texts built from
// joiners, direction marks, stacked combining marks and look-alike letters; random addresses and
// titles; page facts with nonsense values. It never throws, always answers in the documented shape,
// and no input takes long (a generous bound that only a runaway would pass).
import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../content/detect/types.ts';
import { sourceDetector } from '../detect/helpers.ts';

const d = sourceDetector();
const SEED = 777;

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const HOSTILE = [
  '\u200d', '\u200c', '\u2066', '\u2069', '\u202e', '\u202d', '\u061c', '\ufeff', '\u034f',
  'a\u0301\u0302\u0303\u0304\u0305\u0306', 'е', 'о', 'а', 'р', 'с', 'ⅿ', 'Ｍicrosoft', 'М1crosоft', 'Ⓜ️',
  '👨\u200d👩\u200d👧', '🏳️\u200d🌈', '\ud83d', '\udc00', 'ﷺ', '꧅', '\u0e47\u0e48\u0e49', '0'.repeat(40), '+44 ', '(0)',
  'gift card', 'Google Play', 'AnyDesk', 'police', 'warrant', 'bitcoin', 'call now', '🚨', 'VIRUS', ' ',
];
const VERDICTS = ['scam', 'suspicious', 'safe'];

function hostileText(r: Rand, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const target = Math.floor(r() * max);
  while (length < target) {
    const p = pick(r, HOSTILE);
    parts.push(p);
    length += p.length;
  }
  return parts.join(r() < 0.5 ? '' : ' ');
}

function nonsenseFacts(r: Rand): PageFacts {
  const n = () => pick(r, [0, 1, 3, 1e9, -5, Number.NaN, Number.POSITIVE_INFINITY, 2.5]);
  const b = () => pick(r, [true, false]);
  return { fullscreenRequests: n(), dialogs: n(), historyPushes: n(), prints: n(), blocksLeaving: b(), audio: b(), keyboardLock: b(), pointerLock: b() };
}

function assertShape(result: ReturnType<typeof d.checkMessage>, fields: Record<string, string>, where: string) {
  expect(VERDICTS, where).toContain(result.verdict);
  expect(Number.isFinite(result.score) && result.score >= 0 && result.score <= 1, `${where}: score ${result.score}`).toBe(true);
  for (const flag of result.flags) {
    expect(typeof flag.id, where).toBe('string');
    for (const e of flag.evidence) {
      const source = fields[e.field];
      if (source !== undefined) expect(source.slice(e.start, e.end), where).toBe(e.text);
    }
  }
}

describe('the detector on hostile input', () => {
  it(`never throws, answers in shape and takes no long time (seed ${SEED}, 300 messages and pages up to 40,000 characters)`, () => {
    const r = prng(SEED);
    let slowest = 0;
    for (let i = 0; i < 300; i++) {
      const text = hostileText(r, i % 10 === 0 ? 40_000 : 600);
      const title = hostileText(r, 60);
      const url = pick(r, ['https://example.org/', 'http://192.168.0.1:8080/alert', 'https://xn--mcrosoft-5ya.com/', `https://${title.replace(/\s/g, '')}.top/`, text.slice(0, 200), '']);
      const where = `seed ${SEED}, input ${i}`;
      const started = performance.now();
      assertShape(d.checkMessage(text), { text }, where);
      assertShape(d.checkPage({ url, title, text, facts: nonsenseFacts(r) }), { text, title, url }, where);
      slowest = Math.max(slowest, performance.now() - started);
    }
    // Generous: a 40,000-character input takes a few ms; only catastrophic work would reach this.
    expect(slowest).toBeLessThan(2000);
  });
});
