// The private channel between the page-world observer (main-world.ts, document_start, before any
// page script) and the gate (gate-start.ts and gate.ts, which the background puts in the page once
// it has loaded).
// They meet on HELLO: the gate sends a random key, and the observer, whose listener on window runs
// before any page listener could, stops the event there (no page script sees the key) and answers
// "ready" on an event named after the key. From then on they talk on that event, which the page
// cannot guess. Whatever arrives is still parsed as untrusted: the page shares the DOM.
import type { PageFacts } from '../../content/detect/index.ts';

export const HELLO = 'scam-tips-hello';

/** Observer -> gate, in this order, as "f:" + numbers joined by commas (no JSON: the page owns JSON). */
export const FACT_KEYS = ['fullscreenRequests', 'dialogs', 'historyPushes', 'prints', 'blocksLeaving', 'audio', 'keyboardLock', 'pointerLock'] as const;
export type FactKey = (typeof FACT_KEYS)[number];
/** How many facts (the gate counts them without their names: names would cost it bytes). */
export const FACT_COUNT = 8;
/** Keys from this index on are yes/no facts; the ones before are counts. */
const FIRST_FLAG = 4;

/**
 * Gate -> observer commands, sent as "c:" + command: "facts" asks for them now; "ui" and "noui",
 * sent by the page UI on its host element, say the UI shows there or has gone.
 */
export type Command = 'hold' | 'release' | 'defuse' | 'ui' | 'noui' | 'facts';

/** What gate-start.ts shares with gate.ts and the page UI: isolated-world globals, never visible to the page. */
export const PAGE_BRIDGE = Symbol.for('scam-tips.page');

export interface PageBridge {
  /** The channel key; also the page load's id for the background. */
  key: string;
  /** The latest facts the observer reported, as counts in FACT_KEYS order (see factsOf). */
  counts: readonly number[];
  /** The gate index fired on this page. */
  isHit: boolean;
  /** Dialogs are held back until the verdict. */
  isHeld: boolean;
  /** Tells the observer; "ui" and "noui" are sent on the UI's host element. */
  tell(command: Command, on?: EventTarget): void;
  isGateRunning?: boolean;
  /** Set by the gate: a frame loaded after the gate came (it asks the background for its gate). */
  onFrame?: (() => void) | undefined;
  /** Set by the gate: new facts arrived. */
  onFacts?: (() => void) | undefined;
}

/**
 * The page UI's input handler, an isolated-world global the gate calls with the input the observer
 * caught for it (never visible to the page). Returns true when the event's default must not happen.
 */
export const INPUT_HANDLER = Symbol.for('scam-tips.input');

const MAX_COUNT = 100_000;

/**
 * Reads a fact message into its counts, in FACT_KEYS order, capped; anything malformed gives
 * undefined. The gate keeps and reports these numbers; the background names them (factsOf).
 */
export function decodeCounts(detail: unknown): number[] | undefined {
  if (typeof detail !== 'string' || detail.length > 200 || !detail.startsWith('f:')) return undefined;
  const counts = detail.slice(2).split(',').map(Number);
  if (counts.length !== FACT_COUNT || !counts.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
  return counts.map((n) => Math.min(n, MAX_COUNT));
}

/** The facts the detector reads, from counts in FACT_KEYS order. */
export function factsOf(counts: readonly number[]): PageFacts {
  const facts: Record<string, number | boolean> = {};
  FACT_KEYS.forEach((key, i) => {
    const n = counts[i] ?? 0;
    if (n > 0) facts[key] = i >= FIRST_FLAG || n;
  });
  return facts as PageFacts;
}

/**
 * Page behaviour worth a look even when the words alone did not fire the gate, from counts in
 * FACT_KEYS order (full screen, dialogs, history, prints, leave trap, audio, keyboard, pointer).
 * Read by index, with no array method: the observer calls it after page scripts could replace them.
 */
export function isNotable(c: readonly number[]): boolean {
  const dialogs = c[1]!;
  const pushes = c[2]!;
  const signs = +(c[0]! > 0) + +(dialogs > 1) + +(pushes > 9) + +(c[3]! > 1) + +(c[4]! > 0) + +(c[5]! > 0) + +(c[6]! > 0) + +(c[7]! > 0);
  return signs > 1 || dialogs > 4 || pushes > 49;
}

/** No facts yet. */
export const NO_COUNTS: readonly number[] = [0, 0, 0, 0, 0, 0, 0, 0];
