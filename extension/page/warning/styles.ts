// The page UI's styles, adopted by the closed shadow root. `!important` on :host wins over anything
// the page writes about our element, even its own !important rules (shadow cascade order).
export const STYLES = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  clip-path: none !important;
  mask: none !important;
  content-visibility: visible !important;
  contain: none !important;
  pointer-events: auto !important;
  z-index: 2147483647 !important;
}
.surface {
  box-sizing: border-box;
  font: 18px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  color: #1b1b1f;
  background: #ffffff;
  border: 0;
  border-radius: 14px;
  box-shadow: 0 12px 48px rgba(0, 0, 0, 0.45);
  padding: 28px 32px;
  margin: auto;
  max-width: min(42rem, calc(100vw - 24px));
  max-height: calc(100vh - 24px);
  overflow: auto;
  visibility: visible;
  opacity: 1;
  pointer-events: auto;
  text-align: start;
}
.surface *, .surface *::before, .surface *::after { box-sizing: border-box; }
dialog.surface::backdrop { background: rgba(18, 22, 33, 0.88); }
.surface.notice {
  position: fixed;
  inset: auto 16px 16px auto;
  margin: 0;
  max-width: min(25rem, calc(100vw - 32px));
  border: 3px solid #1d4f91;
  padding: 16px 18px;
  font-size: 16px;
}
.notice .lead { font-size: 1em; }
.notice .actions { gap: 8px; margin-top: 14px; }
.notice button { min-height: 44px; padding: 8px 14px; }
.surface.notice:dir(rtl) { inset: auto auto 16px 16px; }
.from { margin: 0 0 8px; font-size: 15px; color: #3f4450; }
h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 12px; color: #7a1b14; }
.notice h1 { font-size: 1.25em; color: #13345f; }
h2 { font-size: 1.1em; margin: 20px 0 8px; }
p { margin: 0 0 10px; }
.lead { font-size: 1.1em; font-weight: 600; }
.stopped { background: #e9f3ea; border-radius: 8px; padding: 8px 12px; color: #1f4d25; }
ul { margin: 0; padding: 0; list-style: none; }
li { border-inline-start: 4px solid #c4820e; padding: 4px 0 4px 12px; margin: 0 0 10px; }
li:dir(rtl) { padding: 4px 12px 4px 0; }
.flag { font-weight: 700; display: block; }
.explain { display: block; }
.words { display: block; font-size: 0.92em; color: #3f4450; }
q { font-style: italic; }
.actions { display: flex; flex-wrap: wrap; gap: 12px; margin: 18px 0 4px; }
button {
  font: inherit;
  font-size: 1em;
  min-height: 48px;
  padding: 10px 20px;
  border-radius: 10px;
  border: 2px solid #1d4f91;
  background: #ffffff;
  color: #13345f;
  cursor: pointer;
}
button.primary { background: #1d4f91; color: #ffffff; font-weight: 700; }
button.quiet { border-color: #6b7080; color: #2d3140; }
button:hover { filter: brightness(0.95); }
button:focus-visible { outline: 3px solid #c4820e; outline-offset: 2px; }
.confirm { margin-top: 20px; padding: 14px 16px; border-radius: 10px; background: #f4f1e8; }
@media (prefers-color-scheme: dark) {
  .surface { background: #1e2028; color: #f1f1f4; }
  .from, .words { color: #c6c9d3; }
  h1 { color: #ffb4a9; }
  .notice h1 { color: #a9c8ff; }
  .stopped { background: #1f3423; color: #c8ebcc; }
  .confirm { background: #2c2a24; }
  button { background: #1e2028; color: #d7e3ff; border-color: #a9c8ff; }
  button.primary { background: #a9c8ff; color: #0d1f3d; }
  button.quiet { color: #e1e2ea; border-color: #9a9eab; }
}
@media (prefers-reduced-motion: no-preference) {
  .surface { animation: in 160ms ease-out; }
  @keyframes in { from { opacity: 0.4; } to { opacity: 1; } }
}
`;
