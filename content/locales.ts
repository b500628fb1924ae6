// Zod-free so that shipped code can import it.
export const LOCALES = ['en', 'nb', 'it', 'fr', 'de', 'es', 'pl', 'ru', 'uk', 'hi', 'zh-Hans', 'ar'] as const;
export type LocaleId = (typeof LOCALES)[number];

/**
 * Picks the best locale for a list of language tags, in order of preference
 * ("nb-NO" -> nb, "no" -> nb, "zh-CN" -> zh-Hans, "pt" -> undefined).
 */
export function matchLocale(tags: readonly (string | null | undefined)[]): LocaleId | undefined {
  for (const raw of tags) {
    if (!raw) continue;
    const tag = raw.trim().replace(/_/g, '-').toLowerCase();
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const base = tag.split('-')[0];
    if (base === 'no' || base === 'nn') return 'nb';
    if (base === 'zh') {
      // Traditional script is not translated yet; Simplified is closer than English for most readers.
      return 'zh-Hans';
    }
    const byBase = LOCALES.find((l) => l === base);
    if (byBase) return byBase;
  }
  return undefined;
}
