// The popup asks about the tab it was opened on.
import type { TabStatus } from '../../shared/messages.ts';
import { getTab } from '../tab-state.ts';

export async function getTabStatus(input: { tabId: number }): Promise<TabStatus | null> {
  if (!Number.isInteger(input?.tabId)) throw new Error('A tab id is needed.');
  return (await getTab(input.tabId))?.status ?? null;
}
