// The remote-access notice: gentle, not modal, in a corner of the top layer. It asks one question.
import { useEffect, useRef } from 'preact/hooks';
import type { PageUiView } from '../../shared/messages.ts';
import type { ActionMap } from './actions.ts';

export interface NoticeActions {
  mine(): void;
  advice(): void;
  hide(): void;
}

export function Notice({ view, actions, bind, onSurface }: { view: PageUiView; actions: NoticeActions; bind: ActionMap; onSurface: (el: HTMLElement) => void }) {
  const text = view.text;
  Object.assign(bind, actions);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) onSurface(ref.current);
  }, []);
  return (
    <div ref={ref} class="surface notice" role="dialog" aria-modal="false" aria-labelledby="st-notice-title" aria-describedby="st-notice-body" popover="manual" lang={view.lang} dir={view.dir}>
      <p class="from">{text['page.from']}</p>
      <h1 id="st-notice-title">{text['page.notice.title']}</h1>
      <div id="st-notice-body">
        <p class="lead">{text['page.notice.hangUp']}</p>
        {view.tool && <p>{text['page.notice.tool']}</p>}
      </div>
      <div class="actions">
        <button type="button" class="primary" data-action="mine" onClick={actions.mine}>
          {text['page.notice.mine']}
        </button>
        <button type="button" data-action="advice" onClick={actions.advice}>
          {text['page.notice.advice']}
        </button>
        <button type="button" class="quiet" data-action="hide" onClick={actions.hide}>
          {text['page.notice.hide']}
        </button>
      </div>
    </div>
  );
}
