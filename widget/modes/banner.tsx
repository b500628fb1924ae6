// banner mode: one line for a site header, with the tip of the day and a close button.
import { useState } from 'preact/hooks';
import { Icon, pickTip, tr, WARN } from '../frame.tsx';

const CLOSE = 'M18.3 5.7 12 12l6.3 6.3-1.4 1.4-6.3-6.3-6.3 6.3-1.4-1.4L9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3 1.4 1.4Z';
import type { TipContent, ViewProps } from '../mode.ts';
import css from './banner.css?inline';

export { css };

export function View({ config, content, emit, warn, close }: ViewProps<TipContent>) {
  const _ = tr(content);
  const tip = pickTip(content, config, warn);
  const [isOpen, setOpen] = useState(false);
  if (!tip) return null;
  const toggle = () => {
    if (!isOpen) emit('scam-tips:open', { mode: config.mode, kind: 'tip', id: tip.id });
    setOpen(!isOpen);
  };
  const dismiss = () => {
    emit('scam-tips:dismiss', { tip: tip.id });
    close();
  };
  return (
    <section class="banner" part="banner" aria-labelledby="banner-label">
      <div class="line">
        <Icon d={WARN} class="warn" />
        <p class="message">
          <strong id="banner-label">{_('widget.banner.label')}</strong> <span part="text">{tip.title}</span>{' '}
          {config.href ? (
            <a href={config.href} part="link">
              {_('widget.moreAdvice')}
            </a>
          ) : (
            <button type="button" class="link" part="button" aria-expanded={isOpen ? 'true' : 'false'} aria-controls="banner-more" onClick={toggle}>
              {_(isOpen ? 'widget.less' : 'widget.more')}
            </button>
          )}
        </p>
        <button type="button" class="close quiet" part="close" aria-label={_('widget.banner.close')} title={_('widget.banner.close')} onClick={dismiss}>
          <Icon d={CLOSE} />
        </button>
      </div>
      <p id="banner-more" class="more" hidden={!isOpen}>
        {tip.text}
      </p>
    </section>
  );
}
