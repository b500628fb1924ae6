// Who sent a message, as far as the browser tells us (never as the message claims).
import { ext } from '../shared/ext.ts';
import { EXTENSION_PAGE_ONLY, type ToBackground } from '../shared/messages.ts';
import { siteOf } from '../shared/sites.ts';

export interface Sender {
  isExtensionPage: boolean;
  tabId?: number;
  frameId?: number;
  /** The sending frame's address. */
  url?: string;
  /** Its site, for page scripts on http(s) pages. */
  site?: string;
  /** The address of the tab's top frame, as the browser reports it (a subframe's page differs). */
  tabUrl?: string;
}

interface RawSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Messages only the page scripts send, about the page they run in. */
const PAGE_SCRIPT_ONLY: readonly (keyof ToBackground)[] = ['inspectPage', 'getPageUi', 'closeTab', 'trustSite', 'acknowledgeRemoteAccess', 'gateFrames'];

export function senderOf(raw: unknown, type: keyof ToBackground): Sender | Error {
  const s = (raw ?? {}) as RawSender;
  if (s.id !== ext.runtime.id) return new Error('Messages from other extensions are refused.');
  const isExtensionPage = typeof s.url === 'string' && s.url.startsWith(ext.runtime.getURL(''));
  if (EXTENSION_PAGE_ONLY.includes(type) && !isExtensionPage) return new Error(`"${String(type)}" is only for the extension's own pages.`);
  const site = siteOf(s.url);
  if (PAGE_SCRIPT_ONLY.includes(type) && (isExtensionPage || s.tab?.id === undefined || !site)) {
    return new Error(`"${String(type)}" is only for the extension's page scripts.`);
  }
  return {
    isExtensionPage,
    ...(s.tab?.id !== undefined ? { tabId: s.tab.id } : {}),
    ...(s.frameId !== undefined ? { frameId: s.frameId } : {}),
    ...(s.url !== undefined ? { url: s.url } : {}),
    ...(site ? { site } : {}),
    ...(typeof s.tab?.url === 'string' ? { tabUrl: s.tab.url } : {}),
  };
}
