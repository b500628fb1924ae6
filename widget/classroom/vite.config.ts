// Classroom mode as a page: dist/widget/classroom.html, its chunks in dist/widget/classroom/, and a
// service worker (dist/widget/classroom-sw.js) that keeps them all for offline use. Builds into
// dist/widget/ beside the widget without emptying it.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, transformWithOxc, type Plugin } from 'vite';
import { preactJsx } from '../../vite.config.ts';

const here = import.meta.dirname;

const outDir = resolve(here, '../../dist/widget');

/** Content other than the classroom slices (content/generated/<locale>.classroom.json) is bundled by the glob in content/index.ts but never loaded here. */
const isOtherContent = (id: string | null | undefined) => id != null && /[\\/]generated[\\/][^\\/]+\.json$/.test(id) && !id.endsWith('.classroom.json');

/**
 * Emits classroom-sw.js with the list of every file this build wrote, so all of them work offline.
 * Removes the previous build's files first, as dist/widget is shared and not emptied.
 */
function serviceWorker(): Plugin {
  return {
    name: 'classroom-service-worker',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      for (const old of ['classroom', 'classroom.html', 'classroom-sw.js']) rmSync(resolve(outDir, old), { recursive: true, force: true });
    },
    async generateBundle(_, bundle) {
      const kept = Object.values(bundle).filter((file) => !(file.type === 'chunk' && isOtherContent(file.facadeModuleId)));
      const files = [...new Set([...kept.map((file) => file.fileName), 'classroom.html'])].sort();
      const version = createHash('sha256')
        .update(files.join('\n'))
        .digest('hex')
        .slice(0, 12);
      const source = await transformWithOxc(readFileSync(resolve(here, 'sw.ts'), 'utf8'), 'sw.ts', { lang: 'ts' });
      this.emitFile({
        type: 'asset',
        fileName: 'classroom-sw.js',
        source: `const PRECACHE = ${JSON.stringify(files)};\nconst VERSION = ${JSON.stringify(version)};\n${source.code}`,
      });
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  oxc: preactJsx,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: false,
    assetsDir: 'classroom',
    rollupOptions: {
      input: { classroom: resolve(here, 'classroom.html') },
    },
  },
  plugins: [serviceWorker()],
});
