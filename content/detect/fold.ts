// Character folding shared by the detector and the page gate, so that both read text the same way:
// case, accents, width and Latin/Cyrillic/Greek look-alikes fold to one form; zero-width and
// control characters vanish. Tables fill lazily, one code unit at a time, so loading costs nothing.

/** What a folded character is, for tokenising. */
export const enum Cls {
  Unknown = 0,
  /** Space and punctuation: separates words. */
  Sep = 1,
  /** A letter, digit or in-word mark of a script that puts spaces between words. */
  Word = 2,
  /** A character of a script without spaces between words (Han, kana, Thai...): each is a token. */
  Cjk = 3,
  /** %: a one-character token that needs no space around it. */
  Sym = 4,
  /** Ends a sentence (. ! ? 。 ؟ । and line breaks). */
  Stop = 5,
  /** Ends a clause (, ; : and dashes). */
  Pause = 6,
  Digit = 7,
}

// What each UTF-16 code unit folds to, in pages of 256 allocated when a character of that page is
// first seen (an English page touches two or three). Packed as (code << 4) | class, where code is
// 1 (dropped), 2 (expands, see EXPAND) or the folded unit + 3; 0 means not computed yet.
const INFO = new Array<Uint32Array | undefined>(256).fill(undefined);
const EXPAND = new Map<number, string>();

// Marks that only decorate Latin, Greek and Cyrillic letters or Arabic consonants: dropped, so
// matching ignores accents and harakat (and tatweel). Devanagari vowel signs are letters and stay,
// except nukta.
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
const withoutMarks = (s: string): string => {
  let out = '';
  for (const ch of s) if (!isDroppedMark(ch.codePointAt(0)!)) out += ch;
  return out;
};

// Letters NFKD leaves alone, after lower-casing, as pairs "from to" (a string keeps the page gate
// small): Greek look-alikes (no Greek locale to protect), Latin letters without a decomposition,
// Cyrillic ґ as г, Arabic and Persian letter variants, Devanagari candrabindu as anusvara.
const LOOKALIKE = new Map(
  'αa βb εe ιi κk νv οo ρp τt υu χx ωw ßss ıi ȷj łl đd øo æae œoe ŀl ɑa ɡg ħh þth ґг ٱا ىي ةه کك یي ۀه \u0901\u0902'
    .split(' ')
    .map((pair) => [pair[0]!, pair.slice(1)] as const),
);

/**
 * Cyrillic letters that look like Latin ones ("аa" is Cyrillic а, Latin a). A word that mixes the
 * two scripts ("Аnydesk" with a Cyrillic А, "cpoчнo" with Latin c, p, o) is folded to the script
 * most of its other letters use; a word in one script keeps it, so Russian "не" never becomes "he".
 */
export const CYRILLIC_LOOKALIKE = new Map('аa вb еe ѕs іi јj кk мm нh оo рp сc тt уy хx һh ԁd ԛq ԝw үy ӏl'.split(' ').map((pair) => [pair[0]!, pair[1]!] as const));
const CYR_TO_LAT = new Map<number, number>();
const LAT_TO_CYR = new Map<number, number>();
for (const [cyr, lat] of CYRILLIC_LOOKALIKE) {
  CYR_TO_LAT.set(cyr.charCodeAt(0), lat.charCodeAt(0));
  if (!LAT_TO_CYR.has(lat.charCodeAt(0))) LAT_TO_CYR.set(lat.charCodeAt(0), cyr.charCodeAt(0));
}
const isLatin = (u: number) => u >= 97 && u <= 122;
const isCyrillic = (u: number) => u >= 0x400 && u <= 0x4ff;

/** Folds a mixed Latin/Cyrillic word in place (units [start, end) of buf) to its dominant script. */
export function foldMixedWord(buf: Uint16Array, start: number, end: number): void {
  let latin = 0;
  let cyrillic = 0;
  for (let k = start; k < end; k++) {
    const u = buf[k]!;
    if (isLatin(u) && !LAT_TO_CYR.has(u)) latin++;
    else if (isCyrillic(u) && !CYR_TO_LAT.has(u)) cyrillic++;
  }
  const table = latin >= cyrillic ? CYR_TO_LAT : LAT_TO_CYR;
  for (let k = start; k < end; k++) buf[k] = table.get(buf[k]!) ?? buf[k]!;
}

