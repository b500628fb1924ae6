import { z } from 'zod';
import { Id, SourceRefs, Text } from './common.ts';

export const RedFlagData = z.strictObject({
  id: Id,
  /** Tips that answer this red flag. */
  advice: z.array(Id).min(1, { error: 'links to no tip: add at least one advice id that answers this red flag' }),
  sources: SourceRefs,
});
export type RedFlagData = z.infer<typeof RedFlagData>;

export const RedFlagText = z.strictObject({
  /** A few words, e.g. "They want remote access". */
  name: Text,
  /** One or two short sentences on why it gives the scam away. */
  explain: Text,
});
export type RedFlagText = z.infer<typeof RedFlagText>;
