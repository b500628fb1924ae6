// Build time: checks the signal files beyond their schema, and compiles them with the grammar
// words into the detector's index and the page gate's small index.
import { LOCALES } from '../locales.ts';
import type { SignalData, SignalGrammar } from '../schema/signal.ts';
import { classOf, Cls } from './fold.ts';
import type { SignalIndex } from './index-format.ts';
import { phraseKeys } from './gate-index.ts';
import { currencyIndex, encodePhrase, GAP, NUM, phraseSymbols } from './scan.ts';
import { PAGE_KEYS_SIGNAL } from './weights.ts';

export interface SignalProblem {
  /** The signal id (its file is content/data/signals/<id>.json). */
  id: string;
  /** JSON path in the file. */
  path: (string | number)[];
  message: string;
}

const MAX_REPEAT = 64;
const MAX_WAYS = 10_000;
const MAX_SYMBOLS = 80;

/**
 * Why a pattern could be slow or wrong, or undefined when it is fine. Patterns must run in linear
 * time on any input: every repetition bounded ({m,n}, n <= 64, or ?), never of a group, no
 * back-references, and few ways to match at any one position.
 */
export function patternProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'u');
  } catch (e) {
    return `is not a valid pattern (${(e as Error).message})`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'uses a back-reference (\\1 or \\k<name>), which can take exponential time: remove it';
  let ways = 1;
  let last: 'none' | 'atom' | 'group' | 'quantifier' = 'none';
  const groups: boolean[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const brace = /^\\[pPu]\{[^}]*\}/.exec(source.slice(i));
      i += brace ? brace[0].length : 2;
      last = 'atom';
      continue;
    }
    if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      last = 'atom';
      continue;
    }
    if (c === '(') {
      groups.push(false);
      const head = /^\((?:\?:|\?=|\?!|\?<=|\?<!|\?<[a-zA-Z]\w*>)?/.exec(source.slice(i))!;
      i += head[0].length;
      last = 'none';
      continue;
    }
    if (c === ')') {
      const hadRepeat = groups.pop() ?? false;
      if (hadRepeat && groups.length > 0) groups[groups.length - 1] = true;
      last = hadRepeat ? 'group' : 'atom';
      i++;
      continue;
    }
    if (c === '*' || c === '+') return `repeats without a limit ("${c}"): write a bounded repeat such as {1,${MAX_REPEAT}}`;
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) {
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (max === Infinity) return `repeats without a limit ("${m[0]}"): give the most, such as {${min},${Math.max(min, 8)}}`;
        if (max > MAX_REPEAT) return `repeats up to ${max} times: keep repeats at ${MAX_REPEAT} or less`;
        if (last === 'group' || source[i - 1] === ')') return `repeats a group ("${m[0]}" after ")"): repeat single characters or classes only`;
        if (last === 'quantifier') return 'repeats a repeat: remove one of them';
        ways *= max - min + 1;
        if (groups.length > 0) groups[groups.length - 1] = true;
        last = 'quantifier';
        i += m[0].length;
        if (source[i] === '?') i++;
        continue;
      }
    }
    if (c === '?') {
      if (last === 'group') return 'makes a group with repeats inside optional: repeat single characters or classes only';
      if (last === 'quantifier') return 'repeats a repeat: remove one of them';
      ways *= 2;
      if (groups.length > 0) groups[groups.length - 1] = true;
      last = 'quantifier';
      i++;
      continue;
    }
    last = 'atom';
    i++;
  }
  if (ways > MAX_WAYS) return `can match in about ${ways} ways at one position: use fewer or shorter repeats`;
  const bare = source.replace(/\\[pPu]\{[^}]*\}|\\./g, '');
  if (/[A-Z]/.test(bare)) return 'has capital letters, but text is lower-cased before patterns run: write it in lower case';
  return undefined;
}

/** One word of two letters or more, or a run of two or more Chinese characters. */
function isOneWord(phrase: string): boolean {
  const symbols = phraseSymbols(phrase.replace(/\*$/, ''));
  const cjk = symbols.filter((u) => classOf(u) === Cls.Cjk).length;
  return symbols.length >= 2 && !symbols.includes(GAP) && !symbols.includes(NUM) && (cjk === 0 || cjk === symbols.length);
}

