// The hostile-host matrix for the widget (issue 7, part 1): the pages in tests/fixtures/hosts, served
// on 127.0.0.1 with the BUILT widget (dist/widget), the CSS frameworks' own files from node_modules,
// and a React host bundled at first request. Shared by the Chromium and Firefox test files and by
// bench/sections/hostile.ts, so each browser sees exactly the same pages.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { build, type Rolldown } from 'vite';
import { startDemoServer, type RunningServer } from '../../scripts/server.ts';

const HOSTS = resolve('tests/fixtures/hosts');

/** CSS frameworks and resets, each its npm package's own ready-made file (exact-pinned devDependencies). */
export const FRAMEWORKS = {
  bootstrap: 'bootstrap/dist/css/bootstrap.min.css',
  bulma: 'bulma/css/bulma.min.css',
  pico: '@picocss/pico/css/pico.min.css',
  'tailwind-preflight': 'tailwindcss/preflight.css',
  'modern-normalize': 'modern-normalize/modern-normalize.css',
  milligram: 'milligram/dist/milligram.min.css',
} as const;
export type Framework = keyof typeof FRAMEWORKS | 'unset';

/** The policy of the strict-CSP host (issue 4's policy, and no Trusted Types policy may be created at all). */
export const HOST_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/** web.dev's "strict CSP" (nonce and strict-dynamic), with Trusted Types. */
export const NONCE_CSP = "script-src 'nonce-{nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; style-src 'self'; require-trusted-types-for 'script'";

const cssFile = (name: string): string | undefined => {
  if (name === 'unset') return `${HOSTS}/unset.css`;
  if (name === 'bootstrap.rtl') return resolve('node_modules/bootstrap/dist/css/bootstrap.rtl.min.css');
  const file = FRAMEWORKS[name as keyof typeof FRAMEWORKS];
  return file ? resolve('node_modules', file) : undefined;
};

/** page.html with other styles or scripts in its head. */
const template = (head: string) => readFileSync(`${HOSTS}/page.html`, 'utf8').replace('<!--styles-->', head);

let reactBundle: Promise<string> | undefined;
/** tests/fixtures/hosts/react-host.js with React's production build, bundled once per process. */
function bundleReactHost(): Promise<string> {
  reactBundle ??= build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: true, modulePreload: false, rollupOptions: { input: `${HOSTS}/react-host.js`, output: { format: 'es', codeSplitting: false } } },
  }).then((out) => {
    const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
    const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('the React host did not bundle');
    return chunk.code;
  });
  return reactBundle;
}

/**
 * The host server: /hosts/* (fixtures), /hosts/with/<framework>.html, /hosts/csp.html (CSP header),
 * /npm/<framework>.css, /widget/ (dist/widget, from startDemoServer) and /widget-v2/ (a second copy
 * of dist/widget under another path, as a second team's embed of another version would be).
 */
