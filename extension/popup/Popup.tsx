// The toolbar popup: what we know about this tab, a tip of the day, a message checker, and links.
import { useEffect, useState } from 'preact/hooks';
import { t, type LocaleId } from '../../content/index.ts';
import { ext } from '../shared/ext.ts';
import { sendToBackground, type TabStatus } from '../shared/messages.ts';
import { isSnoozed } from '../shared/settings.ts';
import { isListed, siteOf } from '../shared/sites.ts';
import { Unreviewed } from '../shared/Unreviewed.tsx';
import { formatTime, loadTips, useContent, useLocale, useSettings } from '../shared/use-text.ts';
import { MessageCheck } from './MessageCheck.tsx';
import { FlagItems } from './FlagItems.tsx';

interface CurrentTab {
  id?: number;
  url?: string;
}

const withoutHash = (url: string | undefined) => url?.replace(/#.*$/, '');

/** The way out that no page can block: the popup runs outside the page. */
async function closeTab(tabId: number) {
  const tab = await ext.tabs.get(tabId);
  const inWindow = tab.windowId !== undefined ? { windowId: tab.windowId } : {};
  if ((await ext.tabs.query(inWindow)).length <= 1) await ext.tabs.create({ ...inWindow, active: true });
  await ext.tabs.remove(tabId);
  close();
}

export function Popup() {
  const read = useSettings();
  const locale = useLocale(read);
  const text = useContent(locale, loadTips, 'extension.popup.title');
  const [tab, setTab] = useState<CurrentTab>();
  const [status, setStatus] = useState<TabStatus | null>(null);

  useEffect(() => {
    void ext.tabs.query({ active: true, currentWindow: true }).then(async ([current]) => {
      setTab({ ...(current?.id !== undefined ? { id: current.id } : {}), ...(current?.url ? { url: current.url } : {}) });
      if (current?.id !== undefined) setStatus(await sendToBackground('getTabStatus', { tabId: current.id }).catch(() => null));
    });
  }, []);

  if (!text || !read || !tab) return <main aria-busy="true" />;
  const { settings } = read;
  const site = siteOf(tab.url);
  const known = status && withoutHash(status.url) === withoutHash(tab.url) ? status : null;
  const day = Math.floor(Date.now() / 86_400_000);
  const tip = text.advice.length ? text.advice[day % text.advice.length] : undefined;

  let line: string;
  let tone = 'safe';
  if (!site) line = t(text, 'extension.popup.status.notWeb');
  else if (isListed(site, settings.trustedSites)) line = t(text, 'extension.popup.status.trusted');
  else if (known?.shown === 'notice') [line, tone] = [t(text, 'extension.popup.status.notice'), 'suspicious'];
  else if (known?.verdict === 'scam') [line, tone] = [t(text, 'extension.popup.status.scam'), 'scam'];
  else if (known?.verdict === 'suspicious') [line, tone] = [t(text, 'extension.popup.status.suspicious'), 'suspicious'];
  else line = t(text, 'extension.popup.status.clean');

  return (
    <main>
      <h1>{t(text, 'extension.popup.title')}</h1>
      {read.problems.length + read.foreign.length > 0 && <p class="message problem">{t(text, 'extension.popup.settingsProblem')}</p>}
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t(text, 'extension.popup.status.heading')}</h2>
        <p class={`status verdict-${tone}`} data-status={known?.verdict ?? (site ? 'none' : 'not-web')}>
          {line}
        </p>
        {isSnoozed(settings) && <p class="message">{t(text, 'extension.popup.status.snoozed', { time: formatTime(locale as LocaleId, settings.snoozedUntil) })}</p>}
        {tone === 'scam' && tab.id !== undefined && (
          <button type="button" class="primary" onClick={() => void closeTab(tab.id!)}>
            {t(text, 'extension.page.warning.close')}
          </button>
        )}
        {known && known.flags.length > 0 && site && !isListed(site, settings.trustedSites) && <FlagItems text={text} flags={known.flags} />}
      </section>
      {tip && (
        <section aria-labelledby="tip-heading">
          <h2 id="tip-heading">{t(text, 'extension.popup.tip.heading')}</h2>
          <div class="card">
            <h3>{tip.title}</h3>
            <p>{tip.text}</p>
          </div>
        </section>
      )}
      <MessageCheck text={text} />
      <nav class="row" aria-label={t(text, 'extension.popup.title')}>
        <button type="button" onClick={() => void ext.runtime.openOptionsPage()}>
          {t(text, 'extension.popup.settings')}
        </button>
        <button type="button" onClick={() => void ext.tabs.create({ url: ext.runtime.getURL('pages/history.html') })}>
          {t(text, 'extension.popup.history')}
        </button>
      </nav>
      <Unreviewed text={text} />
    </main>
  );
}
