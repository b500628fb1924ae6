// The leave trap: a beforeunload handler makes the browser ask "Leave site?" every time.
import { attempt, call, listen, type Defuse, type SignalContext } from './hook.ts';

/** Whether the page set a handler property (listeners added with addEventListener cannot be seen). */
export const hasLeaveHandler = (): boolean => typeof (window as { onbeforeunload?: unknown }).onbeforeunload === 'function';

export function watchLeaveTrap(ctx: SignalContext): Defuse {
  const stop = Event.prototype.stopImmediatePropagation;
  // Registered before any page script, so it runs first and, once defused, silences the page's
  // handlers, including one written as an HTML attribute.
  listen(window, 'beforeunload', (event) => {
    if (ctx.isDefused()) call(stop, event, []);
  });
  return () => attempt(() => ((window as { onbeforeunload: unknown }).onbeforeunload = null));
}
