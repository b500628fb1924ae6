import { z } from 'zod';
import { LOCALES } from './common.ts';

export const LocaleData = z.strictObject({
  id: z.enum(LOCALES),
  /** The language's own name for itself. */
  name: z.string().min(1),
  englishName: z.string().min(1),
  dir: z.enum(['ltr', 'rtl']),
  /** Whether a native speaker has reviewed the translation. The UI says so when false. */
  reviewed: z.boolean(),
  reviewedBy: z.string().optional(),
  reviewedOn: z.string().optional(),
});
export type LocaleData = z.infer<typeof LocaleData>;
