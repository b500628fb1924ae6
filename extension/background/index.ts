// The background: answers the message contract (shared/messages.ts), one handler per message in
// handlers/, and keeps per-tab state tidy. It makes no network request; nothing leaves the device.
import { ext } from '../shared/ext.ts';
import { listen, sendToPage, type Handlers, type ToBackground } from '../shared/messages.ts';
import { isSnoozed, parseSettings, SETTINGS_KEY } from '../shared/settings.ts';
import { isListed } from '../shared/sites.ts';
import { acknowledgeRemoteAccess } from './handlers/acknowledge-remote-access.ts';
import { closeTab } from './handlers/close-tab.ts';
import { gateFrames } from './handlers/gate-frames.ts';
import { getPageUi } from './handlers/get-page-ui.ts';
import { getTabStatus } from './handlers/get-tab-status.ts';
import { inspectPage } from './handlers/inspect-page.ts';
import { openAdvice } from './handlers/open-advice.ts';
import { trustSite } from './handlers/trust-site.ts';
import { watchPageLoads } from './gate-injector.ts';
import { senderOf, type Sender } from './sender.ts';
import { allTabs, forgetTab, setBadge, setTab } from './tab-state.ts';

export const handlers = {
  inspectPage,
  getPageUi,
  closeTab,
  trustSite,
  acknowledgeRemoteAccess,
  openAdvice,
  getTabStatus,
  gateFrames,
} satisfies Handlers<ToBackground, Sender>;

listen<ToBackground, Sender>(handlers, (sender, type) => senderOf(sender, type), ext.runtime.onMessage as never);

ext.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
watchPageLoads();

// A site trusted, or warnings snoozed, from the options page: take the UI away where it shows.
ext.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !changes[SETTINGS_KEY]) return;
  const { settings } = parseSettings(changes[SETTINGS_KEY].newValue);
  void allTabs().then(async (tabs) => {
    for (const [tabId, record] of tabs) {
      if (record.status.shown === 'none') continue;
      const isOff =
        isSnoozed(settings) ||
        isListed(record.status.site, settings.trustedSites) ||
        (record.status.shown === 'notice' && (!settings.warnRemoteAccess || isListed(record.status.site, settings.remoteAccessSites))) ||
        (record.status.shown === 'warning' && !(record.status.verdict === 'scam' ? settings.warnScamPages : settings.warnSuspiciousPages));
      if (!isOff) continue;
      await setTab(tabId, { status: { ...record.status, shown: 'none' } });
      await setBadge(tabId, undefined);
      await sendToPage(tabId, 'removeUi', {}).catch(() => undefined);
    }
  });
});
