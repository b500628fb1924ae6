// Shared by tests/e2e/extension-fightback.test.ts and bench/sections/fightback.ts: the fight-back
// fixture pages, the extension's share of the main thread on them (from the V8 sampling profiler,
// which sees the content scripts' isolated worlds too), the warning's place in the top layer, and
// the errors a page's scripts raised.
import type { CDPSession, Page } from 'playwright-core';

const ALERT = 'https://fightback-alert.top';

/** Pages that attack the warning itself; window.fight measures each attack (fixtures' kit.js). */
export const ATTACK_PAGES = { remove: `${ALERT}/remove`, hide: `${ALERT}/hide`, cover: `${ALERT}/cover`, reparent: `${ALERT}/reparent` } as const;

/** Pages that fight the person (and the extension's defusing). */
export const BEHAVIOUR_PAGES = {
  fullscreen: `${ALERT}/fullscreen`,
  dialogs: `${ALERT}/dialogs`,
  print: `${ALERT}/print`,
  history: `${ALERT}/history`,
  leave: `${ALERT}/leave`,
  audio: `${ALERT}/audio`,
  'keyboard-lock': `${ALERT}/keyboard-lock`,
} as const;

export const LOAD_PAGES = { flood: `${ALERT}/flood`, 'huge-text': `${ALERT}/huge-text` } as const;

/** The alert inside nested iframes ("late": added a second after the page loaded); "control" has an honest page in the same frames. */
export const FRAME_PAGES = {
  same: 'https://fightback-frames.top/same',
  cross: 'https://fightback-frames.top/cross',
  late: 'https://fightback-frames.top/late',
  control: 'https://fightback-frames.top/control',
} as const;

/** Whether the warning's element is on <html>, visible, and what a click anywhere would hit (run in the page). */
export const onTop = (): boolean => {
  const html = document.documentElement;
  const host = [...html.children].find((el) => el !== document.head && el !== document.body && (el as HTMLElement).dataset.page === undefined);
  if (!host) return false;
  const points = [
    [innerWidth / 2, innerHeight / 2],
    [innerWidth / 2, 40],
    [8, 8],
  ] as const;
  return points.every(([x, y]) => document.elementFromPoint(x, y) === host) && host.checkVisibility({ opacityProperty: true, visibilityProperty: true });
};

export interface CpuShare {
  /** Length of the measured window. */
  wallMs: number;
  /** Time in the extension's scripts (and what they called), summed over its files. */
  extensionMs: number;
  /** The extension's time by file (page/warning.js, page/gate.js...). */
  byFile: Record<string, number>;
  /** The page's own scripts and the browser's work (style, layout, garbage collection). */
  busyMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/** Samples the main thread while `during` runs and attributes each sample to the extension when any frame of its stack is one of the extension's files. */
export async function extensionShare(page: Page, extensionId: string, during: () => Promise<unknown>): Promise<CpuShare> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    // Every 0.5 ms: thousands of samples in the seconds measured, and less load on a page that is
    // already flooding its main thread (once, under the whole suite, the flood page's renderer
    // crashed while sampled every 0.2 ms).
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await during();
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };
    };
    const prefix = `chrome-extension://${extensionId}/`;
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const fileOf = new Map<number, string | null>();
    const extensionFile = (id: number): string | null => {
      if (fileOf.has(id)) return fileOf.get(id)!;
      const node = byId.get(id)!;
      const own = node.callFrame.url.startsWith(prefix) ? node.callFrame.url.slice(prefix.length) : null;
      // The outermost extension frame names the file (the one the browser called into).
      const up = parent.has(id) ? extensionFile(parent.get(id)!) : null;
      const file = up ?? own;
      fileOf.set(id, file);
      return file;
    };
    const byFile: Record<string, number> = {};
    let extensionMs = 0;
    let busyMs = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const id = profile.samples[i]!;
      const name = byId.get(id)?.callFrame.functionName;
      if (name === '(idle)') continue;
      busyMs += ms;
      const file = extensionFile(id);
      if (file) {
        extensionMs += ms;
        byFile[file] = (byFile[file] ?? 0) + ms;
      }
    }
    return { wallMs: (profile.endTime - profile.startTime) / 1000, extensionMs, byFile, busyMs: busyMs - extensionMs };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The elements in the browser's top layer, in order (the last is on top), closed shadow roots
 * included: 'warning' for the extension's alertdialog, otherwise the element's name.
 */
export async function topLayer(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Depth 0: the top-layer call sends the elements' paths itself (a page of 50 MB stays cheap).
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = (await cdp.send('DOM.getTopLayerElements' as never)) as unknown as { nodeIds: number[] };
    const names: string[] = [];
    for (const nodeId of nodeIds) {
      // The page may change the top layer between the two calls: such an element counts as 'gone'.
      const described = (await cdp.send('DOM.describeNode', { nodeId }).catch(() => undefined)) as { node: { nodeName: string; attributes?: string[] } } | undefined;
      if (!described) {
        names.push('gone');
        continue;
      }
      const { node } = described;
      const attributes = node.attributes ?? [];
      const role = attributes[attributes.indexOf('role') + 1];
      names.push(attributes.includes('role') && role === 'alertdialog' ? 'warning' : node.nodeName.toLowerCase());
    }
    return names;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface ErrorLog {
  /** Uncaught exceptions and unhandled rejections, in any world of the page (page or extension). */
  exceptions: string[];
  /** Console and browser-log errors (not network failures). */
  errors: string[];
}

/** Starts recording a page's errors, in every JavaScript world, before it loads. */
export async function recordErrors(page: Page): Promise<{ log: ErrorLog; cdp: CDPSession }> {
  const log: ErrorLog = { exceptions: [], errors: [] };
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const frames = d.stackTrace?.callFrames.map((f) => f.url).join(' ') ?? '';
    log.exceptions.push(`${d.exception?.description ?? d.text} @ ${d.url ?? ''} ${frames}`);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error') log.errors.push(`${e.args.map((a) => a.value ?? a.description).join(' ')} @ ${e.stackTrace?.callFrames[0]?.url ?? ''}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && entry.source !== 'network') log.errors.push(`${entry.text} @ ${entry.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return { log, cdp };
}

/** What of an error log came from the extension's scripts (their address, or their words). */
export const fromExtension = (lines: string[]): string[] => lines.filter((l) => /(chrome|moz)-extension:\/\/|turned off on this page|scam-tips/i.test(l));
