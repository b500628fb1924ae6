/**
 * `<scam-tips>`: the embeddable widget's entry (dist/widget/scam-tips.js, and `scam-tips/widget`).
 *
 * What runs when: importing this registers the element and nothing else. When an element connects,
 * it reads its attributes, reserves its space, and loads two lazy chunks side by side: the mode's
 * view and the locale's content. Until both arrive, the readable fallback inside the element stays
 * on screen through a slot. Chunks are imported by relative paths, so they load from the folder
 * this script was served from. Nothing is stored and nothing is sent anywhere.
 */
import { type ComponentType, h, render } from 'preact';
import { loadSlice } from '../content/index.ts';
import type { ScamTipsEventMap } from './api.d.ts';
import { ATTRIBUTES, type Mode, MODES, readConfig, warningText } from './config.ts';
import { Shell, type ShellProps } from './frame.tsx';
import { MODE_SLICE, type ModeModule } from './mode.ts';
import baseCss from './styles/base.css?inline';

export type * from './api.d.ts';

const MODE_LOADERS: { [M in Mode]: () => Promise<ModeModule<M>> } = {
  tip: () => import('./modes/tip.tsx'),
  banner: () => import('./modes/banner.tsx'),
  browse: () => import('./modes/browse.tsx'),
  check: () => import('./modes/check.tsx'),
  // Classroom mode (widget/classroom/): its own chunk, loaded only when this mode is chosen.
  classroom: () => import('./modes/classroom.tsx'),
};

// Space kept for each mode before and while it loads, so the page does not jump when it appears.
const RESERVE: Record<Mode, string> = { tip: '12em', banner: '3.5em', browse: '30em', check: '20em', classroom: '30em' };

const sheets = new Map<string, CSSStyleSheet>();
function sheet(css: string): CSSStyleSheet {
  let s = sheets.get(css);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css);
    sheets.set(css, s);
  }
  return s;
}

// Browsers without constructable stylesheets or light-dark() colours (before 2024) keep showing the
// fallback; a server-side import does nothing.
const canRender = typeof document !== 'undefined' && 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype && CSS.supports('color', 'light-dark(#000,#fff)');
const Base = typeof HTMLElement === 'undefined' ? (class {} as typeof HTMLElement) : HTMLElement;

export class ScamTipsElement extends Base {
  static readonly observedAttributes = ATTRIBUTES;

  #root: ShadowRoot | undefined;
  #view: HTMLDivElement | undefined;
  #reserve = canRender ? new CSSStyleSheet() : undefined;
  #warned = new Set<string>();
  #pending = false;
  #generation = 0;
  #shown: Mode | undefined;
  #isReady = false;
  #isReserved = true;
  #modeSheet: CSSStyleSheet | undefined;

  connectedCallback(): void {
    if (!canRender) return;
    // At once, not after the first render: the fallback shows through the slot and the space is kept.
    try {
      this.#setUp();
    } catch (e) {
      // A shadow root we cannot use (a closed one left by server rendering): what is there stays,
      // and the host hears why instead of an error thrown into its page.
      this.#emit('scam-tips:error', { message: e instanceof Error ? e.message : String(e) });
      return;
    }
    const mode = this.getAttribute('mode')?.trim().toLowerCase();
    this.#reserveFor((MODES as readonly string[]).includes(mode ?? '') ? (mode as Mode) : 'tip');
    this.#applySheets();
    this.#schedule();
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    if (old !== value && this.isConnected) this.#schedule();
  }

  // Several attributes set in a row render once.
  #schedule(): void {
    if (this.#pending || !canRender) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) void this.#update();
    });
  }

  #warn = (attribute: string, value: string, allowed: string, using: string): void => {
    const key = `${attribute}\u0000${value}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(warningText(attribute, value, allowed, using));
  };

  #emit = <K extends keyof ScamTipsEventMap>(name: K, detail: ScamTipsEventMap[K]['detail']): void => {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  };

  #setUp(): void {
    if (this.#root && this.#view) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const view = document.createElement('div');
    view.className = 'view';
    // The fallback inside the element shows through the slot until the first render.
    root.replaceChildren(document.createElement('slot'), view);
    this.#root = root;
    this.#view = view;
  }

  async #update(): Promise<void> {
    const generation = ++this.#generation;
    const root = this.#root;
    const view = this.#view;
    if (!root || !view) return;
    const config = readConfig((name) => this.getAttribute(name), {
      hostLang: this.closest('[lang]')?.getAttribute('lang') ?? undefined,
      languages: navigator.languages ?? [navigator.language],
      baseUrl: document.baseURI,
    }, this.#warn);
    this.#reserveFor(config.mode);
    try {
      const needsTopics = (config.mode === 'tip' || config.mode === 'banner') && (config.topics.length > 0 || config.tip !== undefined);
      const [mode, slice, topics] = await Promise.all([
        MODE_LOADERS[config.mode](),
        loadSlice(config.locale, MODE_SLICE[config.mode]),
        needsTopics ? loadSlice(config.locale, 'widget-topics') : undefined,
      ]);
      const content = { ...slice, ...topics };
      if (generation !== this.#generation) return;
      if (this.#shown !== config.mode) {
        render(null, view);
        this.#isReserved = true;
      }
      this.#modeSheet = sheet(mode.css);
      this.#applySheets();
      const props = { View: mode.View, config, content, emit: this.#emit, warn: this.#warn, reserve: this.#setReserve };
      render(h(Shell as ComponentType<ShellProps<typeof content>>, props as ShellProps<typeof content>), view);
      this.#shown = config.mode;
      root.querySelector('slot')?.remove();
      if (!this.#isReady) {
        this.#isReady = true;
        this.#emit('scam-tips:ready', { mode: config.mode, lang: config.locale });
      }
    } catch (e) {
      if (generation !== this.#generation) return;
      // The fallback stays readable; the host hears why.
      this.#emit('scam-tips:error', { message: e instanceof Error ? e.message : String(e) });
    }
  }

  #reserveFor(mode: Mode): void {
    this.#reserve!.replaceSync(`:host{min-height:var(--scam-tips-min-height,${RESERVE[mode]})!important}`);
  }

  #applySheets(): void {
    if (!this.#root) return;
    const sheets = [sheet(baseCss), this.#isReserved ? this.#reserve! : sheet(':host{min-height:0!important}')];
    if (this.#modeSheet) sheets.splice(1, 0, this.#modeSheet);
    this.#root.adoptedStyleSheets = sheets;
  }

  /** Lets a view give the reserved space back (a dismissed banner), or take it again. */
  #setReserve = (isOn: boolean): void => {
    this.#isReserved = isOn;
    this.#applySheets();
  };
}

if (typeof customElements !== 'undefined' && !customElements.get('scam-tips')) customElements.define('scam-tips', ScamTipsElement);
