// The widget build: dist/widget/scam-tips.js (the element; also the npm entry `scam-tips/widget`),
// dist/widget/embed.html (the iframe page), and lazy chunks beside them in dist/widget/chunks/.
// Chunks are imported by relative paths, so the folder works wherever it is hosted.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { preactJsx } from '../vite.config.ts';

const here = import.meta.dirname;
const outDir = resolve(here, '../dist/widget');

/** One built file and how it loads others: what the size test and `npm run bench` read. */
export interface ChunkInfo {
  file: string;
  /** The source module that starts this chunk, relative to the repository (e.g. widget/modes/tip.tsx). */
  source: string | undefined;
  /** Source modules bundled into the chunk, relative to the repository. */
  modules: string[];
  imports: string[];
  dynamicImports: string[];
  bytes: number;
  gzipBytes: number;
}
export const META_FILE = resolve(here, '../dist/widget-meta.json');

/**
 * A name for this build's chunk folder, from everything the build reads. Chunks live in
 * chunks/<id>/ under plain names: a new build gets a new folder (so hosts may cache chunks forever),
 * and the entry's list of chunk paths stays small, because one folder name compresses well where
 * a hash per file does not (about 700 bytes of the first render's budget).
 */
function buildId(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'demo' && entry.name !== 'node_modules') walk(path);
      } else hash.update(path).update(readFileSync(path));
    }
  };
  walk(here);
  walk(resolve(here, '../content'));
  hash.update(readFileSync(resolve(here, '../package-lock.json')));
  return hash.digest('base64url').slice(0, 10).replace(/[-_]/g, 'x');
}

function publicTypesAndMeta(): Plugin {
  const repo = resolve(here, '..');
  const rel = (id: string | null | undefined) => (id ? id.replace(`${repo}/`, '').replace(/\?.*$/, '') : undefined);
  return {
    name: 'scam-tips-widget-meta',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'scam-tips.d.ts', source: readFileSync(resolve(here, 'api.d.ts'), 'utf8') });
      // The iframe page is plain HTML and CSS beside the scripts; only embed.ts is bundled.
      for (const file of ['embed.html', 'embed.css']) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(resolve(here, file), 'utf8') });
    },
    writeBundle(_options, bundle) {
      const chunks: ChunkInfo[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks.push({
          file: item.fileName,
          source: rel(item.facadeModuleId),
          modules: Object.keys(item.modules).map((m) => rel(m)!),
          imports: item.imports,
          dynamicImports: item.dynamicImports,
          bytes: Buffer.byteLength(item.code),
          gzipBytes: gzipSync(item.code, { level: 9 }).length,
        });
      }
      writeFileSync(META_FILE, `${JSON.stringify(chunks, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  oxc: preactJsx,
  plugins: [publicTypesAndMeta()],
  build: {
    // Library mode: plain relative import() calls, without Vite's preload helper (which would add
    // <link> tags to the host page's <head> and cost a kilobyte).
    lib: {
      entry: { 'scam-tips': resolve(here, 'scam-tips.ts'), embed: resolve(here, 'embed.ts') },
      formats: ['es'],
    },
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Browsers with light-dark() (2024 on), so the colours stay one declaration each.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    minify: true,
    cssMinify: true,
    reportCompressedSize: false,
    rolldownOptions: {
      // Keep the entry's exports (the npm entry), and let shared code (Preact) live in it so the
      // first render needs only the entry, the mode's chunk and the locale's content.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: `chunks/${buildId()}/[name].js`,
        // Vite leaves the library format's whitespace and comments in; this build ships to pages.
        minify: true,
        comments: false,
      },
    },
  },
});
