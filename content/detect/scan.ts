// One linear pass over text: fold it into a compact buffer (keeping a map back to the original
// offsets and the kind of each unit), then walk a trie of phrases from every token start. The walk
// from one start is bounded by the longest phrase, so the whole scan is linear in the text,
// whatever the input. This is the hot path: no closures per character, one table read per unit.
import { classOf as classOfImport, Cls, expansionOf as expansionOfImport, foldAstral as foldAstralImport, foldMixedWord as foldMixedWordImport, info as infoImport } from './fold.ts';

// Imports and another file's const enum read once into locals: under a per-file transform (tsx,
// vitest) every read of an imported binding is a getter call, and in the fold loop those calls
// took a quarter of the scan time. Bundled builds inline them either way.
const classOf = classOfImport;
const expansionOf = expansionOfImport;
const foldAstral = foldAstralImport;
const foldMixedWord = foldMixedWordImport;
const info = infoImport;
const CLS_SEP: number = Cls.Sep;
const CLS_WORD: number = Cls.Word;
const CLS_STOP: number = Cls.Stop;
const CLS_PAUSE: number = Cls.Pause;

/** Word gap, clause pause and sentence stop in the folded buffer. */
export const GAP = 32;
export const PAUSE = 9;
export const STOP = 10;
/** The trie symbol for "any number" (a private-use code unit: those never survive folding). */
export const NUM = 0xe000;

/** The kind of each folded unit. */
export const enum K {
  Gap = 0,
  Pause = 1,
  Stop = 2,
  Letter = 3,
  Digit = 4,
  /** A point or comma inside a number (1.500, 22.11.2026). */
  NumPunct = 5,
  /** A character of a script without spaces (Han, kana, Thai...). */
  Cjk = 6,
  /** % */
  Sym = 7,
}
/** Letters, digits and number punctuation make spaced words. */
export const isWordKind = (k: number): boolean => k >= K.Letter && k <= K.NumPunct;
const KIND_OF = /* @__PURE__ */ new Uint8Array(16);
KIND_OF[Cls.Word] = K.Letter;
KIND_OF[Cls.Digit] = K.Digit;
KIND_OF[Cls.Cjk] = K.Cjk;
KIND_OF[Cls.Sym] = K.Sym;
// ASCII read without a call: the packed fold of each code below 128.
const ASCII = /* @__PURE__ */ new Uint32Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = info(c);

export interface Folded {
  /** Folded text: tokens, with runs of separators collapsed to one GAP, PAUSE or STOP. */
  buf: Uint16Array;
  kind: Uint8Array;
  len: number;
  /** Original offset of each folded unit; map[len] is the end of the last range. */
  map: Int32Array;
}

/** A piece of text to fold: the whole of it, or the given [start, end) ranges. */
export interface Segment {
  text: string;
  ranges?: readonly number[];
}

