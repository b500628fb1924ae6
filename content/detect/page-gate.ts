// The page gate's logic, bound to its index by gate.ts. It answers one question cheaply: could the
// detector judge this page? The detector judges a page only when it contains a page key word, a
// remote-access tool name or a strong URL feature, and the gate looks for exactly those, loosely:
//   - each code unit is folded the way the detector folds it (fold.ts), with Cyrillic and Latin
//     look-alikes merged (the detector folds mixed words to one script; either way they meet). In
//     the extension a small table of runs says what kind each unit is (letter, separator, dropped)
//     and letters are folded with the browser's own NFKD and lower case: no regular expressions to
//     compile, nothing to set up, each distinct unit worked out once per page. A unit outside the
//     table's blocks makes the gate say yes, and the detector decides;
//   - a word "contains" a key when it starts with the key's first letters (up to STEM of them), or,
//     in an Arabic word, when one of its first four letters starts it (joined particles);
//   - stems are compared as 32-bit hashes in a precomputed table (see storedOf): a collision can
//     only make it say yes more often.
// So whatever the detector judges passes the gate; most ordinary pages do not.
//
// This file imports no folding code: in the extension the tables are precomputed (GateIndex.tables,
// compileGateTables in gate-index.ts); in process (the detector, tests) compileGateIndex attaches
// fold.ts itself (attachFold).
import type { GateIndex, GateTables } from './index-format.ts';
import { sampleRanges } from './sample.ts';

export interface GateInput {
  url: string;
  title: string;
  text: string;
}

/** What a code unit is to the gate (GateTables.kinds, written as '0' + kind). */
export const enum Kind {
  Unknown = 0,
  Dropped = 1,
  Sep = 2,
  Word = 3,
  Cjk = 4,
}

/**
 * What a code unit reads as: from KEY up to HAN, a folded letter or digit; from HAN up to EXPAND, a
 * Chinese character (unspaced script); from EXPAND on, the k-th multi-unit fold (EXPAND + k).
 */
export const enum Unit {
  NotYet = 0,
  Dropped = 1,
  Sep = 2,
  /** Unknown to the tables: the gate says yes and the detector decides. */
  Unknown = 3,
  /** An unspaced-script character below HAN (kana, CJK symbols): no key uses one. */
  Cjk = 4,
  Key = 0x30,
  /** A letter no key can use (it folds beyond HAN). */
  OtherLetter = 0x2fff,
  Expand = 0xe000,
}
export const HAN = 0x3400;

/** Where the gate reads what units are (tables in the extension, fold.ts in process). */
export interface GateFold {
  hashes: string;
  /** The Unit of a code unit (never NotYet); expansions are numbered through `expand`. */
  value(u: number, expand: (units: string) => number): number;
  isAstralLetter(cp: number): boolean;
}

const folds = new WeakMap<GateIndex, GateFold>();
/** Gives an index without tables the fold to use (compileGateIndex does, from fold.ts). */
export function attachFold(index: GateIndex, fold: GateFold): void {
  folds.set(index, fold);
}

/** As GATE_STEM in gate-index.ts: stems are at most this long. */
const STEM = 6;
const OFFSET = 0x811c9dc5;
const step = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193);
const isArabic = (u: number) => u >= 0x620 && u <= 0x64a;

/**
 * What a slot stores for a hash: its 23 bits that the slot number does not use (bits 0 to 2 and 12
 * to 31, in tables of up to 512 slots), plus one, so that 0 means empty. A slot number and these
 * bits together are 32: a collision needs all the hash bits equal, or, from a neighbouring slot,
 * these 23 (and then can only make the gate say yes).
 */
export const storedOf = (h: number): number => (((h >>> 12) << 3) | (h & 7)) + 1;
/** GateTables.hashes: an open-addressing table, each slot HASH_DIGITS digits of 6 bits ('0' + digit). */
export const HASH_DIGITS = 4;

/** The hash of a key, given as gate units (32 bits, unsigned). */
export function gateHash(key: string): number {
  let h = OFFSET;
  for (let k = 0; k < key.length; k++) h = step(h, key.charCodeAt(k));
  return h >>> 0;
}

/** The slot a hash starts probing at, in a table of `mask + 1` slots. */
export const slotOf = (h: number, mask: number): number => (h >>> 3) & mask;

// As fold.ts folds a letter, without its regular expressions (the tables say what is a letter):
// NFKD, marks that only decorate dropped, lower case, then these look-alikes (LOOKALIKE in fold.ts;
// tests/detect/gate.test.ts checks every unit the tables know against fold.ts).
const LOOKALIKE = ' αa βb εe ιi κk νv οo ρp τt υu χx ωw ßss ıi ȷj łl đd øo æae œoe ŀl ɑa ɡg ħh þth ґг ٱا ىي ةه کك یي ۀه \u0901\u0902 ';
const isDroppedMark = (c: number): boolean =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x483 && c <= 0x489) ||
  (c >= 0x64b && c <= 0x65f) ||
  c === 0x670 ||
  c === 0x640 ||
  c === 0x93c ||
  (c >= 0x1ab0 && c <= 0x1aff) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);
