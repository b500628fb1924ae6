// Walking a call simulation: where the class is, given the choices made so far.
import type { Scenario, ScenarioChoice, ScenarioStep } from '../../content/index.ts';

export interface Position {
  /** The step on screen. */
  step: ScenarioStep;
  /** The step number, from 1. */
  number: number;
  /** The choice just made, whose result is on screen until the class moves on. */
  pending?: ScenarioChoice;
  /** Steps passed so far, with the choice made at each. */
  trail: { step: ScenarioStep; choice: ScenarioChoice }[];
}

export function stepById(scenario: Scenario, id: string): ScenarioStep {
  const step = scenario.steps.find((s) => s.id === id);
  if (!step) throw new Error(`scenario ${scenario.id} has no step ${id}`);
  return step;
}

/** Follows the choices from the start. Unknown choices (from an old link) are ignored. */
export function position(scenario: Scenario, choices: readonly string[], moved: boolean): Position {
  let step = stepById(scenario, scenario.start);
  const trail: Position['trail'] = [];
  for (const [i, id] of choices.entries()) {
    const choice = step.choices?.find((c) => c.id === id);
    if (!choice) break;
    trail.push({ step, choice });
    if (i === choices.length - 1 && !moved) return { step, number: trail.length, pending: choice, trail };
    step = stepById(scenario, choice.next);
  }
  return { step, number: trail.length + 1, trail };
}

/** Every path from the start to an ending, as lists of choice ids. */
export function allPaths(scenario: Scenario): string[][] {
  const paths: string[][] = [];
  const walk = (step: ScenarioStep, path: string[], depth: number) => {
    if (depth > scenario.steps.length) throw new Error(`scenario ${scenario.id} loops at ${step.id}`);
    if (!step.choices) {
      paths.push(path);
      return;
    }
    for (const c of step.choices) walk(stepById(scenario, c.next), [...path, c.id], depth + 1);
  };
  walk(stepById(scenario, scenario.start), [], 0);
  return paths;
}
