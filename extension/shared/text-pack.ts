// The text the background needs to speak on a page (warning and notice strings, red flags' names
// and explanations), one small JSON file per locale, cut at build time from the content bundles
// (extension/build.ts) and read by the background with fetch: a Chromium service worker cannot
// load the content's lazy chunks (no import() in service workers).
import type { LocaleId, Slice } from '../../content/index.ts';

type Tips = Slice<'tips'>;

export interface TextPack {
  locale: Tips['locale'];
  ui: Tips['ui'];
  redFlags: { id: string; name: string; explain: string }[];
}

/** Only the extension's own strings go in. */
export function cutTextPack(slice: Pick<Tips, 'locale' | 'ui' | 'redFlags'>): TextPack {
  return {
    locale: slice.locale,
    ui: Object.fromEntries(Object.entries(slice.ui).filter(([k]) => k.startsWith('extension.'))),
    redFlags: slice.redFlags.map(({ id, name, explain }) => ({ id, name, explain })),
  };
}

export const textPackPath = (locale: LocaleId): string => `text/${locale}.json`;
