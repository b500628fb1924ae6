// What the background knows about each tab: the last verdict (for the popup) and the UI it showed
// (for the injected page script to fetch). Kept in storage.session so that it survives the
// service worker going to sleep, and never written to disk.
import { ext } from '../shared/ext.ts';
import type { PageUiView, TabStatus } from '../shared/messages.ts';

export interface TabRecord {
  status: TabStatus;
  view?: PageUiView;
}

const memory = new Map<number, TabRecord>();
const keyOf = (tabId: number) => `tab:${tabId}`;

export async function getTab(tabId: number): Promise<TabRecord | undefined> {
  const known = memory.get(tabId);
  if (known) return known;
  const stored = (await ext.storage.session.get(keyOf(tabId)))[keyOf(tabId)] as TabRecord | undefined;
  if (stored) memory.set(tabId, stored);
  return stored;
}

export async function setTab(tabId: number, record: TabRecord): Promise<void> {
  memory.set(tabId, record);
  await ext.storage.session.set({ [keyOf(tabId)]: record });
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await ext.storage.session.remove(keyOf(tabId));
}

export async function allTabs(): Promise<Map<number, TabRecord>> {
  const stored = await ext.storage.session.get(null);
  for (const [key, value] of Object.entries(stored)) {
    const id = Number(key.slice(4));
    if (key.startsWith('tab:') && Number.isInteger(id) && !memory.has(id)) memory.set(id, value as TabRecord);
  }
  return memory;
}

const BADGES = { scam: { text: '!', color: '#b3261e' }, suspicious: { text: '?', color: '#8a5a00' }, notice: { text: 'i', color: '#1d4f91' } } as const;

export async function setBadge(tabId: number, kind: keyof typeof BADGES | undefined): Promise<void> {
  try {
    await ext.action.setBadgeText({ tabId, text: kind ? BADGES[kind].text : '' });
    if (kind) await ext.action.setBadgeBackgroundColor({ tabId, color: BADGES[kind].color });
  } catch {
    // The tab closed in the meantime.
  }
}
