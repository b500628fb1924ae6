// The gate's document_start part (isolated world), tiny: before any page script runs it
// - makes the private hand-shake with the page-world observer (bridge.ts) and keeps the facts it
//   reports, holding dialog loops back when they start before the gate has looked;
// - puts a capture listener on window for clicks and key presses, which does nothing until the
//   warning UI sets its handler; then input meant for the warning is handled by the warning and
//   hidden from the page, so page listeners cannot block it.
// The gate itself (gate.ts) runs at document_idle and finds all this in PAGE_BRIDGE.
import type { PageFacts } from '../../content/detect/index.ts';
import { decodeFacts, HELLO, INPUT_HANDLER, isNotable, PAGE_BRIDGE, type Command, type PageBridge } from './bridge.ts';

const doc = document;
const shared = globalThis as unknown as Record<symbol, unknown>;
// getRandomValues, not randomUUID: the latter is missing on plain-http pages.
const key = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('').padEnd(16, '0');
let channel: string | undefined;

const bridge: PageBridge = {
  key,
  facts: {} as PageFacts,
  isHit: false,
  isHeld: false,
  tell(command: Command) {
    if (channel) doc.dispatchEvent(new CustomEvent(channel, { detail: `c:${command}` }));
  },
};

function onFacts(event: Event) {
  const facts = decodeFacts((event as CustomEvent<unknown>).detail);
  if (!facts) return;
  bridge.facts = facts;
  // A dialog loop blocks every click until the verdict: hold the dialogs back now, synchronously,
  // when the page looks like a lure. The verdict releases them if the page is fine.
  if (!bridge.isHeld && (facts.dialogs ?? 0) >= 3 && (bridge.isHit || isNotable(facts))) {
    bridge.isHeld = true;
    bridge.tell('hold');
  }
  bridge.onFacts?.();
}

function onHello(event: Event) {
  const detail = (event as CustomEvent<unknown>).detail;
  if (detail === 'main') doc.dispatchEvent(new CustomEvent(HELLO, { detail: `key:${key}` }));
  else if (detail === 'ready' && !channel) {
    channel = `scam-tips-${key}`;
    doc.removeEventListener(HELLO, onHello);
    doc.addEventListener(channel, onFacts);
  }
}

if (!shared[PAGE_BRIDGE]) {
  shared[PAGE_BRIDGE] = bridge;
  for (const type of ['click', 'keydown']) {
    addEventListener(
      type,
      (event) => {
        if ((shared[INPUT_HANDLER] as ((e: Event) => boolean) | undefined)?.(event)) event.stopImmediatePropagation();
      },
      true,
    );
  }
  doc.addEventListener(HELLO, onHello);
  doc.dispatchEvent(new CustomEvent(HELLO, { detail: `key:${key}` }));
  // Page scripts run after DOMContentLoaded's listeners at the latest: stop answering the hand-shake.
  doc.addEventListener('DOMContentLoaded', () => doc.removeEventListener(HELLO, onHello), { once: true });
}