interface Scratch {
  buf: Uint16Array;
  kind: Uint8Array;
  map: Int32Array;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** The buffers and word state while folding; the rare paths (expansions, astral, growth) use it. */
interface FoldState {
  buf: Uint16Array;
  kind: Uint8Array;
  map: Int32Array;
  len: number;
  cap: number;
  /** Scripts seen in the current word (1 Latin, 2 Cyrillic) and where it started. */
  scripts: number;
  wordStart: number;
}

function grow(st: FoldState): void {
  st.cap *= 2;
  const b = new Uint16Array(st.cap);
  b.set(st.buf.subarray(0, st.len));
  st.buf = b;
  const k = new Uint8Array(st.cap);
  k.set(st.kind.subarray(0, st.len));
  st.kind = k;
  const m = new Int32Array(st.cap + 1);
  m.set(st.map.subarray(0, st.len));
  st.map = m;
}

/** Pushes letters of an expansion or an astral character (the general, slower path). */
function pushLetters(st: FoldState, s: string, at: number): void {
  for (let k = 0; k < s.length; k++) {
    const u = s.charCodeAt(k);
    if (st.len + 4 >= st.cap) grow(st);
    const bit = u >= 97 && u <= 122 ? 1 : u >= 0x400 && u <= 0x4ff ? 2 : 0;
    if (bit !== 0) {
      if (st.scripts === 0) st.wordStart = st.len;
      st.scripts |= bit;
    } else if (st.scripts !== 0) {
      if (st.scripts === 3) foldMixedWord(st.buf, st.wordStart, st.len);
      st.scripts = 0;
    }
    st.buf[st.len] = u;
    st.kind[st.len] = KIND_OF[classOf(u)] || K.Letter;
    st.map[st.len++] = at;
  }
}

/**
 * Folds segments into one buffer. Consecutive ranges and segments are read as separate sentences;
 * `starts[k]` is where segment k begins in the buffer, and map values are offsets in its own text.
 * The loop keeps its state in locals (no closures), and hands it to helpers only on rare paths.
 */
export function foldSegments(segments: readonly Segment[], scratch?: Scratch): Folded & { starts: number[] } {
  let total = 0;
  for (const seg of segments) {
    const r = seg.ranges ?? [0, seg.text.length];
    for (let k = 0; k < r.length; k += 2) total += r[k + 1]! - r[k]!;
  }
  const need = Math.max(16, total + 16);
  const reuse = scratch !== undefined && scratch.buf.length >= need;
  const st: FoldState = {
    buf: reuse ? scratch.buf : new Uint16Array(need),
    kind: reuse ? scratch.kind : new Uint8Array(need),
    map: reuse ? scratch.map : new Int32Array(need + 1),
    len: 0,
    cap: reuse ? scratch.buf.length : need,
    scripts: 0,
    wordStart: 0,
  };
  let buf = st.buf;
  let kind = st.kind;
  let map = st.map;
  let len = 0;
  let cap = st.cap;
  let scripts = 0;
  let wordStart = 0;
  const starts: number[] = [];
  // 0 none, 1 gap, 2 pause, 3 stop; written only before the next token, so runs collapse.
  let pending = 0;
  let pendingAt = 0;
  let lastEnd = 0;
  for (const seg of segments) {
    const text = seg.text;
    const ranges = seg.ranges ?? [0, text.length];
    if (len > 0) {
      // A new segment starts a new sentence; the stop belongs to the end of the previous one.
      if (scripts === 3) foldMixedWord(buf, wordStart, len);
      scripts = 0;
      buf[len] = STOP;
      kind[len] = K.Stop;
      map[len++] = pending === 0 ? lastEnd : pendingAt;
    }
    pending = 0;
    starts.push(len);
    for (let r = 0; r < ranges.length; r += 2) {
      const start = ranges[r]!;
      const end = ranges[r + 1]!;
      if (r > 0) {
        if (pending === 0) pendingAt = lastEnd;
        pending = 3;
      }
      lastEnd = end;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        let v: number;
        let astral = '';
        if (c < 128) v = ASCII[c]!;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          astral = foldAstral(((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000);
          // An emoji or symbol separates; a letter (mathematical bold A) expands.
          v = astral === ' ' ? (4 << 4) | CLS_SEP : (2 << 4) | CLS_WORD;
        } else v = info(c);
        const code = v >>> 4;
        if (code === 1) continue;
        const cls = v & 15;
        if (cls === CLS_SEP || cls === CLS_PAUSE || cls === CLS_STOP) {
          // A point or comma between digits belongs to the number (1.500, 22.11.2026).
          if ((c === 46 || c === 44) && pending === 0 && len > 0 && kind[len - 1] === K.Digit && i + 1 < end && isAsciiDigit(text.charCodeAt(i + 1))) {
            if (len + 4 >= cap) {
              st.len = len;
              grow(st);
              ({ buf, kind, map, cap } = st);
            }
            buf[len] = c;
            kind[len] = K.NumPunct;
            map[len++] = i;
            continue;
          }
          let level = cls === CLS_STOP ? 3 : cls === CLS_PAUSE ? 2 : 1;
          // A point inside a word (example.com, e.g.) does not end a sentence.
          if (c === 46 && i + 1 < end) {
            const n = text.charCodeAt(i + 1);
            if (n !== 32 && n !== 10 && n !== 13 && n !== 9 && n !== 0xa0) level = 1;
          }
          if (level > pending) {
            if (pending === 0) pendingAt = i;
            pending = level;
          }
          if (astral !== '') i++;
          continue;
        }
        if (len + 8 >= cap) {
          st.len = len;
          grow(st);
          ({ buf, kind, map, cap } = st);
        }
        if (pending !== 0) {
          if (scripts === 3) foldMixedWord(buf, wordStart, len);
          scripts = 0;
          if (len > 0) {
            buf[len] = pending === 3 ? STOP : pending === 2 ? PAUSE : GAP;
            kind[len] = pending === 3 ? K.Stop : pending === 2 ? K.Pause : K.Gap;
            map[len++] = pendingAt;
          }
          pending = 0;
        }
        if (code === 2) {
          Object.assign(st, { buf, kind, map, len, cap, scripts, wordStart });
          pushLetters(st, astral !== '' ? astral : expansionOf(c), i);
          ({ buf, kind, map, len, cap, scripts, wordStart } = st);
          if (astral !== '') i++;
          continue;
        }
        const u = code - 3;
        if (u >= 97 && u <= 122) {
          if (scripts === 0) wordStart = len;
          scripts |= 1;
        } else if (u >= 0x400 && u <= 0x4ff) {
          if (scripts === 0) wordStart = len;
          scripts |= 2;
        } else if (scripts !== 0) {
          if (scripts === 3) foldMixedWord(buf, wordStart, len);
          scripts = 0;
        }
        buf[len] = u;
        kind[len] = KIND_OF[cls]!;
        map[len++] = i;
      }
    }
  }
  if (scripts === 3) foldMixedWord(buf, wordStart, len);
  // Trailing spaces and points are not part of the last word.
  map[len] = pending !== 0 ? pendingAt : lastEnd;
  return { buf, kind, len, map, starts };
}

/** Folds the given [start, end) ranges of one text. */
export const foldRanges = (text: string, ranges: readonly number[]): Folded => foldSegments([{ text, ranges }]);

/** Arabic letters that may be written joined in front of a word: و ف ب ل ك ا س (and, so, with, to, as, the, will). */
const isProclitic = (u: number) => u === 0x648 || u === 0x641 || u === 0x628 || u === 0x644 || u === 0x643 || u === 0x627 || u === 0x633;
export const isArabicLetter = (u: number): boolean => u >= 0x620 && u <= 0x64a;

/**
 * Calls `visit(i)` for every position a phrase may start at: each spaced word's start (plus up to
 * three positions into an Arabic word after joined particles), each unspaced character and symbol.
 */
export function forEachStart(f: Folded, visit: (i: number) => void): void {
  const { buf, kind, len } = f;
  let i = 0;
  while (i < len) {
    const k = kind[i]!;
    if (k <= K.Stop) {
      i++;
      continue;
    }
    if (k <= K.NumPunct) {
      visit(i);
      const u = buf[i]!;
      if (isArabicLetter(u)) {
        for (let p = i; p < i + 3 && p + 1 < len && isProclitic(buf[p]!) && isArabicLetter(buf[p + 1]!); p++) visit(p + 1);
      }
      i++;
      while (i < len && isWordKind(kind[i]!)) i++;
      continue;
    }
    visit(i);
    i++;
  }
}

/**
 * Reads the token symbol at `j` for a phrase walk. Returns the symbol and sets `next`; returns -1 to
 * stop the walk (sentence end), 0 to skip a unit. A gap reads as GAP only between two spaced words
 * (Chinese and symbols need no spaces around them). A number expression reads as one NUM: a number
 * with its range or groups and its currency word ("80-300", "1 000 kr", "usd 500", "200zł").
 */
export interface SymbolReader {
  next: number;
  /** Folded currency words by their first unit (see currencyIndex). */
  currencies?: CurrencyIndex | undefined;
  /** Filler words a walk may step over (same shape as currencies). */
  fillers?: CurrencyIndex | undefined;
}

/** Currency words by first unit, longest first, and a bitmap of those first units. */
export type CurrencyIndex = Map<number, string[]> & { first?: Uint8Array };

/** Groups folded currency words by first unit, longest first, for readSymbol. */
export function currencyIndex(words: readonly string[]): CurrencyIndex {
  const index: CurrencyIndex = new Map<number, string[]>();
  index.first = new Uint8Array(65536);
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    if (w.length === 0) continue;
    const list = index.get(w.charCodeAt(0)) ?? [];
    list.push(w);
    index.set(w.charCodeAt(0), list);
    index.first[w.charCodeAt(0)] = 1;
  }
  return index;
}

