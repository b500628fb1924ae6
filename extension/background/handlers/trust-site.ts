// "I trust this site", after the page UI asked the person to confirm. The site is the sender's
// own, from the browser: a page cannot make us trust another site.
import { ext } from '../../shared/ext.ts';
import { updateSettings } from '../../shared/settings.ts';
import { isListed } from '../../shared/sites.ts';
import type { Sender } from '../sender.ts';
import { getTab, setBadge, setTab } from '../tab-state.ts';

export async function trustSite(_input: Record<string, never>, sender: Sender): Promise<void> {
  const site = sender.site;
  if (!site || sender.tabId === undefined) return;
  await updateSettings((s) => ({ trustedSites: isListed(site, s.trustedSites) ? s.trustedSites : [...s.trustedSites, site] }));
  const record = await getTab(sender.tabId);
  if (record) await setTab(sender.tabId, { status: { ...record.status, shown: 'none' } });
  await setBadge(sender.tabId, undefined);
  // The tab was muted when the page was stopped; the person now trusts it.
  await ext.tabs.update(sender.tabId, { muted: false }).catch(() => undefined);
}
