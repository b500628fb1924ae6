// A page the gate found worth a look: run the full detector, decide what to show, show it.
import { checkPage, detectRemoteAccessTool, type CheckResult } from '../../../content/detect/index.ts';
import { ext } from '../../shared/ext.ts';
import { addHistory, addressToKeep, findPhoneNumbers } from '../../shared/history.ts';
import { pickLocale } from '../../shared/locale.ts';
import type { InspectAnswer, PageReport, PageUiKind, PageUiView } from '../../shared/messages.ts';
import { isSnoozed, loadSettings, type Settings } from '../../shared/settings.ts';
import { isListed, siteOf } from '../../shared/sites.ts';
import { loadTextPack } from '../load-text-pack.ts';
import { parsePageReport, type CheckedReport } from '../page-report.ts';
import type { Sender } from '../sender.ts';
import { getTab, setBadge, setTab } from '../tab-state.ts';
import { buildView } from '../view.ts';

/** The injected UI script (built by extension/vite.config.ts injectedConfig). */
export const PAGE_UI_FILE = 'page/warning.js';

const NONE: InspectAnswer = { shown: 'none', defuse: false };

/** What to show for this verdict, under these settings. Pure, so the rules are tested directly. */
export function decide(
  result: Pick<CheckResult, 'verdict'>,
  tool: string | undefined,
  site: string,
  settings: Settings,
  now = Date.now(),
): PageUiKind | undefined {
  if (isSnoozed(settings, now) || isListed(site, settings.trustedSites)) return undefined;
  if ((result.verdict === 'scam' && settings.warnScamPages) || (result.verdict === 'suspicious' && settings.warnSuspiciousPages)) return 'warning';
  if (tool && settings.warnRemoteAccess && !isListed(site, settings.remoteAccessSites)) return 'notice';
  return undefined;
}

/** The page's address: the one the page script saw, if it is on the sender's own origin. */
function addressOf(report: Pick<PageReport, 'url'>, sender: Sender): string {
  try {
    if (sender.url && new URL(report.url).origin === new URL(sender.url).origin) return report.url;
  } catch {
    // Fall through to the address the browser gave.
  }
  return sender.url ?? '';
}

export async function inspectPage(input: PageReport, sender: Sender): Promise<InspectAnswer> {
  const report = parsePageReport(input);
  const { tabId, site } = sender;
  if (tabId === undefined || !site) return NONE;
  if (sender.frameId !== 0) return inspectFrame(report, sender, tabId, site);
  const url = addressOf(report, sender);
  const page = { url, title: report.title, text: report.text };
  const result = checkPage({ ...page, facts: report.facts });
  const tool = detectRemoteAccessTool(page);
  const { settings } = await loadSettings();
  const kind = decide(result, tool, site, settings);

  const previous = await getTab(tabId);
  const isSamePage = previous?.status.loadId === report.loadId && previous.status.shown !== 'none';
  const shown = isSamePage ? previous.status.shown : (kind ?? 'none');
  const status = { url, loadId: report.loadId, site, verdict: result.verdict, flags: result.flags, shown, checkedAt: Date.now(), ...(tool ? { tool } : {}) };

  if (!kind || isSamePage) {
    await setTab(tabId, { ...previous, status });
    await setBadge(tabId, shown === 'none' ? (result.verdict === 'safe' ? undefined : result.verdict) : badgeFor(shown, result.verdict));
    return { shown, defuse: shown === 'warning' && result.verdict === 'scam' };
  }

  const locale = pickLocale(settings, [ext.i18n.getUILanguage(), ...navigator.languages]);
  const pack = await loadTextPack(locale);
  const view = buildView(pack, { kind, verdict: result.verdict, site, flags: result.flags, tool, facts: report.facts });
  await setTab(tabId, { status, view });
  await setBadge(tabId, badgeFor(kind, result.verdict));
  if (settings.keepHistory) await remember(kind, result, site, url, view, report, tool);
  const defuse = kind === 'warning' && result.verdict === 'scam';
  // Sirens and recorded voices stop at once, whatever the page plays them with.
  if (defuse) await ext.tabs.update(tabId, { muted: true }).catch(() => undefined);
  await ext.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_UI_FILE] });
  return { shown: kind, defuse };
}

/**
 * A report from a subframe (a scam alert inside an iframe, possibly nested and cross-origin): the
 * warning shows in the top frame, about the top page's site, since that is what the person sees in
 * the address bar and what "Close this page" closes. Only a warning counts here: a frame with
 * nothing to show (an ad, a video) leaves the tab's status, which the top frame owns, untouched.
 * The injected UI shows once per document (warning/index.tsx), so a second report is harmless.
 */
async function inspectFrame(report: CheckedReport, sender: Sender, tabId: number, frameSite: string): Promise<InspectAnswer> {
  const tabUrl = sender.tabUrl ?? (await ext.tabs.get(tabId).catch(() => undefined))?.url;
  const site = siteOf(tabUrl);
  if (!tabUrl || !site) return NONE;
  const result = checkPage({ url: addressOf(report, sender), title: report.title, text: report.text, facts: report.facts });
  const { settings } = await loadSettings();
  const kind = isListed(frameSite, settings.trustedSites) ? undefined : decide(result, undefined, site, settings);
  if (kind !== 'warning') return NONE;
  const previous = await getTab(tabId);
  const locale = pickLocale(settings, [ext.i18n.getUILanguage(), ...navigator.languages]);
  const view = buildView(await loadTextPack(locale), { kind, verdict: result.verdict, site, flags: result.flags, facts: report.facts });
  const status = { url: tabUrl, loadId: report.loadId, site, verdict: result.verdict, flags: result.flags, shown: kind, checkedAt: Date.now() };
  // The top frame's own scam verdict, if it has one for this page, stays what the popup shows.
  const isTopWarned = previous?.status.shown === 'warning' && previous.status.url === tabUrl && previous.status.verdict === 'scam';
  if (!isTopWarned) await setTab(tabId, { status, view });
  await setBadge(tabId, badgeFor(kind, isTopWarned ? 'scam' : result.verdict));
  if (settings.keepHistory && !isTopWarned) await remember(kind, result, site, tabUrl, view, report, undefined);
  const defuse = result.verdict === 'scam';
  if (defuse) await ext.tabs.update(tabId, { muted: true }).catch(() => undefined);
  await ext.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_UI_FILE] });
  return { shown: kind, defuse };
}

/** Adds the warning or notice to the local history (kept on the device only). */
async function remember(kind: PageUiKind, result: CheckResult, site: string, url: string, view: PageUiView, report: CheckedReport, tool: string | undefined) {
  const seen = result.flags.flatMap((f) => f.evidence.map((e) => e.text)).join('\n');
  await addHistory({
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    time: Date.now(),
    kind,
    verdict: result.verdict,
    site,
    url: addressToKeep(url),
    flags: view.flags.map((f) => ({ id: f.id, words: f.words })),
    phones: kind === 'warning' ? unique([...findPhoneNumbers(seen), ...findPhoneNumbers(`${report.title}\n${report.text.slice(0, 20_000)}`)]).slice(0, 3) : [],
    ...(tool ? { tool } : {}),
  });
}

const unique = (list: string[]) => [...new Set(list)];

function badgeFor(kind: PageUiKind, verdict: CheckResult['verdict']) {
  if (kind === 'notice') return 'notice' as const;
  return verdict === 'scam' ? ('scam' as const) : ('suspicious' as const);
}
