// The built extension as files: size budgets, what the manifest exposes, the store packages, and
// Firefox's add-on linter (web-ext lint: no error, no warning).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, requireBuild } from './extension-helpers.ts';

/** The page gate, on every web page: at most 6 KB gzip (the budget). */
const GATE_BUDGET = 6 * 1024;
/**
 * The page-world observer and the gate's hand-shake, on every web page too. The observer also
 * holds the early input listener that used to be the gate's (the gate now comes after the load).
 */
const OBSERVER_BUDGET = 2.5 * 1024;
const GATE_START_BUDGET = 1024;
/** The warning UI, loaded only on a hit. */
const WARNING_BUDGET = 12 * 1024;

const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => statSync(join(dir, n)).isFile()).map((n) => n.split('\\').join('/'));

beforeAll(() => requireBuild());

describe.each(['chrome', 'firefox'] as const)('the %s build', (target) => {
  const dir = EXTENSION_DIR[target];
  const manifest = () => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

  it('keeps the page scripts within their gzip budgets', () => {
    expect(gzip(join(dir, 'page/gate.js'))).toBeLessThanOrEqual(GATE_BUDGET);
    expect(gzip(join(dir, 'page/main-world.js'))).toBeLessThanOrEqual(OBSERVER_BUDGET);
    expect(gzip(join(dir, 'page/gate-start.js'))).toBeLessThanOrEqual(GATE_START_BUDGET);
    expect(gzip(join(dir, 'page/warning.js'))).toBeLessThanOrEqual(WARNING_BUDGET);
  });

  it('exposes nothing to pages and loads no remote code', () => {
    const m = manifest();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_scripts.map((c: { js: string[] }) => c.js)).toEqual([['page/main-world.js']]);
    for (const file of files(dir).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
    }
    for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(join(dir, file), 'utf8');
      expect(js, file).not.toMatch(/\bimportScripts\(|\beval\(|new Function\(/);
    }
  });

  it('ships the page UI with a closed shadow root', () => {
    const ui = readFileSync(join(dir, 'page/warning.js'), 'utf8');
    expect(ui).toMatch(/attachShadow\(\{mode:[`"']closed[`"']\}\)/);
  });

  it('has the store listing in every language', () => {
    const locales = readdirSync(join(dir, '_locales'));
    expect(locales).toEqual(expect.arrayContaining(['en', 'nb', 'it', 'fr', 'de', 'es', 'pl', 'ru', 'uk', 'hi', 'zh_CN', 'ar']));
    for (const code of locales) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', code, 'messages.json'), 'utf8'));
      expect(Object.keys(messages).sort(), code).toEqual(['actionTitle', 'extensionDescription', 'extensionName', 'extensionShortName']);
    }
    expect(JSON.parse(readFileSync(join(dir, '_locales/de/messages.json'), 'utf8')).extensionName.message).toMatch(/Betrug/);
  });

  it('is zipped for the store with exactly the unpacked files', () => {
    const zip = resolve(`dist/scam-tips-${target}.zip`);
    expect(existsSync(zip)).toBe(true);
    const entries = Object.keys(unzipSync(readFileSync(zip)));
    expect(entries.sort()).toEqual(files(dir).sort());
    expect(entries).toContain('manifest.json');
  });
});

const run = promisify(execFile);

describe('web-ext lint (Firefox add-on linter)', () => {
  it('reports no error and no warning', async () => {
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', EXTENSION_DIR.firefox, '--output', 'json', '--no-input'], { maxBuffer: 1 << 24 }).catch(
      (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
    );
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { errors: { code: string }[]; warnings: { code: string }[]; summary: { errors: number; warnings: number } };
    expect(report.errors.map((e) => e.code)).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);
});
