// "Close this page": the background closes the tab, so no leave-page trap, dialog or full-screen
// trick in the page can stop it. If it is the window's last tab, a new tab opens first, so the
// person is not left without a browser window.
import { ext } from '../../shared/ext.ts';
import type { Sender } from '../sender.ts';
import { forgetTab } from '../tab-state.ts';

export async function closeTab(_input: Record<string, never>, sender: Sender): Promise<void> {
  const tabId = sender.tabId;
  if (tabId === undefined) return;
  const tab = await ext.tabs.get(tabId);
  const inWindow = tab.windowId !== undefined ? { windowId: tab.windowId } : {};
  const siblings = await ext.tabs.query(inWindow);
  if (siblings.length <= 1) await ext.tabs.create({ ...inWindow, active: true });
  await forgetTab(tabId);
  await ext.tabs.remove(tabId);
}
