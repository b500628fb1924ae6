// Public types of the `scam-tips/widget` entry (copied to dist/widget/scam-tips.d.ts by the build).
// widget/config.ts checks that the attribute list here matches the one the element reads.

export type ScamTipsMode = 'tip' | 'browse' | 'banner' | 'check' | 'classroom';

/** The attributes of `<scam-tips>`. All are optional; an invalid value logs one warning and the default is used. */
export interface ScamTipsAttributes {
  /** What the widget shows. Default `tip`. */
  mode?: ScamTipsMode;
  /** Language, e.g. `fr` or `pt-BR`. Default: the page's `<html lang>`, then the browser's languages, then English. */
  lang?: string;
  /** Scam type ids, separated by spaces or commas (e.g. `fake-tech-support bank-impersonation`). Default: all. */
  topics?: string;
  /** Two-letter country code (e.g. `gb`) or `international`: where-to-report channels to show. Default: from the language tag, else a picker. */
  country?: string;
  /** Colours. Default `auto` (follows the reader's light or dark setting). */
  theme?: 'auto' | 'light' | 'dark';
  /** How often the tip changes in `tip` and `banner` mode. Default `day`. */
  rotate?: 'day' | 'week' | 'off';
  /** One tip id to show in `tip` and `banner` mode instead of rotating. */
  tip?: string;
  /** Level of the widget's top heading. Default `2`. */
  'heading-level'?: '1' | '2' | '3' | '4' | '5' | '6';
  /** Present: tighter spacing and no decoration. `compact="false"` turns it off. */
  compact?: '' | 'true' | 'false';
  /** In `tip` and `banner` mode: a page of your site with more advice, linked from the widget. */
  href?: string;
}

export interface ScamTipsReadyDetail { mode: ScamTipsMode; lang: string }
export interface ScamTipsOpenDetail {
  mode: ScamTipsMode;
  /** `tip`: a tip's details; `scam-type`: a scam type in browse mode; `payment`: "if you already paid" for one payment method. */
  kind: 'tip' | 'scam-type' | 'payment';
  id: string;
}
export interface ScamTipsFilterDetail { channel: string }
export interface ScamTipsCountryDetail { country: string }
/** Never includes the message itself. */
export interface ScamTipsCheckDetail { verdict: 'scam' | 'suspicious' | 'safe'; score: number; flags: string[] }
export interface ScamTipsDismissDetail { tip: string }
export interface ScamTipsErrorDetail { message: string }

/** Events the element dispatches (they bubble and cross shadow roots), for the host page's own analytics. */
export interface ScamTipsEventMap {
  'scam-tips:ready': CustomEvent<ScamTipsReadyDetail>;
  'scam-tips:open': CustomEvent<ScamTipsOpenDetail>;
  'scam-tips:filter': CustomEvent<ScamTipsFilterDetail>;
  'scam-tips:country': CustomEvent<ScamTipsCountryDetail>;
  'scam-tips:check': CustomEvent<ScamTipsCheckDetail>;
  'scam-tips:dismiss': CustomEvent<ScamTipsDismissDetail>;
  'scam-tips:error': CustomEvent<ScamTipsErrorDetail>;
}

/** `<scam-tips>`: importing the module registers it (once). Configure it with attributes. */
export declare class ScamTipsElement extends HTMLElement {
  static readonly observedAttributes: readonly (keyof ScamTipsAttributes)[];
  addEventListener<K extends keyof ScamTipsEventMap>(type: K, listener: (this: ScamTipsElement, ev: ScamTipsEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ScamTipsEventMap>(type: K, listener: (this: ScamTipsElement, ev: ScamTipsEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'scam-tips': ScamTipsElement;
  }
}
