// The signal files as content: they validate, every locale has phrases, patterns are safe from
// catastrophic backtracking, and the content build compiles them into the two indexes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGrammar, writeSignalIndex } from '../../content/detect/build-index.ts';
import { compileSignalIndex, grammarProblems, patternProblem } from '../../content/detect/compile.ts';
import type { GateIndex, SignalIndex } from '../../content/detect/index-format.ts';
import { LOCALES } from '../../content/locales.ts';
import { SignalGrammar } from '../../content/schema/signal.ts';
import { formatProblem, validateContent } from '../../content/validate.ts';
import { realFiles, withEdit } from '../content/helpers.ts';
import { redFlagIds } from './helpers.ts';

const signalProblems = (files = realFiles()) => validateContent(files).problems.filter((p) => p.file.includes('/signals/')).map(formatProblem);

describe('signal files', () => {
  const { content } = validateContent(realFiles());
  const signals = [...content.data.signals.values()];

  it('validate with no problem, each named by its file', () => {
    expect(signals.length).toBeGreaterThanOrEqual(60);
    expect(signalProblems()).toEqual([]);
  });

  it('link only to red flags that exist, and cover most red flags', () => {
    const known = redFlagIds();
    for (const s of signals) expect(known, s.id).toContain(s.redFlag);
    const covered = new Set(signals.filter((s) => s.weight > 0).map((s) => s.redFlag));
    expect(covered.size).toBeGreaterThanOrEqual(25);
  });

  it('have phrases in all twelve locales whenever they have phrases', () => {
    for (const s of signals) {
      const withPhrases = LOCALES.filter((l) => (s.phrases[l] ?? []).length > 0);
      expect([0, LOCALES.length], s.id).toContain(withPhrases.length);
    }
  });

  it('report a locale without phrases, with file and path', () => {
    const files = withEdit('data/signals/secrecy.json', (json) => {
      delete json.phrases.pl;
    });
    expect(signalProblems(files)).toEqual([expect.stringMatching(/^content\/data\/signals\/secrecy\.json \$\.phrases\.pl: has no phrases/)]);
  });

  it('report an unsafe pattern and a missing needed signal, with file and path', () => {
    const files = withEdit('data/signals/error-code.json', (json) => {
      json.patterns = ['(a+)+b'];
      json.needs = [['no-such-signal']];
    });
    const problems = signalProblems(files);
    expect(problems).toContainEqual(expect.stringMatching(/error-code\.json \$\.patterns\[0\]: repeats without a limit/));
    expect(problems).toContainEqual(expect.stringMatching(/error-code\.json \$\.needs\[0\]\[0\]: refers to the signal "no-such-signal"/));
  });
});

describe('patterns are linear-time safe', () => {
  it('accepts bounded repeats of single characters and classes', () => {
    for (const ok of ['\\b0x[0-9a-f]{8}\\b', '\\d[\\d .]{6,18}\\d', '(?<![\\d.])\\d{1,3}(?:\\.\\d{1,3})', 'bc1[a-z0-9]{25,59}', '(?:error|err)#?[a-z0-9]{5,12}']) {
      expect(patternProblem(ok), ok).toBeUndefined();
    }
  });

  it('rejects unbounded and nested repeats, repeated groups, back-references and capital letters', () => {
    const cases: [string, RegExp][] = [
      ['(a+)+b', /without a limit/],
      ['a*', /without a limit/],
      ['\\d{2,}', /without a limit/],
      ['(ab){2,5}', /repeats a group/],
      ['(a{1,3})?', /optional/],
      ['(a)\\1', /back-reference/],
      ['a{1,200}', /64 or less/],
      ['[a-z]{1,60}[a-z]{1,60}[a-z]{1,60}', /ways/],
      ['[A-Z]{3}', /capital/],
      ['(', /not a valid pattern/],
    ];
    for (const [bad, why] of cases) expect(patternProblem(bad), bad).toMatch(why);
  });

  it('every real pattern runs fast on the worst text for it', () => {
    const { content } = validateContent(realFiles());
    for (const s of content.data.signals.values()) {
      for (const p of s.patterns ?? []) {
        const re = new RegExp(p, 'gu');
        for (const text of ['9'.repeat(200_000), '1 2 '.repeat(50_000), 'a'.repeat(200_000), 'bc1'.repeat(50_000), '0x'.repeat(100_000)]) {
          const started = performance.now();
          re.lastIndex = 0;
          while (re.exec(text) !== null);
          // Linear patterns take milliseconds here; a backtracking one would take minutes.
          expect(performance.now() - started, p).toBeLessThan(2000);
        }
      }
    }
  });
});

describe('grammar words', () => {
  it('validate, with every locale', () => {
    const grammar = readGrammar();
    expect(grammarProblems(grammar)).toEqual([]);
    for (const part of ['negation', 'condition', 'description', 'common', 'currency'] as const) for (const l of LOCALES) expect(grammar[part][l].length, `${part} ${l}`).toBeGreaterThan(0);
  });

  it('reject a locale missing from the schema', () => {
    const grammar = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/detect/grammar.json'), 'utf8'));
    delete grammar.negation.uk;
    expect(SignalGrammar.safeParse(grammar).success).toBe(false);
  });
});

describe('the content build step', () => {
  it('writes the signal index and the gate index, deterministically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signals-'));
    try {
      const { content } = validateContent(realFiles());
      const report = writeSignalIndex(content.data.signals.values(), dir);
      const index = JSON.parse(readFileSync(join(dir, 'signal-index.json'), 'utf8')) as SignalIndex;
      const gate = JSON.parse(readFileSync(join(dir, 'signal-gate.json'), 'utf8')) as GateIndex;
      expect(index.signals.length).toBe(content.data.signals.size);
      expect(index.locales).toEqual([...LOCALES]);
      expect(gate.stems.length).toBeGreaterThan(100);
      expect(report.gateGzipBytes).toBeLessThan(2048);
      expect(JSON.stringify(compileSignalIndex([...content.data.signals.values()].reverse(), readGrammar()))).toBe(JSON.stringify(index));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
