// Builds the extension for Chromium and Firefox (npm run build calls buildExtension):
//   1. from the content bundles, the store listing in every language (_locales) and the small text
//      packs the background reads (shared/text-pack.ts), into a generated public folder;
//   2. Vite + crxjs per target (extension/vite.config.ts), then the injected page UI script;
//   3. checks on the result (nothing web-accessible, no test flag) and one zip per target.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { build } from 'vite';
import type { LocaleId, Slice } from '../content/index.ts';
import type { Target } from './manifest.config.ts';
import { cutTextPack, textPackPath } from './shared/text-pack.ts';
import { extensionConfig, injectedConfig, type ExtensionBuildOptions } from './vite.config.ts';

const root = resolve(import.meta.dirname, '..');
const GENERATED = join(root, 'content/generated');
export const TARGETS: Target[] = ['chrome', 'firefox'];

/**
 * The store's locale folder names per content locale. Chromium and Firefox both use zh_CN for
 * Simplified Chinese; the Chrome Web Store lists Norwegian as "no" while Chromium's own UI locale is
 * "nb", so Chromium gets both.
 */
export const STORE_LOCALES: Record<Target, Record<LocaleId, string[]>> = {
  chrome: { en: ['en'], nb: ['nb', 'no'], it: ['it'], fr: ['fr'], de: ['de'], es: ['es'], pl: ['pl'], ru: ['ru'], uk: ['uk'], hi: ['hi'], 'zh-Hans': ['zh_CN'], ar: ['ar'] },
  firefox: { en: ['en'], nb: ['nb'], it: ['it'], fr: ['fr'], de: ['de'], es: ['es'], pl: ['pl'], ru: ['ru'], uk: ['uk'], hi: ['hi'], 'zh-Hans': ['zh_CN'], ar: ['ar'] },
};

/** Manifest message name -> interface string key. */
const STORE_MESSAGES = {
  extensionName: 'extension.store.name',
  extensionShortName: 'extension.store.shortName',
  extensionDescription: 'extension.store.description',
  actionTitle: 'extension.store.actionTitle',
} as const;

type Tips = Slice<'tips'>;

function readTips(locale: LocaleId): Tips {
  const file = join(GENERATED, `${locale}.tips.json`);
  if (!existsSync(file)) throw new Error(`${relative(root, file)} is missing: build the content first (npm run build:content).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Tips;
}

/** Writes _locales/<code>/messages.json and text/<locale>.json for one target into `dir`. */
export function writeGeneratedFiles(target: Target, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  // The bundle lists every content locale (content/index.ts cannot be imported outside Vite).
  for (const locale of readTips('en').locales.map((l) => l.id)) {
    const tips = readTips(locale);
    const messages = Object.fromEntries(
      Object.entries(STORE_MESSAGES).map(([name, key]) => {
        const message = tips.ui[key];
        if (typeof message !== 'string') throw new Error(`content/text/${locale}/extension.json: "${key}" is missing or not plain text.`);
        return [name, { message }];
      }),
    );
    for (const code of STORE_LOCALES[target][locale]) {
      mkdirSync(join(dir, '_locales', code), { recursive: true });
      writeFileSync(join(dir, '_locales', code, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
    }
    const pack = join(dir, textPackPath(locale));
    mkdirSync(dirname(pack), { recursive: true });
    writeFileSync(pack, JSON.stringify(cutTextPack(tips)));
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * crxjs prints progress lines for its content-script builds and passes rolldown an option it then
 * warns about; the build prints one line per step (STYLE.md), so those lines are dropped here.
 */
const NOISE = /crx:content-scripts-iife|^\s*✓ .+ → page\/|inlineDynamicImports option is ignored|^\s*$/s;
async function quietly(run: () => Promise<void>): Promise<void> {
  const { log, warn } = console;
  const { stdout, stderr } = process;
  const [out, err] = [stdout.write, stderr.write];
  const isNoise = (a: unknown) => (typeof a === 'string' || a instanceof Uint8Array) && NOISE.test(stripVTControlCharacters(String(a)));
  const filter = (write: (...a: unknown[]) => void) => (...args: unknown[]) => {
    if (!args.some(isNoise)) write(...args);
  };
  const filterStream = (stream: NodeJS.WriteStream, write: typeof stdout.write) =>
    ((chunk: unknown, ...rest: unknown[]) => (isNoise(chunk) ? true : (write as (...a: unknown[]) => boolean).call(stream, chunk, ...rest))) as typeof stdout.write;
  console.log = filter(log);
  console.warn = filter(warn);
  stdout.write = filterStream(stdout, out);
  stderr.write = filterStream(stderr, err);
  try {
    await run();
  } finally {
    console.log = log;
    console.warn = warn;
    stdout.write = out;
    stderr.write = err;
  }
}

export interface BuiltTarget {
  target: Target;
  dir: string;
  zip?: string;
  files: { path: string; bytes: number; gzipBytes: number }[];
}

/** Builds one target into `outDir` (tests build an open-shadow variant elsewhere). */
export async function buildTarget(options: Omit<ExtensionBuildOptions, 'publicDir' | 'version'> & { zipTo?: string }): Promise<BuiltTarget> {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const publicDir = join(root, '.tmp/extension-public', `${options.target}${options.openShadowForTests ? '-test' : ''}`);
  writeGeneratedFiles(options.target, publicDir);
  const o: ExtensionBuildOptions = { ...options, publicDir, version };
  await quietly(async () => {
    await build(extensionConfig(o));
    await build(injectedConfig(o, 'gateStart'));
    await build(injectedConfig(o, 'gate'));
    await build(injectedConfig(o, 'warning'));
  });
  const manifest = JSON.parse(readFileSync(join(o.outDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  if (manifest.web_accessible_resources) throw new Error(`${options.target}: the manifest lists web_accessible_resources; pages could detect the extension.`);
  const files = filesUnder(o.outDir).map((path) => {
    const data = readFileSync(path);
    return { path: relative(o.outDir, path).split('\\').join('/'), bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
  if (options.zipTo) {
    if (options.openShadowForTests) throw new Error('A test build (open shadow root) must never be zipped for a store.');
    const entries = Object.fromEntries(files.sort((a, b) => a.path.localeCompare(b.path)).map((f) => [f.path, [readFileSync(join(o.outDir, f.path)), { mtime: new Date('2026-01-01T00:00:00Z') }] as const]));
    writeFileSync(options.zipTo, zipSync(entries as never, { level: 9 }));
  }
  return { target: options.target, dir: o.outDir, ...(options.zipTo ? { zip: options.zipTo } : {}), files };
}

/** Both store builds: dist/extension/<target>/ and dist/scam-tips-<target>.zip. */
export async function buildExtension(): Promise<BuiltTarget[]> {
  const built: BuiltTarget[] = [];
  for (const target of TARGETS) {
    built.push(await buildTarget({ target, outDir: join(root, 'dist/extension', target), zipTo: join(root, 'dist', `scam-tips-${target}.zip`) }));
  }
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const started = performance.now();
  for (const t of await buildExtension()) console.log(`extension: ${relative(root, t.dir)} (${t.files.length} files), ${relative(root, t.zip!)}`);
  console.log(`extension built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
