// The background checks what a page-side script sends: the page can reach our content script's
// world only through the DOM, but a bug or a hostile page must still not be able to send us junk.
import { z } from 'zod/mini';
import type { PageFacts } from '../../content/detect/index.ts';
import { FACT_KEYS, factsOf } from '../page/bridge.ts';
import type { PageReport } from '../shared/messages.ts';

z.config({ jitless: true });

const Count = z.number().check(z.int(), z.nonnegative(), z.maximum(1_000_000));

export const PageReportSchema = z.strictObject({
  url: z.string().check(z.maxLength(8192)),
  title: z.string().check(z.maxLength(4096)),
  text: z.string().check(z.maxLength(1024 * 1024)),
  loadId: z.string().check(z.regex(/^[a-z0-9]{8,64}$/)),
  /** Counts in FACT_KEYS order (the gate sends numbers; names would cost it bytes on every page). */
  facts: z.array(Count).check(z.length(FACT_KEYS.length)),
});

/** A checked report, its facts named for the detector. */
export type CheckedReport = Omit<PageReport, 'facts'> & { facts: PageFacts };

export function parsePageReport(input: unknown): CheckedReport {
  const parsed = PageReportSchema.safeParse(input);
  if (!parsed.success) throw new Error('The page report was not valid.');
  return { ...(parsed.data as PageReport), facts: factsOf(parsed.data.facts) };
}