export function startHostServer(): Promise<RunningServer> {
  const fixtures = sirv(HOSTS, { dev: true });
  const second = sirv(resolve('dist/widget'), { dev: true });
  const send = (res: ServerResponse, type: string, body: string) => {
    res.setHeader('content-type', type);
    res.end(body);
  };
  const notFound = (res: ServerResponse) => () => {
    res.statusCode = 404;
    res.end();
  };
  return startDemoServer({
    extra: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
      const path = (req.url ?? '').split('?')[0]!;
      // A sandboxed frame is an opaque origin: its module scripts are cross-origin requests, so the
      // widget's files need CORS there, as on any CDN.
      if (/^\/(widget|widget-v2|hosts)\//.test(path)) res.setHeader('access-control-allow-origin', '*');
      const framework = /^\/hosts\/with\/([\w-]+)\.html$/.exec(path)?.[1];
      const css = /^\/npm\/([\w.-]+)\.css$/.exec(path)?.[1];
      if (framework && cssFile(framework)) return send(res, 'text/html; charset=utf-8', template(`<link rel="stylesheet" href="/npm/${framework}.css" />`));
      if (css && cssFile(css)) return send(res, 'text/css; charset=utf-8', readFileSync(cssFile(css)!, 'utf8'));
      // An old site in quirks mode: no doctype.
      if (path === '/hosts/quirks.html') return send(res, 'text/html; charset=utf-8', template('').replace(/^<!doctype html>\s*/i, ''));
      if (path === '/hosts/csp.html') {
        res.setHeader('content-security-policy', HOST_CSP);
        return send(res, 'text/html; charset=utf-8', template(''));
      }
      // The strict CSP that web.dev recommends: scripts allowed by a fresh nonce, and whatever they load.
      if (path === '/hosts/csp-nonce.html') {
        const nonce = randomBytes(16).toString('base64');
        res.setHeader('content-security-policy', NONCE_CSP.replace('{nonce}', nonce));
        return send(res, 'text/html; charset=utf-8', template('').replace(/<script /g, `<script nonce="${nonce}" `));
      }
      if (path === '/hosts/react-host.bundle.js') {
        bundleReactHost().then(
          (code) => send(res, 'text/javascript; charset=utf-8', code),
          (e: unknown) => {
            res.statusCode = 500;
            send(res, 'text/plain', String(e));
          },
        );
        return;
      }
      if (path.startsWith('/hosts/')) {
        req.url = req.url!.slice('/hosts'.length);
        return fixtures(req, res, notFound(res));
      }
      if (path.startsWith('/widget-v2/')) {
        req.url = req.url!.slice('/widget-v2'.length);
        return second(req, res, notFound(res));
      }
      next();
    },
  });
}

/** What the tests need from a browser page; each browser file adapts its driver to it. */
export interface HostPage {
  /** Runs a function in the page, or in its first frame whose URL contains `frame`. */
  run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, frame?: string): Promise<R>;
  /** Console errors and uncaught errors the driver saw (main frame). */
  errors: string[];
  warnings: string[];
  close(): Promise<void>;
}

export interface HostBrowser {
  name: 'chromium' | 'firefox';
  /** Opens a page at this size (CSS px) and device scale (2 = 200% zoom), loads it and installs PROBE. */
  open(url: string, view?: { width: number; height: number; scale?: number }): Promise<HostPage>;
  close(): Promise<void>;
}

/**
 * Page-side probes, installed as window.__probe after load (plain JS so both drivers can install it):
 * waiting for a render, and reading a rendered widget the way a reader meets it.
 */
