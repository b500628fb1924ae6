import type { LocaleBundle } from './bundle.ts';

type Key = keyof LocaleBundle;
type Item<K extends Key> = LocaleBundle[K] extends readonly (infer T)[] ? T : never;

interface SliceSpec {
  /** The bundle's keys to keep. */
  keys: readonly Key[];
  /** Interface strings to keep, by key prefix (all of them when left out). */
  ui?: readonly string[];
  /** For list keys: the fields each item keeps (all of them when left out). */
  fields?: { readonly [K in Key]?: readonly (keyof Item<K>)[] };
}

/**
 * Smaller cuts of a locale's bundle for surfaces that must load fast (the widget's tip mode, the
 * extension's warning). Each is emitted as content/generated/<locale>.<slice>.json.
 */
export const SLICES = {
  tips: { keys: ['locale', 'locales', 'ui', 'advice', 'redFlags', 'sources'] },
  /** The widget's first render in tip and banner mode: the tips' words. */
  'widget-tip': {
    keys: ['locale', 'ui', 'advice'],
    ui: ['widget.tip.', 'widget.banner.', 'widget.more', 'widget.less', 'widget.loading', 'translation.'],
    fields: { advice: ['id', 'title', 'text'] },
  },
  /** Which tips belong to which scam type, and renamed ids: for tip mode's topics="" and tip="". */
  'widget-topics': {
    keys: ['scamTypes', 'renames'],
    fields: { scamTypes: ['id', 'advice'] },
  },
  /** The widget's check mode: its words, and the warning signs and tips a result names. */
  'widget-check': {
    keys: ['locale', 'ui', 'redFlags', 'advice'],
    ui: ['widget.check.', 'section.', 'translation.'],
    fields: { redFlags: ['id', 'name', 'explain', 'advice'], advice: ['id', 'title', 'text'] },
  },
  /** The widget's browse and check modes and a tip's details: everything but the quiz. */
  'widget-browse': {
    keys: ['locale', 'ui', 'scamTypes', 'redFlags', 'advice', 'paymentMethods', 'reportChannels', 'sources', 'renames'],
    ui: ['widget.', 'translation.', 'section.', 'report.', 'script.', 'source.', 'nav.'],
  },
  /** Classroom mode: everything a lesson shows, with the quiz and the call simulations. */
  classroom: {
    keys: ['locale', 'locales', 'ui', 'scamTypes', 'redFlags', 'advice', 'paymentMethods', 'quiz', 'reportChannels', 'sources', 'scenarios'],
    ui: ['classroom.', 'app.', 'quiz.', 'report.', 'script.', 'section.', 'translation.'],
  },
} as const satisfies Record<string, SliceSpec>;

export type SliceName = keyof typeof SLICES;

type FieldsOf<N extends SliceName, K extends Key> = (typeof SLICES)[N] extends { fields: infer F } ? (K extends keyof F ? F[K] : undefined) : undefined;

export type Slice<N extends SliceName> = {
  [K in (typeof SLICES)[N]['keys'][number]]: FieldsOf<N, K> extends readonly (infer P)[] ? Pick<Item<K>, P & keyof Item<K>>[] : LocaleBundle[K];
};

export function cutSlice<N extends SliceName>(bundle: LocaleBundle, name: N): Slice<N> {
  const spec: SliceSpec = SLICES[name];
  const out: Record<string, unknown> = {};
  for (const key of spec.keys) {
    let value: unknown = bundle[key];
    if (key === 'ui' && spec.ui) {
      const prefixes = spec.ui;
      value = Object.fromEntries(Object.entries(bundle.ui).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
    }
    const fields = spec.fields?.[key] as readonly string[] | undefined;
    if (fields && Array.isArray(value)) {
      value = value.map((item: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, item[f]])));
    }
    out[key] = value;
  }
  return out as Slice<N>;
}
