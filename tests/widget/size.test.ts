// Size budgets over the BUILT widget (npm run build first): tip mode's first render, what each mode
// chunk needs before it can run, and that what ships is minified.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/locales.ts';
import type { ChunkInfo } from '../../widget/vite.config.ts';

const META = 'dist/widget-meta.json';
const chunks: ChunkInfo[] = existsSync(META) ? JSON.parse(readFileSync(META, 'utf8')) : [];
const gzip = (file: string) => gzipSync(readFileSync(`dist/widget/${file}`), { level: 9 }).length;
const bySource = (source: string) => {
  const chunk = chunks.find((c) => c.source === source);
  if (!chunk) throw new Error(`no chunk for ${source} in ${META}: run npm run build`);
  return chunk;
};
/** A chunk and everything it imports statically, as the browser must fetch them before it runs. */
const closure = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of chunks.find((c) => c.file === file)?.imports ?? []) closure(dep, seen);
  return seen;
};

describe('the built widget', () => {
  it('has been built', () => {
    expect(chunks.length, 'run npm run build').toBeGreaterThan(0);
  });

  it("transfers at most 16 KB gzip for tip mode's first render, in every locale", () => {
    const entry = chunks.find((c) => c.file === 'scam-tips.js')!;
    const tip = bySource('widget/modes/tip.tsx');
    for (const locale of LOCALES) {
      const content = bySource(`content/generated/${locale}.widget-tip.json`);
      const files = new Set([...closure(entry.file), ...closure(tip.file), ...closure(content.file)]);
      // Three files, two round trips: the entry, then the mode and the content side by side.
      expect([...files].sort(), locale).toEqual([entry.file, tip.file, content.file].sort());
      const total = [...files].reduce((sum, f) => sum + gzip(f), 0);
      expect(total, `${locale}: ${total} bytes`).toBeLessThanOrEqual(16 * 1024);
    }
  });

  it('loads every mode as its own chunk that needs nothing but the entry', () => {
    for (const mode of ['tip', 'browse', 'banner', 'check']) {
      const chunk = bySource(`widget/modes/${mode}.tsx`);
      expect(chunk.imports, mode).toEqual(['scam-tips.js']);
      expect(bySource('widget/scam-tips.ts').dynamicImports).toContain(chunk.file);
    }
    // The detector and each locale's content are chunks of their own too.
    expect(bySource('content/detect/index.ts').file).not.toBe(bySource('widget/modes/check.tsx').file);
    for (const locale of LOCALES) expect(bySource(`content/generated/${locale}.widget-browse.json`).imports).toEqual([]);
  });

  it('ships minified code and its type definitions', () => {
    for (const c of chunks) {
      const code = readFileSync(`dist/widget/${c.file}`, 'utf8');
      // Minified: long lines, no indentation, no comments.
      expect(code.split('\n').length, c.file).toBeLessThan(5);
      expect(code, c.file).not.toMatch(/^\s{2,}\S/m);
    }
    expect(readFileSync('dist/widget/scam-tips.d.ts', 'utf8')).toContain('export declare class ScamTipsElement');
    expect(existsSync('dist/widget/embed.html')).toBe(true);
  });
});
