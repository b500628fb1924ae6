// Full screen: locker pages fill the screen so the person cannot see the browser's own controls.
import { attempt, listen, refuse, type Defuse, type SignalContext } from './hook.ts';

const REQUESTS = ['requestFullscreen', 'webkitRequestFullscreen', 'webkitRequestFullScreen', 'mozRequestFullScreen'];

export function watchFullscreen(ctx: SignalContext): Defuse {
  listen(document, 'fullscreenchange', () => {
    if (document.fullscreenElement) ctx.record('fullscreenRequests');
  });
  return () => {
    for (const name of REQUESTS) refuse(Element.prototype, name, () => Promise.reject(new TypeError('Full screen is turned off on this page.')));
    if (document.fullscreenElement) attempt(() => document.exitFullscreen());
  };
}