/** Whether a folded unit is a Latin (1) or Cyrillic (2) letter, for spotting mixed words. */
export const scriptBit = (u: number): number => (isLatin(u) ? 1 : isCyrillic(u) ? 2 : 0);

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
// Scripts written without spaces between words.
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3005\u30fc]/u;
const STOP = /[.!?。！？؟।॥\n\r\u2029\u2028…]/;
const PAUSE = /[,;:，；：、،؛\u2013\u2014]/;
// Currency signs read as spaces, so "$80" and "80 €" are the number 80 (see readSymbol).
const SYMBOL = /%/;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]/u;

function digitValue(c: number): number {
  // Arabic-Indic, extended Arabic-Indic and Devanagari digits read as ASCII digits.
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  if (c >= 0x966 && c <= 0x96f) return c - 0x966;
  return -1;
}

function foldString(raw: string): string {
  let out = '';
  for (const ch of withoutMarks(raw.normalize('NFKD')).toLowerCase()) out += LOOKALIKE.get(ch) ?? ch;
  return out;
}

function classify(ch: string): Cls {
  if (ch === '\t' || ch === ' ') return Cls.Sep;
  if (STOP.test(ch)) return Cls.Stop;
  if (PAUSE.test(ch)) return Cls.Pause;
  if (NO_SPACES.test(ch)) return Cls.Cjk;
  if (DIGIT.test(ch)) return Cls.Digit;
  if (LETTER.test(ch)) return Cls.Word;
  if (SYMBOL.test(ch)) return Cls.Sym;
  return Cls.Sep;
}

function compute(c: number): number {
  const page = (INFO[c >> 8] ??= new Uint32Array(256));
  const set = (f: number, cls: Cls) => (page[c & 255] = ((f < 0 ? -f : f + 3) << 4) | cls);
  const raw = String.fromCharCode(c);
  const d = digitValue(c);
  if (d >= 0) return set(48 + d, Cls.Digit);
  // Line breaks and tabs separate; every other control, format or private character vanishes.
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return set(10, Cls.Stop);
  if (c === 9 || c === 0xa0 || c === 0x3000) return set(32, Cls.Sep);
  if (INVISIBLE.test(raw) || isDroppedMark(c)) return set(-1, Cls.Sep);
  const folded = foldString(raw);
  if (folded.length === 0) return set(-1, Cls.Sep);
  if (folded.length === 1) return set(folded.charCodeAt(0), classify(folded));
  EXPAND.set(c, folded);
  return set(-2, classify(folded[0]!));
}

/** The packed fold of a code unit: (code << 4) | class; code 1 dropped, 2 expands, else unit + 3. */
export function info(c: number): number {
  const page = INFO[c >> 8];
  if (page !== undefined) {
    const v = page[c & 255]!;
    if (v !== 0) return v;
  }
  return compute(c);
}

/** The folded form of one UTF-16 code unit (not a surrogate): a code unit, -2 (dropped) or -3 (see expansionOf). */
export function foldUnit(c: number): number {
  const code = info(c) >>> 4;
  return code > 2 ? code - 3 : -1 - code;
}

/** The token class of a code unit (computes it when first seen). */
export function classOf(c: number): Cls {
  return (info(c) & 15) as Cls;
}

export const expansionOf = (c: number): string => EXPAND.get(c) ?? '';

const ASTRAL = new Map<number, string>();
/** Folds a character outside the BMP (mathematical letters fold to ASCII; emoji vanish as separators). */
export function foldAstral(cp: number): string {
  let f = ASTRAL.get(cp);
  if (f === undefined) {
    const raw = String.fromCodePoint(cp);
    const folded = foldString(raw);
    f = /^[\p{L}\p{N}]+$/u.test(folded) && folded !== raw ? folded : ' ';
    if (ASTRAL.size < 4096) ASTRAL.set(cp, f);
  }
  return f;
}

/** Folds a whole string the way the detector reads text (for phrases, names and tests). */
export function foldText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const cp = s.codePointAt(i)!;
      i++;
      out += foldAstral(cp);
      continue;
    }
    const f = foldUnit(c);
    if (f >= 0) out += String.fromCharCode(f);
    else if (f === -3) out += expansionOf(c);
  }
  return out;
}
