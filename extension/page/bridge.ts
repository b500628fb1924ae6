// The private channel between the page-world observer (main-world.ts) and the gate (gate.ts).
// Both run at document_start, before any page script. They meet once on HELLO: the gate sends a
// random key, the observer answers "ready", and both stop listening to HELLO. From then on they
// talk on an event named after the key, which the page cannot guess. Whatever arrives is still
// parsed as untrusted: the page shares the DOM and could send anything.
import type { PageFacts } from '../../content/detect/index.ts';

export const HELLO = 'scam-tips-hello';

/** Observer -> gate, in this order, as "f:" + numbers joined by commas (no JSON: the page owns JSON). */
export const FACT_KEYS = ['fullscreenRequests', 'dialogs', 'historyPushes', 'prints', 'blocksLeaving', 'audio', 'keyboardLock', 'pointerLock'] as const;
export type FactKey = (typeof FACT_KEYS)[number];
/** Keys from this index on are yes/no facts; the ones before are counts. */
const FIRST_FLAG = 4;

/** Gate -> observer commands, sent as "c:" + command: "facts" asks for them now, "ui" says the page UI shows. */
export type Command = 'hold' | 'release' | 'defuse' | 'ui' | 'facts';

/** What gate-start.ts shares with gate.ts: isolated-world globals, never visible to the page. */
export const PAGE_BRIDGE = Symbol.for('scam-tips.page');

export interface PageBridge {
  /** The channel key; also the page load's id for the background. */
  key: string;
  /** The latest facts the observer reported. */
  facts: PageFacts;
  /** The gate index fired on this page. */
  isHit: boolean;
  /** Dialogs are held back until the verdict. */
  isHeld: boolean;
  isGateRunning?: boolean;
  tell(command: Command): void;
  /** Set by the gate: new facts arrived. */
  onFacts?: (() => void) | undefined;
}

/** The page UI's input handler, an isolated-world global the gate calls (never visible to the page). */
export const INPUT_HANDLER = Symbol.for('scam-tips.input');

const MAX_COUNT = 100_000;

/** Reads a fact message; anything malformed gives undefined. */
export function decodeFacts(detail: unknown): PageFacts | undefined {
  if (typeof detail !== 'string' || detail.length > 200 || !detail.startsWith('f:')) return undefined;
  const parts = detail.slice(2).split(',');
  if (parts.length !== FACT_KEYS.length) return undefined;
  const facts: Record<string, number | boolean> = {};
  for (let i = 0; i < FACT_KEYS.length; i++) {
    const n = Number(parts[i]);
    if (!Number.isInteger(n) || n < 0) return undefined;
    if (n > 0) facts[FACT_KEYS[i]!] = i >= FIRST_FLAG || Math.min(n, MAX_COUNT);
  }
  return facts as PageFacts;
}

/** Page behaviour worth a look even when the words alone did not fire the gate. */
export function isNotable(f: PageFacts): boolean {
  const dialogs = f.dialogs ?? 0;
  const pushes = f.historyPushes ?? 0;
  const signs = [f.fullscreenRequests, dialogs > 1, pushes > 9, f.blocksLeaving, f.audio, f.keyboardLock, f.pointerLock, (f.prints ?? 0) > 1];
  return signs.filter(Boolean).length > 1 || dialogs > 4 || pushes > 49;
}