/** The end of a currency word starting at q, or 0. */
function currencyAt(f: Folded, q: number, currencies: CurrencyIndex | undefined): number {
  const { buf, kind, len } = f;
  if (!currencies || q >= len || currencies.first?.[buf[q]!] !== 1) return 0;
  const list = currencies.get(buf[q]!);
  if (!list) return 0;
  outer: for (const w of list) {
    if (q + w.length > len) continue;
    for (let k = 1; k < w.length; k++) if (buf[q + k] !== w.charCodeAt(k)) continue outer;
    const end = q + w.length;
    // A spelled currency ends its word; a Chinese one may run on (元, 块).
    if (end < len && isWordKind(kind[end - 1]!) && isWordKind(kind[end]!)) continue;
    return end;
  }
  return 0;
}

function numberEnd(f: Folded, j: number): number {
  const { kind, len } = f;
  let k = j + 1;
  while (k < len && (kind[k] === K.Digit || (kind[k] === K.NumPunct && k + 1 < len && kind[k + 1] === K.Digit))) k++;
  return k;
}

export function readSymbol(f: Folded, j: number, atStart: boolean, out: SymbolReader): number {
  const { buf, kind, len } = f;
  const kj = kind[j]!;
  if (kj === K.Stop) return -1;
  if (kj === K.Gap || kj === K.Pause) {
    out.next = j + 1;
    if (j > 0 && j + 1 < len && isWordKind(kind[j - 1]!) && isWordKind(kind[j + 1]!)) return GAP;
    return 0;
  }
  const u = buf[j]!;
  const wordStart = atStart || j === 0 || !isWordKind(kind[j - 1]!);
  if (!wordStart || kj === K.Cjk || kj === K.Sym) {
    out.next = j + 1;
    return u;
  }
  let k = 0;
  if (kj === K.Digit) {
    k = numberEnd(f, j);
    // Digits glued to letters: a number only when the letters are a currency ("200zł").
    if (k < len && isWordKind(kind[k]!)) k = currencyAt(f, k, out.currencies);
  } else if (out.currencies?.first?.[u] === 1) {
    // A currency word before a number ("usd 500", "rs.500").
    const c = currencyAt(f, j, out.currencies);
    if (c) {
      let q = c;
      if (q < len && (kind[q] === K.Gap || kind[q] === K.Pause || buf[q] === 46)) q++;
      if (q < len && kind[q] === K.Digit) k = numberEnd(f, q);
    }
  }
  if (k === 0 || (k < len && isWordKind(kind[k]!))) {
    out.next = j + 1;
    return u;
  }
  // The rest of the expression: more numbers after a gap or dash, and a currency word.
  for (let rounds = 0; rounds < 8; rounds++) {
    let q = k;
    if (q < len && (kind[q] === K.Gap || kind[q] === K.Pause)) q++;
    if (q > k && q < len && kind[q] === K.Digit) {
      const e = numberEnd(f, q);
      if (e < len && isWordKind(kind[e]!)) break;
      k = e;
      continue;
    }
    const c = currencyAt(f, q, out.currencies);
    if (!c) break;
    k = c;
  }
  out.next = k;
  return NUM;
}

