// The scam-page warning: a calm modal alertdialog in the reader's language, with the red flags and
// the words that showed them, and three ways forward.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageUiView } from '../../shared/messages.ts';
import type { ActionMap } from './actions.ts';
import { FlagList } from './FlagList.tsx';

export interface WarningActions {
  close(): void;
  advice(): void;
  trust(): void;
}

export function Warning({ view, actions, bind, onSurface }: { view: PageUiView; actions: WarningActions; bind: ActionMap; onSurface: (el: HTMLElement) => void }) {
  const text = view.text;
  const ref = useRef<HTMLDialogElement>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const isScam = view.verdict === 'scam';

  useEffect(() => {
    if (ref.current) onSurface(ref.current);
  }, []);
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);

  const run = (action: () => void) => () => {
    setBusy(true);
    action();
  };
  // The actions the buttons below name in data-action (see actions.ts).
  Object.assign(bind, {
    close: run(actions.close),
    advice: actions.advice,
    trustAsk: () => setConfirming(true),
    trustCancel: () => setConfirming(false),
    trustConfirm: run(actions.trust),
  });

  return (
    <dialog ref={ref} class="surface warning" role="alertdialog" aria-labelledby="st-title" aria-describedby="st-lead" lang={view.lang} dir={view.dir}>
      <p class="from">{text['page.from']}</p>
      <h1 id="st-title">{isScam ? text['page.warning.title'] : text['page.warning.suspiciousTitle']}</h1>
      <div id="st-lead">
        {isScam && view.isComputerScare && <p class="lead">{text['page.warning.computerFine']}</p>}
        {!isScam && <p class="lead">{text['page.warning.suspiciousLead']}</p>}
        <p>{text['page.warning.doNotCall']}</p>
      </div>
      {view.isStopped && <p class="stopped">{text['page.warning.stopped']}</p>}
      {isConfirming ? (
        <div class="confirm" role="group" aria-labelledby="st-trust-q">
          <p id="st-trust-q">
            <strong>{text['page.warning.trustQuestion']}</strong>
          </p>
          <p>{text['page.warning.trustExplain']}</p>
          <div class="actions">
            <button type="button" class="primary" ref={confirmRef} data-action="trustCancel" onClick={bind.trustCancel}>
              {text['page.warning.trustCancel']}
            </button>
            <button type="button" class="quiet" disabled={isBusy} data-action="trustConfirm" onClick={bind.trustConfirm}>
              {text['page.warning.trustConfirm']}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="primary" autofocus disabled={isBusy} data-action="close" onClick={bind.close}>
            {text['page.warning.close']}
          </button>
          <button type="button" data-action="advice" onClick={bind.advice}>
            {text['page.warning.advice']}
          </button>
          <button type="button" class="quiet" data-action="trustAsk" onClick={bind.trustAsk}>
            {text['page.warning.trust']}
          </button>
        </div>
      )}
      {view.flags.length > 0 && (
        <>
          <h2>{text['page.warning.flagsHeading']}</h2>
          <FlagList flags={view.flags} wordsLabel={text['page.wordsLabel'] ?? ''} />
        </>
      )}
    </dialog>
  );
}