export const PROBE = `window.__probe = (() => {
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  async function until(fn, what) {
    for (let i = 0; i < 600; i++) {
      const value = fn();
      if (value) return value;
      await sleep(25);
    }
    throw new Error('timed out waiting for ' + what);
  }
  const rendered = (selector) => until(() => {
    const root = document.querySelector(selector)?.shadowRoot;
    return root && !root.querySelector('slot') && root.querySelector('.root') ? root : null;
  }, selector + ' to render');

  // Colours as [r, g, b, a] from computed rgb(), rgba() or color(srgb ...) values.
  function rgba(value) {
    let m = /^rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)$/.exec(value);
    if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
    m = /^color\\(srgb ([\\d.]+) ([\\d.]+) ([\\d.]+)(?: \\/ ([\\d.]+))?\\)$/.exec(value);
    if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
    return null;
  }
  const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const up = (el) => el.parentElement ?? el.parentNode?.host ?? null;
  // The colour behind an element: its own and its ancestors' backgrounds (through the shadow
  // boundary to the page), stacked on white. null when an image or gradient is involved.
  function background(el) {
    const layers = [];
    for (let n = el; n; n = up(n)) {
      const cs = getComputedStyle(n);
      if (cs.backgroundImage !== 'none') return null;
      const c = rgba(cs.backgroundColor);
      if (!c) return null;
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    return layers.reverse().reduce((below, top) => over(top, below), [255, 255, 255, 1]);
  }
  function contrast(el) {
    const cs = getComputedStyle(el);
    const bg = background(el);
    const fg = rgba(cs.color);
    if (!bg || !fg) return { ratio: null, color: cs.color };
    const a = luminance(over(fg, bg));
    const b = luminance(bg);
    return { ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), color: cs.color };
  }

  // Every piece of text a reader should see in a rendered widget, and what would stop them reading it:
  // too little contrast, too small, invisible, zero size, cut off by a box, or a box that scrolls sideways.
  function read(root) {
    const problems = [];
    const top = root.querySelector('.root');
    const box = top.getBoundingClientRect();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.data.trim() || !el || el.closest('.sr-only, option, style, [hidden]')) continue;
      if (el.getClientRects().length === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const what = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' "' + node.data.trim().slice(0, 30) + '"';
      texts.push(node.data.trim());
      if (r.width <= 0 || r.height <= 0) problems.push(what + ': no size');
      if (cs.visibility !== 'visible') problems.push(what + ': ' + cs.visibility);
      let opacity = 1;
      for (let n = el; n && n !== root; n = n.parentElement ?? null) opacity *= +getComputedStyle(n).opacity;
      if (opacity < 0.9) problems.push(what + ': opacity ' + opacity);
      const size = parseFloat(cs.fontSize);
      if (size < 12) problems.push(what + ': font-size ' + cs.fontSize);
      const large = size >= 24 || (size >= 18.66 && +cs.fontWeight >= 700);
      const { ratio, color } = contrast(el);
      if (ratio === null) problems.push(what + ': colour not readable by the probe (' + color + ')');
      else if (ratio < (large ? 3 : 4.5)) problems.push(what + ': contrast ' + ratio.toFixed(2));
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push(what + ': outside the widget box');
      for (let n = el; n && n !== root; n = n.parentElement ?? null) {
        const ncs = getComputedStyle(n);
        if (ncs.overflowX === 'visible' && ncs.overflowY === 'visible' && ncs.clipPath === 'none') continue;
        const c = n.getBoundingClientRect();
        if (r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1) problems.push(what + ': cut off by ' + n.tagName.toLowerCase());
      }
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.sr-only') || /^(INPUT|TEXTAREA|SELECT|OPTION)$/.test(el.tagName) || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(el.tagName.toLowerCase() + '.' + el.className + ': ' + el.scrollWidth + ' px of content in ' + el.clientWidth + ' px');
    }
    return { problems, texts, width: box.width, height: box.height };
  }

  // Computed styles of the parts that decide how a widget looks.
  const PROPS = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color', 'background-color', 'border-top-width', 'border-top-style', 'border-top-color', 'border-top-left-radius', 'padding-top', 'padding-left', 'margin-top', 'margin-bottom', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-decoration-line', 'display', 'box-sizing', 'direction', 'text-indent', 'text-shadow', 'white-space', 'font-variant-caps', 'font-feature-settings', 'visibility', 'cursor', '-webkit-text-fill-color', 'caret-color', 'accent-color', 'color-scheme', 'list-style-type', 'hyphens', 'word-break', 'writing-mode'];
  const PARTS = ['.root', '.eyebrow', '[part~=heading]', '[part~=text]', 'strong', 'button', 'input[type=search]', 'textarea', '.choice', '.toggle', '.summary', 'a'];
  function look(root) {
    const out = {};
    for (const sel of PARTS) {
      const el = root.querySelector(sel);
      if (!el) continue;
      const cs = getComputedStyle(el);
      out[sel] = Object.fromEntries(PROPS.map((p) => [p, cs.getPropertyValue(p)]));
    }
    return out;
  }
  return { sleep, until, rendered, read, look, contrast };
})();`;

export interface Reading {
  problems: string[];
  texts: string[];
  width: number;
  height: number;
}

declare global {
  interface Window {
    __probe: {
      sleep(ms: number): Promise<void>;
      until<T>(fn: () => T, what: string): Promise<NonNullable<T>>;
      rendered(selector: string): Promise<ShadowRoot>;
      read(root: ShadowRoot): Reading;
      look(root: ShadowRoot): Record<string, Record<string, string>>;
    };
    __host: {
      errors: string[];
      violations: string[];
      /** scam-tips:error events: "<element id>: <message>". */
      widgetErrors: string[];
      ready: Record<string, number>;
      start?: number;
      before?: unknown;
      snapshot?: () => unknown;
    };
    __patched: { shadowRoots: number; appended: number; attributes: number; listeners: number; queries: number; defined: string[]; blocked: string[]; warn?: number };
    __react: { render(props: Record<string, unknown>): void; unmount(): void; remount(): void };
    __reactEvents: string[];
  }
}
