// Settings: one object in storage.local, validated on every read, field by field. A field that is
// corrupt, or written by something else, falls back to its default and is named in `problems`, so
// the person sees a message; every other field is kept. The same check reads imported files.
import { z } from 'zod/mini';
import { LOCALES, type LocaleId } from '../../content/index.ts';
import { ext } from './ext.ts';
import { isSite, normalizeSite } from './sites.ts';

// zod probes `new Function` on first use; extension pages forbid eval (see TOOLCHAIN.md).
z.config({ jitless: true });

export const SETTINGS_KEY = 'settings';
export const MAX_SITES = 1000;

const Site = z.pipe(z.string().check(z.maxLength(253)), z.transform((s) => normalizeSite(s)));
const SiteList = z.array(z.unknown()).check(z.maxLength(MAX_SITES * 2));

const FIELDS = {
  locale: z.enum(['auto', ...LOCALES]),
  warnScamPages: z.boolean(),
  warnSuspiciousPages: z.boolean(),
  warnRemoteAccess: z.boolean(),
  keepHistory: z.boolean(),
  trustedSites: SiteList,
  remoteAccessSites: SiteList,
  snoozedUntil: z.number().check(z.int(), z.nonnegative()),
} as const;

export type SettingName = keyof typeof FIELDS;
export const SETTING_NAMES = Object.keys(FIELDS) as SettingName[];

export interface Settings {
  locale: 'auto' | LocaleId;
  warnScamPages: boolean;
  warnSuspiciousPages: boolean;
  warnRemoteAccess: boolean;
  keepHistory: boolean;
  /** Sites the person trusts: no warning there. */
  trustedSites: string[];
  /** Sites where the person said "I started this myself": no remote-access notice there. */
  remoteAccessSites: string[];
  /** Warnings are off until this time (ms since 1970); 0 when on. */
  snoozedUntil: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  locale: 'auto',
  warnScamPages: true,
  warnSuspiciousPages: false,
  warnRemoteAccess: true,
  keepHistory: true,
  trustedSites: [],
  remoteAccessSites: [],
  snoozedUntil: 0,
});

export interface SettingsRead {
  settings: Settings;
  /** Fields that were corrupt and fell back (a list with some bad entries keeps the good ones). */
  problems: SettingName[];
  /** Keys that are not settings at all; ignored. */
  foreign: string[];
}

function readSites(value: unknown): { sites: string[]; isClean: boolean } {
  const parsed = SiteList.safeParse(value);
  if (!parsed.success) return { sites: [], isClean: false };
  const sites: string[] = [];
  let isClean = true;
  for (const item of parsed.data) {
    const site = Site.safeParse(item);
    if (site.success && isSite(site.data)) {
      if (!sites.includes(site.data) && sites.length < MAX_SITES) sites.push(site.data);
    } else isClean = false;
  }
  return { sites, isClean };
}

/** Checks a stored or imported value; never throws. */
export function parseSettings(raw: unknown): SettingsRead {
  const settings: Settings = { ...DEFAULT_SETTINGS, trustedSites: [], remoteAccessSites: [] };
  if (raw === undefined || raw === null) return { settings, problems: [], foreign: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, problems: [...SETTING_NAMES], foreign: [] };
  const problems: SettingName[] = [];
  const record = raw as Record<string, unknown>;
  for (const name of SETTING_NAMES) {
    if (!Object.hasOwn(record, name)) continue;
    const value = record[name];
    if (name === 'trustedSites' || name === 'remoteAccessSites') {
      const { sites, isClean } = readSites(value);
      settings[name] = sites;
      if (!isClean) problems.push(name);
      continue;
    }
    const parsed = FIELDS[name].safeParse(value);
    if (parsed.success) (settings as unknown as Record<string, unknown>)[name] = parsed.data;
    else problems.push(name);
  }
  const foreign = Object.keys(record).filter((k) => !(SETTING_NAMES as string[]).includes(k));
  return { settings, problems, foreign };
}

export async function loadSettings(): Promise<SettingsRead> {
  const stored = await ext.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await ext.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Reads, changes and writes back (the write also clears fields that were corrupt). */
export async function updateSettings(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...change(settings) };
  await saveSettings(next);
  return next;
}

export const isSnoozed = (s: Settings, now = Date.now()): boolean => s.snoozedUntil > now;

/** The settings file people save and load. */
export const EXPORT_FORMAT = 'scam-tips-settings';

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings }, null, 2)}\n`;
}

/** Reads a saved settings file; undefined when it is not one. Fields that are wrong keep `current`. */
export function importSettings(text: string, current: Settings): { settings: Settings; problems: string[] } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== EXPORT_FORMAT) return undefined;
  const raw = (json as { settings?: unknown }).settings;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const read = parseSettings(raw);
  const settings = { ...current };
  const given = Object.keys(raw);
  for (const name of SETTING_NAMES) {
    if (!given.includes(name)) continue;
    const hasProblem = read.problems.includes(name);
    const isList = name === 'trustedSites' || name === 'remoteAccessSites';
    // A list keeps its readable entries; any other field that failed keeps the current value.
    if (!hasProblem || isList) (settings as unknown as Record<string, unknown>)[name] = read.settings[name];
  }
  return { settings, problems: [...read.problems, ...read.foreign] };
}
