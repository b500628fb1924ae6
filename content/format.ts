// Interface text with placeholders and plurals, formatted through Intl: no string concatenation.
import type { LocaleBundle } from './bundle.ts';
import type { Figure } from './schema/source.ts';

type Vars = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function plural(locale: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

export function formatNumber(locale: string, n: number, options?: Intl.NumberFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f.format(n);
}

/**
 * The interface string `key` in the bundle's language, with {placeholders} filled in.
 * Numbers are formatted for the locale; a plural message picks its form from `vars.count`.
 * A missing key returns the key itself, so a gap is visible rather than blank.
 */
export function t(bundle: Pick<LocaleBundle, 'ui' | 'locale'>, key: string, vars: Vars = {}): string {
  const entry = bundle.ui[key];
  if (entry === undefined) return key;
  const locale = bundle.locale.id;
  const template =
    typeof entry === 'string' ? entry : (entry[plural(locale, Number(vars.count ?? 0))] ?? entry.other);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}

/** A figure from a source ("more than 21,549 arrests", "about £200"), in the bundle's language. */
export function formatFigure(bundle: Pick<LocaleBundle, 'ui' | 'locale'>, figure: Figure): string {
  const locale = bundle.locale.id;
  const value = figure.currency
    ? formatNumber(locale, figure.value, { style: 'currency', currency: figure.currency, maximumFractionDigits: 0, notation: figure.value >= 1e6 ? 'compact' : 'standard' })
    : formatNumber(locale, figure.value, figure.value >= 1e6 ? { notation: 'compact' } : {});
  const amount = figure.precision === 'exact' ? value : t(bundle, `figures.${figure.precision}`, { value });
  return t(bundle, `figures.${figure.kind}`, { count: figure.value, value: amount });
}
