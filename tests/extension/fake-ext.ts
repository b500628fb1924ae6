// An in-memory stand-in for the browser's extension API, enough for the background's handlers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cutTextPack } from '../../extension/shared/text-pack.ts';

type Listener = (...args: unknown[]) => unknown;

function area() {
  let data: Record<string, unknown> = {};
  return {
    async get(keys: string | string[] | null) {
      if (keys === null) return structuredClone(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      data = { ...data, ...structuredClone(items) };
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
    raw: () => data,
  };
}

export interface FakeTab {
  id: number;
  windowId: number;
  index: number;
  url: string;
}

export function createFakeExt() {
  const tabs: FakeTab[] = [];
  const calls = { updated: [] as unknown[], executeScript: [] as unknown[], created: [] as unknown[], removed: [] as number[], badges: [] as unknown[] };
  const onMessage: Listener[] = [];
  const onUpdated: Listener[] = [];
  const onInstalled: Listener[] = [];
  const ext = {
    runtime: {
      id: 'test-extension',
      getURL: (path: string) => `chrome-extension://test-extension/${path}`,
      sendMessage: async () => undefined,
      onMessage: { addListener: (l: Listener) => onMessage.push(l) },
      onInstalled: { addListener: (l: Listener) => onInstalled.push(l) },
      onStartup: { addListener: () => undefined },
    },
    storage: { local: area(), session: area(), onChanged: { addListener: () => undefined, removeListener: () => undefined } },
    i18n: { getUILanguage: () => 'en-GB' },
    tabs: {
      get: async (id: number) => tabs.find((t) => t.id === id)!,
      query: async (q: { windowId?: number }) => tabs.filter((t) => q.windowId === undefined || t.windowId === q.windowId),
      create: async (p: unknown) => {
        calls.created.push(p);
        return { id: 999 };
      },
      remove: async (id: number) => {
        calls.removed.push(id);
        tabs.splice(tabs.findIndex((t) => t.id === id), 1);
      },
      sendMessage: async () => undefined,
      update: async (id: number, p: unknown) => calls.updated.push([id, p]),
      onRemoved: { addListener: () => undefined },
      onUpdated: { addListener: (l: Listener) => onUpdated.push(l) },
    },
    scripting: { executeScript: async (p: unknown) => calls.executeScript.push(p) },
    action: { setBadgeText: async (p: unknown) => calls.badges.push(p), setBadgeBackgroundColor: async () => undefined },
  };
  return { ext, tabs, calls, onMessage, onUpdated, onInstalled };
}

/** Serves the text packs the background fetches, cut from the built content bundles. */
export function textPackFetch(): typeof fetch {
  return (async (url: string | URL) => {
    const locale = /text\/([\w-]+)\.json$/.exec(String(url))?.[1];
    const tips = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/generated/${locale}.tips.json`), 'utf8'));
    return new Response(JSON.stringify(cutTextPack(tips)));
  }) as typeof fetch;
}

/** Installed as `chrome` on import, before the extension's modules read it. */
export const fake = createFakeExt();
(globalThis as { chrome?: unknown }).chrome = fake.ext;
