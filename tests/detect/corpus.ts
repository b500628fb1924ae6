// The labelled corpus in tests/fixtures/corpus: messages and page texts, scam and honest, in all
// twelve locales. Used by the tests and by the benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Detector } from '../../content/detect/engine.ts';
import type { CheckResult } from '../../content/detect/types.ts';

export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/corpus');

export interface CorpusItem {
  id: string;
  kind: 'message' | 'page';
  label: 'scam' | 'honest';
  locale: string;
  text: string;
  url?: string;
  title?: string;
  /** What kind of honest text it is (hard negatives say so). */
  note?: string;
  /** Red flags a correct reading must find. */
  flags?: string[];
}

/** The holdout sets: folders of the corpus written after the signals, to measure generalisation. */
export const holdoutDirs = (): string[] =>
  readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(CORPUS_DIR, e.name))
    .sort();

/** Every item of every .jsonl file in the corpus folder (or a sub-folder such as "holdout"). */
export function readCorpus(dir = CORPUS_DIR): CorpusItem[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as CorpusItem),
    );
}

export const checkItem = (detector: Detector, item: CorpusItem): CheckResult =>
  item.kind === 'page' ? detector.checkPage({ url: item.url ?? '', title: item.title ?? '', text: item.text }) : detector.checkMessage(item.text);

export interface Accuracy {
  items: number;
  scams: number;
  honest: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  falsePositiveRate: number;
  misses: string[];
  falseAlarms: string[];
}

/** Scores a detector on items: a positive is any verdict other than safe. */
export function accuracy(detector: Detector, items: readonly CorpusItem[]): Accuracy {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const item of items) {
    const flagged = checkItem(detector, item).verdict !== 'safe';
    if (item.label === 'scam') {
      if (flagged) tp++;
      else {
        fn++;
        misses.push(item.id);
      }
    } else if (flagged) {
      fp++;
      falseAlarms.push(item.id);
    }
  }
  const scams = items.filter((i) => i.label === 'scam').length;
  const honest = items.length - scams;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    items: items.length,
    scams,
    honest,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: round(tp + fp === 0 ? 1 : tp / (tp + fp)),
    recall: round(scams === 0 ? 1 : tp / scams),
    falsePositiveRate: round(honest === 0 ? 0 : fp / honest),
    misses,
    falseAlarms,
  };
}