/** Cyrillic letters that look like Latin ones read as the Latin letter in words (CYRILLIC_LOOKALIKE in fold.ts). */
export const SKELETON = ' аa вb еe ѕs іi јj кk мm нh оo рp сc тt уy хx һh ԁd ԛq ԝw үy ӏl ';
export const skeleton = (u: number): number => {
  if (u < 0x400 || u >= 0x530) return u;
  const at = SKELETON.indexOf(` ${String.fromCharCode(u)}`);
  return at < 0 ? u : SKELETON.charCodeAt(at + 2);
};

/** What a letter, digit or unspaced-script character folds to (fold.ts: foldString, digits). */
export function foldLetter(u: number): string {
  if (u < 128) return String.fromCharCode(u >= 65 && u <= 90 ? u + 32 : u);
  for (const zero of [0x660, 0x6f0, 0x966]) if (u >= zero && u <= zero + 9) return String.fromCharCode(48 + u - zero);
  let bare = '';
  for (const ch of String.fromCharCode(u).normalize('NFKD')) if (!isDroppedMark(ch.codePointAt(0)!)) bare += ch;
  let out = '';
  for (const ch of bare.toLowerCase()) {
    const at = LOOKALIKE.indexOf(` ${ch}`);
    out += at < 0 ? ch : LOOKALIKE.slice(at + 1 + ch.length, LOOKALIKE.indexOf(' ', at + 1));
  }
  return out;
}

/** The Unit of one folded unit of a kind (Word or Cjk; anything else separates). */
export function unitOf(f: number, kind: Kind): number {
  if (kind === Kind.Word) return f >= HAN ? Unit.OtherLetter : skeleton(f);
  if (kind === Kind.Cjk) return f < HAN ? Unit.Cjk : f < Unit.Expand ? f : Unit.Unknown;
  return Unit.Sep;
}

/** The fold the extension's gate reads from its precomputed tables. */
export function foldFromTables(t: GateTables): GateFold {
  const runs = t.kinds;
  const n = runs.length / 2;
  const kindAt = (u: number): Kind => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs.charCodeAt(mid * 2) <= u) lo = mid;
      else hi = mid - 1;
    }
    return runs.charCodeAt(lo * 2 + 1) - 48;
  };
  return {
    hashes: t.hashes,
    value(u, expand) {
      const kind = kindAt(u);
      if (kind === Kind.Unknown) return Unit.Unknown;
      if (kind === Kind.Dropped) return Unit.Dropped;
      if (kind === Kind.Sep) return Unit.Sep;
      const f = foldLetter(u);
      if (f.length === 1) return unitOf(f.charCodeAt(0), kind);
      let units = '';
      for (let k = 0; k < f.length; k++) {
        const c = f.charCodeAt(k);
        const fk = kindAt(c);
        if (fk === Kind.Unknown) return Unit.Unknown;
        units += String.fromCharCode(unitOf(c, fk));
      }
      return units.length === 0 ? Unit.Dropped : expand(units);
    },
    isAstralLetter(cp) {
      const block = (cp - 0x10000) >> 4;
      const a = t.astral;
      for (let k = 0; k < a.length && a.charCodeAt(k) <= block; k += 2) if (block <= a.charCodeAt(k + 1)) return true;
      return false;
    },
  };
}

/**
 * As hostOf in url.ts, for http(s) addresses (kept here so the gate loads no folding code): the
 * host, after any user. Anything else gives undefined, and the gate says yes.
 */
function hostOf(link: string): string | undefined {
  const lower = link.slice(0, 8).toLowerCase();
  const from = lower.startsWith('https://') ? 8 : lower.startsWith('http://') ? 7 : -1;
  if (from < 0) return undefined;
  let cut = link.length;
  for (let i = from; i < cut; i++) {
    const c = link.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) cut = i;
  }
  let s = link.slice(from, cut);
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  if (s.startsWith('[')) return s.slice(0, s.indexOf(']') + 1).toLowerCase();
  const colon = s.lastIndexOf(':');
  if (colon >= 0 && s.length - colon >= 2 && s.length - colon <= 6 && isDigits(s, colon + 1, s.length)) s = s.slice(0, colon);
  if (s.endsWith('.')) s = s.slice(0, -1);
  return s.toLowerCase();
}

const isDigits = (s: string, from: number, to: number) => {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return true;
};

