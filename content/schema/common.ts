import { z } from 'zod';

/** A stable content id: a lowercase kebab slug, equal to its file name. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'should be a lowercase id made of letters, digits and single dashes, like "caller-id-spoofing"',
});

/** Prose: never empty, never padded with spaces. */
export const Text = z
  .string({ error: 'should be text in quotes' })
  .min(1, { error: 'is empty: write the text or remove the field' })
  .refine((s) => s === s.trim(), { error: 'starts or ends with spaces or line breaks: remove them' });

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'should be a date written as YYYY-MM-DD' });

/** Every claim names at least one source (an id from content/data/sources). */
export const SourceRefs = z
  .array(Id)
  .min(1, { error: 'names no source: every claim needs at least one source id in "sources"' });

export const CHANNELS = ['phone', 'sms', 'pop-up', 'email', 'social', 'ad', 'website', 'in-person'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export { LOCALES, type LocaleId } from '../locales.ts';
