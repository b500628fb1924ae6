// The call simulations, checked over the content (not by hand): every path ends with a lesson,
// and caution is never punished.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/locales.ts';
import { CAREFUL_ACTIONS } from '../../content/schema/scenario.ts';
import { allPaths, position, stepById } from '../../widget/classroom/practice.ts';
import { english, lessons } from './lesson-content.ts';

describe('call simulations', () => {
  it('include the three operations the issue asks for', () => {
    expect(english.scenarios.map((s) => s.scamType).sort()).toEqual(expect.arrayContaining(['courier-fake-police', 'fake-tech-support', 'investment-call-centre']));
    for (const s of english.scenarios) expect(s.sources.length).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every path reaches an ending that shows an outcome and a lesson`, () => {
      for (const scenario of lessons[locale].scenarios) {
        const paths = allPaths(scenario);
        expect(paths.length, scenario.id).toBeGreaterThanOrEqual(4);
        for (const path of paths) {
          const end = position(scenario, path, true);
          expect(end.step.ending, `${scenario.id}: ${path.join(' > ')}`).toBeDefined();
          expect(end.step.outcome?.length).toBeGreaterThan(0);
          expect(end.step.lesson?.length).toBeGreaterThan(0);
          // Every step on the way has what the caller says, and every choice a label and a result.
          for (const { step, choice } of end.trail) {
            expect(step.says?.length, `${scenario.id} ${step.id}`).toBeGreaterThan(0);
            expect(choice.label.length).toBeGreaterThan(0);
            expect(choice.result.length).toBeGreaterThan(0);
          }
        }
        // Every ending can be reached.
        const reached = new Set(paths.map((p) => position(scenario, p, true).step.id));
        expect([...reached].sort()).toEqual(scenario.steps.filter((s) => s.ending).map((s) => s.id).sort());
      }
    });
  }

  it('never punishes hanging up, checking or asking someone: those choices end the call safely', () => {
    for (const scenario of english.scenarios) {
      let careful = 0;
      for (const step of scenario.steps) {
        for (const choice of step.choices ?? []) {
          if (!CAREFUL_ACTIONS.includes(choice.action)) continue;
          careful++;
          const next = stepById(scenario, choice.next);
          expect(next.ending, `${scenario.id} ${step.id} > ${choice.id}`).toBeDefined();
          expect(next.ending).not.toBe('harmed');
        }
      }
      // The class can choose caution at every step.
      for (const step of scenario.steps.filter((s) => s.choices)) expect(step.choices!.some((c) => c.action !== 'go-along'), `${scenario.id} ${step.id}`).toBe(true);
      expect(careful).toBeGreaterThanOrEqual(3);
    }
  });

  it('every harmed ending says what to do now, and that it is not the person\'s fault', () => {
    for (const scenario of english.scenarios) {
      for (const end of scenario.steps.filter((s) => s.ending === 'harmed')) {
        expect(end.advice).toContain('it-is-not-your-fault');
        expect(end.lesson).toMatch(/not your fault/);
      }
    }
  });

  it('follows a half-finished path: the result of the last choice shows until the class moves on', () => {
    const scenario = english.scenarios.find((s) => s.id === 'fake-microsoft-support')!;
    const first = scenario.steps.find((s) => s.id === scenario.start)!;
    const choice = first.choices!.find((c) => c.action === 'question')!;
    const waiting = position(scenario, [choice.id], false);
    expect(waiting.step.id).toBe(first.id);
    expect(waiting.pending?.id).toBe(choice.id);
    const moved = position(scenario, [choice.id], true);
    expect(moved.step.id).toBe(choice.next);
    expect(moved.number).toBe(2);
    expect(position(scenario, ['no-such-choice'], true).step.id).toBe(first.id);
  });
});
