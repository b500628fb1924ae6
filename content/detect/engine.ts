// The detector: one scan of the text for every phrase of every signal, then the context rules
// (a negation just before, a description of scams around it), the combinations each signal needs,
// and a score from the red flags that remain. Built once from the compiled index; then sync.
import type { LocaleId } from '../locales.ts';
import { foldText } from './fold.ts';
import { compileGateIndex } from './gate-index.ts';
import type { CompiledSignal, SignalIndex } from './index-format.ts';
import { createGate } from './page-gate.ts';
import { sampleRanges } from './sample.ts';
import { currencyIndex, encodePhrase, foldSegments, forEachStart, GAP as GAP_IMPORT, isWordKind as isWordKindImport, PAUSE as PAUSE_IMPORT, PhraseTrie, STOP as STOP_IMPORT, type SymbolReader } from './scan.ts';
import type { CheckOptions, CheckResult, Evidence, FlagHit, PageFacts, PageInput, Verdict } from './types.ts';
import { findLinks, hostFeatures, hostOf, type UrlFeature, type UrlLists } from './url.ts';
import { PAGE_ANCHOR_WEIGHT, PAGE_KEYS_SIGNAL, SCAM_AT, SESSION_SIGNAL, SUSPICIOUS_AT, TOOL_SIGNAL } from './weights.ts';


// Hot-loop imports read once into locals: under a per-file transform (tsx, vitest) each read of an
// imported binding is a getter call.
const GAP = GAP_IMPORT;
const PAUSE = PAUSE_IMPORT;
const STOP = STOP_IMPORT;
const isWordKind = isWordKindImport;

/** Words of advice and news ("scammers", "police warn") near a phrase show it describes a scam, not one. */
const DESCRIPTION_BEFORE = 160;
const DESCRIPTION_AFTER = 60;
/** A negation at most this many words before a phrase, in the same clause, makes it advice ("will never ask you to move money to a safe account"). */
const NEGATION_WORDS = 7;
/** A condition this close before the negation makes it a threat instead ("if you do not pay"). */
const CONDITION_BEFORE = 24;
/** Matches kept per signal: enough for proximity, bounded for adversarial input. */
const MAX_MATCHES = 256;
const MAX_EVIDENCE = 3;

const NEGATION = -1;
const DESCRIPTION = -2;
const CONDITION = -3;

const TOOL_PATH = /(?:download|\/get\b|\/join|session|quicksupport|quickassist|\/s\/|\/host|\.exe\b|\.msi\b|\.dmg\b|\.apk\b)/i;

type Field = Evidence['field'];
interface Match {
  signal: number;
  /** Whether its needs are met (computed once, when asked). */
  supported?: boolean;
  /** Folded offsets (for distances); original offsets in `field`. */
  at: number;
  end: number;
  field: Field;
  start: number;
  stop: number;
  locale: number;
}

export interface Detector {
  checkMessage(text: string, options?: CheckOptions): CheckResult;
  checkPage(input: PageInput, options?: CheckOptions): CheckResult;
  detectRemoteAccessTool(input: { url: string; title: string; text: string }): string | undefined;
  guessLocale(text: string): LocaleId | undefined;
}

