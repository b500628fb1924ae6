// The manifest for both browsers: as few permissions as possible, each justified in the README,
// nothing web-accessible, and store locales the stores know.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/index.ts';
import { STORE_LOCALES } from '../../extension/build.ts';
import { manifestFor } from '../../extension/manifest.config.ts';

/** Chrome Web Store locale codes (developer.chrome.com/docs/extensions/reference/api/i18n#locales). */
const CHROME_LOCALES = 'ar am bg bn ca cs da de el en en_AU en_GB en_US es es_419 et fa fi fil fr gu he hi hr hu id it ja kn ko lt lv ml mr ms nb nl no pl pt_BR pt_PT ro ru sk sl sr sv sw ta te th tr uk vi zh_CN zh_TW'.split(' ');

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The browser extension'));

describe('the manifest', () => {
  for (const target of ['chrome', 'firefox'] as const) {
    const m = manifestFor(target, '1.2.3') as unknown as Record<string, unknown>;
    it(`${target}: asks for storage and scripting, and http(s) pages only`, () => {
      expect(m.permissions).toEqual(['storage', 'scripting']);
      expect(m.host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(m.optional_permissions).toBeUndefined();
      expect(m.web_accessible_resources).toBeUndefined();
      expect(m.externally_connectable).toBeUndefined();
    });
    it(`${target}: runs only the page-world observer as a content script, at document_start, in every frame (scams hide in iframes)`, () => {
      const scripts = m.content_scripts as { js: string[]; world?: string; run_at: string; all_frames?: boolean }[];
      expect(scripts.map((s) => [s.js[0], s.world ?? 'ISOLATED', s.run_at, s.all_frames])).toEqual([['page/main-world.ts', 'MAIN', 'document_start', true]]);
    });
    it(`${target}: lets extension pages load nothing from the network`, () => {
      const csp = (m.content_security_policy as { extension_pages: string }).extension_pages;
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/https?:|\*/);
    });
  }

  it('uses a module service worker for Chromium and background scripts for Firefox, with its id and no data collection', () => {
    expect((manifestFor('chrome', '1') as unknown as { background: unknown }).background).toEqual({ service_worker: 'background/index.ts', type: 'module' });
    const firefox = manifestFor('firefox', '1') as unknown as { background: unknown; browser_specific_settings: { gecko: Record<string, unknown> } };
    expect(firefox.background).toEqual({ scripts: ['background/index.ts'], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('is justified in the README, permission by permission, with the privacy statement', () => {
    for (const permission of ['storage', 'scripting', 'http://*/*']) expect(section).toContain(`\`${permission}\``);
    expect(section).toMatch(/no request/i);
  });

  it('has store locales for every content locale, in codes the stores know', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      expect(Object.keys(STORE_LOCALES[target]).sort()).toEqual([...LOCALES].sort());
      for (const codes of Object.values(STORE_LOCALES[target])) for (const code of codes) expect(CHROME_LOCALES).toContain(code);
    }
    expect(STORE_LOCALES.chrome['zh-Hans']).toEqual(['zh_CN']);
    expect(STORE_LOCALES.chrome.nb).toContain('nb');
  });
});
