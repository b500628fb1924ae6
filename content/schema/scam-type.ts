import { z } from 'zod';
import { Channel, Id, SourceRefs, Text } from './common.ts';
import { PaymentMethodId } from './payment-method.ts';

export const ScamTypeData = z.strictObject({
  id: Id,
  channels: z.array(Channel).min(1, { error: 'names no channel: say how it reaches people (phone, sms, pop-up...)' }),
  redFlags: z.array(Id).min(1, { error: 'names no red flag' }),
  /** Tips that protect against it, the most important first. */
  advice: z.array(Id).min(1, { error: 'names no tip' }),
  /** The payment or access routes this scam uses, for "what to do if you already paid". */
  payments: z.array(PaymentMethodId).min(1, { error: 'names no payment method for "if you already paid"' }),
  sources: SourceRefs,
});
export type ScamTypeData = z.infer<typeof ScamTypeData>;

export const ScriptStep = z.strictObject({
  /** What the scammer says or does. */
  says: Text,
  /** What is really happening. */
  really: Text,
});

export const ScamTypeText = z.strictObject({
  name: Text,
  summary: Text,
  script: z.array(ScriptStep).min(2, { error: 'needs at least two script steps' }),
  /** The one thing to do right now. */
  now: Text,
});
export type ScamTypeText = z.infer<typeof ScamTypeText>;
