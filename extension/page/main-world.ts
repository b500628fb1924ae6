// The page-world observer. Runs at document_start in the page's own JavaScript world (the only
// place where a page's dialogs, full screen or history calls can be seen and stopped), before any
// page script. It notes what the page does, cheaply (signals/hook.ts says how), and tells the gate
// on a private channel (bridge.ts) when the gate asks, or at once for dialog loops. It holds a dialog
// loop back by itself when the page also does other lockers' things, until the verdict. On the
// gate's command it undoes it all. Its early input listener keeps the page UI's buttons working
// whatever the page's own listeners do (see onInput). It reads no text and sends nothing anywhere else.
import { FACT_KEYS, HELLO, isNotable, type Command, type FactKey } from './bridge.ts';
import { watchDialogs } from './signals/dialogs.ts';
import { watchFullscreen } from './signals/fullscreen.ts';
import { historyGrowth, watchHistory } from './signals/history-flood.ts';
import { call, hook, listen, type SignalContext } from './signals/hook.ts';
import { watchInputLock } from './signals/input-lock.ts';
import { hasLeaveHandler, watchLeaveTrap } from './signals/leave-trap.ts';
import { watchSound } from './signals/sound.ts';

// Taken before the page can replace them: the gate's hello and the UI's input come after page
// scripts ran, so nothing that touches a key or a channel may go through a page-replaceable method.
const addListener = EventTarget.prototype.addEventListener;
const dispatch = EventTarget.prototype.dispatchEvent;
const Custom = CustomEvent;
const create = Object.create;
/**
 * An event's options as an object without a prototype: the browser reads each option with a plain
 * property read, which on an ordinary object would reach getters a page put on Object.prototype.
 */
const options = (detail: string, cancelable = false): CustomEventInit<string> => {
  const init = create(null) as CustomEventInit<string>;
  init.detail = detail;
  init.cancelable = cancelable;
  return init;
};
/** A property's getter, to call on an object the page may have tampered with (test DOMs keep some as plain fields). */
const getter = (proto: object, name: string): ((this: unknown) => unknown) =>
  Object.getOwnPropertyDescriptor(proto, name)?.get ??
  function (this: unknown) {
    return (this as Record<string, unknown>)[name];
  };
const detailOf = getter(CustomEvent.prototype, 'detail');
const targetOf = getter(Event.prototype, 'target');
const typeOf = getter(Event.prototype, 'type');
const startsWith = String.prototype.startsWith;
const sliceOf = String.prototype.slice;
const codeAt = String.prototype.charCodeAt;
const stopNow = Event.prototype.stopImmediatePropagation;
const preventDefault = Event.prototype.preventDefault;
const mouse = ['clientX', 'clientY', 'detail'].map((name) => getter(MouseEvent.prototype, name));
const keyOf = getter(KeyboardEvent.prototype, 'key');
const localNameOf = getter(Element.prototype, 'localName');
const WeakMapOf = WeakMap;
const SetOf = Set;
const setAdd = Set.prototype.add;
const setHas = Set.prototype.has;
const setForEach = Set.prototype.forEach;
const sizeOf = getter(Set.prototype, 'size');
const weakGet = WeakMap.prototype.get;
const weakSet = WeakMap.prototype.set;
const weakDelete = WeakMap.prototype.delete;
const setTimer = setTimeout;
const now = Date.now;
const max = Math.max;
const doc = document;

const counts: number[] = FACT_KEYS.map(() => 0);
/**
 * The channels of the gates that met this observer (usually one; see onHello for why there may be
 * more, and why there is no limit). Facts go to all of them; commands are taken from any of them.
 * Read and written only through the saved Set methods.
 */
const channels = new SetOf<string>();
/** The page UI's host elements and the channel of the gate that showed each. */
const uiHosts = new WeakMapOf<object, string>();
let uiCount = 0;
let isDefused = false;
let isHeld = false;
/**
 * The observer may hold a dialog loop back by itself until a gate's verdict, once; the hold lapses
 * after SELF_HOLD_MS if no gate confirms it (no gate came: the page keeps its dialogs).
 */
let canSelfHold = true;
let isGateHold = false;
const SELF_HOLD_MS = 15_000;
let sendTimer: ReturnType<typeof setTimeout> | undefined;
let lastSent = 0;

const send = (detail: string) => {
  call(setForEach, channels, [(channel: string) => call(dispatch, doc, [new Custom(channel, options(detail))])]);
};
const HISTORY = FACT_KEYS.indexOf('historyPushes');
const LEAVE = FACT_KEYS.indexOf('blocksLeaving');
const DIALOGS = FACT_KEYS.indexOf('dialogs');
/** Each fact's place in the counts, looked up without Array.prototype.indexOf (which the page may replace). */
const FACT_INDEX = create(null) as Record<FactKey, number>;
FACT_KEYS.forEach((key, i) => (FACT_INDEX[key] = i));
/** Brings the counts that are read rather than seen (history length, leave handler) up to date. */
const updateCounts = () => {
  counts[HISTORY] = max(counts[HISTORY]!, historyGrowth());
  if (hasLeaveHandler()) counts[LEAVE] = max(counts[LEAVE]!, 1);
};
const sendFacts = () => {
  sendTimer = undefined;
  lastSent = now();
  updateCounts();
  // Joined by hand: the page may have replaced Array.prototype.join by now.
  let message = 'f:';
  for (let k = 0; k < counts.length; k++) message += k === 0 ? `${counts[k]}` : `,${counts[k]}`;
  send(message);
};

