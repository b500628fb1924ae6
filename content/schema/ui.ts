import { z } from 'zod';
import { Text } from './common.ts';

/** A plural message: one form per CLDR category the locale uses (see Intl.PluralRules). */
export const PluralText = z.strictObject({
  zero: Text.optional(),
  one: Text.optional(),
  two: Text.optional(),
  few: Text.optional(),
  many: Text.optional(),
  other: Text,
});

/** Interface strings: plain text, or plural forms. Placeholders are written {name}. */
export const UiText = z.record(z.string().regex(/^[a-z][a-zA-Z0-9.-]*$/, { error: 'should be a key like "section.redFlags"' }), z.union([Text, PluralText]));
export type UiText = z.infer<typeof UiText>;
