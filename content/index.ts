/**
 * The only import surface of content/ for the widget, the extension and the tools.
 * Everything here is light enough to ship: no zod, and each locale's bundle is a lazy chunk.
 */
import type { LocaleBundle } from './bundle.ts';
import { type LocaleId, LOCALES } from './locales.ts';
import type { Slice, SliceName } from './slices.ts';

export type * from './bundle.ts';
export { LOCALES, matchLocale, type LocaleId } from './locales.ts';
export { formatFigure, formatNumber, t } from './format.ts';
export type { Figure } from './schema/source.ts';
export type { Channel } from './schema/common.ts';
export type { PaymentMethodId } from './schema/payment-method.ts';
export type { Slice, SliceName } from './slices.ts';

const loaders = import.meta.glob<LocaleBundle>('./generated/*.json', { import: 'default' });

/** Loads one locale's content (a separate chunk per locale). */
export async function loadLocale(locale: LocaleId): Promise<LocaleBundle> {
  const load = loaders[`./generated/${locale}.json`];
  if (!load) throw new Error(`No content bundle for "${locale}": run the content build (npm run build:content).`);
  return load();
}

/** Loads a small cut of one locale's content (see content/slices.ts). */
export async function loadSlice<N extends SliceName>(locale: LocaleId, slice: N): Promise<Slice<N>> {
  const load = loaders[`./generated/${locale}.${slice}.json`] as (() => Promise<Slice<N>>) | undefined;
  if (!load) throw new Error(`No "${slice}" content for "${locale}": run the content build (npm run build:content).`);
  return load();
}

export const isLocale = (tag: string): tag is LocaleId => (LOCALES as readonly string[]).includes(tag);
