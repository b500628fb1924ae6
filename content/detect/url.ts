// Reading addresses: the page's own and the links inside a message. Shared by the gate and the
// detector, so it stays small: no URL parser (it throws on half-written links), a few string tests.
import { CYRILLIC_LOOKALIKE, foldText } from './fold.ts';

export interface Link {
  /** Offsets of the whole link in the text it came from. */
  start: number;
  end: number;
  host: string;
}

export type UrlFeature = 'raw-ip' | 'idn' | 'hosts' | 'tld' | 'brand' | 'link';

/** Lists a URL check reads: hosts and TLDs that are signals, brands with their own domains. */
export interface UrlLists {
  hosts: readonly string[];
  tlds: readonly string[];
  /** Folded brand name to its own domains ("amazon.*" allows any top-level domain). */
  brands: ReadonlyMap<string, readonly string[]>;
}

const FILE_EXTENSIONS = new Set(['exe', 'msi', 'dmg', 'apk', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'zip', 'rar', 'jpg', 'jpeg', 'png', 'gif', 'txt', 'js', 'ts', 'json', 'mp3', 'mp4', 'html', 'htm', 'php', 'py', 'sh', 'bat', 'pkg', 'ics']);
const NOT_LINK = /* @__PURE__ */ new Set([...'<>"\'`()[]{}|\\^,，。、“”‘’«»'].map((c) => c.charCodeAt(0)));
const isLinkUnit = (c: number) => c > 32 && c !== 0x85 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200b) && c !== 0x2028 && c !== 0x2029 && c !== 0x3000 && !NOT_LINK.has(c);

/** The host of a link-like string (after any scheme and user name: http://bank.com@evil.xyz is evil.xyz). */
export function hostOf(link: string): string {
  let s = link.replace(/^[a-z][a-z0-9+.-]{1,15}:\/\//i, '');
  const cut = s.search(/[/?#]/);
  if (cut >= 0) s = s.slice(0, cut);
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  if (s.startsWith('[')) return s.slice(0, s.indexOf(']') + 1).toLowerCase();
  return s.replace(/:\d{1,5}$/, '').replace(/\.$/, '').toLowerCase();
}

/**
 * Finds links in text, written with a scheme, starting with www., or as a bare domain with a path
 * or a plausible top-level domain. Linear: it jumps from dot to dot and reads each character once.
 */
export function findLinks(text: string, start = 0, end = text.length, max = 64): Link[] {
  const links: Link[] = [];
  let floor = start;
  let candidates = 0;
  while (links.length < max && candidates++ < 2000) {
    const dot = text.indexOf('.', floor);
    if (dot < 0 || dot >= end) break;
    let a = dot;
    while (a > floor && isLinkUnit(text.charCodeAt(a - 1))) a--;
    let b = dot + 1;
    while (b < end && b - a < 2048 && isLinkUnit(text.charCodeAt(b))) b++;
    floor = b;
    // A point with nothing of an address after it (the end of a sentence) starts no link.
    if (b - a >= 2048 || a === dot || b === dot + 1) continue;
    let s = text.slice(a, b).replace(/[.!?:;]+$/, '');
    const lead = s.search(/[\p{L}\p{N}]/u);
    if (lead < 0) continue;
    s = s.slice(lead);
    const host = hostOf(s);
    const labels = host.split('.');
    const tld = labels[labels.length - 1] ?? '';
    const hasScheme = /^[a-z][a-z0-9+.-]{1,15}:\/\//i.test(s) || /^www\./i.test(s);
    const plausible =
      labels.length >= 2 &&
      labels.every((l) => l.length > 0) &&
      (isIpHost(host) || (/^(?:[a-z]{2,18}|xn--[a-z0-9-]{2,30})$/.test(tld) && !FILE_EXTENSIONS.has(tld) && (labels[labels.length - 2]?.length ?? 0) >= 2));
    if (plausible && (hasScheme || /^[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:\.[\p{L}\p{N}-]{1,63}){1,6}(?:[/?#:]|$)/u.test(s))) {
      links.push({ start: a + lead, end: a + lead + s.length, host });
    }
  }
  return links;
}

export const isIpHost = (host: string): boolean => /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host.startsWith('[');

/** A public IP address (loopback and private networks are where people test pages, not scam sites). */
function isPublicIp(host: string): boolean {
  if (host.startsWith('[')) return !/^\[(?:::1|fe80:|fc|fd)/i.test(host);
  const [a, b] = host.split('.').map(Number) as [number, number];
  return !(a === 10 || a === 127 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254));
}

const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The name people read in a host, with digit and letter-pair look-alikes folded (paypa1, rnicrosoft). */
export function readable(host: string): string {
  return [...foldText(host)]
    .map((ch) => CYRILLIC_LOOKALIKE.get(ch) ?? ch)
    .join('')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[0134578]/g, (d) => 'oleasbt'['0134578'.indexOf(d)]!);
}

// Words glued to a brand in scam hosts ("paypalsecure", "microsoftsupport", "myapple").
const GLUE = /^(?:support|help|helpdesk|secure|security|login|signin|verify|verification|account|accounts|service|services|update|billing|pay|payment|desk|care|center|centre|online|alert|alerts|team|my|id|web|mail|official|auth|check|protect|recovery|refund|unlock|app|customer|track|tracking|delivery|post|parcel)$/;

function brandIn(host: string, brands: UrlLists['brands']): string | undefined {
  const name = readable(host);
  const tokens = name.split(/[.\-_]+/);
  for (const [brand, own] of brands) {
    const hit = tokens.some((t) => t === brand || (t.startsWith(brand) && GLUE.test(t.slice(brand.length))) || (t.endsWith(brand) && GLUE.test(t.slice(0, -brand.length))));
    if (!hit) continue;
    const isOwn = own.some((d) => {
      if (d.endsWith('.*')) {
        const labels = host.split('.');
        const stem = d.slice(0, -2);
        // amazon.de, amazon.co.uk, smile.amazon.com
        return labels.some((l, k) => l === stem && labels.length - k <= 3 && k < labels.length - 1);
      }
      return within(host, d);
    });
    if (!isOwn) return brand;
  }
  return undefined;
}

/** Which URL checks a host fails. `brand` names the brand when one is misused. */
export function hostFeatures(host: string, lists: UrlLists): { features: UrlFeature[]; brand?: string; matched?: string } {
  const features: UrlFeature[] = ['link'];
  let matched: string | undefined;
  if (isIpHost(host)) {
    if (isPublicIp(host)) features.push('raw-ip');
    return { features };
  }
  if (/(?:^|\.)xn--/.test(host) || /[^\x20-\x7e]/.test(host)) features.push('idn');
  const hostHit = lists.hosts.find((h) => within(host, h));
  if (hostHit) {
    features.push('hosts');
    matched = hostHit;
  }
  const tld = lists.tlds.find((t) => host.endsWith(t));
  if (tld) {
    features.push('tld');
    matched ??= tld;
  }
  const brand = lists.brands.size > 0 ? brandIn(host, lists.brands) : undefined;
  if (brand) features.push('brand');
  return brand ? { features, brand, ...(matched ? { matched } : {}) } : { features, ...(matched ? { matched } : {}) };
}