const ctx: SignalContext = {
  record(fact: FactKey) {
    const i = FACT_INDEX[fact]!;
    const before = counts[i]!;
    counts[i] = before + 1;
    // A dialog loop blocks every click until the verdict, which may be far off (the gate looks once
    // the page has loaded): hold the dialogs back now, when the page also acts like a locker.
    if (i === DIALOGS && before >= 2 && canSelfHold && !isHeld && !isDefused && (updateCounts(), isNotable(counts))) {
      isHeld = true;
      canSelfHold = false;
      setTimer(() => {
        if (!isGateHold) isHeld = false;
      }, SELF_HOLD_MS);
    }
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
    return uiCount > 0 ? false : call(original, this, args);
  },
);

const defusers = [watchFullscreen(ctx), watchDialogs(ctx), watchHistory(), watchLeaveTrap(ctx), watchSound(ctx), watchInputLock(ctx)];

function onCommand(event: Event) {
  const detail: unknown = call(detailOf, event, []);
  if (typeof detail !== 'string' || !call(startsWith, detail, ['c:'])) return;
  const command = call(sliceOf, detail, [2]) as Command;
  if (command === 'hold') isHeld = isGateHold = true;
  else if (command === 'facts') sendFacts();
  else if (command === 'ui' || command === 'noui') {
    // Sent by the page UI on its host element: input aimed at it goes to this gate's channel, and
    // find-in-page is off, while any UI shows.
    const host: unknown = call(targetOf, event, []);
    if (!host || host === doc) return;
    const owner = call(weakGet, uiHosts, [host]);
    if (command === 'ui' && owner === undefined) {
      call(weakSet, uiHosts, [host, call(typeOf, event, [])]);
      uiCount++;
    } else if (command === 'noui' && owner === call(typeOf, event, [])) {
      call(weakDelete, uiHosts, [host]);
      uiCount--;
    }
  } else if (command === 'release') {
    isHeld = isGateHold = false;
    canSelfHold = false;
  }
  else if (command === 'defuse' && !isDefused) {
    isDefused = true;
    for (const undo of defusers) undo();
  }
}

// The hand-shake (see bridge.ts). The gate arrives after the page has loaded, so this listens for
// as long as the page lives: on window, in the capture phase, registered before any page script, so
// it runs first and no page listener ever sees a gate's hello (and its key). A page may send hellos
// of its own: it gets a channel of its own, on which it hears only what it did itself. There is no
// limit on channels, or a page could use them all up before the gate comes; a page that sends
// thousands only slows itself.
function onHello(event: Event) {
  const detail: unknown = call(detailOf, event, []);
  if (typeof detail !== 'string' || !call(startsWith, detail, ['key:'])) return;
  call(stopNow, event, []);
  const key = call(sliceOf, detail, [4]) as string;
  if (!isKey(key)) return;
  const channel = `scam-tips-${key}`;
  if (call(setHas, channels, [channel])) return;
  call(setAdd, channels, [channel]);
  call(addListener, doc, [channel, onCommand]);
  call(dispatch, doc, [new Custom(channel, options('ready'))]);
  for (let k = 0; k < counts.length; k++) {
    if (counts[k]! > 0) return sendFacts();
  }
}
listen(window, HELLO, onHello);

/** 16 to 64 lower-case letters and digits, read without a page-replaceable method. */
function isKey(key: string): boolean {
  if (key.length < 16 || key.length > 64) return false;
  for (let k = 0; k < key.length; k++) {
    const c = call(codeAt, key, [k]) as number;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/**
 * Clicks and key presses on the page UI's host (as the window sees them: the UI's own elements are
 * in a closed shadow root), before any page listener could swallow them: handed to the gate that
 * showed the UI, on its channel, and hidden from the page. The gate runs the button's action.
 */
function onInput(event: Event) {
  if (uiCount === 0 || !event.isTrusted) return;
  const host: unknown = call(targetOf, event, []);
  const channel = host ? call(weakGet, uiHosts, [host]) : undefined;
  if (typeof channel !== 'string') return;
  const type = call(typeOf, event, []) as string;
  const fields = type === 'click' ? `${call(mouse[0]!, event, [])}|${call(mouse[1]!, event, [])}|${call(mouse[2]!, event, [])}` : `${call(keyOf, event, [])}`;
  const message = new Custom(channel, options(`i:${type}|${fields}`, true));
  // The gate cancels the message when the event's default must not happen (Enter ran an action).
  if (!call(dispatch, doc, [message])) call(preventDefault, event, []);
  call(stopNow, event, []);
}
/**
 * A frame that loads once a gate is here (the page added it later, or sent it elsewhere) has no
 * gate yet: say so, and the gate asks the background for one. Load events do not bubble, but a
 * capture listener on the document sees every frame's.
 */
function onLoad(event: Event) {
  if (call(sizeOf, channels, []) === 0) return;
  try {
    const name: unknown = call(localNameOf, call(targetOf, event, []), []);
    if (name === 'iframe' || name === 'frame') send('n:');
  } catch {
    // Not an element (an image's load fires at the element too; anything else is not a frame).
  }
}
listen(doc, 'load', onLoad);
listen(window, 'click', onInput);
listen(window, 'keydown', onInput);
