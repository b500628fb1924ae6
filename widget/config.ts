// Reads the element's attributes into a Config. Pure: the element feeds it attribute values and
// the reader's languages, and gets back the settings plus a warning for each value it could not use.
import { LOCALES, matchLocale, type LocaleId } from '../content/index.ts';
import type { ScamTipsAttributes } from './api.d.ts';

export const MODES = ['tip', 'browse', 'banner', 'check', 'classroom'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const ROTATIONS = ['day', 'week', 'off'] as const;
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

export type Mode = (typeof MODES)[number];
export type Theme = (typeof THEMES)[number];
export type Rotation = (typeof ROTATIONS)[number];

/** Every attribute the element reads, in the order the README documents them. */
export const ATTRIBUTES = ['mode', 'lang', 'topics', 'country', 'theme', 'rotate', 'tip', 'heading-level', 'compact', 'href'] as const;

// The public type definitions (api.d.ts) must list exactly these attributes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const attributesMatchTypes: Same<(typeof ATTRIBUTES)[number], keyof ScamTipsAttributes> = true;
void attributesMatchTypes;

export interface Config {
  mode: Mode;
  locale: LocaleId;
  /** Lowercase country code the reader's language tags suggest ("en-GB" -> "gb"), if any. */
  region: string | undefined;
  /** Scam type ids as written (checked against the content later); empty means all. */
  topics: string[];
  /** Lowercase country code or "international", as written (checked against the content later). */
  country: string | undefined;
  theme: Theme;
  rotate: Rotation;
  tip: string | undefined;
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6;
  compact: boolean;
  href: string | undefined;
}

/** Reports a value that cannot be used (`using`: what is shown instead); the caller logs it once. */
export type Warn = (attribute: string, value: string, allowed: string, using: string) => void;

export interface Environment {
  /** The nearest lang="" around the element (usually <html lang>). */
  hostLang: string | undefined;
  /** navigator.languages */
  languages: readonly string[];
  /** The document's base URL, to resolve href. */
  baseUrl: string;
}

function oneOf<T extends string>(name: string, raw: string | null, allowed: readonly T[], warn: Warn, fallback: T = allowed[0]!): T {
  if (raw === null) return fallback;
  const value = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warn(name, raw, allowed.join(', '), `"${fallback}"`);
  return fallback;
}

const regionOf = (tag: string | undefined): string | undefined => {
  const region = tag?.split(/[-_]/).slice(1).find((part) => /^[a-z]{2}$/i.test(part));
  return region?.toLowerCase();
};

export function readConfig(attr: (name: (typeof ATTRIBUTES)[number]) => string | null, env: Environment, warn: Warn): Config {
  const mode = oneOf('mode', attr('mode'), MODES, warn);

  const fallbackTags = [env.hostLang, ...env.languages];
  const defaultLocale = matchLocale(fallbackTags) ?? 'en';
  let locale = defaultLocale;
  let langTag: string | undefined = fallbackTags.find((tag) => tag && matchLocale([tag]));
  const lang = attr('lang');
  if (lang !== null && lang.trim() !== '') {
    const matched = matchLocale([lang]);
    if (matched) {
      locale = matched;
      langTag = lang;
    } else warn('lang', lang, LOCALES.join(', '), `"${defaultLocale}"`);
  }
  const region = regionOf(langTag) ?? env.languages.map(regionOf).find(Boolean);

  const topics = (attr('topics') ?? '').split(/[\s,]+/).map((t) => t.toLowerCase()).filter(Boolean);

  let country: string | undefined;
  const rawCountry = attr('country');
  if (rawCountry !== null && rawCountry.trim() !== '') {
    const c = rawCountry.trim().toLowerCase();
    if (/^[a-z]{2}$/.test(c) || c === 'international') country = c;
    else warn('country', rawCountry, 'a two-letter country code such as "gb", or "international"', region ? `"${region}" from the page's language` : 'a country picker');
  }

  const level = oneOf('heading-level', attr('heading-level'), HEADING_LEVELS, warn, '2');

  let href: string | undefined;
  const rawHref = attr('href');
  if (rawHref !== null && rawHref.trim() !== '') {
    try {
      const url = new URL(rawHref.trim(), env.baseUrl);
      if (url.protocol === 'https:' || url.protocol === 'http:') href = url.href;
    } catch {
      // an address that does not parse is reported below like an unsafe one
    }
    if (!href) warn('href', rawHref, 'an http:// or https:// address, or a path on this site', 'no link');
  }

  const compact = attr('compact');
  const tip = attr('tip')?.trim().toLowerCase();
  return {
    mode,
    locale,
    region,
    topics,
    country,
    theme: oneOf('theme', attr('theme'), THEMES, warn),
    rotate: oneOf('rotate', attr('rotate'), ROTATIONS, warn),
    tip: tip || undefined,
    headingLevel: Number(level) as Config['headingLevel'],
    compact: compact !== null && compact.trim().toLowerCase() !== 'false',
    href,
  };
}

/** The text of the one console warning for a value that cannot be used. */
export const warningText = (attribute: string, value: string, allowed: string, using: string): string =>
  `<scam-tips>: ${attribute}="${value}" is not allowed. Allowed: ${allowed}. Showing ${using} instead.`;
