// The page gate's index, compiled from the signal index: by the build (content/generated/
// signal-gate.json) and by the detector itself, which skips pages the gate would skip.
import { classOf, Cls, foldText } from './fold.ts';
import type { GateIndex, SignalIndex } from './index-format.ts';
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
  return {
    version: 1,
    stems: [...stems].sort().join(' '),
    pairs: [...pairs].sort().join(''),
    brands: [...brands].sort().join(' '),
    checks: [...checks].sort().join(' '),
  };
}
