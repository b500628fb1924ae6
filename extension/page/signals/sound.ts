// Sound: sirens, recorded voices and speech that say the computer is infected. Media in the page
// is seen through its "play" events. Media never put in the page (`new Audio(url).play()`, the
// usual siren) fires no event the page's document sees, so play() is hooked too: it notes the
// element, to stop it on defuse. Sound from Web Audio or speech is not seen, but all of it stops on
// defuse: the background mutes the tab, and the page's media and speech are stopped and refused
// from then on.
import { attempt, call, hook, listen, refuse, type Defuse, type SignalContext } from './hook.ts';

/** Detached media elements kept for defusing; a page playing thousands is capped. */
const MAX_DETACHED = 64;

export function watchSound(ctx: SignalContext): Defuse {
  const isAudible = (media: HTMLMediaElement) => !media.muted && media.volume > 0;
  listen(document, 'play', (event) => {
    if (isAudible(event.target as HTMLMediaElement)) ctx.record('audio');
  });
  const detached = new Set<HTMLMediaElement>();
  hook(HTMLMediaElement.prototype, 'play', (original) =>
    function (this: HTMLMediaElement, ...args: unknown[]) {
      if (this instanceof HTMLMediaElement && !this.isConnected && detached.size < MAX_DETACHED) {
        detached.add(this);
        if (isAudible(this)) ctx.record('audio');
      }
      return call(original, this, args);
    },
  );
  return () => {
    for (const element of [...document.querySelectorAll<HTMLMediaElement>('audio, video'), ...detached]) {
      attempt(() => element.pause());
      attempt(() => (element.muted = true));
    }
    detached.clear();
    refuse(HTMLMediaElement.prototype, 'play', () => Promise.resolve());
    const speech = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    if (speech) {
      attempt(() => speech.cancel());
      refuse(Object.getPrototypeOf(speech) as object, 'speak');
    }
  };
}
