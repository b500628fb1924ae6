// Sites as the person sees them: a host name without "www.". A trusted site covers its sub-domains.

/** The site of a web address, or undefined for anything but http(s). */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return normalizeSite(u.hostname);
  } catch {
    return undefined;
  }
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * What a person typed as a site ("https://www.Shop.example/path", "shop.example") as a site, or
 * undefined when it is not one.
 */
export function parseSite(input: string): string | undefined {
  const raw = input.trim().toLowerCase();
  if (!raw) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`;
  try {
    const u = new URL(withScheme);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    const host = normalizeSite(u.hostname);
    return isSite(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

export const normalizeSite = (host: string): string => host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

export const isSite = (s: string): boolean => HOST.test(s) && s.includes('.') || s === 'localhost';

/** Whether `site` is one of `list` or a sub-domain of one. */
export function isListed(site: string, list: readonly string[]): boolean {
  return list.some((entry) => site === entry || site.endsWith(`.${entry}`));
}