/** Turns a phrase into its trie symbols. `#` (or any number) stands for any number. */
const SCRATCH: Scratch = { buf: /* @__PURE__ */ new Uint16Array(512), kind: /* @__PURE__ */ new Uint8Array(512), map: /* @__PURE__ */ new Int32Array(513) };
export function phraseSymbols(phrase: string, currencies?: CurrencyIndex): number[] {
  const text = phrase.replace(/#/g, ' 0 ');
  const f = foldSegments([{ text }], SCRATCH);
  const symbols: number[] = [];
  const reader: SymbolReader = { next: 0, currencies };
  let j = 0;
  while (j < f.len) {
    const s = readSymbol(f, j, false, reader);
    if (s === -1) {
      j++;
      continue;
    }
    if (s !== 0) symbols.push(s);
    j = reader.next;
  }
  return symbols;
}

/**
 * A phrase compiled for the trie: its symbols as one string (a final `*` kept as the prefix mark).
 * The build stores phrases this way, so loading the detector folds nothing.
 */
export function encodePhrase(phrase: string, currencies?: CurrencyIndex): string {
  const isPrefix = phrase.endsWith('*');
  return String.fromCharCode(...phraseSymbols(isPrefix ? phrase.slice(0, -1) : phrase, currencies)) + (isPrefix ? '*' : '');
}

/**
 * A trie of phrases in typed arrays: a dense first level, then each node's children as a sorted run
 * of (symbol, child) pairs. Built from the phrases sorted, so it allocates no object per node.
 */
export class PhraseTrie {
  private readonly root = new Int32Array(65536);
  /** Children of node n: edges [start[n], start[n + 1]), sorted by symbol. */
  private readonly start: Int32Array;
  private readonly syms: Uint16Array;
  private readonly kids: Int32Array;
  /** Phrase ends per node: whole-word ends [exact[n], exact[n + 1]) and prefix (`*`) ends. */
  private readonly exact: Int32Array;
  private readonly prefix: Int32Array;
  private readonly exactOuts: Int32Array;
  private readonly prefixOuts: Int32Array;
  /** 1 when some phrase ends at the node: one read per step instead of four. */
  private readonly ends: Uint8Array;

  /** `entries[i]` is an encoded phrase (see encodePhrase); matches report the entry index. */
  constructor(entries: readonly string[]) {
    const order: number[] = [];
    let total = 0;
    const symbolsOf = entries.map((e) => (e.endsWith('*') ? e.slice(0, -1) : e));
    symbolsOf.forEach((symbols, i) => {
      if (symbols.length > 0) {
        order.push(i);
        total += symbols.length;
      }
    });
    order.sort((x, y) => (symbolsOf[x]! < symbolsOf[y]! ? -1 : symbolsOf[x]! > symbolsOf[y]! ? 1 : 0));
    // Edges in creation order: within one parent they come sorted, because the phrases are.
    const parent = new Int32Array(total);
    const sym = new Uint16Array(total);
    let nodes = 1;
    const path: number[] = [];
    let previous = '';
    const endNode = new Int32Array(entries.length);
    for (const id of order) {
      const symbols = symbolsOf[id]!;
      let lcp = 0;
      while (lcp < symbols.length && lcp < previous.length && symbols.charCodeAt(lcp) === previous.charCodeAt(lcp)) lcp++;
      let node = lcp === 0 ? 0 : path[lcp - 1]!;
      for (let d = lcp; d < symbols.length; d++) {
        parent[nodes - 1] = node;
        sym[nodes - 1] = symbols.charCodeAt(d);
        node = nodes++;
        path[d] = node;
      }
      endNode[id] = node;
      previous = symbols;
    }
    const edges = nodes - 1;
    // Child n is edge n - 1; group the edges by parent (a counting sort keeps the symbol order).
    this.start = new Int32Array(nodes + 1);
    for (let e = 0; e < edges; e++) this.start[parent[e]! + 1]!++;
    for (let n = 0; n < nodes; n++) this.start[n + 1]! += this.start[n]!;
    const fill = this.start.slice(0, nodes);
    this.syms = new Uint16Array(edges);
    this.kids = new Int32Array(edges);
    for (let e = 0; e < edges; e++) {
      const at = fill[parent[e]!]!++;
      this.syms[at] = sym[e]!;
      this.kids[at] = e + 1;
      if (parent[e] === 0) this.root[sym[e]!] = e + 1;
    }
    const group = (wantPrefix: boolean): [Int32Array, Int32Array] => {
      const index = new Int32Array(nodes + 1);
      const chosen = order.filter((id) => entries[id]!.endsWith('*') === wantPrefix);
      for (const id of chosen) index[endNode[id]! + 1]!++;
      for (let n = 0; n < nodes; n++) index[n + 1]! += index[n]!;
      const at = index.slice(0, nodes);
      const outs = new Int32Array(chosen.length);
      for (const id of chosen) outs[at[endNode[id]!]!++] = id;
      return [index, outs];
    };
    [this.exact, this.exactOuts] = group(false);
    [this.prefix, this.prefixOuts] = group(true);
    this.ends = new Uint8Array(nodes);
    for (const id of order) this.ends[endNode[id]!] = 1;
  }

  step(node: number, symbol: number): number {
    if (node === 0) return this.root[symbol]!;
    let lo = this.start[node]!;
    let hi = this.start[node + 1]!;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (this.syms[lo] === symbol) return this.kids[lo]!;
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const v = this.syms[mid]!;
      if (v === symbol) return this.kids[mid]!;
      if (v < symbol) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  /**
   * Every phrase that matches at `start`: calls `hit(entry, start, end)` with folded offsets. Up to
   * two filler words ("now", "bitte") inside a phrase are stepped over when the phrase cannot go on.
   */
  walk(f: Folded, start: number, reader: SymbolReader, hit: (entry: number, start: number, end: number) => void): void {
    const { buf, kind, len } = f;
    let node = 0;
    let j = start;
    let skips = 0;
    while (j < len) {
      const k = kind[j]!;
      if (k === K.Letter && j > start && skips < 2 && kind[j - 1]! <= K.Pause && reader.fillers?.first?.[buf[j]!] === 1 && this.step(node, buf[j]!) === 0) {
        const e = currencyAt(f, j, reader.fillers);
        if (e > 0 && (e >= len || kind[e]! <= K.Pause)) {
          skips++;
          j = e < len && kind[e]! !== K.Stop ? e + 1 : e;
          continue;
        }
      }
      let s: number;
      let next: number;
      // A letter is just itself, unless it may start a currency word before a number; a gap between
      // two words is GAP and any other is skipped. The rest goes through readSymbol.
      if (k === K.Letter && (j > start ? isWordKind(kind[j - 1]!) : reader.currencies?.first?.[buf[j]!] !== 1)) {
        s = buf[j]!;
        next = j + 1;
      } else if (k === K.Gap || k === K.Pause) {
        next = j + 1;
        if (!(j > 0 && next < len && isWordKind(kind[j - 1]!) && isWordKind(kind[next]!))) {
          j = next;
          continue;
        }
        s = GAP;
      } else {
        s = readSymbol(f, j, j === start, reader);
        if (s === -1) return;
        next = reader.next;
        if (s === 0) {
          j = next;
          continue;
        }
      }
      node = this.step(node, s);
      if (node === 0) return;
      j = next;
      if (this.ends[node] === 0) continue;
      const p1 = this.prefix[node + 1]!;
      for (let q = this.prefix[node]!; q < p1; q++) hit(this.prefixOuts[q]!, start, j);
      const e0 = this.exact[node]!;
      const e1 = this.exact[node + 1]!;
      if (e0 < e1 && !(j < len && isWordKind(kind[j]!) && isWordKind(kind[j - 1]!))) {
        for (let q = e0; q < e1; q++) hit(this.exactOuts[q]!, start, j);
      }
    }
  }
}