/** Checks the signals beyond their schema. Pure: validate.ts reports the problems with file names. */
export function signalProblems(signals: ReadonlyMap<string, SignalData>): SignalProblem[] {
  const problems: SignalProblem[] = [];
  for (const [id, s] of signals) {
    const report = (path: (string | number)[], message: string) => problems.push({ id, path, message });
    const localesWith = LOCALES.filter((l) => (s.phrases[l] ?? []).length > 0);
    if (localesWith.length > 0) {
      for (const l of LOCALES) if (!localesWith.includes(l)) report(['phrases', l], `has no phrases: every locale needs phrases once one has them (${localesWith.join(', ')} do)`);
    }
    if (localesWith.length === 0 && !s.terms && !s.patterns && !s.url && !s.facts) report(['phrases'], 'is empty, and the signal has no terms, patterns, url check or facts: it can never match');
    for (const l of LOCALES) {
      const seen = new Set<string>();
      (s.phrases[l] ?? []).forEach((p, k) => {
        const path = ['phrases', l, k];
        if (p !== p.trim()) report(path, 'starts or ends with a space: remove it');
        if (p.slice(0, -1).includes('*')) report(path, 'has a "*" before its end: "*" may only end a phrase (it matches longer words)');
        const symbols = phraseSymbols(p.replace(/\*$/, ''));
        if (symbols.length === 0) report(path, 'has no letters or numbers left after folding: write words');
        if (symbols.length > MAX_SYMBOLS) report(path, `is ${symbols.length} characters long: keep phrases under ${MAX_SYMBOLS}`);
        const key = `${symbols.join(',')}${p.endsWith('*') ? '*' : ''}`;
        if (seen.has(key)) report(path, `repeats another phrase of this locale (after folding case and accents): remove one`);
        seen.add(key);
        if (l === 'zh-Hans' && !phraseKeys(p).some((t) => t.kind === 'pair' || t.text.length >= 2)) report(path, 'needs at least two Chinese characters (or a word)');
      });
    }
    (s.terms ?? []).forEach((t, k) => {
      if (phraseSymbols(t.replace(/\*$/, '')).length === 0) report(['terms', k], 'has no letters or numbers: write the name');
    });
    (s.patterns ?? []).forEach((p, k) => {
      const problem = patternProblem(p);
      if (problem) report(['patterns', k], problem);
    });
    if (s.digits && !s.patterns) report(['digits'], 'applies to pattern matches, but the signal has no patterns');
    if (s.digits && s.digits[0] > s.digits[1]) report(['digits'], 'has its least above its most: write [least, most]');
    if (s.within !== undefined && !s.needs) report(['within'], 'limits the distance to needed signals, but the signal needs none: add "needs" or remove "within"');
    (s.needs ?? []).forEach((group, g) =>
      group.forEach((need, k) => {
        if (need === id) report(['needs', g, k], 'is the signal itself: a signal cannot need itself');
        else if (!signals.has(need)) report(['needs', g, k], `refers to the signal "${need}", which does not exist: check the id or add content/data/signals/${need}.json`);
      }),
    );
    if (s.weight === 0 && s.needs) report(['needs'], 'is set on a cue (weight 0), which raises no red flag: give it a weight or remove "needs"');
    if (s.url) {
      if ((s.url.check === 'hosts' || s.url.check === 'tld') && !s.url.hosts?.length) report(['url', 'hosts'], `is missing: the "${s.url.check}" check needs its list`);
      if (s.url.check === 'tld' && s.url.hosts?.some((h) => !h.startsWith('.'))) report(['url', 'hosts'], 'lists a top-level domain without its dot: write ".xyz"');
      if (s.url.check === 'brand' && !s.url.brands) report(['url', 'brands'], 'is missing: the "brand" check needs brands and their own domains');
    }
    if (id === PAGE_KEYS_SIGNAL) {
      // The page gate compares single words, so each key is one word (or, in Chinese, two characters or more).
      for (const l of LOCALES) {
        (s.phrases[l] ?? []).forEach((p, k) => {
          if (!isOneWord(p)) report(['phrases', l, k], 'should be one word of two letters or more (the page gate matches single words)');
        });
      }
      (s.terms ?? []).forEach((t, k) => {
        if (!isOneWord(t)) report(['terms', k], 'should be one word of two letters or more (the page gate matches single words)');
      });
    }
  }
  return problems;
}

/** Problems in content/detect/grammar.json beyond its schema. */
export function grammarProblems(grammar: SignalGrammar): SignalProblem[] {
  const problems: SignalProblem[] = [];
  for (const part of ['negation', 'condition', 'description', 'common', 'currency', 'filler'] as const) {
    for (const l of LOCALES) {
      grammar[part][l].forEach((p, k) => {
        if (phraseSymbols(p.replace(/\*$/, '')).length === 0) problems.push({ id: 'grammar', path: [part, l, k], message: 'has no letters left after folding: write words' });
        if (part === 'common' && p.endsWith('*')) problems.push({ id: 'grammar', path: [part, l, k], message: 'ends with "*": common words are matched whole' });
      });
    }
  }
  return problems;
}

/** The detector's index: signals sorted by id, phrases per locale in LOCALES order, needs as indexes. */
export function compileSignalIndex(signals: Iterable<SignalData>, grammar: SignalGrammar): SignalIndex {
  const sorted = [...signals].sort((a, b) => a.id.localeCompare(b.id));
  const currencyWords = LOCALES.map((l) => grammar.currency[l].map((w) => encodePhrase(w)));
  const currencies = currencyIndex(currencyWords.flat());
  const encode = (p: string) => encodePhrase(p, currencies);
  const ids = new Map(sorted.map((s, i) => [s.id, i]));
  return {
    version: 1,
    locales: [...LOCALES],
    signals: sorted.map((s) => ({
      id: s.id,
      redFlag: s.redFlag,
      weight: s.weight,
      scope: s.scope === 'message' ? 0 : s.scope === 'page' ? 1 : 2,
      phrases: LOCALES.map((l) => (s.phrases[l] ?? []).map(encode)),
      ...(s.terms ? { terms: s.terms } : {}),
      ...(s.patterns ? { patterns: s.patterns } : {}),
      ...(s.digits ? { digits: s.digits } : {}),
      ...(s.needs ? { needs: s.needs.map((g) => g.map((id) => ids.get(id)!).filter((k) => k !== undefined)) } : {}),
      ...(s.within !== undefined ? { within: s.within } : {}),
      ...(s.url ? { url: s.url } : {}),
      ...(s.facts ? { facts: s.facts } : {}),
    })),
    grammar: {
      negation: LOCALES.map((l) => grammar.negation[l].map(encode)),
      condition: LOCALES.map((l) => grammar.condition[l].map(encode)),
      description: LOCALES.map((l) => grammar.description[l].map(encode)),
      common: LOCALES.map((l) => grammar.common[l].map(encode)),
      currency: currencyWords,
      filler: LOCALES.map((l) => grammar.filler[l].map((w) => encodePhrase(w))),
    },
  };
}
