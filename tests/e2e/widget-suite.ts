// The widget's browser tests, shared by Chromium (playwright-core) and Firefox ESR (puppeteer-core):
// the BUILT dist/widget and dist/site, served on 127.0.0.1 by startDemoServer, driven as a reader would.
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoServer, type RunningServer } from '../../scripts/server.ts';

/** What the shared tests need from a browser page; each browser file adapts its driver to it. */
export interface WidgetPage {
  goto(path: string): Promise<void>;
  /** Runs a function in the page (after the helpers in HELPERS are installed). */
  run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script source in the page (e.g. axe-core), whatever the page's CSP says. */
  runSource(source: string): Promise<unknown>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** console.warn texts, console errors and uncaught errors, and every URL requested, since the page opened. */
  warnings: string[];
  errors: string[];
  requests: string[];
  close(): Promise<void>;
}

export interface WidgetBrowser {
  name: string;
  open(): Promise<WidgetPage>;
  close(): Promise<void>;
}

/** Helpers every test page gets: window.__st. Plain JS, so both drivers can install it. */
export const HELPERS = `window.__st = {
  sleep: (ms) => new Promise((ok) => setTimeout(ok, ms)),
  async until(fn, what) {
    for (let i = 0; i < 400; i++) {
      const value = fn();
      if (value) return value;
      await new Promise((ok) => setTimeout(ok, 25));
    }
    throw new Error('timed out waiting for ' + what);
  },
  /** The widget's shadow root once it has rendered (no fallback slot, a .root inside). */
  rendered(selector) {
    return this.until(() => {
      const root = document.querySelector(selector)?.shadowRoot;
      return root && !root.querySelector('slot') && root.querySelector('.root') ? root : null;
    }, selector + ' to render');
  },
  styles(el, props) {
    const cs = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
  },
};`;

declare global {
  interface Window {
    __st: {
      sleep(ms: number): Promise<void>;
      until<T>(fn: () => T, what: string): Promise<NonNullable<T>>;
      rendered(selector: string): Promise<ShadowRoot>;
      styles(el: Element, props: readonly string[]): Record<string, string>;
    };
    axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> };
  }
}

const DIST = resolve('dist');
export const en = JSON.parse(readFileSync('content/generated/en.json', 'utf8'));
const fr = JSON.parse(readFileSync('content/generated/fr.json', 'utf8'));
const ar = JSON.parse(readFileSync('content/generated/ar.json', 'utf8'));
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const asset = (prefix: string, ext: string) => {
  const name = readdirSync(`${DIST}/site/assets`).find((f) => f.startsWith(`${prefix}-`) && f.endsWith(ext));
  if (!name) throw new Error(`no ${prefix}-*${ext} in dist/site/assets: run npm run build`);
  return `/assets/${name}`;
};

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const FALLBACK = '<p id="fallback"><strong>Scam tip:</strong> Banks and the police never ask you to move money, share a code or install an app.</p>';
const page = (body: string, head = '', csp = STRICT_CSP) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>fixture</title><link rel="icon" href="/favicon.svg">${head}</head><body><main>${body}</main></body></html>`;

/** Fixture pages, built from the same dist/ files, served beside the demo site. */
export function fixtures(port: () => number): Record<string, () => string> {
  const bootstrap = `<link rel="stylesheet" href="${asset('bootstrap', '.css')}">`;
  const leakBody = '<h1 class="display-6">Page</h1><p class="lead" id="para">Some text.</p><button type="button" class="btn btn-primary" id="outside">A button</button><a href="#x" id="link">A link</a>';
  return {
    '/t/blank.html': () => page('<h1>Blank</h1>', '<script type="module" src="/widget/scam-tips.js"></script>'),
    '/t/noscript.html': () => page(`<h1>No script</h1><scam-tips id="widget">${FALLBACK}</scam-tips>`),
    '/t/deep.html': () => page(`<h1>Elsewhere</h1><scam-tips id="widget">${FALLBACK}</scam-tips><scam-tips id="browse" mode="browse"></scam-tips>`, '<script type="module" src="/deep/path/to/widget/scam-tips.js"></script>'),
    '/t/leak-a.html': () => page(leakBody, bootstrap),
    '/t/leak-b.html': () =>
      page(`${leakBody}<scam-tips id="tip"></scam-tips><scam-tips id="browse" mode="browse"></scam-tips><scam-tips id="check" mode="check"></scam-tips><scam-tips id="banner" mode="banner" theme="dark"></scam-tips>`, `${bootstrap}<script type="module" src="/widget/scam-tips.js"></script>`),
    // The parent snippet of the README (the demo's built iframe-parent script) with the frame on another origin.
    '/t/cross-origin.html': () =>
      page(
        `<h1>Cross-origin frame</h1><iframe id="scam-tips-frame" class="scam-tips-frame" title="Advice against scams" src="http://localhost:${port()}/widget/embed.html?mode=tip"></iframe><p id="frame-height">waiting</p><ol id="events"></ol>`,
        `<link rel="stylesheet" href="${asset('demo', '.css')}"><script type="module" src="${asset('iframe', '.js')}"></script>`,
        `${STRICT_CSP}; frame-src http://localhost:${port()}`,
      ),
  };
}

