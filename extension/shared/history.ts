// The local history of warnings: what was shown, where, why, and any phone number the page showed.
// Kept only in this browser (storage.local), never sent; viewable, printable, deletable.
import { z } from 'zod/mini';
import { ext } from './ext.ts';

z.config({ jitless: true });

export const HISTORY_KEY = 'history';
export const MAX_ENTRIES = 500;

const Words = z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20));
const Entry = z.object({
  id: z.string().check(z.maxLength(64)),
  time: z.number(),
  kind: z.enum(['warning', 'notice']),
  verdict: z.enum(['scam', 'suspicious', 'safe']),
  site: z.string().check(z.maxLength(253)),
  /** The address without its query and fragment, which may hold personal data. */
  url: z.string().check(z.maxLength(2048)),
  flags: z.array(z.object({ id: z.string().check(z.maxLength(80)), words: Words })).check(z.maxLength(40)),
  phones: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)),
  tool: z.optional(z.string().check(z.maxLength(80))),
});
export type HistoryEntry = z.infer<typeof Entry>;

/** Reads the stored list; entries that are not valid are dropped (and counted). */
export function parseHistory(raw: unknown): { entries: HistoryEntry[]; dropped: number } {
  if (!Array.isArray(raw)) return { entries: [], dropped: raw === undefined ? 0 : 1 };
  const entries: HistoryEntry[] = [];
  let dropped = 0;
  for (const item of raw.slice(-MAX_ENTRIES)) {
    const parsed = Entry.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else dropped++;
  }
  return { entries, dropped };
}

export async function loadHistory(): Promise<{ entries: HistoryEntry[]; dropped: number }> {
  const stored = await ext.storage.local.get(HISTORY_KEY);
  return parseHistory(stored[HISTORY_KEY]);
}

export async function addHistory(entry: HistoryEntry): Promise<void> {
  const { entries } = await loadHistory();
  entries.push(entry);
  await ext.storage.local.set({ [HISTORY_KEY]: entries.slice(-MAX_ENTRIES) });
}

export async function deleteHistory(id?: string): Promise<void> {
  if (id === undefined) return ext.storage.local.remove(HISTORY_KEY);
  const { entries } = await loadHistory();
  await ext.storage.local.set({ [HISTORY_KEY]: entries.filter((e) => e.id !== id) });
}

/** The address to keep: scheme, host and path only. */
export function addressToKeep(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`.slice(0, 2048);
  } catch {
    return '';
  }
}

const PHONE = /(?:\+|\b00)?\d[\d\s().-]{6,20}\d/g;

/**
 * Phone numbers a page shows (for the incident summary): runs of 8 to 15 digits written the way
 * phone numbers are, at most `max`, in the order they appear.
 */
export function findPhoneNumbers(text: string, max = 3): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PHONE)) {
    const raw = match[0].trim();
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15) continue;
    // Dates, times and long plain numbers (order ids, prices) are not phone numbers.
    if (/^\d{4}-\d{2}-\d{2}/.test(raw) || /^\d+$/.test(raw) && !raw.startsWith('0') || /\d[.,]\d{2}$/.test(raw) && !/[\s-]/.test(raw)) continue;
    const clean = raw.replace(/\s+/g, ' ');
    if (!found.includes(clean)) found.push(clean);
    if (found.length >= max) break;
  }
  return found;
}
