// The page-world observer. Runs at document_start in the page's own JavaScript world (the only
// place where a page's dialogs, full screen or history calls can be seen and stopped), before any
// page script. It notes what the page does, cheaply (signals/hook.ts says how), and tells the gate
// on a private channel (bridge.ts): at once for dialog loops, otherwise when the gate asks. On the
// gate's command it undoes it. It reads no text and sends nothing anywhere else.
import { FACT_KEYS, HELLO, type Command, type FactKey } from './bridge.ts';
import { watchDialogs } from './signals/dialogs.ts';
import { watchFullscreen } from './signals/fullscreen.ts';
import { historyGrowth, watchHistory } from './signals/history-flood.ts';
import { call, hook, type SignalContext } from './signals/hook.ts';
import { watchInputLock } from './signals/input-lock.ts';
import { hasLeaveHandler, watchLeaveTrap } from './signals/leave-trap.ts';
import { watchSound } from './signals/sound.ts';

// Taken before the page can replace them.
const addListener = EventTarget.prototype.addEventListener;
const removeListener = EventTarget.prototype.removeEventListener;
const dispatch = EventTarget.prototype.dispatchEvent;
const Custom = CustomEvent;
const detailOf = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')!.get!;
const setTimer = setTimeout;
const now = Date.now;
const doc = document;

const counts: number[] = FACT_KEYS.map(() => 0);
let channel: string | undefined;
let isDefused = false;
let isHeld = false;
let isUiShown = false;
let sendTimer: ReturnType<typeof setTimeout> | undefined;
let lastSent = 0;

const send = (detail: string) => {
  if (channel) call(dispatch, doc, [new Custom(channel, { detail })]);
};
const HISTORY = FACT_KEYS.indexOf('historyPushes');
const LEAVE = FACT_KEYS.indexOf('blocksLeaving');
const sendFacts = () => {
  sendTimer = undefined;
  lastSent = now();
  counts[HISTORY] = Math.max(counts[HISTORY]!, historyGrowth());
  if (hasLeaveHandler()) counts[LEAVE] = Math.max(counts[LEAVE]!, 1);
  send(`f:${counts.join(',')}`);
};

const ctx: SignalContext = {
  record(fact: FactKey) {
    const i = FACT_KEYS.indexOf(fact);
    const before = counts[i]!;
    counts[i] = before + 1;
    // The first use, and every few after it, go out at once (a dialog loop may never yield);
    // the rest at most once a second.
    if (before === 0 || before === 2 || before === 9 || now() - lastSent > 1000) sendFacts();
    else sendTimer ??= setTimer(sendFacts, 1000);
  },
  isDefused: () => isDefused,
  isHeld: () => isHeld,
};

// Find-in-page searches shadow roots too: while our UI shows, the page cannot probe its words
// (hooked now, so that a copy the page keeps is ours too).
hook(window, 'find', (original) =>
  function (this: unknown, ...args: unknown[]) {
    return isUiShown ? false : call(original, this, args);
  },
);

const defusers = [watchFullscreen(ctx), watchDialogs(ctx), watchHistory(), watchLeaveTrap(ctx), watchSound(ctx), watchInputLock(ctx)];

function onCommand(event: Event) {
  const detail: unknown = call(detailOf, event, []);
  if (typeof detail !== 'string' || !detail.startsWith('c:')) return;
  const command = detail.slice(2) as Command;
  if (command === 'hold') isHeld = true;
  else if (command === 'facts') sendFacts();
  else if (command === 'ui') isUiShown = true;
  else if (command === 'release') isHeld = false;
  else if (command === 'defuse' && !isDefused) {
    isDefused = true;
    for (const undo of defusers) undo();
  }
}

// The hand-shake (see bridge.ts): whichever of the two scripts runs second completes it.
function onHello(event: Event) {
  const detail: unknown = call(detailOf, event, []);
  if (channel || typeof detail !== 'string' || !detail.startsWith('key:')) return;
  const key = detail.slice(4);
  if (!/^[a-z0-9]{16,64}$/.test(key)) return;
  channel = `scam-tips-${key}`;
  call(removeListener, doc, [HELLO, onHello]);
  call(addListener, doc, [channel, onCommand]);
  call(dispatch, doc, [new Custom(HELLO, { detail: 'ready' })]);
  if (counts.some((n) => n > 0)) sendFacts();
}
call(addListener, doc, [HELLO, onHello]);
call(dispatch, doc, [new Custom(HELLO, { detail: 'main' })]);
// If the gate never answers (it failed to load), stop listening before page scripts could.
call(addListener, doc, ['DOMContentLoaded', () => call(removeListener, doc, [HELLO, onHello]), { once: true }]);
