// The compiled signal index (content/generated/signal-index.json) and the page gate's index
// (content/generated/signal-gate.json), written by the content build from content/data/signals.
import type { LocaleId } from '../locales.ts';
import type { SignalData } from '../schema/signal.ts';

export interface CompiledSignal {
  id: string;
  redFlag: string;
  weight: number;
  /** 0 messages, 1 pages, 2 both. */
  scope: 0 | 1 | 2;
  /** Phrases per locale, in the order of SignalIndex.locales, encoded (see encodePhrase in scan.ts). */
  phrases: string[][];
  /** Product and brand names as written (few, encoded when the detector loads). */
  terms?: string[];
  patterns?: string[];
  digits?: [number, number];
  /** Groups of signal indexes; one of each group must match too. */
  needs?: number[][];
  within?: number;
  url?: SignalData['url'];
  facts?: SignalData['facts'];
}

export interface SignalIndex {
  version: 1;
  locales: LocaleId[];
  signals: CompiledSignal[];
  grammar: {
    /** Per locale, in the order of `locales`, encoded like phrases. */
    negation: string[][];
    condition: string[][];
    description: string[][];
    common: string[][];
    /** Currency words, encoded without number reading. */
    currency: string[][];
    /** Filler words a phrase walk may step over, encoded like currency words. */
    filler: string[][];
  };
}

/** What the page gate looks for: key word stems, Chinese character pairs, brand names, URL checks. */
export interface GateIndex {
  version: 1;
  /** Folded word stems separated by spaces: a text word starting with one of them is a key word. */
  stems: string;
  /** Folded two-character keys of unspaced scripts, concatenated. */
  pairs: string;
  /** Folded brand names, separated by spaces: one in the host may be a misused brand. */
  brands: string;
  /** The URL checks strong enough to judge a page (raw-ip, idn, brand). */
  checks: string;
  /**
   * Precomputed by the extension build (compileGateTables in gate-index.ts) so that the page gate
   * needs no set-up; absent in content/generated/signal-gate.json.
   */
  tables?: GateTables;
}

/** The page gate's lookup tables, as strings of UTF-16 code units (read with charCodeAt, never decoded whole). */
export interface GateTables {
  /** Open-addressing hash table of the keys' 30-bit hashes: five base-64 digits ('0' + digit) per slot, 0 empty. */
  hashes: string;
  /** What kind of unit each code unit is (Kind in page-gate.ts), as runs of two units: start and kind. */
  kinds: string;
  /** Ranges (first, last) of astral 16-code-point blocks ((cp - 0x10000) / 16) in which a character folds to a letter. */
  astral: string;
}
