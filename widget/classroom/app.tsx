// The classroom: setup, slides, quiz, call practice and handouts, in one window or two (audience
// and presenter, kept in step). All state lives in one LessonState (state.ts).
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadSlice, t, type LocaleId } from '../../content/index.ts';
import { buildDeck, slideIndex, type Slide } from './deck.ts';
import { keyAction } from './keys.ts';
import { BundleContext, useT, type Lesson } from './lesson-context.ts';
import { parseHash, toHash, type HashInfo, type LessonState, type View } from './state.ts';
import { joinSession, newSessionId, type Sync } from './sync.ts';
import { Handouts } from './views/handouts.tsx';
import { Practice } from './views/practice.tsx';
import { Presenter } from './views/presenter.tsx';
import { nextQuestion, Quiz } from './views/quiz.tsx';
import { Setup } from './views/setup.tsx';
import { slideTitle } from './views/slide.tsx';
import { Slides } from './views/slides.tsx';

export interface ClassroomOptions {
  /** Inside <scam-tips mode="classroom">: no URL hash, and the presenter view and printing open the full page. */
  embedded: boolean;
  /** The address of classroom.html, for the presenter window and for opening the full page. */
  pageUrl: string;
  presenter: boolean;
  session: string | undefined;
}

export type Update = (change: (s: LessonState) => LessonState) => void;

const bundles = new Map<LocaleId, Lesson>();

export async function loadBundle(lang: LocaleId): Promise<Lesson> {
  const cached = bundles.get(lang);
  if (cached) return cached;
  const b = await loadSlice(lang, 'classroom');
  bundles.set(lang, b);
  return b;
}

export function hashOf(state: LessonState, deck: readonly Slide[], extra: Pick<HashInfo, 'session' | 'presenter'>): string {
  return toHash({
    settings: state.settings,
    view: state.view,
    ...(state.view === 'slides' && { slide: deck[state.slide]?.id }),
    ...(state.view === 'practice' && state.practice.scenario && { scenario: state.practice.scenario }),
    ...extra,
  });
}

