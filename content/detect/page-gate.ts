// The page gate's logic, bound to its index by gate.ts. It answers one question cheaply: could the
// detector judge this page? The detector judges a page only when it contains a page key word, a
// remote-access tool name or a strong URL feature, and the gate looks for exactly those, loosely:
//   - text is folded one character at a time like the detector folds it, then Cyrillic and Latin
//     look-alikes are merged (the detector folds mixed words to one script; either way they meet);
//   - a word "contains" a key when it starts with the key's first letters (up to STEM of them), or,
//     in an Arabic word, when one of its first four letters starts it (joined particles);
//   - stems are compared as 32-bit hashes: a collision can only make it say yes more often.
// So whatever the detector judges passes the gate; most ordinary pages do not.
import { classOf, Cls, CYRILLIC_LOOKALIKE, expansionOf, foldAstral, foldUnit, info } from './fold.ts';
import type { GateIndex } from './index-format.ts';
import { sampleRanges } from './sample.ts';
import { hostOf, isIpHost, readable } from './url.ts';

export interface GateInput {
  url: string;
  title: string;
  text: string;
}

/** As GATE_STEM in compile.ts: stems are at most this long. */
const STEM = 6;
const OFFSET = 0x811c9dc5;
const step = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193);
const SKELETON = new Map([...CYRILLIC_LOOKALIKE].map(([cyr, lat]) => [cyr.charCodeAt(0), lat.charCodeAt(0)]));
// The look-alikes are all Cyrillic (U+0400..U+052F): a small table instead of a Map lookup per unit.
const SKELETON_TABLE = /* @__PURE__ */ Uint16Array.from({ length: 0x130 }, (_, k) => SKELETON.get(0x400 + k) ?? 0x400 + k);
const skeleton = (u: number) => (u >= 0x400 && u < 0x530 ? SKELETON_TABLE[u - 0x400]! : u);
const isArabic = (u: number) => u >= 0x620 && u <= 0x64a;
const ASCII = /* @__PURE__ */ Uint32Array.from({ length: 128 }, (_, c) => info(c));

/** The hash of a folded key as the gate compares it. */
export function gateHash(key: string): number {
  let h = OFFSET;
  for (let k = 0; k < key.length; k++) h = step(h, skeleton(key.charCodeAt(k)));
  return h | 1;
}

export function createGate(index: GateIndex): (input: GateInput) => boolean {
  let table: Int32Array | undefined;
  let mask = 0;
  const checks = index.checks.split(' ');
  const brands = index.brands.split(' ').filter(Boolean);

  const has = (h: number) => {
    const key = h | 1;
    for (let k = (key >>> 3) & mask; ; k = (k + 1) & mask) {
      const v = table![k]!;
      if (v === 0) return false;
      if (v === key) return true;
    }
  };

  const init = () => {
    const keys = index.stems.split(' ').filter(Boolean);
    for (let k = 0; k + 1 < index.pairs.length; k += 2) keys.push(index.pairs.slice(k, k + 2));
    let size = 64;
    while (size < keys.length * 4) size *= 2;
    table = new Int32Array(size);
    mask = size - 1;
    for (const key of keys) {
      const v = gateHash(key);
      let slot = (v >>> 3) & mask;
      while (table[slot] !== 0 && table[slot] !== v) slot = (slot + 1) & mask;
      table[slot] = v;
    }
  };

  // The first letters of the current word, and the last unspaced (Chinese) character.
  const word = new Uint16Array(STEM + 4);
  let length = 0;
  let previousCjk = 0;

  const endWord = (): boolean => {
    const n = Math.min(length, word.length);
    const starts = n > 0 && isArabic(word[0]!) ? Math.min(4, n) : 1;
    length = 0;
    for (let s = 0; s < starts; s++) {
      let h = OFFSET;
      for (let k = s; k < n && k < s + STEM; k++) {
        h = step(h, word[k]!);
        if (k > s && has(h)) return true;
      }
    }
    return false;
  };

  const unit = (u: number): boolean => {
    const cls = classOf(u);
    if (cls === Cls.Word || cls === Cls.Digit) {
      if (length < word.length) word[length] = skeleton(u);
      length++;
      previousCjk = 0;
      return false;
    }
    const found = length > 0 && endWord();
    if (cls === Cls.Cjk) {
      const pair = previousCjk !== 0 && has(step(step(OFFSET, previousCjk), u));
      previousCjk = u;
      return found || pair;
    }
    if (cls !== Cls.Unknown) previousCjk = 0;
    return found;
  };

  const scan = (text: string, start: number, end: number): boolean => {
    length = 0;
    previousCjk = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // ASCII letters and digits, and separators: the common case, without a call.
      if (c < 128) {
        const v = ASCII[c]!;
        const cls = v & 15;
        if (cls === Cls.Word || cls === Cls.Digit) {
          if (length < word.length) word[length] = (v >>> 4) - 3;
          length++;
          previousCjk = 0;
          continue;
        }
        if (cls === Cls.Sep || cls === Cls.Stop || cls === Cls.Pause) {
          if (length > 0 && endWord()) return true;
          previousCjk = 0;
          continue;
        }
      }
      let folded: string | undefined;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          folded = foldAstral(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
          i++;
        }
      }
      if (folded === undefined) {
        const f = foldUnit(c);
        if (f === -2) continue;
        if (f >= 0) {
          if (unit(f)) return true;
          continue;
        }
        folded = expansionOf(c);
      }
      for (let k = 0; k < folded.length; k++) if (unit(folded.charCodeAt(k))) return true;
    }
    return length > 0 && endWord();
  };

  return (input) => {
    if (!table) init();
    // The detector's URL checks, loosened: any IP address, any non-ASCII host, any brand name in a
    // host (even on the brand's own site) passes, and the detector decides.
    const host = hostOf(input.url);
    if (host) {
      if (checks.includes('raw-ip') && isIpHost(host)) return true;
      if (checks.includes('idn') && /xn--|[^\x20-\x7e]/.test(host)) return true;
      if (checks.includes('brand')) {
        const name = readable(host);
        if (brands.some((b) => name.includes(b))) return true;
      }
    }
    if (scan(input.url, 0, input.url.length) || scan(input.title, 0, input.title.length)) return true;
    const ranges = sampleRanges(input.text.length);
    for (let r = 0; r < ranges.length; r += 2) if (scan(input.text, ranges[r]!, ranges[r + 1]!)) return true;
    return false;
  };
}
