// Sound: sirens, recorded voices and speech that say the computer is infected. Media in the page
// is seen through its "play" events; sound from detached media, Web Audio or speech is not seen,
// but all of it stops on defuse: the background mutes the tab, and the page's media and speech
// are stopped and refused from then on.
import { attempt, listen, refuse, type Defuse, type SignalContext } from './hook.ts';

export function watchSound(ctx: SignalContext): Defuse {
  listen(document, 'play', (event) => {
    const media = event.target as HTMLMediaElement;
    if (!media.muted && media.volume > 0) ctx.record('audio');
  });
  return () => {
    for (const element of document.querySelectorAll<HTMLMediaElement>('audio, video')) {
      attempt(() => element.pause());
      attempt(() => (element.muted = true));
    }
    refuse(HTMLMediaElement.prototype, 'play', () => Promise.resolve());
    const speech = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    if (speech) {
      attempt(() => speech.cancel());
      refuse(Object.getPrototypeOf(speech) as object, 'speak');
    }
  };
}