export function Classroom({ initial, bundle: firstBundle, options }: { initial: LessonState; bundle: Lesson; options: ClassroomOptions }) {
  const [state, setState] = useState(initial);
  const [bundle, setBundle] = useState(firstBundle);
  const [session, setSession] = useState(options.session);
  const [notice, setNotice] = useState('');
  const current = useRef(state);
  const sync = useRef<Sync | undefined>(undefined);
  // Keys are heard by the whole page, or inside the widget only; the page or the widget goes full screen.
  const root = useRef<HTMLDivElement>(null);

  const commit = useCallback((next: LessonState, fromOtherWindow = false) => {
    current.current = next;
    setState(next);
    if (!fromOtherWindow) sync.current?.send(next);
  }, []);
  const update: Update = useCallback((change) => commit(change(current.current)), [commit]);

  useEffect(() => {
    if (!session) return undefined;
    sync.current = joinSession(session, (s) => commit(s, true), () => current.current);
    return () => sync.current?.close();
  }, [session, commit]);

  // The language can change from either window; show the old one until the new one has loaded.
  useEffect(() => {
    let live = true;
    if (state.settings.lang !== bundle.locale.id) void loadBundle(state.settings.lang).then((b) => live && setBundle(b));
    return () => {
      live = false;
    };
  }, [state.settings.lang, bundle]);

  const deck = useMemo(() => buildDeck(bundle, state.settings), [bundle, state.settings]);

  // A new part of the lesson starts at its top, not where the last one was scrolled to.
  useEffect(() => {
    if (!options.embedded) scrollTo(0, 0);
  }, [state.view, options.embedded]);

  // Before paint, so the page never shows a slide in one direction and then flips.
  useLayoutEffect(() => {
    if (options.embedded) return;
    document.documentElement.lang = bundle.locale.id;
    document.documentElement.dir = bundle.locale.dir;
    history.replaceState(null, '', hashOf(state, deck, { session, presenter: options.presenter }));
  }, [state, deck, bundle, session, options.embedded, options.presenter]);

  // A deep link typed or pasted into the address bar moves both windows.
  useEffect(() => {
    if (options.embedded) return undefined;
    const onHash = () => {
      const info = parseHash(location.hash);
      update((s) => {
        const settings = { ...s.settings, ...info.settings };
        const view = info.view ?? s.view;
        return {
          ...s,
          settings,
          view,
          slide: info.slide ? slideIndex(buildDeck(bundle, settings), info.slide) : s.slide,
          practice: info.scenario && info.scenario !== s.practice.scenario ? { scenario: info.scenario, choices: [], moved: true } : s.practice,
        };
      });
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [bundle, update, options.embedded]);

  const go = useCallback(
    (index: number) => update((s) => ({ ...s, blank: false, slide: Math.max(0, Math.min(deck.length - 1, index)) })),
    [update, deck.length],
  );
  const toggleBlank = useCallback(() => update((s) => ({ ...s, blank: !s.blank })), [update]);
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void (options.embedded ? root.current : document.documentElement)?.requestFullscreen?.().catch(() => undefined);
  }, [options.embedded]);

  useEffect(() => {
    const onKey = (e: Event) => {
      const k = e as KeyboardEvent;
      if (k.defaultPrevented) return;
      const target = k.composedPath()[0];
      const el = target instanceof Element ? target : null;
      if (el?.closest('input, select, textarea, [contenteditable]')) return;
      const action = keyAction(k, bundle.locale.dir);
      if (!action) return;
      // Space and Enter press the button that has focus; only clickers' keys move the lesson then.
      if (el?.closest('button, a, summary') && (k.key === ' ' || k.key === 'Enter')) return;
      const s = current.current;
      if (action === 'fullscreen') toggleFullscreen();
      else if (s.view === 'setup') return;
      else if (action === 'blank') toggleBlank();
      else if (s.blank) update((x) => ({ ...x, blank: false }));
      else if (s.view === 'slides') {
        if (action === 'next') go(s.slide + 1);
        else if (action === 'prev') go(s.slide - 1);
        else if (action === 'first') go(0);
        else go(deck.length - 1);
      } else if (s.view === 'quiz' && action === 'next') {
        if (!s.quiz || s.quiz.done || s.quiz.answers[s.quiz.index] == null) return;
        update((x) => ({ ...x, quiz: x.quiz && nextQuestion(x.quiz) }));
      } else if (s.view === 'practice' && action === 'next') {
        if (s.practice.moved) return;
        update((x) => ({ ...x, practice: { ...x.practice, moved: true } }));
      } else return;
      k.preventDefault();
    };
    const target = options.embedded ? root.current : window;
    target?.addEventListener('keydown', onKey);
    return () => target?.removeEventListener('keydown', onKey);
  }, [options.embedded, bundle, deck.length, go, toggleBlank, toggleFullscreen, update]);

  const setView = (view: View) => update((s) => ({ ...s, view, blank: false }));

  const openPresenter = () => {
    const id = session ?? newSessionId();
    if (!session) setSession(id);
    const url = `${options.pageUrl}${hashOf(current.current, deck, { session: id, presenter: true })}`;
    const win = open(url, `scam-tips-presenter-${id}`, 'popup,width=1100,height=760');
    setNotice(win ? '' : 'classroom.presenter.blocked');
  };
  const openFullPage = (view: View) => {
    open(`${options.pageUrl}${hashOf({ ...current.current, view }, deck, { presenter: false })}`, '_blank');
  };

  const slide = deck[state.slide] ?? deck[0]!;
  const title = slideTitle(bundle, slide, state.settings);

  return (
    <BundleContext.Provider value={bundle}>
      <div ref={root} class={`classroom view-${state.view}${options.presenter ? ' is-presenter' : ''}${options.embedded ? ' is-embedded' : ''}`} lang={bundle.locale.id} dir={bundle.locale.dir}>
        {state.view !== 'setup' && (
          <Toolbar
            view={state.view}
            presenter={options.presenter}
            embedded={options.embedded}
            onView={setView}
            onPresenter={options.embedded ? () => openFullPage(state.view) : openPresenter}
            onFullscreen={toggleFullscreen}
          />
        )}
        {notice && (
          <p class="notice" role="alert">
            {t(bundle, notice)}
          </p>
        )}
        {options.presenter && state.view === 'slides' ? (
          <Presenter deck={deck} state={state} go={go} toggleBlank={toggleBlank} />
        ) : (
          <Stage embedded={options.embedded}>
            {state.view === 'setup' && <Setup state={state} update={update} deck={deck} embedded={options.embedded} />}
            {state.view === 'slides' && <Slides deck={deck} state={state} go={go} toggleBlank={toggleBlank} />}
            {state.view === 'quiz' && <Quiz state={state} update={update} presenter={options.presenter} />}
            {state.view === 'practice' && <Practice state={state} update={update} presenter={options.presenter} />}
            {state.view === 'handouts' && <Handouts state={state} update={update} onPrint={options.embedded ? () => openFullPage('handouts') : () => print()} />}
          </Stage>
        )}
        {state.view === 'slides' && (
          <p class="visually-hidden" aria-live="polite">
            {title}
          </p>
        )}
        {state.blank && !options.presenter && <div class="blank" role="img" aria-label={t(bundle, 'classroom.blank.label')} />}
      </div>
    </BundleContext.Provider>
  );
}

/** The page's main landmark; inside the widget the host page has its own, so a plain box. */
function Stage({ embedded, children }: { embedded: boolean; children: ComponentChildren }) {
  return embedded ? <div class="stage">{children}</div> : <main class="stage">{children}</main>;
}

function Toolbar(props: { view: View; presenter: boolean; embedded: boolean; onView: (v: View) => void; onPresenter: () => void; onFullscreen: () => void }) {
  const t = useT();
  const views: View[] = ['setup', 'slides', 'quiz', 'practice', 'handouts'];
  return (
    <header class="toolbar">
      <nav aria-label={t('classroom.nav.label')}>
        <ul>
          {views.map((v) => (
            <li key={v}>
              <button type="button" aria-current={props.view === v ? 'page' : undefined} onClick={() => props.onView(v)}>
                {t(`classroom.nav.${v}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div class="toolbar-actions">
        {!props.presenter && (
          <button type="button" onClick={props.onPresenter}>
            {t(props.embedded ? 'classroom.nav.fullPage' : 'classroom.nav.presenter')}
          </button>
        )}
        <button type="button" onClick={props.onFullscreen}>
          {t('classroom.nav.fullscreen')}
        </button>
      </div>
    </header>
  );
}
