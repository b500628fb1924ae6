// The page UI's home: an element of a random name on <html>, holding a CLOSED shadow root, so the
// page can neither read the text nor style what is inside. The guard puts it back when the page
// removes, hides, moves or covers it: a MutationObserver reacts at once to DOM changes, and a
// check every 50 ms catches style sheet and top-layer tricks, so it is back within 100 ms.
import { STYLES } from './styles.ts';

const CHECK_EVERY_MS = 50;
/** Computed values on <html> that would hide the UI, and what to put back. */
const ROOT_RESETS: [property: string, isBad: (v: string) => boolean, value: string][] = [
  ['display', (v) => v === 'none' || v === 'contents', 'block'],
  ['opacity', (v) => Number(v) < 1, '1'],
  ['filter', (v) => v !== 'none', 'none'],
  ['clip-path', (v) => v !== 'none', 'none'],
  ['content-visibility', (v) => v === 'hidden', 'visible'],
  ['visibility', (v) => v !== 'visible', 'visible'],
];

export interface PageHost {
  /** Where Preact renders. */
  root: ShadowRoot;
  /** The element on <html> that holds the shadow root. */
  element: HTMLElement;
  /** Starts showing and guarding `surface` (the dialog or the popover). */
  show(surface: HTMLElement, mode: 'modal' | 'popover'): void;
  remove(): void;
  /** How many times the guard had to put the UI back (for tests and the bench). */
  restores(): number;
}

const letters = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String.fromCharCode(97 + (b % 26))).join('');

export function createPageHost(): PageHost {
  const host = document.createElement(`${letters(6)}-${letters(6)}`);
  const root = host.attachShadow({ mode: __SCAM_TIPS_OPEN_SHADOW__ ? 'open' : 'closed' });
  adoptStyles(root);
  let surface: HTMLElement | undefined;
  let mode: 'modal' | 'popover' = 'modal';
  let timer: ReturnType<typeof setInterval> | undefined;
  let observer: MutationObserver | undefined;
  let restoreCount = 0;
  let isRemoved = false;

  const isShowing = () => (mode === 'modal' ? surface!.matches(':modal') : surface!.matches(':popover-open'));
  const raise = () => {
    if (!surface) return;
    if (mode === 'modal') {
      if ((surface as HTMLDialogElement).open) (surface as HTMLDialogElement).close();
      (surface as HTMLDialogElement).showModal();
    } else {
      if (surface.matches(':popover-open')) surface.hidePopover();
      surface.showPopover();
    }
  };

  /** Cheap: what DOM mutations can do (remove, move, attributes). Runs on every mutation batch. */
  function quickCheck(): boolean {
    if (isRemoved || !surface) return false;
    let isRestored = false;
    const html = document.documentElement;
    if (!html) return false;
    // Removed or moved: back on <html>, where we put it.
    if (host.parentNode !== html) {
      html.append(host);
      isRestored = true;
    }
    // Attributes the page put on our element (style, hidden, inert, popover...).
    for (const name of host.getAttributeNames()) {
      host.removeAttribute(name);
      isRestored = true;
    }
    if (html.hasAttribute('inert')) {
      html.removeAttribute('inert');
      isRestored = true;
    }
    if (isRestored && !isShowing()) raise();
    if (isRestored) restoreCount++;
    return isRestored;
  }

  /** Everything, including styles and the top layer: every 50 ms. */
  function check() {
    if (isRemoved || !surface) return;
    quickCheck();
    let isRestored = false;
    const html = document.documentElement;
    if (!html) return;
    // Hidden through <html>: the :host rules cannot reach above the host.
    const computed = getComputedStyle(html);
    for (const [property, isBad, value] of ROOT_RESETS) {
      if (isBad(computed.getPropertyValue(property))) {
        html.style.setProperty(property, value, 'important');
        isRestored = true;
      }
    }
    // A full-screen element sits above every dialog opened before it.
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
      isRestored = true;
    }
    if (!isShowing()) {
      raise();
      isRestored = true;
    } else if (isCovered()) {
      // Something of the page's went into the top layer after us: go back on top.
      raise();
      isRestored = true;
    }
    if (isRestored) restoreCount++;
  }

  function isCovered(): boolean {
    const box = surface!.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return true;
    const x = Math.min(innerWidth - 1, Math.max(0, box.left + box.width / 2));
    const y = Math.min(innerHeight - 1, Math.max(0, box.top + Math.min(box.height / 2, 40)));
    const top = document.elementFromPoint(x, y);
    return top !== null && top !== host;
  }

  return {
    root,
    element: host,
    show(next, nextMode) {
      surface = next;
      mode = nextMode;
      document.documentElement.append(host);
      raise();
      // A modal dialog closes on Esc; the warning stays until the person chooses a way out.
      surface.addEventListener('cancel', (e) => e.preventDefault());
      observer = new MutationObserver(quickCheck);
      observer.observe(document, { childList: true, subtree: true });
      observer.observe(host, { attributes: true });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['inert'] });
      timer = setInterval(check, CHECK_EVERY_MS);
    },
    remove() {
      isRemoved = true;
      observer?.disconnect();
      if (timer !== undefined) clearInterval(timer);
      host.remove();
    },
    restores: () => restoreCount,
  };
}

function adoptStyles(root: ShadowRoot) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Firefox content scripts cannot always adopt a sheet made in their own world; a <style>
    // element in the shadow root works there (extension-injected styles are exempt from the
    // page's CSP).
  }
  const style = document.createElement('style');
  style.textContent = STYLES;
  root.append(style);
}
