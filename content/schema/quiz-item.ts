import { z } from 'zod';
import { Channel, Id, SourceRefs, Text } from './common.ts';

export const QuizItemData = z.strictObject({
  id: Id,
  isScam: z.boolean({ error: 'should be true or false' }),
  channel: Channel,
  /** For a scam: the red flags it shows. For an honest message: usually none. */
  redFlags: z.array(Id),
  sources: SourceRefs,
});
export type QuizItemData = z.infer<typeof QuizItemData>;

export const QuizItemText = z.strictObject({
  /** Who it seems to come from, e.g. "Text message from 'Your Bank'". */
  from: Text,
  excerpt: Text,
  /** Why it is (or is not) a scam, pointing at the red flags. */
  explain: Text,
});
export type QuizItemText = z.infer<typeof QuizItemText>;
