// The page gate's index, compiled from the signal index: by the build (content/generated/
// signal-gate.json) and by the detector itself, which skips pages the gate would skip. The
// extension's build adds precomputed tables (compileGateTables) so that the gate needs no set-up.
import { classOf, Cls, expansionOf, foldAstral, foldText, info } from './fold.ts';
import type { GateIndex, GateTables, SignalIndex } from './index-format.ts';
import { attachFold, gateHash, HASH_DIGITS, Kind, skeleton, slotOf, storedOf, Unit, unitOf, type GateFold } from './page-gate.ts';
import { GAP, NUM, phraseSymbols } from './scan.ts';
import { PAGE_ANCHOR_WEIGHT, PAGE_KEYS_SIGNAL, TOOL_SIGNAL } from './weights.ts';

export type Token = { kind: 'word' | 'pair'; text: string };

/** The words (and, in unspaced scripts, character pairs) a phrase needs to be in the text. */
export function phraseKeys(phrase: string): Token[] {
  return keysOfSymbols(phraseSymbols(phrase.replace(/\*$/, '')));
}

export function keysOfSymbols(symbols: readonly number[]): Token[] {
  const keys: Token[] = [];
  let word = '';
  let run = '';
  const end = () => {
    if (word) keys.push({ kind: 'word', text: word });
    for (let k = 0; k + 1 < run.length; k++) keys.push({ kind: 'pair', text: run.slice(k, k + 2) });
    word = '';
    run = '';
  };
  for (const s of symbols) {
    if (s === GAP || s === NUM) {
      end();
      continue;
    }
    const cls = classOf(s);
    if (cls === Cls.Cjk) {
      if (word) end();
      run += String.fromCharCode(s);
    } else if (cls === Cls.Word || cls === Cls.Digit || s === 46 || s === 44) {
      if (run) end();
      word += String.fromCharCode(s);
    } else end();
  }
  end();
  return keys;
}

/** Longest stem the gate compares: a text word starting with it may be a key word. */
export const GATE_STEM = 6;

/**
 * The gate's index: the page key words (content/data/signals/page-keys.json), a key word of each
 * remote-access tool name, the brand names and the URL checks strong enough to judge a page. The
 * detector judges a page only when one of these is present, so whatever it judges passes the gate.
 */
export function compileGateIndex(index: SignalIndex): GateIndex {
  const stems = new Set<string>();
  const pairs = new Set<string>();
  const take = (keys: Token[]) => {
    const best = [...keys].sort((a, b) => b.text.length - a.text.length)[0];
    if (!best) return;
    if (best.kind === 'pair') pairs.add(best.text);
    else stems.add(best.text.slice(0, GATE_STEM));
  };
  const keysOfEncoded = (p: string) => keysOfSymbols(p.replace(/\*$/, '').split('').map((c) => c.charCodeAt(0)));
  const brands = new Set<string>();
  const checks = new Set<string>();
  for (const s of index.signals) {
    if (s.id === PAGE_KEYS_SIGNAL) {
      for (const p of s.phrases.flat()) {
        const [key] = keysOfEncoded(p);
        // A Chinese key word: its first two characters (a text containing the word contains them).
        if (key) (key.kind === 'pair' ? pairs : stems).add(key.kind === 'pair' ? key.text : key.text.slice(0, GATE_STEM));
      }
      for (const t of s.terms ?? []) take(phraseKeys(t));
    }
    if (s.id === TOOL_SIGNAL) for (const t of s.terms ?? []) take(phraseKeys(t));
    if (s.url && s.weight >= PAGE_ANCHOR_WEIGHT && s.scope !== 0) {
      checks.add(s.url.check);
      for (const b of Object.keys(s.url.brands ?? {})) brands.add(foldText(b).replace(/\s+/g, ''));
    }
  }
  const gate: GateIndex = {
    version: 1,
    stems: [...stems].sort().join(' '),
    pairs: [...pairs].sort().join(''),
    brands: [...brands].sort().join(' '),
    checks: [...checks].sort().join(' '),
  };
  attachFold(gate, lazyFold(gate));
  return gate;
}

/** The keys as gate units: stems with Cyrillic look-alikes read as Latin, and Chinese pairs. */
function keysOf(gate: GateIndex): string[] {
  const keys = gate.stems
    .split(' ')
    .filter(Boolean)
    .map((k) => String.fromCharCode(...[...k].map((ch) => skeleton(ch.charCodeAt(0)))));
  for (let k = 0; k + 1 < gate.pairs.length; k += 2) keys.push(gate.pairs.slice(k, k + 2));
  return keys;
}

/**
 * The keys' hash table as page-gate.ts probes it: at most two thirds full (short probes, and a
 * table half the size of a half-full one once the keys pass a power of two), HASH_DIGITS digits per slot.
 */
function hashTable(keys: string[]): string {
  let size = 64;
  while (size * 2 < keys.length * 3) size *= 2;
  const table = new Array<number>(size).fill(0);
  const mask = size - 1;
  for (const key of keys) {
    const h = gateHash(key);
    const v = storedOf(h);
    let slot = slotOf(h, mask);
    while (table[slot] !== 0 && table[slot] !== v) slot = (slot + 1) & mask;
    table[slot] = v;
  }
  let out = '';
  for (let v of table) {
    let digits = '';
    for (let k = 0; k < HASH_DIGITS; k++, v = Math.floor(v / 64)) digits = String.fromCharCode(48 + (v % 64)) + digits;
    out += digits;
  }
  return out;
}

