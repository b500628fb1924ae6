// Keyboard and pointer lock: the page swallows Esc and other keys, or hides and captures the mouse.
// Pointer lock is seen through its change event. Keyboard lock (Chromium's navigator.keyboard.lock)
// has no event: its one method is hooked, to note the call (granted or not, asking is the sign).
// On defuse both are released and refused from then on.
import { attempt, call, hook, listen, refuse, type Defuse, type SignalContext } from './hook.ts';

type Keyboard = { unlock?: () => void; lock?: unknown };

const refused = (what: string) => () => Promise.reject(new TypeError(`${what} is turned off on this page.`));

export function watchInputLock(ctx: SignalContext): Defuse {
  listen(document, 'pointerlockchange', () => {
    if (document.pointerLockElement) ctx.record('pointerLock');
  });
  const keyboard = (navigator as Navigator & { keyboard?: Keyboard }).keyboard;
  const keyboardType = keyboard ? (Object.getPrototypeOf(keyboard) as object) : undefined;
  hook(keyboardType, 'lock', (original) =>
    function (this: unknown, ...args: unknown[]) {
      ctx.record('keyboardLock');
      return ctx.isDefused() ? refused('Keyboard lock')() : call(original, this, args);
    },
  );
  return () => {
    refuse(Element.prototype, 'requestPointerLock', refused('Pointer lock'));
    if (keyboard?.unlock) {
      attempt(() => keyboard.unlock!());
      refuse(keyboardType, 'lock', refused('Keyboard lock'));
    }
    if (document.pointerLockElement) attempt(() => document.exitPointerLock());
  };
}
