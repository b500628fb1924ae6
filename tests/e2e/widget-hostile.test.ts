// The widget on hostile host pages (issue 7, part 1), in Debian Chromium (playwright-core) and
// Firefox ESR (puppeteer-core): CSS frameworks and resets, a page that unsets every style, quirks
// mode, two strict CSPs with Trusted Types, patched DOM prototypes and frozen built-ins, several
// copies of the script and elements made every which way, React, zoom to 400%, a right-to-left page
// and a sandboxed frame. One page load per host, several widgets per page, the
// BUILT widget (npm run build). On each: the chosen mode's text is there and readable (contrast,
// size, not cut off), nothing is thrown, and no style crosses the shadow boundary either way.
import { readFileSync } from 'node:fs';
import type { Browser as PlaywrightBrowser, Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/server.ts';
import { launchChromium, launchFirefox } from './browsers.ts';
import { FRAMEWORKS, PROBE, startHostServer, type Framework, type HostBrowser, type HostPage, type Reading } from './widget-hostile-hosts.ts';

const en = JSON.parse(readFileSync('content/generated/en.json', 'utf8'));
const fr = JSON.parse(readFileSync('content/generated/fr.json', 'utf8'));
const ar = JSON.parse(readFileSync('content/generated/ar.json', 'utf8'));
const titles = (bundle: { advice: { title: string }[] }) => new Set(bundle.advice.map((a) => a.title));
const EN_TIPS = titles(en);
const SCAM_MESSAGE =
  'This is your bank. Your account is blocked because of fraud. Act now: read me the code we just sent you by SMS, and do not tell anyone at your branch. Then move your money to a safe account today.';
const INSTALL = `if (!window.__probe) { ${PROBE} }`;

// ---- drivers ---------------------------------------------------------------------------------------

async function frameOf<F extends { url(): string }>(frames: () => F[], part: string): Promise<F> {
  for (let i = 0; i < 200; i++) {
    const frame = frames().find((f) => f.url().includes(part));
    if (frame) return frame;
    await new Promise((ok) => setTimeout(ok, 25));
  }
  throw new Error(`no frame ${part}`);
}

async function chromiumHosts(): Promise<HostBrowser> {
  const browser: PlaywrightBrowser = await launchChromium();
  return {
    name: 'chromium',
    async open(url, view = { width: 1000, height: 900 }) {
      const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, deviceScaleFactor: view.scale ?? 1 });
      const page: PlaywrightPage = await context.newPage();
      const p: HostPage = {
        errors: [],
        warnings: [],
        async run(fn, arg, frame) {
          const target: PlaywrightPage | PlaywrightFrame = frame ? await frameOf(() => page.frames(), frame) : page;
          await target.evaluate(INSTALL);
          return target.evaluate(fn as never, arg as never);
        },
        close: () => context.close(),
      };
      page.on('console', (m) => {
        if (m.type() === 'warning') p.warnings.push(m.text());
        if (m.type() === 'error') p.errors.push(m.text());
      });
      page.on('pageerror', (e) => p.errors.push(e.message));
      await page.goto(url);
      return p;
    },
    close: () => browser.close(),
  };
}

async function firefoxHosts(): Promise<HostBrowser> {
  const browser: PuppeteerBrowser = await launchFirefox();
  return {
    name: 'firefox',
    async open(url, view = { width: 1000, height: 900 }) {
      const page: PuppeteerPage = await browser.newPage();
      await page.setViewport({ width: view.width, height: view.height, deviceScaleFactor: view.scale ?? 1 });
      const p: HostPage = {
        errors: [],
        warnings: [],
        async run(fn, arg, frame) {
          const target: PuppeteerPage | PuppeteerFrame = frame ? await frameOf(() => page.frames(), frame) : page;
          await target.evaluate(INSTALL);
          return target.evaluate(fn as never, arg as never) as never;
        },
        close: () => page.close(),
      };
      page.on('console', (m) => {
        const type = m.type() as string;
        if (type === 'warn' || type === 'warning') p.warnings.push(m.text());
        if (type === 'error') p.errors.push(m.text());
      });
      page.on('pageerror', (e) => p.errors.push(e instanceof Error ? e.message : String(e)));
      await page.goto(url, { waitUntil: 'load' });
      return p;
    },
    close: () => browser.close(),
  };
}

