// One manifest source, two targets. Firefox refuses a background that is only a service worker and
// needs its add-on id and data-collection declaration; Chromium wants a module service worker.
// Every permission here is justified in README.md ("The browser extension").
import type { ManifestV3Export } from '@crxjs/vite-plugin';

export type Target = 'chrome' | 'firefox';

/** The Firefox add-on id (also the key Firefox uses to give the extension a stable internal UUID). */
export const GECKO_ID = '{5b0f3c1e-8a4d-4c2e-9f1a-7d6b2e4a9c31}';

const PAGES = ['http://*/*', 'https://*/*'];

export function manifestFor(target: Target, version: string): ManifestV3Export {
  const icons = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };
  return {
    manifest_version: 3,
    name: '__MSG_extensionName__',
    short_name: '__MSG_extensionShortName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    version,
    icons,
    action: { default_popup: 'popup/index.html', default_title: '__MSG_actionTitle__', default_icon: icons },
    options_ui: { page: 'options/index.html', open_in_tab: true },
    background:
      target === 'chrome'
        ? { service_worker: 'background/index.ts', type: 'module' }
        : ({ scripts: ['background/index.ts'], type: 'module' } as unknown as { scripts: string[] }),
    permissions: ['storage', 'scripting'],
    host_permissions: PAGES,
    // The page-world observer, in every frame, not only the top one: scam pages put their alert (and
    // their dialog loops) in nested iframes, even cross-origin ones. It sees what the page does (full
    // screen, dialogs, history, leave trap, sound, locks) and can undo it: this needs the page's own
    // world, and document_start to be there before the page. The gate is not a content script: the
    // background injects it once a page has loaded (background/gate-injector.ts), in every frame.
    content_scripts: [{ matches: PAGES, js: ['page/main-world.ts'], run_at: 'document_start', world: 'MAIN', all_frames: true }],
    content_security_policy: {
      // Extension pages can load nothing from the network, even by mistake.
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; img-src 'self' data: blob:",
    },
    ...(target === 'chrome'
      ? { minimum_chrome_version: '116' }
      : {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }),
  } as ManifestV3Export;
}
