// The background reads the text packs written at build time (shared/text-pack.ts) from its own
// files: an extension-internal fetch, nothing leaves the device.
import type { LocaleId } from '../../content/index.ts';
import { ext } from '../shared/ext.ts';
import { textPackPath, type TextPack } from '../shared/text-pack.ts';

const cache = new Map<LocaleId, Promise<TextPack>>();

export function loadTextPack(locale: LocaleId): Promise<TextPack> {
  let pack = cache.get(locale);
  if (!pack) {
    pack = fetch(ext.runtime.getURL(textPackPath(locale))).then((r) => {
      if (!r.ok) throw new Error(`No text for ${locale}`);
      return r.json() as Promise<TextPack>;
    });
    pack.catch(() => cache.delete(locale));
    cache.set(locale, pack);
  }
  return pack;
}