// ---- what a reader sees ----------------------------------------------------------------------------

interface Seen {
  heading: string;
  label: string;
  types: number;
  dir: string;
  lang: string;
  reading: Reading;
  look: Record<string, Record<string, string>>;
}

/** Waits for every widget on the page (or in a frame) to render, then reads each one. */
const seeAll = (p: HostPage, ids: string[], frame?: string): Promise<Record<string, Seen>> =>
  p.run(
    async (list) => {
      const out: Record<string, Seen> = {};
      for (const id of list) {
        const root = await window.__probe.rendered(`#${id}`);
        const top = root.querySelector('.root')!;
        out[id] = {
          heading: root.querySelector('[part~=heading]')?.textContent ?? '',
          label: root.querySelector('.banner strong')?.textContent ?? '',
          types: root.querySelectorAll('.type').length,
          dir: getComputedStyle(top).direction,
          lang: top.getAttribute('lang') ?? '',
          reading: window.__probe.read(root),
          look: window.__probe.look(root),
        };
      }
      return out;
    },
    ids,
    frame,
  );

/** The English text each mode must show. */
function expectModes(seen: Record<string, Seen>, where: string): void {
  if (seen.tip) expect(EN_TIPS.has(seen.tip.heading), `${where}: tip heading "${seen.tip.heading}"`).toBe(true);
  if (seen.banner) expect(seen.banner.label, where).toBe(en.ui['widget.banner.label']);
  if (seen.browse) {
    expect(seen.browse.heading, where).toBe(en.ui['nav.scamTypes']);
    expect(seen.browse.types, where).toBe(en.scamTypes.length);
  }
  if (seen.check) expect(seen.check.heading, where).toBe(en.ui['widget.check.heading']);
}

function expectReadable(seen: Record<string, Seen>, where: string): void {
  for (const [id, s] of Object.entries(seen)) {
    expect(s.reading.problems, `${where} #${id}`).toEqual([]);
    expect(s.reading.texts.length, `${where} #${id}`).toBeGreaterThan(0);
    expect(s.reading.width * s.reading.height, `${where} #${id}`).toBeGreaterThan(0);
  }
}

/** Each widget's rendered width and height, in whole CSS px. */
const sizes = (all: Record<string, Seen>) => Object.fromEntries(Object.entries(all).map(([id, s]) => [id, [Math.round(s.reading.width), Math.round(s.reading.height)]]));

/** The page's own elements (and its style sheets) look as they did before the widget loaded. */
async function expectNoLeakOut(p: HostPage): Promise<void> {
  const styles = await p.run(() => ({ before: window.__host.before as { probes: Record<string, unknown> }, after: window.__host.snapshot!() }));
  expect(Object.keys(styles.before.probes).length).toBeGreaterThanOrEqual(4);
  expect(styles.after).toEqual(styles.before);
}
const pageErrors = (p: HostPage, frame?: string) => p.run(() => ({ errors: window.__host.errors, violations: window.__host.violations, widgetErrors: window.__host.widgetErrors }), undefined, frame);
const NONE = { errors: [], violations: [], widgetErrors: [] };

const MODES = ['banner', 'tip', 'browse', 'check'];
/** Hosts that must not change how the widget looks: CSS frameworks and resets, a page that unsets everything, quirks mode. */
const LOOK_HOSTS: [string, string][] = [
  ...(Object.keys(FRAMEWORKS) as Framework[]).map((f): [string, string] => [`a page styled by ${f}`, `/hosts/with/${f}.html`]),
  ['a page that says * { all: unset !important }', '/hosts/with/unset.html'],
  ['an old page in quirks mode', '/hosts/quirks.html'],
];