export function fixtureServer(): Promise<RunningServer> {
  let port = 0;
  const pages = fixtures(() => port);
  // dist/widget again, under a path no code knows about: its chunks must follow it there.
  const deep = sirv(`${DIST}/widget`, { dev: true });
  const started = startDemoServer({
    extra: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
      const path = (req.url ?? '').split('?')[0]!;
      const fixture = pages[path];
      if (fixture) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(fixture());
      } else if (path.startsWith('/deep/path/to/widget/')) {
        req.url = req.url!.slice('/deep/path/to/widget'.length);
        deep(req, res, () => {
          res.statusCode = 404;
          res.end();
        });
      } else next();
    },
  });
  return started.then((s) => {
    port = Number(new URL(s.url).port);
    return s;
  });
}

const TIP_TITLES = new Set<string>(en.advice.map((a: { title: string }) => a.title));
const SCAM_MESSAGE =
  'This is your bank. Your account is blocked because of fraud. Act now: read me the code we just sent you by SMS, and do not tell anyone at your branch. Then move your money to a safe account today.';

/** Computed styles that decide how the widget looks, from key parts of a tip and a browse widget. */
export async function lookOf(p: WidgetPage, tip: string, browse: string): Promise<Record<string, Record<string, string>>> {
  return p.run(
    async ([tipSel, browseSel]) => {
      const props = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color', 'background-color', 'border-top-width', 'border-top-style', 'border-top-color', 'border-top-left-radius', 'padding-top', 'padding-left', 'margin-top', 'margin-bottom', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-decoration-line', 'min-height', 'display', 'box-sizing'];
      const t = await window.__st.rendered(tipSel);
      const b = await window.__st.rendered(browseSel);
      const parts: Record<string, Element | null> = {
        'tip root': t.querySelector('.root'),
        'tip eyebrow': t.querySelector('.eyebrow'),
        'tip heading': t.querySelector('[part~=heading]'),
        'tip text': t.querySelector('[part~=text]'),
        'tip button': t.querySelector('button'),
        'browse heading': b.querySelector('[part~=heading]'),
        'browse search': b.querySelector('input[type=search]'),
        'browse choice': b.querySelector('.choice'),
        'browse toggle': b.querySelector('.toggle'),
        'browse summary': b.querySelector('.summary'),
      };
      return Object.fromEntries(Object.entries(parts).map(([name, el]) => [name, el ? window.__st.styles(el, props) : {}]));
    },
    [tip, browse] as const,
  );
}

