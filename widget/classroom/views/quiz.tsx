// "Scam or not?": rounds of questions from the content's quiz items, never repeating an item until
// the pool is used. Checking first is always counted as right.
import type { QuizItem } from '../../../content/index.ts';
import type { Update } from '../app.tsx';
import { chosenTypes, PLANS } from '../deck.ts';
import { byId, useBundle, useT, type Lesson } from '../lesson-context.ts';
import { createPool, draw, remaining } from '../quiz-pool.ts';
import type { Answer, LessonState, QuizState, Settings } from '../state.ts';

export type Verdict = 'right' | 'check' | 'missed' | 'careful';

/** Checking first is never wrong; calling a real message a scam is careful, not wrong, but not a point. */
export function verdict(item: Pick<QuizItem, 'isScam'>, answer: Answer): Verdict {
  if (answer === 'check') return 'check';
  if (item.isScam) return answer === 'scam' ? 'right' : 'missed';
  return answer === 'not-scam' ? 'right' : 'careful';
}

export const scores = (v: Verdict) => v === 'right' || v === 'check';

/**
 * Quiz items about the chosen scam types, and every honest message. An item is about a type when
 * it shows one of the type's own red flags (not one that most scams share, like a rush). All items
 * when that is too few for a round.
 */
export function quizPoolIds(b: Pick<Lesson, 'quiz' | 'scamTypes'>, settings: Pick<Settings, 'types' | 'length'>): string[] {
  const uses = new Map<string, number>();
  for (const f of b.scamTypes.flatMap((s) => s.redFlags)) uses.set(f, (uses.get(f) ?? 0) + 1);
  const own = new Set(chosenTypes(b, settings).flatMap((s) => s.redFlags).filter((f) => (uses.get(f) ?? 0) <= b.scamTypes.length / 3));
  const related = b.quiz.filter((q) => !q.isScam || q.redFlags.some((f) => own.has(f))).map((q) => q.id);
  return related.length >= PLANS[settings.length].quizRound ? related : b.quiz.map((q) => q.id);
}

export function newRound(b: Lesson, s: LessonState, random: () => number = Math.random): QuizState {
  const ids = quizPoolIds(b, s.settings);
  const same = s.quiz && s.quiz.pool.order.length === ids.length && ids.every((id) => s.quiz!.pool.order.includes(id));
  const pool = same ? s.quiz!.pool : createPool(ids, random);
  const { items, pool: after } = draw(pool, PLANS[s.settings.length].quizRound, random);
  return { pool: after, round: items, index: 0, answers: items.map(() => null), done: false };
}

/** Points in a round: right answers, and every "I would check first". */
export function roundScore(b: Pick<Lesson, 'quiz'>, q: QuizState): number {
  return q.round.filter((id, i) => {
    const item = b.quiz.find((x) => x.id === id);
    const answer = q.answers[i];
    return item !== undefined && answer != null && scores(verdict(item, answer));
  }).length;
}

export const nextQuestion = (q: QuizState): QuizState => (q.index + 1 < q.round.length ? { ...q, index: q.index + 1 } : { ...q, done: true });

const FEEDBACK: Record<Verdict, [scam: string, real: string]> = {
  right: ['classroom.quiz.rightScam', 'classroom.quiz.rightReal'],
  check: ['classroom.quiz.checkScam', 'classroom.quiz.checkReal'],
  missed: ['classroom.quiz.missedScam', 'classroom.quiz.missedScam'],
  careful: ['classroom.quiz.carefulReal', 'classroom.quiz.carefulReal'],
};

export function Quiz({ state, update, presenter }: { state: LessonState; update: Update; presenter: boolean }) {
  const b = useBundle();
  const t = useT();
  const q = state.quiz;
  const start = () => update((s) => ({ ...s, quiz: newRound(b, s) }));

  if (!q || q.done) {
    const right = q ? roundScore(b, q) : 0;
    const left = q ? remaining(q.pool) : 0;
    return (
      <section class="quiz" aria-labelledby="quiz-title">
        <h1 id="quiz-title">{t('classroom.quiz.title')}</h1>
        {q ? (
          <div class="score" role="status">
            <p class="big">{t('quiz.score', { count: right, total: q.round.length })}</p>
            <p>{t('classroom.quiz.scoreNote')}</p>
            <p>{left > 0 ? t('classroom.quiz.poolLeft', { count: left }) : t('classroom.quiz.poolUsed')}</p>
          </div>
        ) : (
          <p class="lead">{t('classroom.quiz.intro')}</p>
        )}
        <button type="button" class="primary" onClick={start}>
          {q ? t('classroom.quiz.again') : t('classroom.quiz.start')}
        </button>
      </section>
    );
  }

  const item = b.quiz.find((x) => x.id === q.round[q.index]);
  if (!item) return null;
  const answer = q.answers[q.index] ?? null;
  const v = answer && verdict(item, answer);
  const choose = (a: Answer) =>
    update((s) => {
      if (!s.quiz || s.quiz.answers[s.quiz.index] != null) return s;
      const answers = [...s.quiz.answers];
      answers[s.quiz.index] = a;
      return { ...s, quiz: { ...s.quiz, answers } };
    });
  const choices: [Answer, string][] = [
    ['scam', t('quiz.scam')],
    ['not-scam', t('quiz.notScam')],
    ['check', t('classroom.quiz.check')],
  ];
  const last = q.index + 1 === q.round.length;
  return (
    <section class="quiz" aria-labelledby="quiz-title">
      <h1 id="quiz-title">{t('classroom.quiz.title')}</h1>
      <p class="progress">{t('quiz.progress', { current: q.index + 1, total: q.round.length })}</p>
      <article class="quiz-item" data-item={item.id}>
        <h2>{item.from}</h2>
        <blockquote>
          <p>{item.excerpt}</p>
        </blockquote>
      </article>
      <div class="choices" role="group" aria-label={t('classroom.quiz.choices')}>
        {choices.map(([a, label]) => (
          <button
            key={a}
            type="button"
            class={`choice choice-${a}`}
            aria-pressed={answer === a}
            aria-disabled={answer !== null && answer !== a ? 'true' : undefined}
            onClick={() => choose(a)}
          >
            {label}
          </button>
        ))}
      </div>
      <div class={`feedback${v ? ` is-${v}` : ''}`} role="status" aria-live="polite" aria-atomic="true">
        {v && (
          <>
            <p class="verdict">{t(FEEDBACK[v][item.isScam ? 0 : 1])}</p>
            <p>{item.explain}</p>
            {item.redFlags.length > 0 && (
              <>
                <p>{t('classroom.quiz.flags')}</p>
                <ul>
                  {byId(b.redFlags, item.redFlags).map((f) => (
                    <li key={f.id}>{f.name}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
      {answer && (
        <button type="button" class="primary" onClick={() => update((s) => ({ ...s, quiz: s.quiz && nextQuestion(s.quiz) }))}>
          {last ? t('classroom.quiz.finish') : t('quiz.next')}
        </button>
      )}
      {presenter && (
        <aside class="notes" aria-label={t('classroom.presenter.answer')}>
          <h2>{t('classroom.presenter.answer')}</h2>
          <p>
            <strong>{item.isScam ? t('quiz.scam') : t('quiz.notScam')}.</strong> {item.explain}
          </p>
        </aside>
      )}
    </section>
  );
}
