// The lesson's settings before the teacher changes anything: the topics and country the page
// asks for, else the scam types that have a call practice and a country guessed from the language.
import type { LocaleId } from '../../content/index.ts';
import type { Lesson } from './lesson-context.ts';
import type { Settings } from './state.ts';

const LOCALE_COUNTRY: Partial<Record<LocaleId, string>> = { nb: 'no', it: 'it', fr: 'fr', de: 'de', es: 'es', pl: 'pl', uk: 'ua', hi: 'in', 'zh-Hans': 'cn' };

function guessCountry(b: Lesson, lang: LocaleId): string {
  const known = new Set(b.reportChannels.map((c) => c.id));
  for (const tag of navigator.languages ?? []) {
    const region = tag.split('-')[1]?.toLowerCase();
    if (region && known.has(region)) return region;
  }
  const byLocale = LOCALE_COUNTRY[lang];
  return byLocale && known.has(byLocale) ? byLocale : 'international';
}

/** The lesson's settings before the teacher changes anything. */
export function defaultSettings(b: Lesson, lang: LocaleId, options: { topics?: readonly string[] | undefined; country?: string | undefined }): Settings {
  const known = new Set(b.scamTypes.map((s) => s.id));
  const topics = options.topics?.filter((id) => known.has(id));
  const country = options.country && b.reportChannels.some((c) => c.id === options.country) ? options.country : guessCountry(b, lang);
  return {
    lang,
    types: topics?.length ? [...topics] : [...new Set(b.scenarios.map((s) => s.scamType))].filter((id) => known.has(id)),
    length: 40,
    country,
    qr: '',
    paper: country === 'us' || country === 'ca' ? 'letter' : 'a4',
  };
}
