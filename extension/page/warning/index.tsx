// The page UI, injected by the background into a page only after the detector's verdict: the
// scam-page warning or the remote-access notice. It carries no prose: the background sends the
// text, already in the reader's language. When the extension goes away (update, removal), the UI
// goes too.
import { render } from 'preact';
import { ext, isExtensionAlive } from '../../shared/ext.ts';
import { sendToBackground, type PageUiView } from '../../shared/messages.ts';
import { INPUT_HANDLER, PAGE_BRIDGE, type PageBridge } from '../bridge.ts';
import { createActions, handleInput } from './actions.ts';
import { createPageHost } from './host.ts';
import { Notice } from './Notice.tsx';
import { Warning } from './Warning.tsx';

const ONCE = Symbol.for('scam-tips.page-ui');
const flags = (view: PageUiView) => view.flags.map((f) => f.id);

async function start() {
  const view = await sendToBackground('getPageUi', {}).catch(() => null);
  if (!view) return;
  const host = createPageHost();
  const actions = createActions();
  const shared = globalThis as unknown as Record<symbol, unknown>;
  // The gate's bridge to the page-world observer, which from now on hands input on our element to
  // handleInput, before page listeners could swallow it. (Without a gate, the buttons work as usual.)
  const bridge = shared[PAGE_BRIDGE] as PageBridge | undefined;
  shared[INPUT_HANDLER] = (input: string) => handleInput(input, host.root, actions.run);
  const remove = () => {
    clearInterval(watchdog);
    bridge?.tell('noui', host.element);
    shared[INPUT_HANDLER] = undefined;
    render(null, host.root);
    host.remove();
    (globalThis as Record<symbol, unknown>)[ONCE] = false;
  };
  // Fall back to leaving through the page itself if the extension cannot be reached.
  const leave = () => location.replace('about:blank');
  const onSurface = (el: HTMLElement) => {
    host.show(el, view.kind === 'warning' ? 'modal' : 'popover');
    // Told on our element, now in the page: the observer learns which element is ours.
    bridge?.tell('ui', host.element);
  };
  const advice = () => void sendToBackground('openAdvice', { flags: flags(view) }).catch(() => undefined);

  if (view.kind === 'warning') {
    const warningActions = {
      close: () => void sendToBackground('closeTab', {}).catch(leave),
      advice,
      trust: () => void sendToBackground('trustSite', {}).then(remove, remove),
    };
    render(<Warning view={view} actions={warningActions} bind={actions.map} onSurface={onSurface} />, host.root);
  } else {
    const noticeActions = {
      mine: () => void sendToBackground('acknowledgeRemoteAccess', {}).then(remove, remove),
      advice: () => void sendToBackground('openAdvice', { flags: [...new Set([...flags(view), 'remote-access-request'])] }).catch(() => undefined),
      hide: remove,
    };
    render(<Notice view={view} actions={noticeActions} bind={actions.map} onSurface={onSurface} />, host.root);
  }

  ext.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown })?.type === 'removeUi') remove();
  });
  const watchdog = setInterval(() => {
    if (!isExtensionAlive()) remove();
  }, 2000);
}

if (!(globalThis as Record<symbol, unknown>)[ONCE]) {
  (globalThis as Record<symbol, unknown>)[ONCE] = true;
  void start();
}
