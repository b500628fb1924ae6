import { z } from 'zod';
import { SourceRefs, Text } from './common.ts';

export const PAYMENT_METHODS = ['bank-transfer', 'card', 'crypto', 'gift-cards', 'cash-courier', 'remote-access'] as const;
export const PaymentMethodId = z.enum(PAYMENT_METHODS, { error: `should be one of: ${PAYMENT_METHODS.join(', ')}` });
export type PaymentMethodId = z.infer<typeof PaymentMethodId>;

/** What to do after paying (or letting them in) one way. */
export const PaymentMethodData = z.strictObject({
  id: PaymentMethodId,
  sources: SourceRefs,
});
export type PaymentMethodData = z.infer<typeof PaymentMethodData>;

export const PaymentMethodText = z.strictObject({
  /** e.g. "I paid by bank transfer". */
  name: Text,
  /** Short steps, most urgent first. */
  steps: z.array(Text).min(1),
});
export type PaymentMethodText = z.infer<typeof PaymentMethodText>;
