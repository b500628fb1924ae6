// tip mode: one tip, changing by day or week, with its details (warning signs, sources) on request.
import { useEffect, useState } from 'preact/hooks';
import { loadSlice } from '../../content/index.ts';
import { Heading, Icon, pickTip, SHIELD, tr } from '../frame.tsx';
import type { FullContent, TipContent, ViewProps } from '../mode.ts';
import type { TipDetails as TipDetailsView } from './browse.tsx';
import css from './tip.css?inline';

export { css };

interface Details {
  content: FullContent;
  TipDetails: typeof TipDetailsView;
}

export function View(props: ViewProps<TipContent>) {
  const tip = pickTip(props.content, props.config, props.warn);
  // Keyed by the tip, so a new tip (another day, language or topic) starts closed.
  return tip ? <Tip key={tip.id} {...props} tip={tip} /> : null;
}

function Tip({ config, content, emit, tip }: ViewProps<TipContent> & { tip: TipContent['advice'][number] }) {
  const _ = tr(content);
  const [isOpen, setOpen] = useState(false);
  const [details, setDetails] = useState<Details>();
  const locale = content.locale.id;

  useEffect(() => {
    if (!isOpen || details?.content.locale.id === locale) return;
    let isCurrent = true;
    // The details need the full content and the browse chunk: both load only on this click.
    void Promise.all([loadSlice(locale, 'widget-browse'), import('./browse.tsx')]).then(([full, browse]) => {
      if (isCurrent) setDetails({ content: full, TipDetails: browse.TipDetails });
    });
    return () => {
      isCurrent = false;
    };
  }, [isOpen, locale, details]);

  const toggle = () => {
    if (!isOpen) emit('scam-tips:open', { mode: config.mode, kind: 'tip', id: tip.id });
    setOpen(!isOpen);
  };
  const isLoaded = details?.content.locale.id === locale;
  return (
    <section class="tip" aria-labelledby="tip-label">
      <p class="eyebrow" id="tip-label">
        <Icon d={SHIELD} />
        {_(`widget.tip.label.${config.rotate}`)}
      </p>
      <Heading level={config.headingLevel} class="h" part="heading">
        {tip.title}
      </Heading>
      <p class="text" part="text">
        {tip.text}
      </p>
      <div class="actions">
        <button type="button" class="quiet" part="button" aria-expanded={isOpen ? 'true' : 'false'} aria-controls="tip-more" onClick={toggle}>
          {_(isOpen ? 'widget.less' : 'widget.more')}
        </button>
        {config.href && (
          <a href={config.href} part="link">
            {_('widget.moreAdvice')}
          </a>
        )}
      </div>
      <div id="tip-more" class="more" hidden={!isOpen} aria-busy={isOpen && !isLoaded ? 'true' : 'false'}>
        {isOpen && (isLoaded && details ? <details.TipDetails id={tip.id} content={details.content} level={config.headingLevel + 1} /> : <p class="muted">{_('widget.loading')}</p>)}
      </div>
    </section>
  );
}
