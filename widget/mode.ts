// The contract between the element (scam-tips.ts) and each mode's lazy view.
import type { ComponentType } from 'preact';
import type { Slice, SliceName } from '../content/index.ts';
import type { ScamTipsEventMap } from './api.d.ts';
import type { Config, Mode, Warn } from './config.ts';

/** The content each mode needs for its first render. */
export const MODE_SLICE = { tip: 'widget-tip', banner: 'widget-tip', browse: 'widget-browse', check: 'widget-check', classroom: 'classroom' } as const satisfies Record<Mode, SliceName>;

/** Tip and banner mode: the topics slice comes along only when topics="" or tip="" is set. */
export type TipContent = Slice<'widget-tip'> & Partial<Slice<'widget-topics'>>;
export type FullContent = Slice<'widget-browse'>;
export type CheckContent = Slice<'widget-check'>;

export type Emit = <K extends keyof ScamTipsEventMap>(name: K, detail: ScamTipsEventMap[K]['detail']) => void;

export interface ViewProps<C> {
  config: Config;
  content: C;
  emit: Emit;
  warn: Warn;
  /** Hides the whole widget and gives its space back to the page (a dismissed banner). */
  close: () => void;
}

export interface ModeModule<M extends Mode = Mode> {
  View: ComponentType<ViewProps<Slice<(typeof MODE_SLICE)[M]>>>;
  css: string;
}
