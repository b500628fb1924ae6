import { z } from 'zod';
import { Id, SourceRefs, Text } from './common.ts';

/**
 * What a choice does. Hanging up, checking and asking someone are the careful actions: in every
 * scenario they lead straight to an ending that is not "harmed" (tests/classroom checks this), so
 * the class is never told that caution was wrong.
 */
export const CHOICE_ACTIONS = ['hang-up', 'check', 'ask-someone', 'question', 'go-along'] as const;
export const CAREFUL_ACTIONS: readonly (typeof CHOICE_ACTIONS)[number][] = ['hang-up', 'check', 'ask-someone'];

/** How a path ends: the call stopped before harm, stopped in time but with something to do, or money was lost. */
export const ENDINGS = ['safe', 'stopped', 'harmed'] as const;

export const ScenarioChoiceData = z.strictObject({
  /** Unique within its step. */
  id: Id,
  /** The id of the step this choice leads to. */
  next: Id,
  action: z.enum(CHOICE_ACTIONS, { error: `should be one of: ${CHOICE_ACTIONS.join(', ')}` }),
});
export type ScenarioChoiceData = z.infer<typeof ScenarioChoiceData>;

/** A step is either a moment in the call with choices, or an ending. checkScenarios enforces which. */
export const ScenarioStepData = z.strictObject({
  id: Id,
  choices: z.array(ScenarioChoiceData).optional(),
  ending: z.enum(ENDINGS, { error: `should be one of: ${ENDINGS.join(', ')}` }).optional(),
  /** The red flags the caller shows in this step. */
  redFlags: z.array(Id).optional(),
  /** For an ending: the tips its lesson rests on. */
  advice: z.array(Id).optional(),
});
export type ScenarioStepData = z.infer<typeof ScenarioStepData>;

/** A call simulation for the classroom: a branching script drawn from a police operation. */
export const ScenarioData = z.strictObject({
  id: Id,
  /** The scam type it practises. */
  scamType: Id,
  /** The id of the first step. */
  start: Id,
  steps: z.array(ScenarioStepData).min(2, { error: 'needs at least two steps: a call and an ending' }),
  sources: SourceRefs,
});
export type ScenarioData = z.infer<typeof ScenarioData>;

export const ScenarioChoiceText = z.strictObject({
  /** What the class can do or say, e.g. "Hang up." */
  label: Text,
  /** What happens next, shown after the class chooses. */
  result: Text,
});
export type ScenarioChoiceText = z.infer<typeof ScenarioChoiceText>;

export const ScenarioStepText = z.strictObject({
  /** Who speaks, e.g. "A caller who says he is from Microsoft". */
  who: Text.optional(),
  /** What the caller says. Needed in every step that has choices. */
  says: Text.optional(),
  /** The text of each choice, by choice id. */
  choices: z.record(Id, ScenarioChoiceText).optional(),
  /** For an ending: how it ended. */
  outcome: Text.optional(),
  /** For an ending: what the class should take home. Every ending needs one. */
  lesson: Text.optional(),
});
export type ScenarioStepText = z.infer<typeof ScenarioStepText>;

export const ScenarioText = z.strictObject({
  title: Text,
  /** Sets the scene, e.g. "You are at home. The phone rings." */
  intro: Text,
  /** The text of each step, by step id. */
  steps: z.record(Id, ScenarioStepText),
});
export type ScenarioText = z.infer<typeof ScenarioText>;
