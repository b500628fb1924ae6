// The page UI's home: an element of a random name on <html>, holding a CLOSED shadow root, so the
// page can neither read the text nor style what is inside. The guard puts it back when the page
// removes, hides, moves or covers it: a MutationObserver reacts at once to DOM changes, a "toggle"
// listener to the page opening its own popover or dialog above ours, and a check every 50 ms
// catches style sheet and other top-layer tricks, so it is back within 100 ms.
import { STYLES } from './styles.ts';

const CHECK_EVERY_MS = 50;
/**
 * The full check forces style and layout; on a page that changes all the time (a flood of 100,000
 * nodes a second) that costs a few ms each time. It may take at most 1/20 of the main thread: the
 * next check waits 20 times as long as the last one took (between 50 and 250 ms). Removing, moving
 * or restyling our element, and overlays put on <html> or <body>, are still undone at once.
 */
const CHECK_SHARE = 20;
const CHECK_AT_MOST_EVERY_MS = 250;
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  let checkCost = 0;
  let observer: MutationObserver | undefined;
  let restoreCount = 0;
  let isRemoved = false;
  let isFramePending = false;
  let framePendingSince = 0;

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

  /** Everything, including styles and the top layer: every 50 ms, in an animation frame. */
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

  /**
   * After the page adds something to <html>, <head> or <body> (where overlays and style sheets go),
   * the full check before the next paint: what it covers or hides is undone before it is ever
   * drawn. Anything else gets the check every 50 ms.
   */
  function onMutations(records: MutationRecord[]) {
    quickCheck();
    if (isFramePending) return;
    const parents = [document.documentElement, document.head, document.body];
    if (records.some((r) => r.addedNodes.length > 0 && parents.includes(r.target as HTMLElement))) checkBeforePaint();
  }

  /**
   * The full check in the next animation frame, where the style and layout it needs are the ones
   * the browser computes for that frame anyway: on a page that changes all the time, a check from
   * a timer would force one extra layout each time. Without frames for 100 ms (a hidden tab, a
   * page that stalls rendering), it checks at once.
   */
  function checkBeforePaint() {
    if (isFramePending) {
      if (performance.now() - framePendingSince > 100) timedCheck();
      return;
    }
    isFramePending = true;
    framePendingSince = performance.now();
    requestAnimationFrame(() => {
      isFramePending = false;
      timedCheck();
    });
  }

  function timedCheck() {
    const started = performance.now();
    check();
    checkCost = performance.now() - started;
  }

  function tick() {
    checkBeforePaint();
    timer = setTimeout(tick, Math.min(CHECK_AT_MOST_EVERY_MS, Math.max(CHECK_EVERY_MS, checkCost * CHECK_SHARE)));
  }

  /**
   * The page opened a popover or dialog: it went into the top layer above ours. Hit-testing cannot
   * see it (our modal makes it inert, so clicks still reach us) but the person does, so go back on
   * top at once. Our own surface's toggles never get here: they do not leave the shadow root.
   */
  function onToggle(event: Event) {
    if (isRemoved || !surface || (event as ToggleEvent).newState !== 'open') return;
    raise();
    restoreCount++;
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
      observer = new MutationObserver(onMutations);
      observer.observe(document, { childList: true, subtree: true });
      observer.observe(host, { attributes: true });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['inert'] });
      timer = setTimeout(tick, CHECK_EVERY_MS);
      addEventListener('toggle', onToggle, true);
    },
    remove() {
      isRemoved = true;
      removeEventListener('toggle', onToggle, true);
      observer?.disconnect();
      if (timer !== undefined) clearTimeout(timer);
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
