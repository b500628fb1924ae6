// For tools that run in Node (the CLI, tests, the benchmark): the signal index and locale bundles,
// read from content/generated when built, else validated and compiled in-process from the content
// files, so `npx scam-tips check` works straight after `npm ci`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assembleBundle } from '../assemble.ts';
import type { LocaleBundle } from '../bundle.ts';
import type { LocaleId } from '../locales.ts';
import { readContentFiles } from '../read-files.ts';
import { type Content, validateContent } from '../validate.ts';
import { buildSignalIndex } from './build-index.ts';
import { createDetector, type Detector } from './engine.ts';
import type { GateIndex, SignalIndex } from './index-format.ts';

const CONTENT_DIR = join(import.meta.dirname, '..');
const GENERATED = join(CONTENT_DIR, 'generated');

let content: Content | undefined;
/** The content, validated in-process. Files with problems are left out; the rest is used. */
export function sourceContent(): Content {
  content ??= validateContent(readContentFiles(CONTENT_DIR)).content;
  return content;
}

let compiled: { index: SignalIndex; gate: GateIndex } | undefined;
/** The signal index and gate index compiled from the signal files now (ignores content/generated). */
export function compileFromSource(): { index: SignalIndex; gate: GateIndex } {
  compiled ??= buildSignalIndex(sourceContent().data.signals.values());
  return compiled;
}

/** The newest modification time of the files under a folder (0 when there is none). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

/** A generated file that exists and is newer than the sources it was built from. */
function fresh(file: string, sources: string[]): boolean {
  if (!existsSync(file)) return false;
  const built = statSync(file).mtimeMs;
  return sources.every((s) => (existsSync(s) ? (statSync(s).isDirectory() ? newest(s) : statSync(s).mtimeMs) : 0) <= built);
}

/** The built signal index when it is up to date, else compiled from the content files. */
export function loadSignalIndex(): SignalIndex {
  const file = join(GENERATED, 'signal-index.json');
  const sources = [join(CONTENT_DIR, 'data/signals'), join(CONTENT_DIR, 'detect/grammar.json')];
  return fresh(file, sources) ? (JSON.parse(readFileSync(file, 'utf8')) as SignalIndex) : compileFromSource().index;
}

let detector: Detector | undefined;
export function nodeDetector(): Detector {
  detector ??= createDetector(loadSignalIndex());
  return detector;
}

/** One locale's content bundle: built when up to date, else assembled from the content files. */
export function loadBundle(locale: LocaleId): LocaleBundle {
  const file = join(GENERATED, `${locale}.json`);
  if (fresh(file, [join(CONTENT_DIR, 'data'), join(CONTENT_DIR, 'text')])) return JSON.parse(readFileSync(file, 'utf8')) as LocaleBundle;
  return assembleBundle(sourceContent(), locale);
}
