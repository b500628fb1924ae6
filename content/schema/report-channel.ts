import { z } from 'zod';
import { IsoDate, Text } from './common.ts';

export const Phone = z.strictObject({
  number: z.string().regex(/^[0-9 +()-]+$/, { error: 'should be a phone number made of digits, spaces, +, ( ) and -' }),
  kind: z.enum(['report', 'emergency', 'bank-check', 'scam-check', 'sms-forward', 'advice']),
});

/** An official place to report scams, copied from ../shared/REPORTING.md: verified entries and cells only. */
export const ReportChannelData = z.strictObject({
  /** Lowercase ISO 3166-1 alpha-2 code, or "international". */
  id: z.string().regex(/^([a-z]{2}|international)$/, { error: 'should be a lowercase two-letter country code like "gb", or "international"' }),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** Organisation names as the source writes them (English / local). */
  organisation: Text,
  urls: z.array(z.url({ protocol: /^https$/, error: 'should be an https:// address' })),
  phones: z.array(Phone),
  /** Forwarding addresses for scam e-mails, where the source gives one. */
  emails: z.array(z.email()).optional(),
  status: z.literal('verified', { error: 'only verified entries may be shown: status must be "verified"' }),
  checked: IsoDate,
  /** The sources REPORTING.md names for the entry, as written there. */
  checkedAgainst: Text,
});
export type ReportChannelData = z.infer<typeof ReportChannelData>;

export const ReportChannelText = z.strictObject({
  /** What to report there, in short plain sentences. */
  what: Text,
});
export type ReportChannelText = z.infer<typeof ReportChannelText>;