/** As isIpHost in url.ts: four numbers of 1 to 3 digits, or an IPv6 address. */
function isIpHost(host: string): boolean {
  if (host.startsWith('[')) return true;
  const parts = host.split('.');
  return parts.length === 4 && parts.every((p) => p.length >= 1 && p.length <= 3 && isDigits(p, 0, p.length));
}

/** As readable() in url.ts, for an ASCII host: digit and letter-pair look-alikes folded. */
function readable(host: string): string {
  let name = '';
  const s = host.replaceAll('rn', 'm').replaceAll('vv', 'w');
  for (let i = 0; i < s.length; i++) {
    const k = '0134578'.indexOf(s[i]!);
    name += k < 0 ? s[i] : 'oleasbt'[k];
  }
  return name;
}

export function createGate(index: GateIndex): (input: GateInput) => boolean {
  const fold = index.tables ? foldFromTables(index.tables) : folds.get(index);
  if (!fold) throw new Error('gate index');
  const checks = index.checks.split(' ');
  const brands = index.brands.split(' ').filter(Boolean);
  const pages: (Uint16Array | undefined)[] = [];
  const expansions: string[] = [];
  const ids = new Map<string, number>();
  const expand = (units: string) => {
    let k = ids.get(units);
    if (k === undefined) ids.set(units, (k = expansions.push(units) - 1));
    return Unit.Expand + k < 0xf900 ? Unit.Expand + k : Unit.Unknown;
  };
  const valueOf = (c: number): number => {
    const page = (pages[c >> 8] ??= new Uint16Array(256));
    return (page[c & 255] ||= fold.value(c, expand));
  };

  // The slots decoded once (a few hundred numbers, a few microseconds), not on every probe.
  const table = fold.hashes;
  const mask = table.length / HASH_DIGITS - 1;
  const slots = new Uint32Array(mask + 1);
  for (let k = 0; k <= mask; k++) {
    let v = 0;
    for (let i = k * HASH_DIGITS, end = i + HASH_DIGITS; i < end; i++) v = v * 64 + table.charCodeAt(i) - 48;
    slots[k] = v;
  }
  const has = (h: number) => {
    const key = storedOf(h);
    for (let k = slotOf(h, mask); ; k = (k + 1) & mask) {
      const v = slots[k]!;
      if (v === 0) return false;
      if (v === key) return true;
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

  /** One Sep, Cjk or Key unit: true on a key. */
  const unit = (v: number): boolean => {
    if (v >= Unit.Key && v < HAN) {
      if (length < word.length) word[length] = v;
      length++;
      previousCjk = 0;
      return false;
    }
    const found = length > 0 && endWord();
    if (v === Unit.Cjk || v >= HAN) {
      // (Expansions never come here: their units are taken one by one.)
      const pair = previousCjk !== 0 && has(step(step(OFFSET, previousCjk), v));
      previousCjk = v;
      return found || pair;
    }
    previousCjk = 0;
    return found;
  };

  const scan = (text: string, start: number, end: number): boolean => {
    length = 0;
    previousCjk = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      let v = pages[c >> 8]?.[c & 255] || valueOf(c);
      if (v >= Unit.Key && v < HAN) {
        // A letter or digit: the common case, without a call.
        if (length < word.length) word[length] = v;
        length++;
        previousCjk = 0;
        continue;
      }
      if (v === Unit.Dropped) {
        if (c < 0xd800 || c > 0xdbff || i + 1 >= end) continue;
        const lo = text.charCodeAt(i + 1);
        if (lo < 0xdc00 || lo > 0xdfff) continue;
        i++;
        // Emoji and other astral symbols separate words; astral letters (mathematical alphabets) fold.
        if (fold.isAstralLetter(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000)) return true;
        v = Unit.Sep;
      }
      if (v === Unit.Unknown) return true;
      if (v < Unit.Expand) {
        if (unit(v)) return true;
        continue;
      }
      const e = expansions[v - Unit.Expand]!;
      for (let k = 0; k < e.length; k++) if (unit(e.charCodeAt(k))) return true;
    }
    return length > 0 && endWord();
  };

  return (input) => {
    // The detector's URL checks, loosened: any IP address, any non-ASCII host, any brand name in a
    // host (even on the brand's own site) passes, and the detector decides.
    const host = hostOf(input.url);
    if (host === undefined) return true;
    if (host) {
      if (checks.includes('raw-ip') && isIpHost(host)) return true;
      // A non-ASCII host is an IDN; it also cannot be read below (that reads ASCII only).
      if (host.includes('xn--')) return true;
      for (let i = 0; i < host.length; i++) if (host.charCodeAt(i) < 0x20 || host.charCodeAt(i) > 0x7e) return true;
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
