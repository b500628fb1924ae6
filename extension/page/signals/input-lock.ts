// Keyboard and pointer lock: the page swallows Esc and other keys, or hides and captures the mouse.
// Pointer lock is seen through its change event. Keyboard lock works only in full screen, which is
// seen, and left and refused on defuse; it is released then too.
import { attempt, listen, refuse, type Defuse, type SignalContext } from './hook.ts';

export function watchInputLock(ctx: SignalContext): Defuse {
  listen(document, 'pointerlockchange', () => {
    if (document.pointerLockElement) ctx.record('pointerLock');
  });
  return () => {
    refuse(Element.prototype, 'requestPointerLock', () => Promise.reject(new TypeError('Pointer lock is turned off on this page.')));
    const keyboard = (navigator as Navigator & { keyboard?: { unlock?: () => void; lock?: unknown } }).keyboard;
    if (keyboard?.unlock) {
      attempt(() => keyboard.unlock!());
      refuse(Object.getPrototypeOf(keyboard) as object, 'lock', () => Promise.reject(new TypeError('Keyboard lock is turned off on this page.')));
    }
    if (document.pointerLockElement) attempt(() => document.exitPointerLock());
  };
}
