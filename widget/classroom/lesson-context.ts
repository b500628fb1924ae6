import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t, type ReportChannel, type Slice } from '../../content/index.ts';
import type { Settings } from './state.ts';

/** The content a lesson uses (content/slices.ts): one locale's scam types, quiz, call simulations and more. */
export type Lesson = Slice<'classroom'>;

export const BundleContext = createContext<Lesson | null>(null);

export function useBundle(): Lesson {
  const b = useContext(BundleContext);
  if (!b) throw new Error('no content bundle');
  return b;
}

/** The interface string `key` in the lesson's language. */
export function useT(): (key: string, vars?: Record<string, string | number>) => string {
  const b = useBundle();
  return (key, vars) => t(b, key, vars);
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the lesson's language ("international" gets its own label). */
export function countryName(bundle: Lesson, id: string): string {
  if (id === 'international') return t(bundle, 'classroom.setup.international');
  let names = regionNames.get(bundle.locale.id);
  if (!names) regionNames.set(bundle.locale.id, (names = new Intl.DisplayNames([bundle.locale.id], { type: 'region' })));
  return names.of(id.toUpperCase()) ?? id.toUpperCase();
}

/** A YYYY-MM-DD date, written the locale's way. */
export function formatDate(bundle: Lesson, iso: string): string {
  return new Intl.DateTimeFormat(bundle.locale.id, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The report channel for the chosen country, falling back to the international one. */
export function reportChannel(bundle: Lesson, settings: Pick<Settings, 'country'>): ReportChannel | undefined {
  return bundle.reportChannels.find((c) => c.id === settings.country) ?? bundle.reportChannels.find((c) => c.id === 'international');
}

export const byId = <T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] => ids.flatMap((id) => list.find((x) => x.id === id) ?? []);
