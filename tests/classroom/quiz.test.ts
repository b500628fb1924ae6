import { describe, expect, it } from 'vitest';
import { PLANS } from '../../widget/classroom/deck.ts';
import { initialState, type Answer, type Settings } from '../../widget/classroom/state.ts';
import { newRound, nextQuestion, quizPoolIds, roundScore, scores, verdict } from '../../widget/classroom/views/quiz.tsx';
import { english } from './lesson-content.ts';

const settings: Settings = { lang: 'en', types: ['fake-tech-support', 'courier-fake-police'], length: 40, country: 'gb', qr: '', paper: 'a4' };

describe('the quiz "Scam or not?"', () => {
  it('never marks checking first as wrong', () => {
    const answers: Answer[] = ['scam', 'not-scam', 'check'];
    const table = [true, false].map((isScam) => answers.map((a) => verdict({ isScam }, a)));
    expect(table).toEqual([
      ['right', 'missed', 'check'],
      ['careful', 'right', 'check'],
    ]);
    expect(scores('check')).toBe(true);
    expect(scores('missed')).toBe(false);
  });

  it('draws from the content: items about the chosen scam types and every honest message', () => {
    const ids = quizPoolIds(english, settings);
    const honest = english.quiz.filter((q) => !q.isScam).map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(honest));
    expect(ids).toContain('microsoft-calls-about-viruses');
    expect(ids).not.toContain('sexual-blackmail-email');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('plays rounds without repeating an item until the pool is used, and scores them', () => {
    let state = { ...initialState(settings), view: 'quiz' as const };
    const pool = quizPoolIds(english, settings);
    const seen: string[] = [];
    while (seen.length < pool.length) {
      const quiz = newRound(english, state);
      expect(quiz.round).toHaveLength(Math.min(PLANS[40].quizRound, pool.length));
      seen.push(...quiz.round);
      let q = quiz;
      for (let i = 0; i < q.round.length; i++) {
        q = { ...q, answers: q.answers.map((a, j) => (j === q.index ? 'check' : a)) };
        q = nextQuestion(q);
      }
      expect(q.done).toBe(true);
      expect(roundScore(english, q)).toBe(q.round.length);
      state = { ...state, quiz: q };
    }
    expect(new Set(seen.slice(0, pool.length)).size).toBe(pool.length);
  });
});