/** The gate's kind of a code unit, from fold.ts. */
export function kindOf(u: number): Kind {
  const v = info(u);
  if (v >>> 4 === 1) return Kind.Dropped;
  const cls = (v & 15) as Cls;
  return cls === Cls.Word || cls === Cls.Digit ? Kind.Word : cls === Cls.Cjk ? Kind.Cjk : Kind.Sep;
}

/** The Unit of a code unit from fold.ts itself (the detector's own folding). */
export function exactValue(u: number, expand: (units: string) => number): number {
  if (u >= 0xd800 && u <= 0xdfff) return Unit.Dropped;
  const kind = kindOf(u);
  if (kind !== Kind.Word && kind !== Kind.Cjk) return kind === Kind.Dropped ? Unit.Dropped : Unit.Sep;
  const code = info(u) >>> 4;
  if (code > 2) return unitOf(code - 3, kind);
  let units = '';
  for (const ch of expansionOf(u)) {
    const c = ch.charCodeAt(0);
    units += String.fromCharCode(unitOf(c, classOf(c) === Cls.Cjk ? Kind.Cjk : classOf(c) === Cls.Word || classOf(c) === Cls.Digit ? Kind.Word : Kind.Sep));
  }
  return units.length === 0 ? Unit.Dropped : expand(units);
}

const isAstralLetter = (cp: number) => foldAstral(cp) !== ' ';

/** The fold of an index compiled in process: fold.ts itself, the hash table made on first use. */
function lazyFold(gate: GateIndex): GateFold {
  let hashes: string | undefined;
  return {
    get hashes() {
      return (hashes ??= hashTable(keysOf(gate)));
    },
    value: exactValue,
    isAstralLetter,
  };
}

/**
 * The blocks of the Basic Multilingual Plane the extension's gate knows: the scripts of the
 * content locales, Greek (with its letters that look Latin), Thai and Japanese kana (so that pages
 * in those languages do not all go to the detector), punctuation, symbols, CJK and Hangul,
 * full-width forms. A unit outside them and outside the other scripts' blocks below makes the gate
 * say yes (the detector decides); listing every block would make the table bigger.
 */
export const KNOWN_BLOCKS: [number, number][] = [
  [0x0000, 0x03ff],
  [0x0400, 0x052f],
  [0x0600, 0x06ff],
  [0x0900, 0x097f],
  [0x0e00, 0x0e7f],
  [0x1100, 0x11ff],
  [0x1e00, 0x1eff],
  [0x2000, 0x20cf],
  [0x2190, 0x23ff],
  [0x2460, 0x27bf],
  [0x3000, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xf8ff],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xff00, 0xffef],
];

/**
 * Blocks of scripts no key uses, read loosely rather than exactly, in few runs (the table's size is
 * what limits this list: tests/e2e/extension-build.test.ts holds gate.js to 6 KB): their letters,
 * marks and digits as dropped (a word goes on through them), their punctuation as separators, and
 * what the detector drops as dropped. For scripts written with spaces this never hides a key the
 * detector would find: the detector only matches at the start of a word, and such a letter before
 * a key keeps the key from starting a word for the detector too.
 */
export const SPACED_OTHER_BLOCKS: [number, number][] = [
  [0x0530, 0x05ff], // Armenian, Hebrew
  [0x0980, 0x0dff], // Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
  [0x10a0, 0x10ff], // Georgian
  [0x1200, 0x137f], // Ethiopic
];

/**
 * Blocks of unspaced scripts no key uses: a key may start right after one of their letters, so
 * these read as separators, and what the detector drops as dropped.
 */
export const UNSPACED_OTHER_BLOCKS: [number, number][] = [
  [0x1000, 0x109f], // Myanmar
];

/** The gate's loose reading of a unit of SPACED_OTHER_BLOCKS or UNSPACED_OTHER_BLOCKS. */
function looseKindOf(u: number, spaced: boolean): Kind {
  const exact = kindOf(u);
  if (exact === Kind.Dropped) return Kind.Dropped;
  if (exact === Kind.Sep) return Kind.Sep;
  return spaced ? Kind.Dropped : Kind.Sep;
}

/** Astral blocks with letters: the same for every index, and slow to list (a million code points). */
let astralBlocks: string | undefined;

/** The extension gate's precomputed tables for an index (the extension build calls this). */
export function compileGateTables(gate: GateIndex): GateTables {
  const kinds = new Uint8Array(0x10000);
  for (const [from, to] of KNOWN_BLOCKS) for (let u = from; u <= to; u++) kinds[u] = kindOf(u);
  for (const [from, to] of SPACED_OTHER_BLOCKS) for (let u = from; u <= to; u++) kinds[u] = looseKindOf(u, true);
  for (const [from, to] of UNSPACED_OTHER_BLOCKS) for (let u = from; u <= to; u++) kinds[u] = looseKindOf(u, false);
  let runs = '';
  for (let u = 0; u < 0x10000; ) {
    let end = u + 1;
    while (end < 0x10000 && kinds[end] === kinds[u]) end++;
    if (u >= 0xd800 && u <= 0xdfff) throw new Error(`The gate's kind table would start a run at surrogate U+${u.toString(16)}`);
    runs += String.fromCharCode(u, 48 + kinds[u]!);
    u = end;
  }
  astralBlocks ??= (() => {
    let out = '';
    let last = -2;
    for (let block = 0; block < 0x10000; block++) {
      for (let k = 0; k < 16; k++) {
        if (isAstralLetter(0x10000 + block * 16 + k)) {
          if (block === last + 1) out = out.slice(0, -1);
          else out += String.fromCharCode(block);
          out += String.fromCharCode(block);
          last = block;
          break;
        }
      }
    }
    return out;
  })();
  return { hashes: hashTable(keysOf(gate)), kinds: runs, astral: astralBlocks };
}
