// The slides of a lesson, built from the teacher's choices. Every slide has a stable id, used as
// its deep link (#slide=fake-tech-support.flags), so links survive a change of language.
import type { Lesson } from './lesson-context.ts';
import type { LessonLength, Settings } from './state.ts';

export type TypeSlideKind = 'start' | 'script' | 'flags' | 'now' | 'paid' | 'report' | 'source';

export type Slide =
  | { id: string; kind: 'title' | 'rules' | 'end' }
  | { id: string; kind: Exclude<TypeSlideKind, 'script'>; type: string }
  /** One step of the scammer's script; `reveal` shows what is really going on. */
  | { id: string; kind: 'script'; type: string; step: number; reveal: boolean };

interface Plan {
  /** Show each script line first, and what is really going on on the next slide. */
  splitScript: boolean;
  /** Questions per quiz round. */
  quizRound: number;
}

/** What a lesson of each length holds. */
export const PLANS: Record<LessonLength, Plan> = {
  20: { splitScript: false, quizRound: 5 },
  40: { splitScript: true, quizRound: 8 },
  60: { splitScript: true, quizRound: 12 },
};

/** The chosen scam types that exist in the content, in the teacher's order. */
export function chosenTypes(bundle: Pick<Lesson, 'scamTypes'>, settings: Pick<Settings, 'types'>) {
  return settings.types.flatMap((id) => bundle.scamTypes.find((s) => s.id === id) ?? []);
}

export function buildDeck(bundle: Pick<Lesson, 'scamTypes'>, settings: Pick<Settings, 'types' | 'length'>): Slide[] {
  const plan = PLANS[settings.length];
  const slides: Slide[] = [{ id: 'title', kind: 'title' }];
  for (const type of chosenTypes(bundle, settings)) {
    const at = (kind: Exclude<TypeSlideKind, 'script'>): Slide => ({ id: `${type.id}.${kind}`, kind, type: type.id });
    slides.push(at('start'));
    type.script.forEach((_, i) => {
      const n = i + 1;
      if (plan.splitScript) {
        slides.push({ id: `${type.id}.says-${n}`, kind: 'script', type: type.id, step: i, reveal: false });
        slides.push({ id: `${type.id}.really-${n}`, kind: 'script', type: type.id, step: i, reveal: true });
      } else {
        slides.push({ id: `${type.id}.step-${n}`, kind: 'script', type: type.id, step: i, reveal: true });
      }
    });
    slides.push(at('flags'), at('now'), at('paid'), at('report'), at('source'));
  }
  slides.push({ id: 'rules', kind: 'rules' }, { id: 'end', kind: 'end' });
  return slides;
}

/** The index of a slide id, or 0 when the deck has no such slide. */
export const slideIndex = (deck: readonly Slide[], id: string | undefined): number => Math.max(0, deck.findIndex((s) => s.id === id));
