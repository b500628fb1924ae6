/**
 * The iframe page (dist/widget/embed.html): one <scam-tips> configured by query parameters with the
 * same names as its attributes (embed.html?mode=browse&country=gb).
 *
 * Height protocol (the parent's side is in the README): the parent posts {type: 'scam-tips:hello'}
 * to this frame; from then on the frame posts {type: 'scam-tips:height', height} to that parent's
 * origin only, whenever its height changes, and relays the widget's events as
 * {type: 'scam-tips:event', name, detail}. Messages from anything but the parent window are ignored.
 */
import { matchLocale } from '../content/index.ts';
import { ATTRIBUTES } from './config.ts';
import './scam-tips.ts';

export const EVENTS = ['scam-tips:ready', 'scam-tips:open', 'scam-tips:filter', 'scam-tips:country', 'scam-tips:check', 'scam-tips:dismiss', 'scam-tips:error'] as const;

const element = document.querySelector('scam-tips');
const params = new URLSearchParams(location.search);

// Inside a frame the page's own language says nothing about the reader: use the browser's.
document.documentElement.lang = matchLocale(navigator.languages ?? [navigator.language]) ?? 'en';

if (element) {
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }

  let parentOrigin: string | undefined;
  let lastHeight = -1;
  // Events from before the parent's hello wait for it (the first render usually comes first).
  const waiting: object[] = [];
  const post = (message: object) => {
    if (parentOrigin) window.parent.postMessage(message, parentOrigin);
  };
  const sendHeight = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: 'scam-tips:height', height });
  };

  addEventListener('message', (event) => {
    if (event.source !== window.parent || window.parent === window) return;
    if ((event.data as { type?: unknown } | null)?.type !== 'scam-tips:hello') return;
    // An opaque origin ("null": a sandboxed or file:// parent) cannot be addressed safely.
    if (event.origin === 'null') return;
    parentOrigin = event.origin;
    lastHeight = -1;
    sendHeight();
    for (const message of waiting.splice(0)) post(message);
  });

  new ResizeObserver(sendHeight).observe(document.body);

  for (const name of EVENTS) {
    element.addEventListener(name, (event) => {
      const message = { type: 'scam-tips:event', name, detail: (event as CustomEvent).detail };
      if (parentOrigin) post(message);
      else if (waiting.length < 20) waiting.push(message);
    });
  }
}
