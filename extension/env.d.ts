// Build-time constants (extension/vite.config.ts `define`).
/** Test builds only: the page UI's shadow root is open so axe-core can check it. */
declare const __SCAM_TIPS_OPEN_SHADOW__: boolean;
declare const __SCAM_TIPS_TARGET__: 'chrome' | 'firefox';
