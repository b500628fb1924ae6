// The gate's first part (isolated world), injected with gate.ts once a page has loaded
// (background/gate-injector.ts), tiny:
// - makes the private hand-shake with the page-world observer (bridge.ts) and keeps the facts it
//   reports, holding a dialog loop back at once when the gate's words fired;
// - hands the input the observer caught for the page UI to the UI's handler (INPUT_HANDLER);
// - passes on the observer's news of a frame loaded since (gate.ts asks the background for its gate).
// gate.ts finds all this in PAGE_BRIDGE. Injected again (a frame's gate asked for new frames), it
// does nothing.
import { decodeCounts, HELLO, INPUT_HANDLER, NO_COUNTS, PAGE_BRIDGE, type Command, type PageBridge } from './bridge.ts';

const doc = document;
const shared = globalThis as unknown as Record<symbol, unknown>;

function meetObserver(): PageBridge {
  // getRandomValues, not randomUUID: the latter is missing on plain-http pages.
  const key = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('').padEnd(16, '0');
  const channel = `scam-tips-${key}`;
  let isMet = false;
  const bridge: PageBridge = {
    key,
    counts: NO_COUNTS,
    isHit: false,
    isHeld: false,
    tell(command: Command, on: EventTarget = doc) {
      if (isMet) on.dispatchEvent(new CustomEvent(channel, { detail: `c:${command}`, bubbles: true }));
    },
  };
  // Listening before the hello: the observer answers "ready" while the hello is dispatched.
  doc.addEventListener(channel, (event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (detail === 'ready') isMet = true;
    else if (detail === 'n:') bridge.onFrame?.();
    else if (typeof detail === 'string' && detail.startsWith('i:')) {
      const handler = shared[INPUT_HANDLER] as ((input: string) => boolean) | undefined;
      if (handler?.(detail.slice(2))) event.preventDefault();
    } else {
      const counts = decodeCounts(detail);
      if (!counts) return;
      bridge.counts = counts;
      // A dialog loop blocks every click until the verdict: when the words fired, hold it now.
      if (!bridge.isHeld && counts[1]! >= 3 && bridge.isHit) {
        bridge.isHeld = true;
        bridge.tell('hold');
      }
      bridge.onFacts?.();
    }
  });
  doc.dispatchEvent(new CustomEvent(HELLO, { detail: `key:${key}` }));
  return bridge;
}

shared[PAGE_BRIDGE] ??= meetObserver();
