// Shared by the behaviour signals (page world). On every page a signal only observes, as cheaply
// as it can (events, a look at a value when the gate asks); replacing a page API (a "hook") costs
// each page, so hooks are kept for the few things that must be caught as they happen, and the rest
// are installed only when a scam page is defused.
import type { FactKey } from '../bridge.ts';

export interface SignalContext {
  /** Counts one use (or raises a flag) and tells the gate. */
  record(fact: FactKey): void;
  /** Set once the verdict is scam: hooks refuse from then on. */
  readonly isDefused: () => boolean;
  /** Set while a dialog loop is held back, waiting for the verdict. */
  readonly isHeld: () => boolean;
}

/** What a signal does once the verdict is scam: undo what the page did, refuse it from then on. */
export type Defuse = () => void;

type AnyFn = (...args: unknown[]) => unknown;

/**
 * Replaces `owner[name]` with `wrap(original)`, keeping it non-enumerable like the original.
 * Does nothing when the page's browser lacks the API.
 */
export function hook(owner: object | undefined, name: string, wrap: (original: AnyFn) => AnyFn): void {
  if (!owner) return;
  const original = (owner as Record<string, unknown>)[name];
  if (typeof original !== 'function') return;
  Object.defineProperty(owner, name, { value: wrap(original as AnyFn), writable: true, configurable: true, enumerable: false });
}

/** Replaces `owner[name]` with a function that refuses, answering `answer`. */
export const refuse = (owner: object | undefined, name: string, answer?: () => unknown): void => hook(owner, name, () => () => answer?.());

export const call = Reflect.apply;

/** Listens in the capture phase, before any page script could tamper with addEventListener; the page
 *  cannot remove it (it has no reference to the listener). */
export const listen = (target: EventTarget, type: string, listener: (e: Event) => void): void => target.addEventListener(type, listener, { capture: true });

/** Runs an undo step; a page that broke an API must not stop the other steps. */
export function attempt(step: () => unknown): void {
  try {
    const result = step();
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // The page may have removed or broken the API; the other steps still run.
  }
}