// ---- the matrix --------------------------------------------------------------------------------------

function hostileSuite(launch: () => Promise<HostBrowser>): void {
  let server: RunningServer;
  let browser: HostBrowser;
  let plain: Record<string, Seen> | undefined;
  let plainPage = '';
  const url = (path: string) => new URL(path, server.url).href;

  beforeAll(async () => {
    server = await startHostServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The look of each mode on the plain HTML host: what every other host must match (read once). */
  const plainLook = async () => {
    if (!plain) {
      const p = await browser.open(url('/hosts/page.html'));
      plain = await seeAll(p, MODES);
      plainPage = await p.run(() => getComputedStyle(document.querySelector('h1')!).fontFamily + getComputedStyle(document.body).margin);
      await p.close();
    }
    return Object.fromEntries(Object.entries(plain).map(([id, s]) => [id, s.look]));
  };

  it('renders every mode readably on a plain HTML host, and leaves the page as it was', async () => {
    const p = await browser.open(url('/hosts/page.html'));
    plain = await seeAll(p, MODES);
    plainPage = await p.run(() => getComputedStyle(document.querySelector('h1')!).fontFamily + getComputedStyle(document.body).margin);
    expectModes(plain, 'plain');
    expectReadable(plain, 'plain');
    expect(plain.tip!.look['.root']!['font-size']).toBe('16px');
    await expectNoLeakOut(p);
    expect(await pageErrors(p)).toEqual(NONE);
    expect(p.errors).toEqual([]);
    expect(p.warnings).toEqual([]);
    await p.close();
  });

  it.each(LOOK_HOSTS)('looks and reads the same on %s, and leaks nothing into it', async (framework, path) => {
    const p = await browser.open(url(path));
    const seen = await seeAll(p, MODES);
    expectModes(seen, framework);
    expectReadable(seen, framework);
    expect(Object.fromEntries(Object.entries(seen).map(([id, s]) => [id, s.look]))).toEqual(await plainLook());
    await expectNoLeakOut(p);
    // The framework really styles the page, and the old site really is in quirks mode (else this test proves nothing).
    const page = await p.run(() => ({ mode: document.compatMode, look: getComputedStyle(document.querySelector('h1')!).fontFamily + getComputedStyle(document.body).margin }));
    if (path.includes('/with/')) expect(page.look).not.toBe(plainPage);
    else {
      expect(page.mode).toBe('BackCompat');
      // Same page width as the plain host, so the same layout: quirks mode changes no box inside.
      expect(sizes(seen)).toEqual(sizes(plain!));
    }
    expect(await pageErrors(p)).toEqual(NONE);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it.each([
    ['an allow-list policy', '/hosts/csp.html'],
    ['a nonce and strict-dynamic policy', '/hosts/csp-nonce.html'],
  ])('runs under a strict CSP (%s) with Trusted Types required, reporting no violation, also after lazy chunks load', async (_policy, path) => {
    const p = await browser.open(url(path));
    const seen = await seeAll(p, MODES);
    expectModes(seen, 'csp');
    expectReadable(seen, 'csp');
    expect(Object.fromEntries(Object.entries(seen).map(([id, s]) => [id, s.look]))).toEqual(await plainLook());
    await expectNoLeakOut(p);
    const used = await p.run(async (message) => {
      const tip = await window.__probe.rendered('#tip');
      tip.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      await window.__probe.until(() => tip.querySelector('.more .flags'), 'tip details');
      const browse = await window.__probe.rendered('#browse');
      browse.querySelector<HTMLButtonElement>('.toggle')!.click();
      await window.__probe.until(() => browse.querySelector('.panel:not([hidden]) input[type=radio]'), 'scam type panel');
      const check = await window.__probe.rendered('#check');
      const field = check.querySelector('textarea')!;
      field.value = message;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      check.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const verdict = await window.__probe.until(() => check.querySelector('.result'), 'a verdict');
      document.querySelector('#banner')!.setAttribute('lang', 'uk');
      await window.__probe.until(() => document.querySelector('#banner')!.shadowRoot!.querySelector('.root[lang=uk]'), 'Ukrainian');
      await window.__probe.sleep(200);
      return { verdict: verdict.className };
    }, SCAM_MESSAGE);
    expect(used.verdict).toMatch(/verdict-(scam|suspicious)/);
    expect(await pageErrors(p)).toEqual(NONE);
    expect(p.errors).toEqual([]);

    // The controls: the page really enforces its policy, and the listener really hears violations.
    const control = await p.run(async () => {
      const style = document.createElement('style');
      style.textContent = 'p { color: red }';
      document.head.append(style);
      let isSinkBlocked = false;
      try {
        // eslint-disable-next-line no-restricted-syntax -- the control: Trusted Types must refuse this sink
        document.createElement('div').innerHTML = '<b>x</b>';
      } catch {
        isSinkBlocked = true;
      }
      await window.__probe.until(() => window.__host.violations.length > 0, 'a violation');
      await window.__probe.sleep(100);
      return { violations: window.__host.violations.map((v) => v.split(' ')[0]), isSinkBlocked };
    });
    expect(control.violations).toContain('style-src-elem');
    // Both browsers enforce Trusted Types (Chromium, and Firefox ESR since 153).
    expect(control.isSinkBlocked).toBe(true);
    expect(control.violations).toContain('require-trusted-types-for');
    await p.close();
  });

  it("survives a page whose analytics, consent and legacy scripts patch the DOM's prototypes, then freeze the built-ins", async () => {
    const p = await browser.open(url('/hosts/patched.html'));
    const seen = await seeAll(p, MODES);
    expectModes(seen, 'patched');
    expectReadable(seen, 'patched');
    expect(Object.fromEntries(Object.entries(seen).map(([id, s]) => [id, s.look]))).toEqual(await plainLook());
    expect(sizes(seen)).toEqual(sizes(plain!));
    const used = await p.run(async (message) => {
      const tip = await window.__probe.rendered('#tip');
      tip.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      await window.__probe.until(() => tip.querySelector('.more .flags'), 'tip details');
      const browse = await window.__probe.rendered('#browse');
      const search = browse.querySelector<HTMLInputElement>('input[type=search]')!;
      search.value = 'microsoft';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      const all = browse.querySelectorAll('.type').length;
      await window.__probe.until(() => browse.querySelectorAll('.type').length < all, 'the search to filter');
      const check = await window.__probe.rendered('#check');
      const field = check.querySelector('textarea')!;
      field.value = message;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      check.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const verdict = await window.__probe.until(() => check.querySelector('.result'), 'a verdict');
      const banner = await window.__probe.rendered('#banner');
      banner.querySelector<HTMLButtonElement>('button.close')!.click();
      await window.__probe.until(() => !banner.querySelector('.root'), 'the banner to close');
      const { NativePromise: _n, ...patched } = window.__patched as typeof window.__patched & { NativePromise?: unknown };
      return { verdict: verdict.className, filtered: browse.querySelectorAll('.type').length, patched, isFrozen: Object.isFrozen(Array.prototype) && Object.isFrozen(Object.prototype) };
    }, SCAM_MESSAGE);
    expect(used.verdict).toMatch(/verdict-(scam|suspicious)/);
    expect(used.filtered).toBeGreaterThan(0);
    // The patches were in force while the widget ran (else this test proves nothing).
    expect(used.patched.shadowRoots).toBe(4);
    expect(used.patched.listeners).toBeGreaterThan(0);
    expect(used.patched.defined).toEqual(['scam-tips']);
    expect(used.patched.blocked).toEqual([]);
    expect(used.isFrozen).toBe(true);
    await expectNoLeakOut(p);
    expect(await pageErrors(p)).toEqual(NONE);
    expect(p.errors).toEqual([]);
    expect(p.warnings).toEqual([]);
    await p.close();
  });

  it('renders every element whatever the order: before the script, after it, with the script twice, two copies on one page, cloned, rewritten, moved, server-rendered', async () => {
    const p = await browser.open(url('/hosts/timing.html'));
    const ids = ['early', 'late', 'browse', 'dynamic', 'detached', 'cloned', 'rewritten', 'declarative'];
    const seen = await seeAll(p, ids);
    expect(seen.cloned!.label).toBe(en.ui['widget.banner.label']);
    expect(EN_TIPS.has(seen.rewritten!.heading)).toBe(true);
    expect(EN_TIPS.has(seen.declarative!.heading)).toBe(true);
    expect(seen.declarative!.reading.texts).not.toContain('Rendered on the server.');
    expect(EN_TIPS.has(seen.early!.heading)).toBe(true);
    expect(seen.late!.label).toBe(en.ui['widget.banner.label']);
    expect(seen.browse!.types).toBe(en.scamTypes.length);
    expect(seen.dynamic!.heading).toBe(en.ui['widget.check.heading']);
    expect(titles(fr).has(seen.detached!.heading)).toBe(true);
    expectReadable(seen, 'timing');
    const state = await p.run(async () => {
      await window.__probe.until(() => document.querySelector('#elsewhere #early'), 'the moved element');
      await window.__probe.sleep(100);
      const early = document.querySelector('#early')!.shadowRoot!;
      return {
        moved: early.querySelector('[part~=heading]')?.textContent ?? '',
        slots: early.querySelectorAll('slot').length,
        roots: early.querySelectorAll('.root').length,
        scripts: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname + new URL(e.name).search).filter((u) => u.endsWith('scam-tips.js') || u.includes('scam-tips.js?')),
        chunkFolders: [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((u) => u.includes('/chunks/')).map((u) => u.split('/chunks/')[0]))],
        ready: Object.keys(window.__host.ready).sort(),
      };
    });
    expect(EN_TIPS.has(state.moved)).toBe(true);
    expect({ slots: state.slots, roots: state.roots }).toEqual({ slots: 0, roots: 1 });
    expect(state.scripts.sort()).toEqual(['/widget-v2/scam-tips.js', '/widget/scam-tips.js', '/widget/scam-tips.js?from=footer']);
    // The copy that registered first does all the work; the others load no chunk.
    expect(state.chunkFolders).toEqual(['/widget-v2']);
    expect(state.ready).toEqual([...ids].sort());
    // The one element whose (closed, server-rendered) shadow root it cannot use: it says so, and throws nothing.
    const errors = await pageErrors(p);
    expect(errors).toMatchObject({ errors: [], violations: [] });
    expect(errors.widgetErrors).toHaveLength(1);
    expect(errors.widgetErrors[0]).toMatch(/^declarative-closed: /);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('follows a React app: props change its attributes, and it survives re-renders, unmount and remount', async () => {
    const p = await browser.open(url('/hosts/react.html'));
    const seen = await p.run(async () => {
      const read = async (what: string, ok: (root: ShadowRoot) => unknown) => {
        const root = await window.__probe.until(() => {
          const r = document.querySelector('#react-widget')?.shadowRoot;
          return r && r.querySelector('.root') && !r.querySelector('slot') && ok(r) ? r : null;
        }, what);
        const top = root.querySelector('.root')!;
        return { heading: root.querySelector('[part~=heading]')?.textContent ?? '', lang: top.getAttribute('lang'), dark: top.classList.contains('theme-dark'), problems: window.__probe.read(root).problems };
      };
      const first = await read('the first render', () => true);
      // The reader opens the tip; the app re-renders around it; the tip stays open.
      const root = document.querySelector('#react-widget')!.shadowRoot!;
      root.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      await window.__probe.until(() => root.querySelector('.more .flags'), 'tip details');
      document.querySelector<HTMLButtonElement>('#counter')!.click();
      await window.__probe.until(() => document.querySelector('#counter')!.textContent === 'Clicked 1 times', 'the app to re-render');
      const stillOpen = root.querySelector('button[aria-expanded]')!.getAttribute('aria-expanded');
      window.__react.render({ mode: 'browse', lang: 'fr', theme: 'dark' });
      const changed = await read('browse in French, dark', (r) => r.querySelector('.browse') && r.querySelector('.root[lang=fr].theme-dark'));
      window.__react.render({ show: false });
      const removed = document.querySelector('#react-widget') === null;
      window.__react.render({ show: true, mode: 'check', lang: 'en', theme: 'light' });
      const shownAgain = await read('check after being shown again', (r) => r.querySelector('.check'));
      window.__react.unmount();
      const unmounted = document.querySelector('#react-widget') === null;
      window.__react.remount();
      const remounted = await read('check after remount', (r) => r.querySelector('.check'));
      await window.__probe.sleep(100);
      return { first, stillOpen, changed, removed, shownAgain, unmounted, remounted, events: window.__reactEvents };
    });
    expect(EN_TIPS.has(seen.first.heading)).toBe(true);
    expect(seen.first.problems).toEqual([]);
    expect(seen.stillOpen).toBe('true');
    expect(seen.changed).toMatchObject({ heading: fr.ui['nav.scamTypes'], lang: 'fr', dark: true, problems: [] });
    expect(seen.removed).toBe(true);
    expect(seen.shownAgain).toMatchObject({ heading: en.ui['widget.check.heading'], lang: 'en', dark: false, problems: [] });
    expect(seen.unmounted).toBe(true);
    expect(seen.remounted).toMatchObject({ heading: en.ui['widget.check.heading'], lang: 'en', problems: [] });
    // The app hears the widget's events through React's own listener props.
    expect(seen.events).toEqual(['ready tip en', 'ready check en', 'ready check en']);
    expect(await pageErrors(p)).toEqual(NONE);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  // WCAG reflow: 400% zoom of a 1280 px window is 320 CSS px; 200% is 640.
  it.each([
    { zoom: 200, width: 640, scale: 2 },
    { zoom: 400, width: 320, scale: 4 },
  ])('reflows at $zoom% zoom ($width CSS px) with no sideways scrolling and all its text in view', async ({ width, scale }) => {
    const p = await browser.open(url('/hosts/page.html'), { width, height: 800, scale });
    await seeAll(p, MODES);
    await p.run(async (message) => {
      const tip = await window.__probe.rendered('#tip');
      tip.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      const banner = await window.__probe.rendered('#banner');
      banner.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      const browse = await window.__probe.rendered('#browse');
      browse.querySelector<HTMLButtonElement>('.toggle')!.click();
      await window.__probe.until(() => browse.querySelector('.panel:not([hidden]) input[type=radio]'), 'scam type panel');
      browse.querySelector<HTMLInputElement>('.panel input[type=radio]')!.click();
      const select = browse.querySelector<HTMLSelectElement>('.panel select')!;
      select.value = 'gb';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await window.__probe.until(() => browse.querySelector('.channel') && browse.querySelector('.steps'), 'report and steps');
      const check = await window.__probe.rendered('#check');
      const field = check.querySelector('textarea')!;
      field.value = message;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      check.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await window.__probe.until(() => check.querySelector('.result') && tip.querySelector('.more .flags'), 'a verdict and tip details');
    }, SCAM_MESSAGE);
    const seen = await seeAll(p, MODES);
    expectModes(seen, `${width} px`);
    expectReadable(seen, `${width} px`);
    const page = await p.run(() => ({
      inner: innerWidth,
      scroll: document.documentElement.scrollWidth,
      widest: Math.max(...[...document.querySelectorAll('scam-tips')].map((el) => el.getBoundingClientRect().right)),
      dpr: devicePixelRatio,
    }));
    expect(page.dpr).toBe(scale);
    expect(page.inner).toBe(width);
    expect(page.scroll).toBeLessThanOrEqual(width);
    expect(page.widest).toBeLessThanOrEqual(width);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('lays out right to left on an Arabic page, and left to right when asked for English there', async () => {
    const p = await browser.open(url('/hosts/rtl.html'));
    const seen = await seeAll(p, ['ar-tip', 'ar-browse', 'en-tip', 'en-browse', 'en-banner']);
    expectReadable(seen, 'rtl');
    expect(titles(ar).has(seen['ar-tip']!.heading)).toBe(true);
    expect(seen['ar-browse']!.heading).toBe(ar.ui['nav.scamTypes']);
    expect(EN_TIPS.has(seen['en-tip']!.heading)).toBe(true);
    expect(seen['en-browse']!.heading).toBe(en.ui['nav.scamTypes']);
    expect(seen['en-banner']!.label).toBe(en.ui['widget.banner.label']);
    for (const id of ['ar-tip', 'ar-browse']) expect({ dir: seen[id]!.dir, lang: seen[id]!.lang }, id).toEqual({ dir: 'rtl', lang: 'ar' });
    for (const id of ['en-tip', 'en-browse', 'en-banner']) expect({ dir: seen[id]!.dir, lang: seen[id]!.lang }, id).toEqual({ dir: 'ltr', lang: 'en' });
    const sides = await p.run(async () => {
      const side = async (id: string) => {
        const root = await window.__probe.rendered(`#${id}`);
        const box = root.querySelector('.root')!.getBoundingClientRect();
        const heading = root.querySelector('[part~=heading]')!;
        const range = document.createRange();
        range.selectNodeContents(heading);
        const text = range.getBoundingClientRect();
        const chips = [...root.querySelectorAll('.choice')].slice(0, 2).map((c) => c.getBoundingClientRect().left);
        // Which edge the heading's text starts from, and whether the first chip is on the right.
        return { startsLeft: text.left - box.left < box.right - text.right, firstChipRight: chips.length === 2 ? chips[0]! > chips[1]! : null };
      };
      return { arTip: await side('ar-tip'), arBrowse: await side('ar-browse'), enTip: await side('en-tip'), enBrowse: await side('en-browse') };
    });
    expect(sides).toEqual({
      arTip: { startsLeft: false, firstChipRight: null },
      arBrowse: { startsLeft: false, firstChipRight: true },
      enTip: { startsLeft: true, firstChipRight: null },
      enBrowse: { startsLeft: true, firstChipRight: false },
    });
    await expectNoLeakOut(p);
    expect(await pageErrors(p)).toEqual(NONE);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('renders inside a sandboxed iframe without allow-same-origin', async () => {
    const p = await browser.open(url('/hosts/sandbox.html'));
    const frame = 'sandboxed.html';
    const seen = await seeAll(p, ['tip', 'browse', 'check'], frame);
    expectModes(seen, 'sandboxed');
    expectReadable(seen, 'sandboxed');
    const inside = await p.run(
      async (message) => {
        const check = await window.__probe.rendered('#check');
        const field = check.querySelector('textarea')!;
        field.value = message;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        check.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        const verdict = await window.__probe.until(() => check.querySelector('.result'), 'a verdict');
        return { origin: self.origin, verdict: verdict.className };
      },
      SCAM_MESSAGE,
      frame,
    );
    expect(inside.origin).toBe('null');
    expect(inside.verdict).toMatch(/verdict-(scam|suspicious)/);
    expect(await pageErrors(p, frame)).toEqual(NONE);
    expect(p.errors).toEqual([]);
    await p.close();
  });
}

describe('the widget on hostile hosts, in Chromium', () => {
  hostileSuite(chromiumHosts);
});

describe('the widget on hostile hosts, in Firefox ESR', () => {
  hostileSuite(firefoxHosts);
});
