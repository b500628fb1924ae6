import { z } from 'zod';
import { Id, IsoDate, Text } from './common.ts';

/** A figure a seed states, kept as a number so each locale formats it with Intl. */
export const Figure = z.strictObject({
  kind: z.enum(['arrests', 'seized', 'victims', 'countries', 'call-centres', 'losses', 'searches', 'servers', 'complaints', 'bank-accounts-frozen', 'people-working', 'monthly-takings']),
  value: z.number().nonnegative(),
  /** "more-than" when the seed says "more than", "about" when it says "about" or "around". */
  precision: z.enum(['exact', 'more-than', 'about', 'at-least']),
  currency: z.enum(['EUR', 'USD', 'GBP']).optional(),
});
export type Figure = z.infer<typeof Figure>;

export const SourceData = z
  .strictObject({
    id: Id,
    kind: z.enum(['operation', 'official-advice']),
    /** When it happened or was published (YYYY, YYYY-MM or YYYY-MM-DD); left out when the seed gives none. */
    date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, { error: "should be a date written as YYYY, YYYY-MM or YYYY-MM-DD" }).optional(),
    agencies: z.array(Text).min(1),
    /** ISO 3166-1 alpha-2 codes of the countries named. */
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, { error: 'should be a two-letter country code like "GB"' })),
    figures: z.array(Figure),
    /** File name of the press report in ../shared/seeds. */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'should be a seed file name like "000_81cbdd817f8c89e6.txt"' }).optional(),
    /** Language of the seed document. */
    seedLanguage: z.string().optional(),
    url: z.url({ protocol: /^https$/, error: 'should be an https:// address' }).optional(),
    checked: IsoDate.optional(),
  })
  .refine((s) => s.seed !== undefined || s.url !== undefined, {
    error: 'has neither a seed document ("seed") nor an address ("url"): say where it comes from',
    path: ['seed'],
  });
export type SourceData = z.infer<typeof SourceData>;

export const SourceText = z.strictObject({
  title: Text,
  summary: Text,
  /** Who published the report, e.g. "NRK (Norwegian public broadcaster)". */
  publisher: Text,
});
export type SourceText = z.infer<typeof SourceText>;
