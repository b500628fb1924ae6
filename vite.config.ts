// The demo site (npm start): pages under widget/demo, built to dist/site.
// Other targets (the widget library, the two extension builds) have their own configs,
// all run by scripts/build.ts.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export const preactJsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

export default defineConfig({
  root: resolve(import.meta.dirname, 'widget/demo'),
  base: './',
  oxc: preactJsx,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/site'),
    emptyOutDir: true,
    rollupOptions: {
      // One page per demo (the demo home links them all); the widget itself is not bundled into
      // them: they load the built dist/widget/scam-tips.js, served at /widget/.
      input: Object.fromEntries(
        ['index', 'content', 'tip', 'browse', 'banner', 'check', 'iframe', 'theming', 'csp', 'bootstrap', 'isolation', 'arabic'].map((page) => [
          page,
          resolve(import.meta.dirname, `widget/demo/${page}.html`),
        ]),
      ),
    },
  },
});
