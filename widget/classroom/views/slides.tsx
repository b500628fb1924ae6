import type { Slide } from '../deck.ts';
import { useBundle, useT } from '../lesson-context.ts';
import type { LessonState } from '../state.ts';
import { SlideContent, slideTitle } from './slide.tsx';

export interface SlideNav {
  deck: readonly Slide[];
  state: LessonState;
  go: (index: number) => void;
  toggleBlank: () => void;
}

/** Previous / next / blank buttons and the slide count, for mouse and touch users. */
export function SlideControls({ deck, state, go, toggleBlank }: SlideNav) {
  const t = useT();
  const at = Math.min(state.slide, deck.length - 1);
  return (
    <div class="slide-controls">
      <button type="button" onClick={() => go(at - 1)} disabled={at === 0}>
        <span aria-hidden="true">‹ </span>
        {t('classroom.nav.prev')}
      </button>
      <span class="slide-count">{t('classroom.slide.count', { current: at + 1, total: deck.length })}</span>
      <button type="button" onClick={() => go(at + 1)} disabled={at === deck.length - 1}>
        {t('classroom.nav.next')}
        <span aria-hidden="true"> ›</span>
      </button>
      <button type="button" aria-pressed={state.blank} onClick={toggleBlank}>
        {t('classroom.nav.blank')}
      </button>
    </div>
  );
}

export function Slides(props: SlideNav) {
  const b = useBundle();
  const t = useT();
  const { deck, state } = props;
  const at = Math.min(state.slide, deck.length - 1);
  const slide = deck[at]!;
  return (
    <>
      <section
        class={`slide slide-${slide.kind}`}
        key={slide.id}
        data-slide={slide.id}
        aria-roledescription={t('classroom.slide.role')}
        aria-label={`${t('classroom.slide.count', { current: at + 1, total: deck.length })}: ${slideTitle(b, slide, state.settings)}`}
      >
        <div class="slide-body">
          <SlideContent slide={slide} settings={state.settings} />
        </div>
      </section>
      <SlideControls {...props} />
      <p class="keys-help">{t('classroom.keys.help')}</p>
    </>
  );
}
