// Puts the page gate (page/gate-start.js and page/gate.js) in every frame of a page once the page
// has loaded, rather than as a content script: a content script's isolated world, made while a page
// loads, added about 10 ms to every page load here (README, "The browser extension"); made after
// the load event, it delays nothing. A page whose load never ends (a dialog loop, a stalled
// request) gets the gate after LOAD_WAIT_MS all the same, open tabs get it when the extension is
// installed or the browser starts, and frames loaded later get it when their page's gate asks
// (gateFrames). The gate runs once per document (it marks its world), so a second one does nothing.
import { ext } from '../shared/ext.ts';

/** The gate's hand-shake, then its look (built by extension/vite.config.ts injectedConfig). */
export const GATE_FILES = ['page/gate-start.js', 'page/gate.js'];
const LOAD_WAIT_MS = 3000;
const waiting = new Map<number, ReturnType<typeof setTimeout>>();

/** Injects the gate into every frame of the tab; pages the extension may not touch are skipped. */
export async function injectGate(tabId: number): Promise<void> {
  await ext.scripting.executeScript({ target: { tabId, allFrames: true }, files: GATE_FILES, injectImmediately: true }).catch(() => undefined);
}

function stopWaiting(tabId: number) {
  clearTimeout(waiting.get(tabId));
  waiting.delete(tabId);
}

export function watchPageLoads(): void {
  ext.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      stopWaiting(tabId);
      waiting.set(
        tabId,
        setTimeout(() => {
          waiting.delete(tabId);
          void injectGate(tabId);
        }, LOAD_WAIT_MS),
      );
    } else if (change.status === 'complete') {
      stopWaiting(tabId);
      void injectGate(tabId);
    }
  });
  ext.tabs.onRemoved.addListener(stopWaiting);
  // Tabs open before the extension was installed (or updated, or before the browser finished
  // starting) had no chance to get a gate: give them one now. A tab still loading then gets it
  // now too; its gate waits for the load event before it looks.
  const gateOpenTabs = () =>
    void ext.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined && /^https?:/.test(tab.url ?? '')) void injectGate(tab.id);
    });
  ext.runtime.onInstalled.addListener(gateOpenTabs);
  ext.runtime.onStartup.addListener(gateOpenTabs);
}
