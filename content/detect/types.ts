// The detector's contract, shared by the CLI, the widget's check mode and the extension.
import type { LocaleId } from '../locales.ts';

/** Page behaviour the extension observed, fed to checkPage. */
export interface PageFacts {
  /** The page asked for full screen (count of requests). */
  fullscreenRequests?: number;
  /** alert/confirm/prompt calls. */
  dialogs?: number;
  /** history.pushState/replaceState calls. */
  historyPushes?: number;
  /** window.print calls. */
  prints?: number;
  /** A beforeunload handler tried to keep the person on the page. */
  blocksLeaving?: boolean;
  /** The page played sound without being asked. */
  audio?: boolean;
  keyboardLock?: boolean;
  pointerLock?: boolean;
}

export interface Evidence {
  /** Where the words were found. */
  field: 'text' | 'url' | 'title' | 'facts';
  /** Offsets into that field (UTF-16 code units), end exclusive. For 'facts', both are 0. */
  start: number;
  end: number;
  /** The matched words, as they appear; for 'facts', the name of the behaviour (a PageFacts key). */
  text: string;
}

export interface FlagHit {
  /** A red flag id from content/data/red-flags. */
  id: string;
  evidence: Evidence[];
}

export type Verdict = 'scam' | 'suspicious' | 'safe';

export interface CheckResult {
  verdict: Verdict;
  /** 0..1 */
  score: number;
  flags: FlagHit[];
}

export interface CheckOptions {
  /** Languages whose phrases to use; default: all. The language-independent signals always run. */
  locales?: readonly LocaleId[];
}

export interface PageInput {
  url: string;
  title: string;
  text: string;
  facts?: PageFacts;
}
