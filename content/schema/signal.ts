import { z } from 'zod';
import { Id, LOCALES } from './common.ts';

const phrases = z.array(z.string().min(1)).optional();

/** Page behaviour the extension reports (see content/detect/types.ts PageFacts): the count from which it counts. */
export const FACT_NAMES = ['fullscreenRequests', 'dialogs', 'historyPushes', 'prints', 'blocksLeaving', 'audio', 'keyboardLock', 'pointerLock'] as const;

/** URL checks, run on the page address and on every link found in the text. */
export const UrlCheck = z.strictObject({
  /**
   * raw-ip: the host is a public IP address; idn: the host is punycode or has non-ASCII letters;
   * hosts: the host is, or is under, one of `hosts` (free hosting, link shorteners);
   * tld: the host ends with one of `hosts` (top-level domains, written ".xyz");
   * brand: a brand name of `brands` appears in a host that is not one of that brand's own domains
   * ("amazon.*" allows every top-level domain); link: any link at all (a cue for "click the link").
   */
  check: z.enum(['raw-ip', 'idn', 'hosts', 'tld', 'brand', 'link']),
  hosts: z.array(z.string().min(2)).optional(),
  brands: z.record(z.string().min(2), z.array(z.string().min(3)).min(1)).optional(),
});
export type UrlCheck = z.infer<typeof UrlCheck>;

/**
 * A detection signal: words or patterns that show one red flag.
 * A signal with weight 0 is a cue: it raises no red flag itself, but other signals can need it.
 */
export const SignalData = z.strictObject({
  id: Id,
  redFlag: Id,
  /** How strongly it points to a scam on its own, 0..1. */
  weight: z.number().min(0).max(1),
  scope: z.enum(['message', 'page', 'both']),
  /**
   * Plain phrases per locale, matched case- and accent-insensitively on word boundaries (Chinese:
   * anywhere). A final `*` also matches longer words ("block*": blocked, blocking); `#` is any number.
   */
  phrases: z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, phrases])) as Record<(typeof LOCALES)[number], typeof phrases>),
  /** Language-independent patterns (linear-time: no nested quantifiers, no back-references). */
  patterns: z.array(z.string().min(1)).optional(),
  /** Language-independent phrases (product and brand names), matched like phrases in every text. */
  terms: z.array(z.string().min(1)).optional(),
  /** A pattern match counts only with this many digits (at least, at most): for phone numbers. */
  digits: z.tuple([z.number().int().min(1), z.number().int().min(1)]).optional(),
  /**
   * Other signals this one needs in the same text: each group needs a match of one of its signal
   * ids (within `within` characters, when given). "Authority + payment" is a payment signal that
   * needs the authority signal.
   */
  needs: z.array(z.array(Id).min(1)).min(1).optional(),
  within: z.number().int().min(10).max(5000).optional(),
  url: UrlCheck.optional(),
  /** Page behaviour that shows it: each named fact counts from the given number (true counts as 1). */
  facts: z.partialRecord(z.enum(FACT_NAMES), z.number().int().min(1)).optional(),
});
export type SignalData = z.infer<typeof SignalData>;

/**
 * Words that change how a phrase is read, per locale (content/detect/grammar.json): a negation just
 * before it ("never give remote access"), unless a condition comes first ("if you do not pay, you
 * will be arrested" is a threat); a description of scams in the same sentence ("scammers ask for
 * gift cards"); currency words; and the commonest words, to tell the language of a text.
 */
const perLocale = z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, z.array(z.string().min(1)).min(1)])) as Record<(typeof LOCALES)[number], z.ZodArray<z.ZodString>>);
export const SignalGrammar = z.strictObject({
  negation: perLocale,
  condition: perLocale,
  description: perLocale,
  common: perLocale,
  /** Currency words, read as part of the number beside them ("200 euro" matches "#"). */
  currency: perLocale,
  /** Words a phrase may have in between without changing it ("update **now** your details"). */
  filler: perLocale,
});
export type SignalGrammar = z.infer<typeof SignalGrammar>;
