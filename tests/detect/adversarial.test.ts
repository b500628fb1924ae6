// Inputs built to be slow or to break things. Each must come back with a well-formed result; the
// matcher is linear, so none of these takes long (the test timeout would catch one that did).
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../content/detect/types.ts';
import { sourceDetector, sourceGate } from './helpers.ts';

const d = sourceDetector();
const gate = sourceGate();

function wellFormed(r: CheckResult, text: string): void {
  expect(['scam', 'suspicious', 'safe']).toContain(r.verdict);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(1);
  for (const e of r.flags.flatMap((f) => f.evidence)) {
    if (e.field !== 'text') continue;
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.text);
  }
}

const MILLION = 1_000_000;
const cases: [string, () => string][] = [
  ['a million repeated letters', () => 'a'.repeat(MILLION)],
  ['a million spaces', () => ' '.repeat(MILLION)],
  ['a long run of digits', () => '9'.repeat(MILLION)],
  ['digits with separators (phone-like forever)', () => '12 34 '.repeat(200_000)],
  ['dotted numbers', () => '1.2.3.4.'.repeat(150_000)],
  ['deep combining marks', () => `virus${'\u0301'.repeat(200_000)} detected ${'e\u0300\u0301\u0302\u0303'.repeat(50_000)}`],
  ['zero-width and control characters everywhere', () => 'Your\u200b com\u0000puter\u0007 is\u202e infected\u2060!\u0008 '.repeat(20_000)],
  ['homoglyph soup', () => 'Аnуdеsk Міcrosoft Ꮲаyраl ｍｉｃｒｏｓｏｆｔ 𝐀𝐧𝐲𝐃𝐞𝐬𝐤 '.repeat(20_000)],
  ['a repeated scam phrase', () => 'gift card pay gift card send me the code '.repeat(30_000)],
  ['a phrase prefix that never completes', () => 'your computer is '.repeat(60_000)],
  ['unpaired surrogates', () => '\ud800a\udc00b'.repeat(200_000)],
  ['dots without links', () => 'a.b.c.d.e.'.repeat(100_000)],
  ['long link-like runs', () => `http://${'x'.repeat(500_000)}.com/${'y'.repeat(400_000)}`],
  ['Chinese and Arabic without spaces', () => '您的电脑已感染病毒请立即拨打客服电话'.repeat(30_000) + 'والشرطةوالمحكمة'.repeat(30_000)],
  ['a 10 MB page of mixed text', () => 'Your computer is blocked. Call 0800 555 0136. Lorem ipsum dolor sit amet, 123 456. '.repeat(125_000)],
];

describe('adversarial input', () => {
  for (const [name, make] of cases) {
    it(`completes on ${name}`, () => {
      const text = make();
      wellFormed(d.checkMessage(text), text);
      wellFormed(d.checkPage({ url: 'https://example.org/', title: text.slice(0, 200), text }), text);
      expect(typeof gate({ url: 'https://example.org/', title: '', text })).toBe('boolean');
      expect(d.detectRemoteAccessTool({ url: 'https://example.org/', title: '', text }) ?? '').toBeTypeOf('string');
    });
  }

  it('still finds the scam at the top of a 10 MB page (it reads a bounded sample)', () => {
    const filler = 'An ordinary sentence about gardening and the weather. '.repeat(200_000);
    const text = `Your computer is infected with a Trojan. Access to this PC has been blocked. Call 0800 555 0136 now. ${filler}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(d.checkPage({ url: 'https://alert.example.org/', title: 'Warning', text }).verdict).toBe('scam');
    expect(gate({ url: 'https://alert.example.org/', title: 'Warning', text })).toBe(true);
  });
});
