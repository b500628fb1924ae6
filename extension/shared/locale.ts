import { matchLocale, type LocaleId } from '../../content/index.ts';
import type { Settings } from './settings.ts';

/** The language to show: the one chosen in the settings, else the browser's, else English. */
export function pickLocale(settings: Pick<Settings, 'locale'>, browserLanguages: readonly string[]): LocaleId {
  if (settings.locale !== 'auto') return settings.locale;
  return matchLocale(browserLanguages) ?? 'en';
}
