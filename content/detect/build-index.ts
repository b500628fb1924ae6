// The content build's signal step: validates content/detect/grammar.json, compiles the signals into
// content/generated/signal-index.json (the detector) and signal-gate.json (the page gate).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SignalData } from '../schema/signal.ts';
import { SignalGrammar } from '../schema/signal.ts';
import { compileSignalIndex, grammarProblems } from './compile.ts';
import { compileGateIndex } from './gate-index.ts';
import type { GateIndex, SignalIndex } from './index-format.ts';

export const GRAMMAR_FILE = join(import.meta.dirname, 'grammar.json');

/** Reads and checks the grammar words; throws a ContentError naming the file and JSON path. */
export function readGrammar(path = GRAMMAR_FILE): SignalGrammar {
  const fail = (lines: string[]) => {
    const error = new Error(`The content has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.map((l) => `  content/detect/grammar.json ${l}`).join('\n')}`);
    error.name = 'ContentError';
    throw error;
  };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    fail([`$: is not valid JSON (${(e as Error).message}): check for a missing comma, quote or bracket`]);
  }
  const parsed = SignalGrammar.safeParse(json);
  if (!parsed.success) fail(parsed.error.issues.map((i) => `$${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`));
  const grammar = parsed.data!;
  const problems = grammarProblems(grammar);
  if (problems.length > 0) fail(problems.map((p) => `$${p.path.map((x) => (typeof x === 'number' ? `[${x}]` : `["${x}"]`)).join('')}: ${p.message}`));
  return grammar;
}

export function buildSignalIndex(signals: Iterable<SignalData>): { index: SignalIndex; gate: GateIndex } {
  const index = compileSignalIndex(signals, readGrammar());
  return { index, gate: compileGateIndex(index) };
}

/** Writes both indexes into `dir`; returns their sizes. */
export function writeSignalIndex(signals: Iterable<SignalData>, dir: string): { signals: number; bytes: number; gateBytes: number; gateGzipBytes: number } {
  const { index, gate } = buildSignalIndex(signals);
  const json = JSON.stringify(index);
  const gateJson = JSON.stringify(gate);
  writeFileSync(join(dir, 'signal-index.json'), json);
  writeFileSync(join(dir, 'signal-gate.json'), gateJson);
  return { signals: index.signals.length, bytes: Buffer.byteLength(json), gateBytes: Buffer.byteLength(gateJson), gateGzipBytes: gzipSync(gateJson, { level: 9 }).length };
}
