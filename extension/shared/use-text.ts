// Extension pages (popup, options, advice, history): settings, the reader's language and the
// content in it, loaded through content/index.ts. The page's lang, dir and title follow.
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadLocale, loadSlice, t, type LocaleBundle, type LocaleId } from '../../content/index.ts';
import { ext } from './ext.ts';
import { pickLocale } from './locale.ts';
import { loadSettings, SETTINGS_KEY, type Settings, type SettingsRead } from './settings.ts';

export const browserLanguages = (): string[] => [ext.i18n.getUILanguage(), ...navigator.languages];

/**
 * The settings as stored, kept current when they change elsewhere. `assume` shows a change at once,
 * before it is stored: a read that started earlier (and would bring the old value back for a
 * moment, so that a box just ticked unticks itself) is then dropped; the read that the store's
 * change event starts brings the stored settings.
 */
export function useSettingsState(): { read: SettingsRead | undefined; assume: (settings: Settings) => void } {
  const [read, setRead] = useState<SettingsRead>();
  const latest = useRef(0);
  useEffect(() => {
    let isLive = true;
    const refresh = () => {
      const mine = ++latest.current;
      void loadSettings().then((r) => isLive && mine === latest.current && setRead(r));
    };
    refresh();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) refresh();
    };
    ext.storage.onChanged.addListener(onChange);
    return () => {
      isLive = false;
      ext.storage.onChanged.removeListener(onChange);
    };
  }, []);
  const assume = (settings: Settings) => {
    latest.current++;
    setRead((r) => (r ? { ...r, settings } : r));
  };
  return { read, assume };
}

/** The settings as stored, kept current when they change elsewhere. */
export const useSettings = (): SettingsRead | undefined => useSettingsState().read;

export type Text = Pick<LocaleBundle, 'ui' | 'locale'>;

/** Loads the content for the locale (a slice, or the whole bundle) and applies lang, dir and title. */
export function useContent<B extends Text>(locale: LocaleId | undefined, load: (l: LocaleId) => Promise<B>, titleKey: string): B | undefined {
  const [bundle, setBundle] = useState<B>();
  useEffect(() => {
    if (!locale) return;
    let isLive = true;
    void load(locale).then((b) => {
      if (!isLive) return;
      document.documentElement.lang = b.locale.id;
      document.documentElement.dir = b.locale.dir;
      document.title = t(b, titleKey);
      setBundle(b);
    });
    return () => {
      isLive = false;
    };
  }, [locale]);
  return bundle;
}

export const loadTips = (l: LocaleId) => loadSlice(l, 'tips');
export const loadAll = (l: LocaleId) => loadLocale(l);

export function useLocale(read: SettingsRead | undefined): LocaleId | undefined {
  return read ? pickLocale(read.settings, browserLanguages()) : undefined;
}

/** Formats a time of day or a date and time for the reader. */
export function formatTime(locale: string, time: number, withDate = false): string {
  return new Intl.DateTimeFormat(locale, withDate ? { dateStyle: 'medium', timeStyle: 'short' } : { timeStyle: 'short' }).format(time);
}
