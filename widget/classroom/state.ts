// The lesson's state: what the teacher chose, which view and slide are showing, and where the quiz
// and the call practice are. It is plain data, so the presenter window can be kept in step by
// sending it whole, and the URL hash can hold a deep link to any slide.
import { isLocale, type LocaleId } from '../../content/index.ts';
import type { Pool } from './quiz-pool.ts';

export const LENGTHS = [20, 40, 60] as const;
export type LessonLength = (typeof LENGTHS)[number];
export const VIEWS = ['setup', 'slides', 'quiz', 'practice', 'handouts'] as const;
export type View = (typeof VIEWS)[number];
export type Paper = 'a4' | 'letter';
export type Answer = 'scam' | 'not-scam' | 'check';

export interface Settings {
  lang: LocaleId;
  /** Scam type ids, in the order the teacher wants them. */
  types: string[];
  length: LessonLength;
  /** A report-channel id ("gb", "international"...). */
  country: string;
  /** Address the handouts' QR code points to; empty means this page. */
  qr: string;
  paper: Paper;
}

export interface QuizState {
  pool: Pool;
  round: string[];
  index: number;
  answers: (Answer | null)[];
  done: boolean;
}

export interface PracticeState {
  scenario: string | null;
  /** The choice ids taken so far, in order. */
  choices: string[];
  /** False while the result of the last choice is on screen. */
  moved: boolean;
}

export interface LessonState {
  settings: Settings;
  view: View;
  /** Index into the deck built from the settings (see deck.ts). */
  slide: number;
  blank: boolean;
  quiz: QuizState | null;
  practice: PracticeState;
}

export const initialPractice: PracticeState = { scenario: null, choices: [], moved: true };

export function initialState(settings: Settings): LessonState {
  return { settings, view: 'setup', slide: 0, blank: false, quiz: null, practice: initialPractice };
}

/** What the URL hash says: settings, view, the slide by id, and the presenter link. */
export interface HashInfo {
  settings: Partial<Settings>;
  view?: View | undefined;
  slide?: string | undefined;
  scenario?: string | undefined;
  session?: string | undefined;
  presenter: boolean;
}

const COUNTRY = /^([a-z]{2}|international)$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseHash(hash: string): HashInfo {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const settings: Partial<Settings> = {};
  const lang = p.get('lang');
  if (lang && isLocale(lang)) settings.lang = lang;
  const types = p.get('types');
  if (types !== null) settings.types = types.split(',').filter((t) => ID.test(t));
  const length = Number(p.get('length'));
  if ((LENGTHS as readonly number[]).includes(length)) settings.length = length as LessonLength;
  const country = p.get('country');
  if (country && COUNTRY.test(country)) settings.country = country;
  const qr = p.get('qr');
  if (qr !== null && isWebAddress(qr)) settings.qr = qr;
  const paper = p.get('paper');
  if (paper === 'a4' || paper === 'letter') settings.paper = paper;
  const view = p.get('view');
  const slide = p.get('slide');
  const scenario = p.get('call');
  const session = p.get('session');
  return {
    settings,
    ...(view && (VIEWS as readonly string[]).includes(view) && { view: view as View }),
    ...(slide && { slide }),
    ...(scenario && ID.test(scenario) && { scenario }),
    ...(session && /^[a-z0-9]{1,32}$/.test(session) && { session }),
    presenter: p.get('role') === 'presenter',
  };
}

export function toHash(info: HashInfo): string {
  const p = new URLSearchParams();
  if (info.view) p.set('view', info.view);
  if (info.slide) p.set('slide', info.slide);
  if (info.scenario) p.set('call', info.scenario);
  const s = info.settings;
  if (s.lang) p.set('lang', s.lang);
  if (s.types) p.set('types', s.types.join(','));
  if (s.length) p.set('length', String(s.length));
  if (s.country) p.set('country', s.country);
  if (s.paper) p.set('paper', s.paper);
  if (s.qr) p.set('qr', s.qr);
  if (info.session) p.set('session', info.session);
  if (info.presenter) p.set('role', 'presenter');
  // Commas in the type list read better unescaped.
  return `#${p.toString().replace(/%2C/g, ',')}`;
}

/** Only http(s) addresses go into a QR code. */
export function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
