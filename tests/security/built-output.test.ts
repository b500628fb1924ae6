// The BUILT widget and extension (dist/, made by `npm run build` before the tests): no code that
// turns strings into code or HTML, no inline script or style in the built pages, and a strict
// extension-page CSP. A hit in a dependency's code passes only if the allowlist below names it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const TARGETS = ['widget', 'extension'].map((d) => join(DIST, d));

/** What never belongs in built code: string-to-code and string-to-HTML sinks. */
const SINKS: { name: string; re: RegExp }[] = [
  { name: 'eval(', re: /\beval\s*\(/g },
  { name: 'new Function', re: /\bnew\s+Function\b/g },
  { name: 'innerHTML', re: /\binnerHTML\b/g },
  { name: 'outerHTML', re: /\bouterHTML\b/g },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\b/g },
  { name: 'document.write', re: /\bdocument\.write(?:ln)?\b/g },
];

interface Allowed {
  /** Which built files may carry it. */
  file: RegExp;
  /** The exact snippet around the hit; minified identifiers are `\w+`, so a rename still matches. */
  snippet: RegExp;
  why: string;
}

/**
 * Known hits in dependencies' code. Anything not listed here fails the test with its file and snippet.
 * Preact's diff reads and writes innerHTML only for the `dangerouslySetInnerHTML` prop; no file in
 * widget/ or extension/ uses that prop (checked below), so that path never runs. In the extension the
 * build replaces the write with a throw (`dangerouslySetInnerHTML is not supported`).
 */
const ALLOWLIST: Allowed[] = [
  {
    file: /^widget\/(scam-tips\.js|classroom\/classroom-[\w-]+\.js)$/,
    snippet: /\w+\.__html==\w+\.__html\|\|\w+\.__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/,
    why: "Preact's dangerouslySetInnerHTML branch; our source never passes that prop",
  },
  {
    file: /^extension\/(chrome|firefox)\/(page\/warning\.js|assets\/[\w-]+\.js)$/,
    snippet: /\w+\.__html==\w+\.__html\|\|\w+\.__html==\w+\.innerHTML\)\|\|\(\(\)=>\{throw Error\(`dangerouslySetInnerHTML is not support/,
    why: "Preact's dangerouslySetInnerHTML branch, reading innerHTML only to compare; the write is replaced by a throw",
  },
];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const built = TARGETS.flatMap(filesUnder).map((f) => relative(DIST, f));
const code = built.filter((f) => /\.(m?js|html)$/.test(f));
const pages = built.filter((f) => f.endsWith('.html'));

interface Hit {
  file: string;
  sink: string;
  snippet: string;
}

/** Every sink in a text, with 120 characters each side. */
export function findSinks(file: string, text: string): Hit[] {
  return SINKS.flatMap(({ name, re }) =>
    [...text.matchAll(re)].map((m) => ({ file, sink: name, snippet: text.slice(Math.max(0, m.index - 120), m.index + 120) })),
  );
}

export function isAllowed(hit: Hit, allowlist: Allowed[] = ALLOWLIST): boolean {
  return allowlist.some((a) => a.file.test(hit.file) && a.snippet.test(hit.snippet));
}

/** Inline scripts, inline style attributes and <style> elements in an HTML page. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/.test(m[1] ?? '') || (m[2] ?? '').trim()) found.push(m[0].slice(0, 120));
  }
  for (const m of html.matchAll(/<[a-z][^>]*\sstyle\s*=[^>]*>/gi)) found.push(m[0].slice(0, 120));
  for (const m of html.matchAll(/<style\b[^>]*>/gi)) found.push(m[0]);
  for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)) found.push(m[0].slice(0, 120));
  return found;
}

describe('built output', () => {
  it('exists (run the build first)', () => {
    expect(code.filter((f) => f.startsWith('widget/')).length, 'dist/widget has no JS').toBeGreaterThan(0);
    expect(code.filter((f) => f.startsWith('extension/chrome/')).length, 'dist/extension/chrome has no JS').toBeGreaterThan(0);
    expect(code.filter((f) => f.startsWith('extension/firefox/')).length, 'dist/extension/firefox has no JS').toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(0);
  });

  it('has no eval, new Function, innerHTML, outerHTML, insertAdjacentHTML or document.write beyond the allowlist', () => {
    const hits = code.flatMap((f) => findSinks(f, readFileSync(join(DIST, f), 'utf8')));
    const unexpected = hits.filter((h) => !isAllowed(h)).map((h) => `${h.file}: ${h.sink} in …${h.snippet}…`);
    expect(unexpected).toEqual([]);
    console.log(`built-output: ${code.length} JS/HTML files scanned, ${hits.length} allowlisted hits`);
  });

  it('every allowlist entry still matches something (a stale entry hides nothing)', () => {
    const hits = code.flatMap((f) => findSinks(f, readFileSync(join(DIST, f), 'utf8')));
    for (const a of ALLOWLIST) expect(hits.some((h) => isAllowed(h, [a])), a.why).toBe(true);
  });

  it('our own source never uses dangerouslySetInnerHTML (what makes the allowlist safe)', () => {
    const source = ['widget', 'extension', 'content'].flatMap((d) => filesUnder(join(ROOT, d))).filter((f) => /\.(ts|tsx)$/.test(f) && !/vite\.config\.ts$/.test(f));
    expect(source.length).toBeGreaterThan(0);
    // The prop, as JSX (`dangerouslySetInnerHTML=`) or in props objects (`dangerouslySetInnerHTML:`).
    const users = source.filter((f) => /dangerouslySetInnerHTML['"]?\s*[=:]/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(users).toEqual([]);
  });

  it('a sink that is not allowlisted is caught (the scan can fail)', () => {
    const planted = findSinks('widget/scam-tips.js', 'x.innerHTML=y;eval("1");new Function("a");document.write(1)');
    expect(planted.map((h) => h.sink).sort()).toEqual(['document.write', 'eval(', 'innerHTML', 'new Function']);
    expect(planted.filter((h) => !isAllowed(h))).toHaveLength(4);
    expect(inlineCode('<script>alert(1)</script><p style="color:red" onclick="x()"></p><style>p{}</style><script src="a.js"></script>')).toHaveLength(4);
  });

  it('built HTML pages have no inline script, style attribute, <style> element or inline handler', () => {
    const found = pages.flatMap((f) => inlineCode(readFileSync(join(DIST, f), 'utf8')).map((s) => `${f}: ${s}`));
    expect(found).toEqual([]);
  });
});

describe.each(['chrome', 'firefox'])('%s manifest', (browser) => {
  const path = join(DIST, 'extension', browser, 'manifest.json');
  const manifest = (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}) as Record<string, unknown>;

  it('carries a strict CSP for extension pages', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: unknown } | undefined)?.extension_pages;
    expect(typeof csp, `${path} has no content_security_policy.extension_pages`).toBe('string');
    const directives = new Map(
      String(csp)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name!, sources]),
    );
    const sources = [...directives.values()].flat();
    expect(sources.filter((s) => /^'unsafe-/.test(s))).toEqual([]);
    expect(sources.filter((s) => /^https?:/i.test(s) || s.includes('*'))).toEqual([]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('script-src') ?? directives.get('default-src')).toEqual(["'self'"]);
  });

  it('lets no web page message it or load its files', () => {
    expect(Object.keys(manifest)).not.toContain('externally_connectable');
    expect(Object.keys(manifest)).not.toContain('web_accessible_resources');
  });
});