async function axeViolations(p: WidgetPage, context = 'document'): Promise<string[]> {
  await p.runSource(AXE);
  return p.run(async (ctx) => {
    const result = await window.axe.run(ctx === 'document' ? document : document.querySelectorAll(ctx), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  }, context);
}

export function widgetSuite(launch: () => Promise<WidgetBrowser>): void {
  let server: RunningServer;
  let browser: WidgetBrowser;
  const open = async (path: string) => {
    const p = await browser.open();
    await p.goto(new URL(path, server.url).href);
    return p;
  };

  beforeAll(async () => {
    server = await fixtureServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every mode from the built files, with nothing but its own chunks', async () => {
    for (const mode of ['tip', 'browse', 'banner', 'check']) {
      const p = await open(`${mode}.html`);
      const seen = await p.run(async () => {
        const root = await window.__st.rendered('#widget');
        const host = document.querySelector('#widget')!;
        return {
          heading: root.querySelector('[part~=heading]')?.textContent ?? '',
          label: root.querySelector('.banner strong')?.textContent ?? '',
          tip: root.querySelector('[part~=text]')?.textContent ?? '',
          items: root.querySelectorAll('.type').length,
          fallbackShown: host.querySelector('p')!.getClientRects().length > 0,
          cookie: document.cookie,
          storage: localStorage.length + sessionStorage.length,
          databases: (await indexedDB.databases?.())?.length ?? 0,
        };
      });
      if (mode === 'tip') expect(TIP_TITLES.has(seen.heading)).toBe(true);
      if (mode === 'browse') {
        expect(seen.heading).toBe(en.ui['nav.scamTypes']);
        expect(seen.items).toBe(en.scamTypes.length);
      }
      if (mode === 'banner') {
        expect(seen.label).toBe(en.ui['widget.banner.label']);
        expect(TIP_TITLES.has(seen.tip)).toBe(true);
      }
      if (mode === 'check') expect(seen.heading).toBe(en.ui['widget.check.heading']);
      expect(seen.fallbackShown).toBe(false);
      expect({ cookie: seen.cookie, storage: seen.storage, databases: seen.databases }).toEqual({ cookie: '', storage: 0, databases: 0 });
      const origin = new URL(server.url).origin;
      expect(p.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([]);
      expect(p.requests.filter((u) => u.includes('/widget/') && !/\/widget\/(scam-tips\.js|chunks\/\w+\/[\w.-]+\.js)$/.test(u))).toEqual([]);
      expect(p.warnings).toEqual([]);
      expect(p.errors).toEqual([]);
      await p.close();
    }
  });

  it('re-renders when an attribute changes', async () => {
    const p = await open('tip.html');
    const frTitles: string[] = fr.advice.map((a: { title: string }) => a.title);
    const seen = await p.run(async () => {
      const host = document.querySelector('#widget')!;
      const root = await window.__st.rendered('#widget');
      const read = () => ({
        lang: root.querySelector('.root')?.getAttribute('lang'),
        heading: root.querySelector('[part~=heading]')?.textContent,
        note: root.querySelector('[role=note]')?.textContent ?? null,
        bg: getComputedStyle(root.querySelector('.root')!).backgroundColor,
      });
      const before = read();
      host.setAttribute('lang', 'fr');
      await window.__st.until(() => root.querySelector('.root')?.getAttribute('lang') === 'fr', 'French');
      const french = read();
      host.setAttribute('theme', 'dark');
      await window.__st.until(() => root.querySelector('.theme-dark'), 'dark theme');
      const dark = read();
      host.setAttribute('mode', 'browse');
      await window.__st.until(() => root.querySelector('.browse'), 'browse mode');
      const browse = read();
      host.removeAttribute('lang');
      await window.__st.until(() => root.querySelector('.root')?.getAttribute('lang') === 'en', 'English again');
      return { before, french, dark, browse, after: read() };
    });
    expect(seen.before.lang).toBe('en');
    expect(seen.before.note).toBeNull();
    expect(frTitles).toContain(seen.french.heading);
    expect(seen.french.note).toBe(fr.ui['translation.unreviewed']);
    expect(seen.before.bg).toBe('rgb(255, 255, 255)');
    expect(seen.dark.bg).not.toBe(seen.before.bg);
    expect(seen.browse.heading).toBe(fr.ui['nav.scamTypes']);
    expect(seen.after.heading).toBe(en.ui['nav.scamTypes']);
    expect(p.warnings).toEqual([]);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('warns once about each kind of invalid attribute and shows the default', async () => {
    const p = await open('t/blank.html');
    const cases = [
      { attrs: { mode: 'sideways' }, name: 'mode', value: 'sideways', allowed: 'browse' },
      { attrs: { theme: 'neon' }, name: 'theme', value: 'neon', allowed: 'dark' },
      { attrs: { rotate: 'hourly' }, name: 'rotate', value: 'hourly', allowed: 'week' },
      { attrs: { lang: 'tlh' }, name: 'lang', value: 'tlh', allowed: 'zh-Hans' },
      { attrs: { 'heading-level': '9' }, name: 'heading-level', value: '9', allowed: '6' },
      { attrs: { href: 'javascript:alert(1)' }, name: 'href', value: 'javascript:alert(1)', allowed: 'https://' },
      { attrs: { tip: 'no-such-tip' }, name: 'tip', value: 'no-such-tip', allowed: 'caller-id-can-lie' },
      { attrs: { mode: 'browse', topics: 'no-such-scam' }, name: 'topics', value: 'no-such-scam', allowed: 'fake-tech-support' },
      { attrs: { mode: 'browse', country: 'Narnia!' }, name: 'country', value: 'Narnia!', allowed: 'two-letter' },
      { attrs: { mode: 'browse', country: 'zz' }, name: 'country', value: 'zz', allowed: 'gb' },
    ];
    for (const [i, c] of cases.entries()) {
      const shown = await p.run(
        async ({ attrs, id }) => {
          const host = document.createElement('scam-tips');
          host.id = id;
          for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
          document.querySelector('main')!.append(host);
          const root = await window.__st.rendered(`#${id}`);
          // A second render must not repeat the warning.
          host.setAttribute('compact', '');
          await window.__st.until(() => root.querySelector('.compact'), 'compact');
          const shown = {
            mode: root.querySelector('section')?.className,
            theme: root.querySelector('.root')?.className.split(' ').find((c) => c.startsWith('theme-')),
            label: root.querySelector('.eyebrow')?.textContent,
            lang: root.querySelector('.root')?.getAttribute('lang'),
            headingTag: root.querySelector('[part~=heading]')?.tagName,
            links: root.querySelectorAll('a').length,
            types: root.querySelectorAll('.type').length,
            country: (root.querySelector('.type select') as HTMLSelectElement | null)?.value ?? null,
            tip: root.querySelector('[part~=heading]')?.textContent,
          };
          host.remove();
          return shown;
        },
        { attrs: c.attrs, id: `w${i}` },
      );
      const mine = p.warnings.filter((w) => w.includes(`${c.name}="${c.value}"`));
      expect(mine, `${c.name}="${c.value}"`).toHaveLength(1);
      expect(mine[0]).toContain(c.allowed);
      if (c.name === 'mode') expect(shown.mode).toBe('tip');
      if (c.name === 'theme') expect(shown.theme).toBe('theme-auto');
      if (c.name === 'rotate') expect(shown.label).toBe(en.ui['widget.tip.label.day']);
      if (c.name === 'lang') expect(shown.lang).toBe('en');
      if (c.name === 'heading-level') expect(shown.headingTag).toBe('H2');
      if (c.name === 'href') expect(shown.links).toBe(0);
      if (c.name === 'tip') expect(TIP_TITLES.has(shown.tip ?? '')).toBe(true);
      if (c.name === 'topics') expect(shown.types).toBe(en.scamTypes.length);
      if (c.name === 'country') expect(shown.types).toBe(en.scamTypes.length);
    }
    expect(p.warnings).toHaveLength(cases.length);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('reports no violation on the strict-CSP page, in every mode and after lazy chunks load', async () => {
    const p = await open('csp.html');
    await p.run(async (message) => {
      const tip = await window.__st.rendered('#tip');
      const check = await window.__st.rendered('#check');
      tip.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      await window.__st.until(() => tip.querySelector('.more .flags'), 'tip details');
      const field = check.querySelector('textarea')!;
      field.value = message;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      check.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await window.__st.until(() => check.querySelector('.result'), 'check result');
      for (const mode of ['browse', 'banner']) document.querySelector('#tip')!.setAttribute('mode', mode);
      await window.__st.until(() => tip.querySelector('.banner'), 'banner');
      await window.__st.sleep(200);
    }, SCAM_MESSAGE);
    const status = await p.run(() => ({ text: document.getElementById('csp-status')!.textContent, count: document.querySelectorAll('#violations li').length }));
    expect(status).toEqual({ text: 'No policy violations so far.', count: 0 });
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('looks the same on a Bootstrap page and on a page that unsets every style', async () => {
    const plainTip = await open('tip.html');
    const plainBrowse = await open('browse.html');
    const tipLook = await lookOf(plainTip, '#widget', '#widget');
    const browseLook = await lookOf(plainBrowse, '#widget', '#widget');
    const plain = Object.fromEntries([...Object.entries(tipLook).filter(([k]) => k.startsWith('tip')), ...Object.entries(browseLook).filter(([k]) => k.startsWith('browse'))]);
    await plainTip.close();
    await plainBrowse.close();
    for (const path of ['bootstrap.html', 'isolation.html']) {
      const p = await open(path);
      const look = await lookOf(p, '#tip', '#browse');
      expect(Object.keys(look['tip root']!)).not.toHaveLength(0);
      expect(look, path).toEqual(plain);
      expect(p.errors).toEqual([]);
      await p.close();
    }
  });

  it("keeps its styles inside: the page's own elements look the same with and without widgets", async () => {
    const read = async (path: string) => {
      const p = await open(path);
      const look = await p.run(async () => {
        if (document.querySelector('scam-tips')) for (const id of ['#tip', '#browse', '#check', '#banner']) await window.__st.rendered(id);
        const props = ['font-family', 'font-size', 'line-height', 'color', 'background-color', 'border-top-color', 'border-top-width', 'padding-top', 'margin-top', 'box-sizing', 'text-decoration-line'];
        return {
          sheets: document.styleSheets.length,
          adopted: document.adoptedStyleSheets.length,
          headChildren: document.head.children.length,
          ...Object.fromEntries(['body', 'h1', '#para', '#outside', '#link'].map((s) => [s, window.__st.styles(document.querySelector(s)!, props)])),
        };
      });
      await p.close();
      return look;
    };
    const without = await read('t/leak-a.html');
    const withWidgets = await read('t/leak-b.html');
    // leak-b has one more <script> in its head, and nothing else.
    expect({ ...withWidgets, headChildren: withWidgets.headChildren - 1 }).toEqual(without);
  });

  it('loads its chunks from the folder it is served from', async () => {
    const p = await open('t/deep.html');
    const heading = await p.run(async () => {
      await window.__st.rendered('#browse');
      return (await window.__st.rendered('#widget')).querySelector('[part~=heading]')?.textContent;
    });
    expect(TIP_TITLES.has(heading ?? '')).toBe(true);
    const scripts = p.requests.filter((u) => u.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const u of scripts) expect(new URL(u).pathname).toMatch(/^\/deep\/path\/to\/widget\//);
    await p.close();
  });

  it('shows the readable fallback when the script does not run', async () => {
    const p = await open('t/noscript.html');
    const text = await p.run(() => {
      const fallback = document.getElementById('fallback')!;
      return fallback.getClientRects().length > 0 ? fallback.textContent : null;
    });
    expect(text).toContain('never ask you to move money');
    await p.close();
  });

  it('tells the parent page its height through the iframe protocol', async () => {
    const p = await open('iframe.html');
    const seen = await p.run(async () => {
      const frame = document.getElementById('scam-tips-frame') as HTMLIFrameElement;
      const shown = document.getElementById('frame-height')!;
      const current = () => Number(/(\d+) px/.exec(shown.textContent ?? '')?.[1] ?? 0);
      // The height once the widget in the frame has rendered and the frame has taken the reported size.
      const settled = async (selector: string) => {
        await window.__st.until(() => frame.contentDocument?.querySelector('scam-tips')?.shadowRoot?.querySelector(selector), selector);
        await window.__st.sleep(300);
        const isSettled = () => current() > 0 && Math.round(frame.getBoundingClientRect().height) === current();
        await window.__st.until(isSettled, 'the frame to take its height');
        return current();
      };
      const tip = await settled('.tip');
      const tipBody = frame.contentDocument!.body.getBoundingClientRect().height;
      // A message that does not come from the frame is ignored.
      window.postMessage({ type: 'scam-tips:height', height: 3 }, '*');
      await window.__st.sleep(200);
      const afterForgery = frame.getBoundingClientRect().height;
      const mode = document.querySelector<HTMLSelectElement>('#frame-form select[name=mode]')!;
      mode.value = 'browse';
      mode.dispatchEvent(new Event('change', { bubbles: true }));
      const browse = await settled('.browse');
      const inner = frame.contentDocument!;
      const body = inner.body.getBoundingClientRect().height;
      return { tip, body: tipBody, afterForgery, browse, browseBody: body, scrolls: inner.documentElement.scrollHeight > inner.documentElement.clientHeight + 1 };
    });
    expect(seen.tip).toBeGreaterThan(100);
    expect(Math.ceil(seen.body)).toBe(seen.tip);
    expect(Math.round(seen.afterForgery)).toBe(seen.tip);
    expect(seen.browse).toBeGreaterThan(seen.tip + 300);
    expect(Math.ceil(seen.browseBody)).toBe(seen.browse);
    expect(seen.scrolls).toBe(false);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('is fully usable with the keyboard, announces changes, and flags a scam message', async () => {
    const p = await open('tip.html');
    const focusFirst = () =>
      p.run(async () => {
        const host = document.querySelector('#widget')!;
        await window.__st.rendered('#widget');
        const before = document.createElement('button');
        before.textContent = 'before';
        host.before(before);
        before.focus();
      });
    const active = () => p.run(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return { host: host?.tagName ?? '', inner: inner?.tagName ?? '', text: inner?.textContent ?? (inner as HTMLInputElement | undefined)?.value ?? '', expanded: inner?.getAttribute('aria-expanded') ?? null };
    });

    // Tip: Tab to "Read more", Enter opens the details.
    await focusFirst();
    await p.press('Tab');
    expect(await active()).toMatchObject({ host: 'SCAM-TIPS', inner: 'BUTTON', text: en.ui['widget.more'], expanded: 'false' });
    await p.press('Enter');
    const details = await p.run(async () => {
      const root = document.querySelector('#widget')!.shadowRoot!;
      await window.__st.until(() => root.querySelector('.more .flags li'), 'details');
      return { expanded: root.querySelector('button')!.getAttribute('aria-expanded'), heading: root.querySelector('.more .h3')?.textContent };
    });
    expect(details).toEqual({ expanded: 'true', heading: en.ui['widget.tip.answers'] });
    await p.close();

    // Banner: Tab past "Read more" to the close button; Enter closes it, gives the space back, and says so.
    const b = await open('banner.html');
    await b.run(async () => {
      await window.__st.rendered('#widget');
      const before = document.createElement('button');
      document.querySelector('#widget')!.before(before);
      before.focus();
    });
    await b.press('Tab');
    await b.press('Tab');
    const closeName = await b.run(() => document.querySelector('#widget')!.shadowRoot!.activeElement?.getAttribute('aria-label'));
    expect(closeName).toBe(en.ui['widget.banner.close']);
    await b.press('Enter');
    const closed = await b.run(async () => {
      const host = document.querySelector('#widget')!;
      await window.__st.until(() => !host.shadowRoot!.querySelector('.root'), 'banner to close');
      return { height: host.getBoundingClientRect().height, status: host.shadowRoot!.querySelector('[role=status]')?.textContent, events: [...document.querySelectorAll('#events li')].map((li) => li.textContent) };
    });
    expect(closed.height).toBe(0);
    expect(closed.status).toBe(en.ui['widget.banner.closed']);
    expect(closed.events.some((e) => e?.startsWith('scam-tips:dismiss'))).toBe(true);
    await b.close();

    // Browse: type in the search box, the count is announced; open a scam type with Enter.
    const br = await open('browse.html');
    await br.run(async () => {
      await window.__st.rendered('#widget');
      const before = document.createElement('button');
      document.querySelector('#widget')!.before(before);
      before.focus();
    });
    await br.press('Tab');
    expect((await br.run(() => document.querySelector('#widget')!.shadowRoot!.activeElement?.tagName))).toBe('INPUT');
    await br.type('microsoft');
    // What a reader should find: every scam type that mentions the word (name, summary, script, warning signs).
    type ScamType = { id: string; name: string; summary: string; now: string; script: { says: string; really: string }[]; redFlags: string[] };
    const expected = (en.scamTypes as ScamType[]).filter((t) =>
      [t.name, t.summary, t.now, ...t.script.flatMap((x) => [x.says, x.really]), ...t.redFlags.map((id) => en.redFlags.find((r: { id: string }) => r.id === id)?.name ?? '')]
        .join(' ')
        .toLowerCase()
        .includes('microsoft'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(en.scamTypes.length);
    const found = await br.run(async (count) => {
      const root = document.querySelector('#widget')!.shadowRoot!;
      await window.__st.until(() => root.querySelectorAll('.type').length === count, `${count} results`);
      return { status: root.querySelector('.count[role=status]')?.textContent, names: [...root.querySelectorAll('.toggle')].map((b) => b.textContent) };
    }, expected.length);
    const countText = en.ui['widget.browse.count'][expected.length === 1 ? 'one' : 'other'].replace('{count}', String(expected.length));
    expect(found).toEqual({ status: countText, names: expected.map((t) => t.name) });
    // Tab goes from the search box to the channel radios (one stop), then to the first scam type.
    await br.press('Tab');
    await br.press('Tab');
    await br.press('Enter');
    const opened = await br.run(async () => {
      const root = document.querySelector('#widget')!.shadowRoot!;
      await window.__st.until(() => root.querySelector('.panel:not([hidden]) .now'), 'the panel');
      return { expanded: root.querySelector('.toggle')!.getAttribute('aria-expanded'), now: root.querySelector('.panel .now')?.textContent };
    });
    expect(opened).toEqual({ expanded: 'true', now: expected[0]!.now });
    await br.close();

    // Check: Tab to the text box, type a scam message, Tab to the button, Enter; the verdict is announced.
    const c = await open('check.html');
    await c.run(async () => {
      await window.__st.rendered('#widget');
      const before = document.createElement('button');
      document.querySelector('#widget')!.before(before);
      before.focus();
    });
    await c.press('Tab');
    await c.type(SCAM_MESSAGE);
    await c.press('Tab');
    await c.press('Enter');
    const result = await c.run(async () => {
      const root = document.querySelector('#widget')!.shadowRoot!;
      const verdict = await window.__st.until(() => root.querySelector('.result'), 'a verdict');
      return {
        className: verdict.className,
        flags: root.querySelectorAll('.result .flags li .evidence').length,
        status: root.querySelector('p[role=status]')?.textContent,
        event: [...document.querySelectorAll('#events li')].map((li) => li.textContent).find((t) => t?.startsWith('scam-tips:check')),
      };
    });
    expect(result.className).toMatch(/verdict-(scam|suspicious)/);
    expect(result.flags).toBeGreaterThan(0);
    expect(result.status).toMatch(new RegExp(`^(${en.ui['widget.check.verdict.scam']}|${en.ui['widget.check.verdict.suspicious']})`.replace(/\./g, '\\.')));
    expect(result.event).toBeDefined();
    expect(result.event).not.toContain('safe account');
    expect(c.errors).toEqual([]);
    await c.close();
  });

  it('lays out Arabic right to left with the unreviewed-translation note', async () => {
    const p = await open('arabic.html');
    const seen = await p.run(async () => {
      const tip = await window.__st.rendered('#tip');
      const browse = await window.__st.rendered('#browse');
      const chips = [...browse.querySelectorAll('.choice')].slice(0, 2).map((c) => c.getBoundingClientRect());
      const root = browse.querySelector('.root')!;
      return {
        dir: root.getAttribute('dir'),
        lang: root.getAttribute('lang'),
        direction: getComputedStyle(root).direction,
        firstChipIsRight: chips[0]!.left > chips[1]!.left,
        note: tip.querySelector('[role=note]')?.textContent,
        heading: browse.querySelector('[part~=heading]')?.textContent,
      };
    });
    expect(seen).toEqual({ dir: 'rtl', lang: 'ar', direction: 'rtl', firstChipIsRight: true, note: ar.ui['translation.unreviewed'], heading: ar.ui['nav.scamTypes'] });
    await p.close();
  });

  it('has no accessibility violation in any mode (axe-core)', async () => {
    const pages: [string, string | undefined][] = [
      ['tip.html', undefined],
      ['banner.html', undefined],
      ['browse.html', 'open'],
      ['check.html', 'check'],
      ['arabic.html', undefined],
      ['theming.html', undefined],
    ];
    for (const [path, action] of pages) {
      const p = await open(path);
      await p.run(
        async ([act, message]) => {
          for (const el of document.querySelectorAll('scam-tips')) await window.__st.rendered(`#${el.id}`);
          const root = document.querySelector('#widget')?.shadowRoot;
          if (act === 'open' && root) {
            root.querySelector<HTMLButtonElement>('.toggle')!.click();
            await window.__st.until(() => root.querySelector('.panel:not([hidden]) input[type=radio]'), 'panel');
            root.querySelector<HTMLInputElement>('.panel input[type=radio]')!.click();
            const select = root.querySelector<HTMLSelectElement>('.panel select')!;
            select.value = 'gb';
            select.dispatchEvent(new Event('change', { bubbles: true }));
            await window.__st.until(() => root.querySelector('.channel') && root.querySelector('.steps'), 'report and steps');
          }
          if (act === 'check' && root) {
            const field = root.querySelector('textarea')!;
            field.value = message;
            field.dispatchEvent(new Event('input', { bubbles: true }));
            root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
            await window.__st.until(() => root.querySelector('.result'), 'result');
          }
        },
        [action, SCAM_MESSAGE] as const,
      );
      expect(await axeViolations(p), path).toEqual([]);
      await p.close();
    }
  });
}

export { axeViolations };
