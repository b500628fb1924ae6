// Random text from a mixed alphabet (letters of every script, digits, symbols, marks, controls,
// surrogate halves and pieces of real phrases): the detector and the gate never throw, and every
// piece of evidence is the text it points at.
import { describe, expect, it } from 'vitest';
import { sourceDetector, sourceGate } from './helpers.ts';

const d = sourceDetector();
const gate = sourceGate();

// A small seeded generator, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s + Math.imul(s ^ (s >>> 7), 61);
    return ((s ^ (s >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'a', 'Z', 'é', 'ß', 'ø', 'ł', 'ж', 'ї', 'ы', 'अ', 'ि', '़', '中', '文', 'ا', 'ً', 'ـ', '٣', '०', '0', '9', '.', ',', '-', ' ', '\n', '\t', '%', '$', '€', '#', '*', '@', '/', ':',
  '\u200b', '\u00ad', '\u202e', '\u0000', '\u0301', '\ud83d', '\ude00', '\ud83d\ude00', '𝐀', 'Ａ', 'ﬁ', 'ℌ', 'İ', 'ς',
  'gift card', 'AnyDesk', 'virus', 'call 0800 555 0136', 'http://1.2.3.4/x', 'xn--80ak6aa92e.com', 'paypal-login.top', 'never', 'if you do not', 'bitcoin', '安全账户', 'الشرطة', 'बिटकॉइन',
];

describe('fuzz', () => {
  it('never throws and keeps evidence true to the text (2000 random texts)', () => {
    const next = random(20261122);
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(next() * 80);
      let text = '';
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      const title = text.slice(0, Math.floor(next() * 20));
      for (const r of [d.checkMessage(text), d.checkPage({ url: next() < 0.5 ? text : 'https://example.org/', title, text })]) {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        for (const e of r.flags.flatMap((f) => f.evidence)) {
          if (e.field === 'text') expect(text.slice(e.start, e.end)).toBe(e.text);
          if (e.field === 'title') expect(title.slice(e.start, e.end)).toBe(e.text);
        }
      }
      gate({ url: text, title, text });
      d.detectRemoteAccessTool({ url: text, title, text });
      d.guessLocale(text);
    }
  });
});
