// alert/confirm/prompt and print loops: each one blocks the page and the person's clicks until
// dismissed, and locker pages open them again at once. These must be caught as they happen (a loop
// may never give the gate a turn), so they are hooked on every page.
import { call, hook, type Defuse, type SignalContext } from './hook.ts';

const ANSWERS: Record<string, unknown> = { alert: undefined, confirm: false, prompt: null, print: undefined };

export function watchDialogs(ctx: SignalContext): Defuse {
  for (const name of Object.keys(ANSWERS)) {
    hook(window, name, (original) =>
      function (this: unknown, ...args: unknown[]) {
        ctx.record(name === 'print' ? 'prints' : 'dialogs');
        if (ctx.isDefused() || ctx.isHeld()) return ANSWERS[name];
        return call(original, this, args);
      },
    );
  }
  // From now on the hooks answer for the person.
  return () => undefined;
}
