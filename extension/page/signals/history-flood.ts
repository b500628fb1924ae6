// History flooding: pages push hundreds of entries so that Back never leaves them. Seen as the
// growth of history.length while the page is open (read when the gate asks: no hook needed).
import { refuse, type Defuse } from './hook.ts';

const startLength = history.length;

/** History entries this page added. */
export const historyGrowth = (): number => Math.max(0, history.length - startLength);

export function watchHistory(): Defuse {
  return () => {
    refuse(History.prototype, 'pushState');
    refuse(History.prototype, 'replaceState');
  };
}
