import type { Browser } from 'webextension-polyfill';

/**
 * The extension API of the browser we run in: Firefox's `browser`, or Chromium's `chrome` (whose
 * MV3 methods return promises too). No polyfill is shipped; its types describe both.
 */
export const extensionApi = (): Browser => ((globalThis as { browser?: Browser }).browser ?? (globalThis as { chrome?: Browser }).chrome)!;
export const ext: Browser = /* @__PURE__ */ extensionApi();

/** False once the extension was updated or removed under a running page script. */
export const isExtensionAlive = (): boolean => {
  try {
    return Boolean(ext?.runtime?.id);
  } catch {
    return false;
  }
};
