// The frame every mode renders in (language, direction, theme, the unreviewed-translation note), and
// the small pieces all modes share. It ships in the entry chunk, so a mode's chunk needs nothing else.
import type { ComponentChildren, ComponentType, HeadingHTMLAttributes } from 'preact';
import { useState } from 'preact/hooks';
import { t, type LocaleBundle } from '../content/index.ts';
import type { ViewProps } from './mode.ts';

type Texts = Pick<LocaleBundle, 'ui' | 'locale'>;

/** Interface text in the content's language. */
export const tr =
  (content: Texts) =>
  (key: string, vars?: Record<string, string | number>): string =>
    t(content, key, vars);

export interface ShellProps<C extends Texts> extends Omit<ViewProps<C>, 'close'> {
  View: ComponentType<ViewProps<C>>;
  /** Gives the reserved space back to the page, or takes it again. */
  reserve: (isOn: boolean) => void;
}

export function Shell<C extends Texts>({ View, reserve, ...props }: ShellProps<C>) {
  const { config, content } = props;
  const [isClosed, setClosed] = useState(false);
  const close = () => {
    setClosed(true);
    reserve(false);
  };
  const cls = `root theme-${config.theme}${config.compact ? ' compact' : ''} mode-${config.mode}`;
  return (
    <>
      {!isClosed && (
        <div part="root" class={cls} lang={content.locale.id} dir={content.locale.dir}>
          <View {...props} close={close} />
          {!content.locale.reviewed && content.locale.id !== 'en' && (
            <p class="note" part="note" role="note">
              {t(content, 'translation.unreviewed')}
            </p>
          )}
        </div>
      )}
      <p class="sr-only" role="status" lang={content.locale.id}>
        {isClosed ? t(content, 'widget.banner.closed') : ''}
      </p>
    </>
  );
}

/** A heading whose level the host chooses (heading-level), capped at 6. */
export function Heading({ level, children, ...rest }: { level: number; children: ComponentChildren } & HeadingHTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${Math.min(6, Math.max(1, level))}` as 'h2';
  return <Tag {...rest}>{children}</Tag>;
}

/** A shield with a tick (tips, a message without warning signs). Other modes bring their own paths. */
export const SHIELD = 'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3Zm-1.2 14.2-3.5-3.5 1.4-1.4 2.1 2.1 4.6-4.6 1.4 1.4-6 6Z';
/** A warning triangle. */
export const WARN = 'M12 2 1 21h22L12 2Zm1 16h-2v-2h2v2Zm0-4h-2V9h2v5Z';

/** A decorative icon (an SVG path on a 24-unit grid): hidden from screen readers, coloured like the text. */
export function Icon({ d, class: cls = '' }: { d: string; class?: string }) {
  return (
    <svg class={`icon ${cls}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

interface TipSource<A> {
  advice: A[];
  /** Present when topics="" or tip="" is set (the widget-topics slice). */
  scamTypes?: { id: string; advice: string[] }[];
  renames?: LocaleBundle['renames'];
}

/** The tips a topics="" list selects (scam type ids, renamed ids followed), or every tip. */
export function tipsFor<A extends { id: string }>(content: TipSource<A>, topics: readonly string[], warn: ViewProps<unknown>['warn']): A[] {
  const types = content.scamTypes;
  if (topics.length === 0 || !types) return content.advice;
  const renamed = content.renames?.['scam-types'] ?? {};
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const topic of topics) {
    const type = types.find((s) => s.id === (renamed[topic] ?? topic));
    if (type) type.advice.forEach((id) => ids.add(id));
    else unknown.push(topic);
  }
  if (unknown.length > 0) {
    warn('topics', unknown.join(' '), types.map((s) => s.id).join(', '), ids.size > 0 ? 'the other topics' : 'every topic');
  }
  const chosen = content.advice.filter((a) => ids.has(a.id));
  return chosen.length > 0 ? chosen : content.advice;
}

/** Which turn of the rotation a date falls in: days (or Monday-based weeks) since 1970 in local time. */
export function rotationSlot(now: Date, rotate: 'day' | 'week' | 'off'): number {
  if (rotate === 'off') return 0;
  const day = Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
  // 1 January 1970 was a Thursday: three days on, weeks start on Monday.
  return rotate === 'week' ? Math.floor((day + 3) / 7) : day;
}

/** The tip to show: the one tip="" names, else the rotation's pick among the topics' tips. */
export function pickTip<A extends { id: string }>(
  content: TipSource<A>,
  config: Pick<ViewProps<unknown>['config'], 'tip' | 'topics' | 'rotate'>,
  warn: ViewProps<unknown>['warn'],
  now = new Date(),
): A | undefined {
  if (config.tip) {
    const id = content.renames?.advice?.[config.tip] ?? config.tip;
    const named = content.advice.find((a) => a.id === id);
    if (named) return named;
    warn('tip', config.tip, content.advice.map((a) => a.id).join(', '), config.rotate === 'off' ? 'the first tip' : `the tip of the ${config.rotate}`);
  }
  const tips = tipsFor(content, config.topics, warn);
  return tips[rotationSlot(now, config.rotate) % tips.length];
}
