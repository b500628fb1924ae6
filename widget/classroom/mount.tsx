/**
 * Classroom mode as a page: `mountClassroom` renders the lesson into an element of classroom.html
 * (or of any page). The <scam-tips mode="classroom"> element uses mode.tsx instead.
 */
import { render } from 'preact';
import { matchLocale } from '../../content/index.ts';
import { Classroom, loadBundle, type ClassroomOptions } from './app.tsx';
import { buildDeck, slideIndex } from './deck.ts';
import { defaultSettings } from './settings.ts';
import { initialPractice, initialState, parseHash, type LessonState } from './state.ts';

export interface MountOptions {
  /** Inside the widget element: no URL hash; presenter view and printing open `pageUrl`. */
  embedded?: boolean;
  /** The address of classroom.html. */
  pageUrl: string;
  /** A language tag; default: the URL hash, then the browser's languages, then English. */
  lang?: string | undefined;
  /** Scam type ids to teach; default: the ones with a call practice. */
  topics?: readonly string[] | undefined;
  /** Report-channel id ("gb", "international"); default: guessed from the browser's language. */
  country?: string | undefined;
}

/**
 * Renders classroom mode into `root` (its children are replaced). Inside a shadow root, the styles
 * are adopted into that root. Returns a function that removes the lesson.
 */
export async function mountClassroom(root: HTMLElement, options: MountOptions): Promise<() => void> {
  const embedded = options.embedded ?? false;
  const hash = embedded ? parseHash('') : parseHash(location.hash);
  const lang = hash.settings.lang ?? matchLocale([options.lang, ...(navigator.languages ?? [])]) ?? 'en';
  const shadow = root.getRootNode();
  const [bundle] = await Promise.all([loadBundle(lang), shadow instanceof ShadowRoot ? adoptStyles(shadow) : undefined]);
  const settings = { ...defaultSettings(bundle, lang, options), ...hash.settings };
  const state: LessonState = {
    ...initialState(settings),
    ...(hash.view && settings.types.length > 0 && { view: hash.view }),
    slide: slideIndex(buildDeck(bundle, settings), hash.slide),
    practice: hash.scenario ? { ...initialPractice, scenario: hash.scenario } : initialPractice,
  };
  const classroomOptions: ClassroomOptions = {
    embedded,
    pageUrl: options.pageUrl,
    presenter: hash.presenter,
    session: hash.session,
  };
  root.replaceChildren();
  render(<Classroom initial={state} bundle={bundle} options={classroomOptions} />, root);
  return () => render(null, root);
}

/** Inside a shadow root the page's stylesheet does not apply: adopt the same styles (no inline styles, so strict CSP holds). */
async function adoptStyles(root: ShadowRoot): Promise<void> {
  const { default: css } = await import('./classroom.css?inline');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
