// The teacher's window: the slide on the projector, the next one, speaker notes and a clock.
import { useEffect, useState } from 'preact/hooks';
import { useBundle, useT } from '../lesson-context.ts';
import { SlideContent, SlideNotes, slideTitle } from './slide.tsx';
import { SlideControls, type SlideNav } from './slides.tsx';

function useElapsed(): string {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const s = Math.floor((now - start) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function Presenter(props: SlideNav) {
  const b = useBundle();
  const t = useT();
  const { deck, state } = props;
  const at = Math.min(state.slide, deck.length - 1);
  const slide = deck[at]!;
  const next = deck[at + 1];
  const elapsed = useElapsed();
  return (
    <main class="presenter">
      <h1 class="visually-hidden">{t('classroom.presenter.title')}</h1>
      <div class="presenter-status">
        <span class="slide-count">{t('classroom.slide.count', { current: at + 1, total: deck.length })}</span>
        <span class="elapsed">{t('classroom.presenter.elapsed', { time: elapsed })}</span>
        {state.blank && <strong class="blanked">{t('classroom.presenter.blanked')}</strong>}
      </div>
      <section class="preview now" aria-label={t('classroom.presenter.current')}>
        <h2 class="preview-label">
          {t('classroom.presenter.current')}: {slideTitle(b, slide, state.settings)}
        </h2>
        <div class="slide mini" data-slide={slide.id}>
          <div class="slide-body">
            <SlideContent slide={slide} settings={state.settings} />
          </div>
        </div>
      </section>
      <section class="preview next" aria-label={t('classroom.presenter.next')}>
        <h2 class="preview-label">{next ? `${t('classroom.presenter.next')}: ${slideTitle(b, next, state.settings)}` : t('classroom.presenter.last')}</h2>
        {next && (
          <div class="slide mini" data-slide={next.id}>
            <div class="slide-body">
              <SlideContent slide={next} settings={state.settings} />
            </div>
          </div>
        )}
      </section>
      <section class="notes" aria-label={t('classroom.notes.label')}>
        <h2>{t('classroom.notes.label')}</h2>
        <SlideNotes slide={slide} settings={state.settings} />
      </section>
      <SlideControls {...props} />
    </main>
  );
}
