import { z } from 'zod';
import { Id, SourceRefs, Text } from './common.ts';

export const AdviceData = z.strictObject({
  id: Id,
  redFlags: z.array(Id).min(1, { error: 'links to no red flag: add the red flag ids this tip answers' }),
  sources: SourceRefs,
});
export type AdviceData = z.infer<typeof AdviceData>;

export const AdviceText = z.strictObject({
  /** A short headline for a tip card, e.g. "Caller ID can lie". */
  title: Text,
  /** One or two short sentences. */
  text: Text,
});
export type AdviceText = z.infer<typeof AdviceText>;