export function createDetector(index: SignalIndex): Detector {
  const signals = index.signals;
  const currencies = currencyIndex(index.grammar.currency.flat());
  const fillers = currencyIndex(index.grammar.filler.flat());
  const signalIds = new Map(signals.map((s, i) => [s.id, i]));
  // One trie for every phrase, term and grammar word; owner and locale per entry.
  const entries: string[] = [];
  const owner: number[] = [];
  const entryLocale: number[] = [];
  const entryPrefix: boolean[] = [];
  const add = (encoded: string, who: number, locale: number) => {
    entries.push(encoded);
    owner.push(who);
    entryLocale.push(locale);
    entryPrefix.push(encoded.endsWith('*'));
  };
  signals.forEach((s, k) => {
    s.phrases.forEach((list, l) => list.forEach((p) => add(p, k, l)));
    s.terms?.forEach((t) => add(encodePhrase(t, currencies), k, -1));
  });
  index.grammar.negation.forEach((list, l) => list.forEach((p) => add(p, NEGATION, l)));
  index.grammar.condition.forEach((list, l) => list.forEach((p) => add(p, CONDITION, l)));
  index.grammar.description.forEach((list, l) => list.forEach((p) => add(p, DESCRIPTION, l)));
  const trie = new PhraseTrie(entries);

  const commonEntries: string[] = [];
  const commonLocale: number[] = [];
  index.grammar.common.forEach((list, l) =>
    list.forEach((w) => {
      commonEntries.push(w);
      commonLocale.push(l);
    }),
  );
  const commonTrie = new PhraseTrie(commonEntries);

  const patterns = signals.flatMap((s, k) => (s.patterns ?? []).map((p) => ({ signal: k, re: new RegExp(p, 'gu'), digits: s.digits })));

  const lists: UrlLists = { hosts: [], tlds: [], brands: new Map() };
  const urlSignals: { signal: number; feature: UrlFeature }[] = [];
  signals.forEach((s, k) => {
    if (!s.url) return;
    urlSignals.push({ signal: k, feature: s.url.check });
    if (s.url.check === 'hosts') (lists.hosts as string[]).push(...(s.url.hosts ?? []));
    if (s.url.check === 'tld') (lists.tlds as string[]).push(...(s.url.hosts ?? []));
    for (const [brand, own] of Object.entries(s.url.brands ?? {})) (lists.brands as Map<string, string[]>).set(foldText(brand).replace(/\s+/g, ''), own);
  });
  const toolSignal = signalIds.get(TOOL_SIGNAL);
  const keySignal = signalIds.get(PAGE_KEYS_SIGNAL);
  const strongUrl = new Set(signals.filter((s) => s.url && s.weight >= PAGE_ANCHOR_WEIGHT && s.scope !== 0).map((s) => s.url!.check));
  // The page gate over this same index: a page it skips has no key word, tool name or strong
  // address feature, so it cannot be judged, and the scan is skipped (most pages, at gate speed).
  const gate = keySignal === undefined ? undefined : createGate(compileGateIndex(index));
  const sessionSignal = signalIds.get(SESSION_SIGNAL);
  // Tool names by their folded letters, longest first ("teamviewerqs" reads as TeamViewer).
  const toolNames: [string, string][] = [];
  for (const term of toolSignal === undefined ? [] : (signals[toolSignal]!.terms ?? [])) {
    const name = term.replace(/\*$/, '');
    const key = foldText(name).replace(/[^\p{L}\p{N}]+/gu, '');
    if (!toolNames.some(([k]) => k === key)) toolNames.push([key, name]);
  }
  toolNames.sort((a, b) => b[0].length - a[0].length);

  interface Scan {
    matches: Match[];
    /** Folded [start, end] of negations (by end), and the ends of conditions. */
    negations: [number, number][];
    conditions: number[];
    descriptions: number[];
    buf: Uint16Array;
    len: number;
    map: Int32Array;
    starts: number[];
  }

  /** Scans title and text (sampled) for phrases and patterns; returns matches in folded order. */
  const inScopeOf = (kind: 'message' | 'page' | 'any') => Uint8Array.from(signals, (s) => (kind === 'any' || s.scope === 2 || s.scope === (kind === 'message' ? 0 : 1) ? 1 : 0));
  const SCOPES = { message: inScopeOf('message'), page: inScopeOf('page'), any: inScopeOf('any') };

  // The main scan of a check folds into these buffers (grown as needed) rather than new ones.
  const scratch = { buf: new Uint16Array(4096), kind: new Uint8Array(4096), map: new Int32Array(4097) };

  function scan(segments: { field: Field; text: string }[], localeFilter: Set<number> | undefined, scope: 'message' | 'page' | 'any' = 'any', reuse = false): Scan {
    const wanted = SCOPES[scope];
    const folded = foldSegments(
      segments.map((s) => ({ text: s.text, ranges: sampleRanges(s.text.length) })),
      reuse ? scratch : undefined,
    );
    if (reuse && folded.buf.length > scratch.buf.length) Object.assign(scratch, { buf: folded.buf, kind: folded.kind, map: folded.map });
    const { buf, kind, len, map, starts } = folded;
    const fieldAt = (pos: number) => {
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > pos) k--;
      return k;
    };
    const matches: Match[] = [];
    const negations: [number, number][] = [];
    const conditions: number[] = [];
    const descriptions: number[] = [];
    const counts = new Int32Array(signals.length);
    const reader: SymbolReader = { next: 0, currencies, fillers };
    // The folded start of each signal's last match, and that match (one match per signal and start).
    const lastAt = new Int32Array(signals.length).fill(-1);
    const lastMatch: (Match | undefined)[] = new Array(signals.length);
    const hit = (entry: number, a: number, end: number) => {
      const who = owner[entry]!;
      let b = end;
      // "gift card*" shows the whole word it matched: "gift cards".
      if (entryPrefix[entry]) while (b < len && b - end < 40 && isWordKind(kind[b]!) && isWordKind(kind[b - 1]!)) b++;
      if (who === NEGATION) {
        negations.push([a, b]);
        return;
      }
      if (who === CONDITION) {
        conditions.push(b);
        return;
      }
      if (who === DESCRIPTION) {
        descriptions.push(a);
        return;
      }
      if (wanted[who] === 0) return;
      const locale = entryLocale[entry]!;
      if (localeFilter && locale >= 0 && !localeFilter.has(locale)) return;
      // One match per signal and start: the longest phrase wins (walks report shorter ones first).
      if (lastAt[who] === a) {
        const last = lastMatch[who]!;
        if (b > last.end) {
          last.end = b;
          last.stop = fieldAt(b - 1) !== fieldAt(a) ? last.start : b < len ? map[b]! : map[len]!;
        }
        return;
      }
      if (counts[who]! >= MAX_MATCHES) return;
      counts[who]!++;
      lastAt[who] = a;
      const match: Match = { signal: who, at: a, end: b, field: segments[fieldAt(a)]!.field, start: map[a]!, stop: b < len ? map[b]! : map[len]!, locale };
      lastMatch[who] = match;
      matches.push(match);
    };
    forEachStart(folded, (i) => trie.walk(folded, i, reader, hit));
    negations.sort((x, y) => x[1] - y[1]);
    conditions.sort((x, y) => x - y);
    if (patterns.length > 0 && len > 0) {
      const str = bufferString(buf, len);
      for (const p of patterns) {
        p.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        let n = 0;
        while ((m = p.re.exec(str)) !== null && n < MAX_MATCHES) {
          if (m[0].length === 0) {
            p.re.lastIndex++;
            continue;
          }
          if (p.digits) {
            const d = m[0].replace(/\D/g, '').length;
            if (d < p.digits[0] || d > p.digits[1]) continue;
          }
          n++;
          const a = m.index;
          const b = a + m[0].length;
          matches.push({ signal: p.signal, at: a, end: b, field: segments[fieldAt(a)]!.field, start: map[a]!, stop: b < len ? map[b]! : map[len]!, locale: -1 });
        }
      }
      matches.sort((x, y) => x.at - y.at);
    }
    return { matches, negations, conditions, descriptions, buf, len, map, starts };
  }

  /** Whether context turns this match into advice or description rather than a demand. */
  function isAdvice(m: Match, s: Scan): boolean {
    const { buf } = s;
    // Most matches have no negation or description anywhere near: two binary searches say so.
    const near = lowerBound(s.negations, m.at - 120);
    const negationNear = near < s.negations.length && s.negations[near]![1] <= m.at;
    if (!negationNear && !anyIn(s.descriptions, m.at - DESCRIPTION_BEFORE, m.end + DESCRIPTION_AFTER)) return false;
    // Negation just before, in the same clause.
    let k = m.at - 1;
    let words = 0;
    const negFloor = Math.max(0, m.at - 120);
    while (k >= negFloor && buf[k] !== STOP && buf[k] !== PAUSE) {
      if (buf[k] === GAP && k < m.at - 1 && ++words > NEGATION_WORDS + 1) break;
      k--;
    }
    for (let n = lowerBound(s.negations, k + 1); n < s.negations.length; n++) {
      const [a, b] = s.negations[n]!;
      if (b > m.at) break;
      // "If you do not pay" is a threat, not advice.
      if (!anyIn(s.conditions, Math.max(0, a - CONDITION_BEFORE), a + 1)) return true;
    }
    // Description in the same sentence, before or just after.
    k = m.at - 1;
    const floor = Math.max(0, m.at - DESCRIPTION_BEFORE);
    while (k >= floor && buf[k] !== STOP) k--;
    let e = m.end;
    const ceiling = Math.min(s.len, m.end + DESCRIPTION_AFTER);
    while (e < ceiling && buf[e] !== STOP) e++;
    return anyIn(s.descriptions, k + 1, m.at) || anyIn(s.descriptions, m.end, e);
  }

  /** Links in one segment of a scan: their URL signals, placed in folded order for proximity. */
  function linkMatches(text: string, field: Field, s: Scan, segment: number, out: Match[]): void {
    const ranges = sampleRanges(text.length);
    for (let r = 0; r < ranges.length; r += 2) {
      for (const link of findLinks(text, ranges[r], ranges[r + 1])) {
        const { features } = hostFeatures(link.host, lists);
        const at = foldedAt(s, segment, link.start);
        for (const u of urlSignals) {
          if (features.includes(u.feature)) out.push({ signal: u.signal, at, end: at + 1, field, start: link.start, stop: link.end, locale: -1 });
        }
      }
    }
  }

  function judge(kind: 'message' | 'page', s: Scan, extra: Match[], pageHost: string | undefined, keyed = true): CheckResult {
    const inScope = (sig: CompiledSignal) => sig.scope === 2 || sig.scope === (kind === 'message' ? 0 : 1);
    const live = [...s.matches.filter((m) => inScope(signals[m.signal]!) && !isAdvice(m, s)), ...extra.filter((m) => inScope(signals[m.signal]!))];
    live.sort((a, b) => a.at - b.at);
    const bySignal = new Map<number, Match[]>();
    for (const m of live) {
      let list = bySignal.get(m.signal);
      if (!list) bySignal.set(m.signal, (list = []));
      list.push(m);
    }
    // A brand's own site talks about the brand, its support and (for remote-access vendors) how
    // its tool connects: none of that is impersonation or a scam request.
    const onBrandSite = pageHost !== undefined && [...lists.brands.values()].some((own) => own.some((d) => !d.endsWith('.*') && (pageHost === d || pageHost.endsWith(`.${d}`))));

    const fired = new Map<string, { weight: number; count: number; evidence: Evidence[] }>();
    const visiting = new Set<number>();
    let anchored = false;
    for (const [k, own] of bySignal) {
      const sig = signals[k]!;
      if (sig.weight === 0) continue;
      if (onBrandSite && (sig.redFlag === 'remote-access-request' || sig.redFlag === 'unexpected-tech-support' || sig.redFlag === 'brand-impersonation')) continue;
      const support: Match[] = [];
      const ok = own.find((m) => supportOf(m, support, bySignal, visiting));
      if (!ok) continue;
      let weight = sig.weight;
      if (sig.facts) weight = Math.min(0.9, weight + 0.1 * (own.length - 1));
      if (weight >= PAGE_ANCHOR_WEIGHT) anchored = true;
      let flag = fired.get(sig.redFlag);
      if (!flag) fired.set(sig.redFlag, (flag = { weight: 0, count: 0, evidence: [] }));
      flag.count++;
      flag.weight = Math.max(flag.weight, weight);
      // Each signal shows its match and what supported it, then a few more matches.
      const before = flag.evidence.length;
      for (const m of [ok, ...support, ...own.filter((o) => o !== ok)]) {
        if (flag.evidence.length - before >= MAX_EVIDENCE) break;
        pushEvidence(flag.evidence, m);
      }
    }
    let keep = 1;
    const flags: FlagHit[] = [];
    for (const [id, f] of fired) {
      const weight = Math.min(0.95, f.weight + 0.1 * (f.count - 1));
      keep *= 1 - weight;
      flags.push({ id, evidence: f.evidence });
    }
    let score = 1 - keep;
    if (fired.size >= 3) score = Math.min(1, score + 0.05 * (fired.size - 2));
    // A text that talks about scams (advice, news) is read with more doubt.
    const described = s.descriptions.length;
    if (described >= 3) score *= 0.5;
    else if (described >= 2) score *= 0.75;
    // A page is judged only on a key word, a tool name or a strong address feature (what the gate
    // checks), and on at least one strong signal; otherwise weak words add up to nothing.
    if (kind === 'page' && !keyed) score = 0;
    if (kind === 'page' && !anchored) score = Math.min(score, SUSPICIOUS_AT - 0.05);
    score = Math.round(score * 1000) / 1000;
    const verdict: Verdict = score >= SCAM_AT ? 'scam' : score >= SUSPICIOUS_AT ? 'suspicious' : 'safe';
    flags.sort((a, b) => (fired.get(b.id)!.weight - fired.get(a.id)!.weight) || a.id.localeCompare(b.id));
    for (const f of flags) f.evidence.sort((a, b) => a.field.localeCompare(b.field) || a.start - b.start);
    return { verdict, score, flags: verdict === 'safe' ? [] : flags };
  }

  /**
   * Whether a match has what its signal needs: for each group, a nearby match of one of the group's
   * signals that itself has what it needs. Fills `support` with the matches used.
   */
  function supportOf(m: Match, support: Match[], bySignal: Map<number, Match[]>, visiting: Set<number>): boolean {
    const sig = signals[m.signal]!;
    if (!sig.needs) return true;
    // Known already (a match asked about again as support of another), unless support is wanted.
    if (m.supported !== undefined && support.length === 0 && m.supported === false) return false;
    if (visiting.has(m.signal)) return false;
    visiting.add(m.signal);
    support.length = 0;
    const ok = sig.needs.every((group) => {
      const near = nearest(group, m, sig.within, bySignal, visiting);
      if (near) support.push(near);
      return near !== undefined;
    });
    visiting.delete(m.signal);
    m.supported = ok;
    return ok;
  }

  /** The nearest match of a group's signals (that has its own support), within reach of `m`. */
  function nearest(group: number[], m: Match, within: number | undefined, bySignal: Map<number, Match[]>, visiting: Set<number>): Match | undefined {
    let best: Match | undefined;
    let bestDistance = Infinity;
    const reach = within ?? Infinity;
    const usable = (o: Match, k: number) => o !== m && (!signals[k]!.needs || (o.supported ?? supportOf(o, [], bySignal, visiting)));
    for (const k of group) {
      const list = bySignal.get(k);
      if (!list) continue;
      // Address and behaviour matches count as next to everything.
      for (const o of list) {
        if (o.field !== 'url' && o.field !== 'facts') continue;
        if (usable(o, k)) return o;
      }
      // The list is in folded order: look outwards from m's position, nearest first.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.at < m.at) lo = mid + 1;
        else hi = mid;
      }
      let left = lo - 1;
      let right = lo;
      while (left >= 0 || right < list.length) {
        const dl = left >= 0 ? m.at - list[left]!.at : Infinity;
        const dr = right < list.length ? list[right]!.at - m.at : Infinity;
        const d = Math.min(dl, dr);
        if (d > reach || d >= bestDistance) break;
        const o = dl <= dr ? list[left--]! : list[right++]!;
        if (o.field === 'url' || o.field === 'facts' || !usable(o, k)) continue;
        best = o;
        bestDistance = d;
        break;
      }
    }
    return best;
  }

  function factMatches(facts: PageFacts | undefined): Match[] {
    if (!facts) return [];
    const out: Match[] = [];
    signals.forEach((sig, k) => {
      for (const [name, from] of Object.entries(sig.facts ?? {})) {
        const value = facts[name as keyof PageFacts];
        const n = typeof value === 'boolean' ? Number(value) : (value ?? 0);
        if (n >= (from ?? 1)) out.push({ signal: k, at: 0, end: 0, field: 'facts', start: 0, stop: 0, locale: -1, fact: name } as Match & { fact: string });
      }
    });
    return out;
  }

  function localeSet(options: CheckOptions | undefined): Set<number> | undefined {
    if (!options?.locales) return undefined;
    return new Set(options.locales.map((l) => index.locales.indexOf(l)).filter((i) => i >= 0));
  }

  function checkMessage(text: string, options?: CheckOptions): CheckResult {
    const s = scan([{ field: 'text', text }], localeSet(options), 'message', true);
    const extra: Match[] = [];
    linkMatches(text, 'text', s, 0, extra);
    attachText(extra, { text });
    attachText(s.matches, { text });
    return judge('message', s, extra, undefined);
  }

  function checkPage(input: PageInput, options?: CheckOptions): CheckResult {
    if (gate && !gate(input)) return { verdict: 'safe', score: 0, flags: [] };
    const s = scan(
      [
        { field: 'title', text: input.title },
        { field: 'text', text: input.text },
      ],
      localeSet(options),
      'page',
      true,
    );
    const extra: Match[] = [];
    const host = hostOf(input.url);
    const isKey = (m: Match) => m.signal === keySignal || m.signal === toolSignal;
    let keyed = s.matches.some(isKey);
    if (host) {
      const { features } = hostFeatures(host, lists);
      for (const u of urlSignals) {
        if (u.feature !== 'link' && features.includes(u.feature)) extra.push({ signal: u.signal, at: 0, end: 0, field: 'url', start: 0, stop: input.url.length, locale: -1 });
      }
      if (features.some((f) => strongUrl.has(f))) keyed = true;
    }
    if (input.url) {
      // Tool and brand names in the address count like words of the page.
      const u = scan([{ field: 'url', text: input.url }], localeSet(options));
      extra.push(...u.matches.filter((m) => signals[m.signal]!.terms));
      if (u.matches.some(isKey)) keyed = true;
    }
    linkMatches(input.text, 'text', s, 1, extra);
    extra.push(...factMatches(input.facts));
    const fields = { text: input.text, title: input.title, url: input.url };
    attachText(s.matches, fields);
    attachText(extra, fields);
    return judge('page', s, extra, host || undefined, keyed);
  }

  function detectRemoteAccessTool(input: { url: string; title: string; text: string }): string | undefined {
    if (toolSignal === undefined) return undefined;
    const head = input.text.length > 65536 ? input.text.slice(0, 65536) : input.text;
    const s = scan(
      [
        { field: 'url', text: input.url },
        { field: 'title', text: input.title },
        { field: 'text', text: head },
      ],
      undefined,
    );
    const tools = s.matches.filter((m) => m.signal === toolSignal);
    if (tools.length === 0) return undefined;
    let path = input.url.replace(/^[a-z]+:\/\/[^/]*/i, '');
    if (path === input.url) path = '';
    const isSession = TOOL_PATH.test(path) || s.matches.some((m) => m.signal === sessionSignal && m.field !== 'url' && !isAdvice(m, s));
    if (!isSession) return undefined;
    // The tool named in the address, else in the title, else the one named most.
    const nameOf = (m: Match) => {
      const folded = foldText(fieldText(input, m)).replace(/[^\p{L}\p{N}]+/gu, '');
      return toolNames.find(([key]) => folded.startsWith(key))?.[1] ?? fieldText(input, m);
    };
    const pick = tools.find((m) => m.field === 'url') ?? tools.find((m) => m.field === 'title');
    if (pick) return nameOf(pick);
    const counts = new Map<string, number>();
    for (const m of tools) counts.set(nameOf(m), (counts.get(nameOf(m)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  }

  function guessLocale(text: string): LocaleId | undefined {
    const head = text.slice(0, 4000);
    const script = scriptOf(head);
    if (script) {
      if (script !== 'cyrillic') return script;
      // Letters (and the apostrophe inside words) that only one of the two languages uses.
      const uk = (head.match(/[іїєґІЇЄҐ]|[а-яА-Я]['’ʼ][а-яА-Я]/g) ?? []).length;
      const ru = (head.match(/[ыэъёЫЭЪЁ]/g) ?? []).length;
      return uk > ru ? 'uk' : 'ru';
    }
    const folded = foldSegments([{ text: head }]);
    const votes = new Array<number>(index.locales.length).fill(0);
    const reader: SymbolReader = { next: 0, currencies };
    forEachStart(folded, (i) => commonTrie.walk(folded, i, reader, (e) => votes[commonLocale[e]!]!++));
    // Signal phrases are written per language too, and longer: each counts twice.
    for (const m of scan([{ field: 'text', text: head }], undefined).matches) if (m.locale >= 0) votes[m.locale]! += 2;
    let best = -1;
    votes.forEach((v, l) => {
      if (v >= 2 && (best < 0 || v > votes[best]!)) best = l;
    });
    return best >= 0 ? index.locales[best] : undefined;
  }

  return { checkMessage, checkPage, detectRemoteAccessTool, guessLocale };
}

function fieldText(input: { url: string; title: string; text: string }, m: Match): string {
  const source = m.field === 'url' ? input.url : m.field === 'title' ? input.title : input.text;
  return source.slice(m.start, m.stop);
}

function attachText(matches: Match[], fields: { text?: string; title?: string; url?: string }): void {
  for (const m of matches as (Match & { text?: string; fact?: string })[]) {
    if (m.field === 'facts') m.text = m.fact ?? '';
    else m.text = (fields[m.field] ?? '').slice(m.start, m.stop);
  }
}

/** Adds a match as evidence; a span inside another one adds nothing, and a wider one replaces it. */
function pushEvidence(list: Evidence[], m: Match): void {
  const text = (m as Match & { text?: string }).text ?? '';
  // Behaviour has no offsets: each fact is its own evidence.
  if (m.field === 'facts') {
    if (!list.some((e) => e.field === 'facts' && e.text === text)) list.push({ field: 'facts', start: 0, end: 0, text });
    return;
  }
  if (list.some((e) => e.field === m.field && e.start <= m.start && e.end >= m.stop)) return;
  for (let k = list.length - 1; k >= 0; k--) {
    const e = list[k]!;
    if (e.field === m.field && e.start >= m.start && e.end <= m.stop) list.splice(k, 1);
  }
  list.push({ field: m.field, start: m.start, end: m.stop, text });
}

/** The first negation whose end is at or after `from` (negations sorted by end). */
function lowerBound(sorted: readonly [number, number][], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]![1] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function anyIn(sorted: number[], from: number, to: number): boolean {
  // First value >= from, by binary search; then is it < to?
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/** The folded position of an original offset in one segment of a scan (binary search on the map). */
function foldedAt(s: { map: Int32Array; len: number; starts: number[] }, segment: number, original: number): number {
  let lo = s.starts[segment] ?? 0;
  let hi = s.starts[segment + 1] ?? s.len;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const UTF16 = new TextDecoder('utf-16le');
// The folded units as a string for the patterns (one native decode; the buffer is little-endian
// on every platform browsers and Node run on).
const bufferString = (buf: Uint16Array, len: number): string => UTF16.decode(buf.subarray(0, len));

const SCRIPTS: [RegExp, LocaleId | 'cyrillic'][] = [
  [/\p{Script=Han}/gu, 'zh-Hans'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Cyrillic}/gu, 'cyrillic'],
];
function scriptOf(text: string): LocaleId | 'cyrillic' | undefined {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return undefined;
  for (const [re, id] of SCRIPTS) {
    if ((text.match(re) ?? []).length / letters > 0.3) return id;
  }
  return undefined;
}

