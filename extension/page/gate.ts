// The page gate (isolated world): with gate-start.ts and main-world.ts, the only extension code
// that runs on every web page. The background puts the two gate scripts in every frame of a page
// once the page has loaded (or after a few seconds when loading never ends:
// background/gate-injector.ts), so that no page waits for them. gate-start.ts has met the page-world
// observer by then; its bridge (PAGE_BRIDGE) holds the facts the observer reports.
//
// What runs when:
// - when the browser is idle: read the URL, the title and a bounded sample of text, and ask the
//   compiled gate index (content/detect/gate.ts) whether anything could matter. Its tables are
//   precomputed by the build: nothing is set up first. Nothing fired: done, nothing is sent anywhere.
// - later DOM changes (watched from the first look on): batched (one look a second at most), capped
//   (8 looks), stopped after a minute.
// - behaviour the observer reports (full screen, dialog loops, history flooding...) can make the
//   page worth a look on its own.
// Only a hit sends the page to the background, which runs the full detector and, if needed,
// injects the warning UI. No Preact, no prose, no storage reads here.
import { shouldInspect } from '../../content/detect/gate.ts';
import { sendToBackground } from '../shared/messages.ts';
import { isNotable, PAGE_BRIDGE, type PageBridge } from './bridge.ts';
import { GATE_TEXT, readText } from './read-text.ts';

const REPORT_TEXT = 512 * 1024;
const MAX_LOOKS = 8;
const MAX_REPORTS = 3;
const WATCH_FOR_MS = 60_000;
/** When the gate arrives before the load event, the first look waits for it, but no longer than this. */
const LOAD_WAIT_MS = 3000;

const doc = document;
let looks = 0;
let reports = 0;
let isDone = false;
let lookTimer: ReturnType<typeof setTimeout> | undefined;
let lookDue = 0;
let observer: MutationObserver | undefined;

/** A look after `delay` ms, when the page is idle (an earlier look already planned stands). */
function schedule(delay: number) {
  if (isDone) return;
  const due = Date.now() + delay;
  if (lookTimer !== undefined) {
    if (lookDue <= due) return;
    clearTimeout(lookTimer);
  }
  lookDue = due;
  lookTimer = setTimeout(() => requestIdleCallback(look, { timeout: 1000 }), delay);
}

function stop() {
  isDone = true;
  observer?.disconnect();
  if (lookTimer !== undefined) clearTimeout(lookTimer);
  if (bridge) bridge.onFacts = undefined;
}

function watch() {
  if (!doc.body) return;
  observer = new MutationObserver(() => {
    if (looks < MAX_LOOKS) schedule(1000);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  setTimeout(() => observer?.disconnect(), WATCH_FOR_MS);
}

function look() {
  if (isDone || !bridge) return;
  // The observer answers at once; no new look is scheduled from it while this one runs.
  bridge.tell('facts');
  lookTimer = undefined;
  // Later changes are watched from the first look on (before it there is nothing to look again for).
  if (looks++ === 0) watch();
  const url = location.href;
  const title = doc.title;
  if (!bridge.isHit) bridge.isHit = shouldInspect({ url, title, text: readText(doc, GATE_TEXT) });
  if (bridge.isHit && !bridge.isHeld && bridge.counts[1]! >= 3) {
    bridge.isHeld = true;
    bridge.tell('hold');
  }
  if (bridge.isHit || isNotable(bridge.counts)) void report(url, title, bridge);
  else if (looks >= MAX_LOOKS) observer?.disconnect();
}

async function report(url: string, title: string, b: PageBridge) {
  if (reports >= MAX_REPORTS) return;
  reports++;
  observer?.disconnect();
  try {
    const answer = await sendToBackground('inspectPage', { url, title, text: readText(doc, REPORT_TEXT), facts: b.counts, loadId: b.key });
    if (answer.defuse) b.tell('defuse');
    // The UI, in the top frame, tells the observer there itself that it shows.
    if (answer.shown !== 'none') return stop();
  } catch {
    // The extension was updated or removed under this page ("context invalidated"): stay quiet.
    return stop();
  }
  // Nothing to show: dialogs held back, by this gate or by the observer on its own, go through again.
  b.isHeld = false;
  b.tell('release');
}

let frameAsk: ReturnType<typeof setTimeout> | undefined;
/** A frame loaded after the gate came: ask the background to put a gate in it (a burst asks once). */
function askForFrameGates() {
  frameAsk ??= setTimeout(() => {
    frameAsk = undefined;
    void Promise.resolve()
      .then(() => sendToBackground('gateFrames', {}))
      .catch(() => undefined);
  }, 200);
}

const bridge = (globalThis as unknown as Record<symbol, PageBridge | undefined>)[PAGE_BRIDGE];
if (bridge && !bridge.isGateRunning) {
  bridge.isGateRunning = true;
  bridge.onFrame = askForFrameGates;
  bridge.onFacts = () => {
    if (isNotable(bridge.counts) && (!bridge.isHit || reports > 0)) schedule(bridge.isHit ? 1000 : 50);
  };
  if (doc.readyState === 'complete') schedule(0);
  else {
    schedule(LOAD_WAIT_MS);
    addEventListener('load', () => schedule(0), { once: true });
  }
}
