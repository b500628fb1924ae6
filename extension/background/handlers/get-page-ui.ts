// The injected page UI asks what to show. Only the tab's own top frame gets its view.
import type { PageUiView } from '../../shared/messages.ts';
import type { Sender } from '../sender.ts';
import { getTab } from '../tab-state.ts';

export async function getPageUi(_input: Record<string, never>, sender: Sender): Promise<PageUiView | null> {
  if (sender.tabId === undefined || sender.frameId !== 0) return null;
  const record = await getTab(sender.tabId);
  if (!record?.view || record.view.site !== sender.site) return null;
  return record.view;
}
