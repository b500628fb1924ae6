// "I started this myself" on a remote-access page: no notice on that site again.
import { updateSettings } from '../../shared/settings.ts';
import { isListed } from '../../shared/sites.ts';
import type { Sender } from '../sender.ts';
import { setBadge } from '../tab-state.ts';

export async function acknowledgeRemoteAccess(_input: Record<string, never>, sender: Sender): Promise<void> {
  const site = sender.site;
  if (!site) return;
  await updateSettings((s) => ({ remoteAccessSites: isListed(site, s.remoteAccessSites) ? s.remoteAccessSites : [...s.remoteAccessSites, site] }));
  if (sender.tabId !== undefined) await setBadge(sender.tabId, undefined);
}
