// The extension, built twice from one source (npm run build runs extension/build.ts, which calls
// these): crxjs builds the manifest, service worker/event page, popup, options, the page-world
// content script (a standalone file: no loader, nothing web-accessible) and the extension pages; the
// scripts the background injects, the page gate (after each page load) and the warning UI (on a
// hit), are separate self-contained scripts (injectedConfig), so that crxjs lists nothing as
// web-accessible.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import { preactJsx } from '../vite.config.ts';
// Build time only (nothing of these ships): the gate's tables are compiled from its index here.
// eslint-disable-next-line no-restricted-imports
import { compileGateTables } from '../content/detect/gate-index.ts';
// eslint-disable-next-line no-restricted-imports
import type { GateIndex } from '../content/detect/index-format.ts';
import { manifestFor, type Target } from './manifest.config.ts';

const here = import.meta.dirname;

export interface ExtensionBuildOptions {
  target: Target;
  outDir: string;
  /** Folder copied as-is into the build (generated _locales and text packs). */
  publicDir: string;
  version: string;
  /**
   * Test-only: render the page UI in an open shadow root so axe-core can check it. Never set in a
   * shipped build (extension/build.ts refuses to zip such a build).
   */
  openShadowForTests?: boolean;
}

/**
 * Preact's support for dangerouslySetInnerHTML assigns innerHTML; we never use it, and Firefox's
 * add-on linter warns about any such assignment. This takes the assignment out of the bundle: a
 * stray use would throw instead of writing HTML.
 */
function withoutInnerHtml(): Plugin {
  const ASSIGN = /\(\s*([\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html\s*\)/;
  return {
    name: 'scam-tips:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0]!)) return undefined;
      if (!ASSIGN.test(code)) throw new Error('preact.mjs changed: update withoutInnerHtml() in extension/vite.config.ts');
      return { code: code.replace(ASSIGN, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()'), map: null };
    },
  };
}

/**
 * content/index.ts can lazily load every generated content file (classroom, widget cuts, the signal
 * index). The extension's pages only ever load whole locale bundles and the "tips" cut; narrowing
 * the glob for this build keeps the other chunks out of the package. If content/index.ts changes
 * its glob, nothing is narrowed (the build still works; the package is just bigger).
 */
function onlyContentTheExtensionLoads(): Plugin {
  const GLOB = "import.meta.glob<LocaleBundle>('./generated/*.json'";
  return {
    name: 'scam-tips:extension-content',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]content[\\/]index\.ts$/.test(id.split('?')[0]!) || !code.includes(GLOB)) return undefined;
      const narrowed = "import.meta.glob<LocaleBundle>(['./generated/*.json', '!./generated/*.classroom.json', '!./generated/*.widget-*.json', '!./generated/signal-*.json']";
      return { code: code.replace(GLOB, narrowed), map: null };
    },
  };
}

/**
 * The page gate's index with its lookup tables precomputed (content/detect/gate-index.ts), so that
 * the gate has nothing to set up on a page: an alias (injectedConfig) points the gate's import of
 * signal-gate.json here.
 */
function gateIndexWithTables(): string {
  const index = JSON.parse(readFileSync(resolve(here, '../content/generated/signal-gate.json'), 'utf8')) as GateIndex;
  const dir = resolve(here, '../.tmp/extension-gate');
  const file = resolve(dir, 'signal-gate.json');
  mkdirSync(dir, { recursive: true });
  // Written whole, then renamed: another build may read it at the same time.
  const partial = `${file}.${process.pid}`;
  // The tables replace the stems and pairs, which the gate then does not read.
  writeFileSync(partial, JSON.stringify({ ...index, stems: '', pairs: '', tables: compileGateTables(index) }));
  renameSync(partial, file);
  return file;
}

const defines = (o: ExtensionBuildOptions) => ({
  __SCAM_TIPS_OPEN_SHADOW__: JSON.stringify(o.openShadowForTests === true),
  __SCAM_TIPS_TARGET__: JSON.stringify(o.target),
});

export function extensionConfig(o: ExtensionBuildOptions): InlineConfig {
  return {
    root: here,
    configFile: false,
    publicDir: o.publicDir,
    logLevel: 'warn',
    oxc: preactJsx,
    define: defines(o),
    plugins: [
      withoutInnerHtml(),
      onlyContentTheExtensionLoads(),
      crx({
        manifest: manifestFor(o.target, o.version),
        browser: o.target,
        contentScripts: { standaloneFiles: ['page/main-world.ts'] },
      }),
    ],
    build: {
      outDir: o.outDir,
      emptyOutDir: true,
      target: ['chrome116', 'firefox140'],
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: {
          advice: resolve(here, 'pages/advice.html'),
          history: resolve(here, 'pages/history.html'),
        },
      },
    },
  };
}

/** The scripts the background injects, each one self-contained classic script. */
export const INJECTED = {
  /** The page gate, in every frame once a page has loaded (background/gate-injector.ts): its hand-shake, then its look. */
  gateStart: { entry: 'page/gate-start.ts', file: 'page/gate-start.js', name: 'scamTipsGateStart' },
  gate: { entry: 'page/gate.ts', file: 'page/gate.js', name: 'scamTipsGate' },
  /** The warning and notice UI, on a hit (background/handlers/inspect-page.ts). */
  warning: { entry: 'page/warning/index.tsx', file: 'page/warning.js', name: 'scamTipsWarning' },
} as const;

export function injectedConfig(o: ExtensionBuildOptions, script: keyof typeof INJECTED): InlineConfig {
  const { entry, file, name } = INJECTED[script];
  return {
    root: here,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    oxc: preactJsx,
    define: { ...defines(o), 'process.env.NODE_ENV': '"production"' },
    // The gate's index with its tables precomputed: the gate imports it as ../generated/signal-gate.json.
    resolve: script === 'gate' ? { alias: [{ find: /^\.\.\/generated\/signal-gate\.json$/, replacement: gateIndexWithTables() }] } : {},
    plugins: [withoutInnerHtml()],
    build: {
      outDir: o.outDir,
      emptyOutDir: false,
      target: ['chrome116', 'firefox140'],
      minify: true,
      reportCompressedSize: false,
      lib: { entry: resolve(here, entry), formats: ['iife'], name, fileName: () => file },
    },
  };
}

export default defineConfig(
  extensionConfig({ target: 'chrome', outDir: resolve(here, '../dist/extension/chrome'), publicDir: resolve(here, '../.tmp/extension-public/chrome'), version: '0.1.0' }),
);
