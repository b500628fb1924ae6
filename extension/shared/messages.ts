// The message contract between the extension's parts, both directions, typed once.
// ToBackground: what page scripts and extension pages ask the background. ToPage: what the
// background tells the page UI. Errors cross as { error: { message } } and are thrown again here.
import type { FlagHit, Verdict } from '../../content/detect/index.ts';
import { ext, extensionApi } from './ext.ts';

/** What the page gate sends on a hit: the page as the gate read it, and what the page did. */
export interface PageReport {
  url: string;
  title: string;
  /** A bounded sample of the page's text. */
  text: string;
  /** What the page did: counts in the order of FACT_KEYS (page/bridge.ts). */
  facts: readonly number[];
  /** Random per page load: tells a reload from a second report of the same load. */
  loadId: string;
}

export type PageUiKind = 'warning' | 'notice';

export interface InspectAnswer {
  shown: PageUiKind | 'none';
  /** The verdict is scam: undo the page's full screen, sound, dialogs, history flood, traps and locks. */
  defuse: boolean;
}

/** One red flag as the page UI shows it: already in the reader's language. */
export interface FlagView {
  id: string;
  name: string;
  explain: string;
  /** The words on the page that showed it. */
  words: string[];
}

/** Everything the page UI shows, resolved in the background so the page script carries no prose. */
export interface PageUiView {
  kind: PageUiKind;
  verdict: Verdict;
  lang: string;
  dir: 'ltr' | 'rtl';
  site: string;
  flags: FlagView[];
  /** The page tries to scare about the computer (fake virus alert, locked browser). */
  isComputerScare: boolean;
  /** The page did things the gate has now undone (full screen, sound, dialogs...). */
  isStopped: boolean;
  /** The remote-access tool named on the page (notice only). */
  tool?: string;
  /** Interface strings, keyed by their id without the "extension." prefix. */
  text: Record<string, string>;
}

/** What the popup shows about a tab. */
export interface TabStatus {
  url: string;
  loadId: string;
  site: string;
  verdict: Verdict;
  flags: FlagHit[];
  tool?: string;
  shown: PageUiKind | 'none';
  checkedAt: number;
}

type NoInput = Record<string, never>;

export type ToBackground = {
  inspectPage(input: PageReport): InspectAnswer;
  getPageUi(input: NoInput): PageUiView | null;
  /** Closes the sender's tab, whatever the page does to keep the person there. */
  closeTab(input: NoInput): void;
  /** Trusts the sender's site (the page UI asked for confirmation first). */
  trustSite(input: NoInput): void;
  /** "I started this myself" on a remote-access page: no notice on that site again. */
  acknowledgeRemoteAccess(input: NoInput): void;
  /** Opens the advice page for these red flags. */
  openAdvice(input: { flags: string[] }): void;
  /** A frame of the sender's page loaded after the page did: put the gate in it too. */
  gateFrames(input: NoInput): void;
  /** Extension pages only. */
  getTabStatus(input: { tabId: number }): TabStatus | null;
};

export type ToPage = {
  /** The site became trusted or warnings were snoozed: take the UI away. */
  removeUi(input: NoInput): void;
};

/** Messages the background refuses from anything but its own extension pages. */
export const EXTENSION_PAGE_ONLY: readonly (keyof ToBackground)[] = ['getTabStatus'];

type AnyContract = Record<string, (input: never) => unknown>;
export type Message<T extends AnyContract> = { [K in keyof T]: { type: K; input: Parameters<T[K]>[0] } }[keyof T];
export type Reply<R> = { ok: R } | { error: { message: string } };
export type Handlers<T extends AnyContract, Context> = {
  [K in keyof T]: (input: Parameters<T[K]>[0], context: Context) => ReturnType<T[K]> | Promise<ReturnType<T[K]>>;
};

function unwrap<R>(reply: unknown): R {
  const r = reply as { ok?: R; error?: { message?: unknown } } | undefined;
  if (r?.error) throw new Error(String(r.error.message));
  return r?.ok as R;
}

export async function sendToBackground<K extends keyof ToBackground>(
  type: K,
  input: Parameters<ToBackground[K]>[0],
): Promise<ReturnType<ToBackground[K]>> {
  // Read here, not when the script loads: the page gate touches the extension API only on a hit
  // (the first touch sets up the API's bindings in the page's isolated world, which costs time).
  return unwrap(await extensionApi().runtime.sendMessage({ type, input }));
}

export async function sendToPage<K extends keyof ToPage>(
  tabId: number,
  type: K,
  input: Parameters<ToPage[K]>[0],
  frameId = 0,
): Promise<ReturnType<ToPage[K]>> {
  return unwrap(await ext.tabs.sendMessage(tabId, { type, input }, { frameId }));
}

/**
 * Answers messages with `handlers`; unknown types and refused senders get an error reply. The
 * listener keeps the channel open (returns true) so both browsers wait for async answers.
 */
export function listen<T extends AnyContract, Context>(
  handlers: Handlers<T, Context>,
  contextOf: (sender: unknown, type: keyof T) => Context | Error,
  target: { addListener(cb: (m: unknown, s: unknown, r: (x: unknown) => void) => true | void): void },
): void {
  target.addListener((message, sender, respond) => {
    const { type, input } = (message ?? {}) as { type?: unknown; input?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return;
    const context = contextOf(sender, type);
    if (context instanceof Error) {
      respond({ error: { message: context.message } });
      return;
    }
    const handler = handlers[type as keyof T] as (i: unknown, c: Context) => unknown;
    Promise.resolve()
      .then(() => handler(input ?? {}, context))
      .then(
        (ok) => respond({ ok: ok ?? null }),
        (e: unknown) => respond({ error: { message: e instanceof Error ? e.message : String(e) } }),
      );
    return true;
  });
}
