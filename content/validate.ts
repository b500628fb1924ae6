// Validates the content files held in memory and assembles them. Pure: the build reads the disk,
// the tests feed it broken files directly. Every problem names the file, a JSON path and a sentence
// a content editor understands.
import { type ParseError, parseTree, printParseErrorCode, type Node } from 'jsonc-parser';
import type { z } from 'zod';
import { AdviceData, AdviceText } from './schema/advice.ts';
import { LOCALES, type LocaleId } from './schema/common.ts';
import { LocaleData } from './schema/locale.ts';
import { PAYMENT_METHODS, PaymentMethodData, PaymentMethodText } from './schema/payment-method.ts';
import { QuizItemData, QuizItemText } from './schema/quiz-item.ts';
import { RedFlagData, RedFlagText } from './schema/red-flag.ts';
import { ReportChannelData, ReportChannelText } from './schema/report-channel.ts';
import { ScenarioData, ScenarioText } from './schema/scenario.ts';
import { ScamTypeData, ScamTypeText } from './schema/scam-type.ts';
import { SignalData } from './schema/signal.ts';
import { signalProblems } from './detect/compile.ts';
import { SourceData, SourceText } from './schema/source.ts';
import { PluralText, UiText } from './schema/ui.ts';

export interface Problem {
  /** Path relative to the repository, e.g. content/data/scam-types/sextortion.json */
  file: string;
  /** JSON path, e.g. $.script[2].says */
  path: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file} ${p.path}: ${p.message}`;

/** The kinds that have a data file per entity, with their schemas. */
export const DATA_KINDS = {
  sources: SourceData,
  'scam-types': ScamTypeData,
  'red-flags': RedFlagData,
  advice: AdviceData,
  'payment-methods': PaymentMethodData,
  quiz: QuizItemData,
  'report-channels': ReportChannelData,
  scenarios: ScenarioData,
  signals: SignalData,
  locales: LocaleData,
} as const;
export type DataKind = keyof typeof DATA_KINDS;

/** The kinds with prose per locale: content/text/<locale>/<kind>.json maps each id to its text. */
export const TEXT_KINDS = {
  sources: SourceText,
  'scam-types': ScamTypeText,
  'red-flags': RedFlagText,
  advice: AdviceText,
  'payment-methods': PaymentMethodText,
  quiz: QuizItemText,
  'report-channels': ReportChannelText,
  scenarios: ScenarioText,
} as const;
export type TextKind = keyof typeof TEXT_KINDS;

/**
 * Interface strings, one file per surface so each can grow on its own: text/<locale>/<name>.json.
 * They merge into one `ui` table; a key may be defined in one of them only.
 */
export const UI_FILES = ['ui', 'widget', 'extension', 'classroom'] as const;

type DataOf<K extends DataKind> = z.infer<(typeof DATA_KINDS)[K]>;
type TextOf<K extends TextKind> = z.infer<(typeof TEXT_KINDS)[K]>;

/** Old id -> new id, per kind, so saved settings and embed attributes survive a rename. */
export type Renames = Partial<Record<DataKind, Record<string, string>>>;

export interface Content {
  data: { [K in DataKind]: Map<string, DataOf<K>> };
  renames: Renames;
  text: Record<LocaleId, { [K in TextKind]: Record<string, TextOf<K>> } & { ui: UiText }>;
}

export interface ContentFile {
  /** Path relative to the content folder, with forward slashes: data/advice/x.json or text/en/ui.json */
  path: string;
  text: string;
}

export interface ValidateOptions {
  /** Names of the seed documents that exist, to check each source's `seed`. Skipped when undefined. */
  seeds?: ReadonlySet<string> | undefined;
  /** Prefix for file names in problems. */
  root?: string | undefined;
}

const KIND_NAMES: Record<DataKind | 'ui', string> = {
  sources: 'source',
  'scam-types': 'scam type',
  'red-flags': 'red flag',
  advice: 'tip',
  'payment-methods': 'payment method',
  quiz: 'quiz item',
  'report-channels': 'report channel',
  scenarios: 'scenario',
  signals: 'signal',
  locales: 'locale',
  ui: 'interface text',
};

export function validateContent(files: readonly ContentFile[], options: ValidateOptions = {}): { content: Content; problems: Problem[] } {
  const root = options.root ?? 'content/';
  const problems: Problem[] = [];
  const report = (file: string, path: string, message: string) => problems.push({ file: root + file, path, message });

  const data = Object.fromEntries(Object.keys(DATA_KINDS).map((k) => [k, new Map()])) as Content['data'];
  // Ids whose file exists, valid or not: one broken file is reported once, not again by every
  // reference to it and every locale's text for it.
  const known = Object.fromEntries(Object.keys(DATA_KINDS).map((k) => [k, new Set<string>()])) as Known;
  const rawText = new Map<string, unknown>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (file.path === 'renames.json') continue;
    const parts = file.path.split('/');
    if (parts[0] === 'data' && parts.length === 3 && parts[1]! in DATA_KINDS) known[parts[1] as DataKind].add(parts[2]!.replace(/\.json$/, ''));
    const json = parseJson(file, report);
    if (json === undefined) {
      if (parts[0] === 'text') rawText.set(file.path, UNREADABLE);
      continue;
    }
    if (parts[0] === 'data' && parts.length === 3) {
      const kind = parts[1] as DataKind;
      const schema = DATA_KINDS[kind];
      if (!schema) {
        report(file.path, '$', `is in an unknown folder "${parts[1]}": use one of ${Object.keys(DATA_KINDS).join(', ')}`);
        continue;
      }
      const name = parts[2]!.replace(/\.json$/, '');
      known[kind].add(name);
      const parsed = schema.safeParse(json, { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(file.path, jsonPath(issue.path), describeIssue(issue));
        continue;
      }
      const entity = parsed.data as { id: string };
      if (entity.id !== name) {
        report(file.path, '$.id', `is "${entity.id}" but the file is named "${name}.json": the id must equal the file name`);
        continue;
      }
      const map = data[kind] as Map<string, unknown>;
      const clash = [...map.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
      if (clash !== undefined) {
        report(file.path, '$.id', `duplicates the ${KIND_NAMES[kind]} "${clash}": each id may be used once`);
        continue;
      }
      map.set(name, entity);
    } else if (parts[0] === 'text' && parts.length === 3) {
      rawText.set(file.path, json);
    } else {
      report(file.path, '$', 'is not where content files belong: use data/<kind>/<id>.json or text/<locale>/<kind>.json');
    }
  }

  checkReferences(data, known, report, options.seeds);
  checkSignals(data, report);
  const renames = checkRenames(files.find((f) => f.path === 'renames.json'), data, report);
  const text = checkText(data, known, rawText, report);
  checkScenarios(data, known, text.en.scenarios, report);
  return { content: { data, text, renames }, problems };
}

function parseJson(file: ContentFile, report: (file: string, path: string, message: string) => void): unknown {
  const errors: ParseError[] = [];
  const tree = parseTree(file.text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || tree === undefined) {
    const first = errors[0];
    const where = first ? ` at line ${lineOf(file.text, first.offset)}` : '';
    report(file.path, '$', `is not valid JSON${where} (${first ? printParseErrorCode(first.error) : 'empty file'}): check for a missing comma, quote or bracket`);
    return undefined;
  }
  const dup = findDuplicateKey(tree, '$');
  if (dup) {
    report(file.path, dup.path, `is written twice (line ${lineOf(file.text, dup.offset)}): each key may appear once, or one of them is lost`);
    return undefined;
  }
  return JSON.parse(file.text) as unknown;
}

function findDuplicateKey(node: Node, path: string): { path: string; offset: number } | undefined {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      const here = `${path}${pathSegment(key)}`;
      if (seen.has(key)) return { path: here, offset: keyNode.offset };
      seen.add(key);
      const inner = valueNode && findDuplicateKey(valueNode, here);
      if (inner) return inner;
    }
  } else if (node.type === 'array') {
    for (const [i, child] of (node.children ?? []).entries()) {
      const inner = findDuplicateKey(child, `${path}[${i}]`);
      if (inner) return inner;
    }
  }
  return undefined;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

const pathSegment = (key: PropertyKey) =>
  typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `["${String(key)}"]`;

export const jsonPath = (path: readonly PropertyKey[]): string => `$${path.map(pathSegment).join('')}`;

/** Turns a zod issue into a sentence for a content editor. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is missing: add this ${issue.expected === 'array' ? 'list' : 'field'}`;
  // Schemas carry their own sentence where zod's default would be too technical.
  if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${article(issue.expected)}, but is ${article(typeName(issue.input))}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} that ${issue.keys.length === 1 ? 'is' : 'are'} not allowed here: ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'invalid_value':
      return `is ${JSON.stringify(issue.input)}, which is not allowed: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : `is too small: the least allowed is ${String(issue.minimum)}`;
    case 'invalid_union':
      return 'should be text, or plural forms like { "one": "…", "other": "…" }';
    case 'too_big':
      return `is too big: the most allowed is ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'object' : typeof v);
const article = (t: string) => {
  const word = t === 'array' ? 'list' : t === 'string' ? 'text' : t;
  return word === 'null' ? 'null' : `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
};

type Report = (file: string, path: string, message: string) => void;

type Known = Record<DataKind, Set<string>>;

/** A text file that exists but could not be parsed (already reported). */
const UNREADABLE = Symbol('unreadable');

function checkReferences(data: Content['data'], known: Known, report: Report, seeds: ReadonlySet<string> | undefined): void {
  const refs = (file: string, path: string, ids: readonly string[], kind: DataKind) => {
    ids.forEach((id, i) => {
      if (!known[kind].has(id)) report(file, `${path}[${i}]`, `refers to the ${KIND_NAMES[kind]} "${id}", which does not exist: check the id or add content/data/${kind}/${id}.json`);
    });
  };
  for (const [id, s] of data['scam-types']) {
    const f = `data/scam-types/${id}.json`;
    refs(f, '$.redFlags', s.redFlags, 'red-flags');
    refs(f, '$.advice', s.advice, 'advice');
    refs(f, '$.payments', s.payments, 'payment-methods');
    refs(f, '$.sources', s.sources, 'sources');
  }
  for (const [id, r] of data['red-flags']) {
    refs(`data/red-flags/${id}.json`, '$.advice', r.advice, 'advice');
    refs(`data/red-flags/${id}.json`, '$.sources', r.sources, 'sources');
  }
  for (const [id, a] of data.advice) {
    refs(`data/advice/${id}.json`, '$.redFlags', a.redFlags, 'red-flags');
    refs(`data/advice/${id}.json`, '$.sources', a.sources, 'sources');
  }
  for (const [id, p] of data['payment-methods']) refs(`data/payment-methods/${id}.json`, '$.sources', p.sources, 'sources');
  for (const [id, q] of data.quiz) {
    refs(`data/quiz/${id}.json`, '$.redFlags', q.redFlags, 'red-flags');
    refs(`data/quiz/${id}.json`, '$.sources', q.sources, 'sources');
    if (q.isScam && q.redFlags.length === 0) report(`data/quiz/${id}.json`, '$.redFlags', 'is empty, but the item is a scam: name the red flags the explanation points at');
  }
  for (const [id, s] of data.signals) refs(`data/signals/${id}.json`, '$.redFlag', [s.redFlag], 'red-flags');
  for (const method of PAYMENT_METHODS) {
    if (!known['payment-methods'].has(method)) report(`data/payment-methods/${method}.json`, '$', `is missing: every payment method needs its file (${PAYMENT_METHODS.join(', ')})`);
  }
  for (const locale of LOCALES) {
    if (!known.locales.has(locale)) report(`data/locales/${locale}.json`, '$', `is missing: the locale "${locale}" needs its file`);
  }
  if (seeds) {
    for (const [id, s] of data.sources) {
      if (s.seed !== undefined && !seeds.has(s.seed)) report(`data/sources/${id}.json`, '$.seed', `names the seed document "${s.seed}", which is not in shared/seeds`);
    }
  }
}

function checkText(data: Content['data'], known: Known, raw: Map<string, unknown>, report: Report): Content['text'] {
  const text = {} as Content['text'];
  const english = new Map<string, unknown>();
  for (const locale of LOCALES) {
    const bundle = {} as Content['text'][LocaleId];
    text[locale] = bundle;
    bundle.ui = {};
    for (const kind of [...Object.keys(TEXT_KINDS), ...UI_FILES] as (TextKind | (typeof UI_FILES)[number])[]) {
      const file = `text/${locale}/${kind}.json`;
      const value = raw.get(file);
      raw.delete(file);
      const isUi = (UI_FILES as readonly string[]).includes(kind);
      if (!isUi) (bundle as Record<string, unknown>)[kind] = {};
      if (value === UNREADABLE) continue;
      if (value === undefined) {
        // Optional surfaces: needed in every locale once English has them.
        if (isUi && kind !== 'ui' && (locale === 'en' || !english.has(kind))) continue;
        report(file, '$', `is missing: every locale needs the file ${kind}.json (copy it from text/en/ and translate it)`);
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        report(file, '$', 'should be an object that maps each id to its text');
        continue;
      }
      const entries = value as Record<string, unknown>;
      const ok: Record<string, unknown> = {};
      if (isUi) {
        const parsed = UiText.safeParse(entries, { reportInput: true });
        if (!parsed.success) for (const issue of parsed.error.issues) report(file, jsonPath(issue.path), describeIssue(issue));
        else Object.assign(ok, parsed.data);
        checkPlurals(locale, file, ok, report);
        for (const key of Object.keys(ok)) {
          if (key in bundle.ui) report(file, jsonPath([key]), 'is already defined in another interface file of this locale: use one key in one file');
        }
      } else {
        const textKind = kind as TextKind;
        const schema = TEXT_KINDS[textKind];
        for (const [id, entry] of Object.entries(entries)) {
          if (!known[textKind].has(id)) {
            report(file, jsonPath([id]), `is text for the ${KIND_NAMES[textKind]} "${id}", which has no file content/data/${textKind}/${id}.json: remove it or add the data`);
            continue;
          }
          const parsed = schema.safeParse(entry, { reportInput: true });
          if (!parsed.success) for (const issue of parsed.error.issues) report(file, jsonPath([id, ...issue.path]), describeIssue(issue));
          else ok[id] = parsed.data;
        }
        if (locale === 'en') {
          for (const id of known[textKind]) if (!(id in entries)) report(file, jsonPath([id]), `is missing: the ${KIND_NAMES[textKind]} "${id}" has no English text`);
        }
      }
      if (locale === 'en') english.set(kind, entries);
      else compareShape(english.get(kind), entries, file, '$', report, isUi);
      if (isUi) Object.assign(bundle.ui, ok);
      else (bundle as Record<string, unknown>)[kind] = ok;
    }
  }
  for (const file of raw.keys()) {
    const [, locale, name] = file.split('/');
    if (!(LOCALES as readonly string[]).includes(locale ?? '')) report(file, '$', `is in text/${locale}/, but "${locale}" is not a locale: use one of ${LOCALES.join(', ')}`);
    else report(file, '$', `is not a text kind: "${name}" should be one of ${[...Object.keys(TEXT_KINDS), ...UI_FILES].map((k) => `${k}.json`).join(', ')}`);
  }
  return text;
}

function checkRenames(file: ContentFile | undefined, data: Content['data'], report: Report): Renames {
  if (!file) return {};
  const json = parseJson(file, report);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  const renames: Renames = {};
  for (const [kind, map] of Object.entries(json as Record<string, unknown>)) {
    if (!(kind in DATA_KINDS)) {
      report(file.path, jsonPath([kind]), `is not a kind of content: use one of ${Object.keys(DATA_KINDS).join(', ')}`);
      continue;
    }
    const k = kind as DataKind;
    renames[k] = {};
    for (const [from, to] of Object.entries((map ?? {}) as Record<string, unknown>)) {
      if (typeof to !== 'string' || !data[k].has(to)) report(file.path, jsonPath([kind, from]), `renames "${from}" to ${JSON.stringify(to)}, which is not an existing ${KIND_NAMES[k]}`);
      else if (data[k].has(from)) report(file.path, jsonPath([kind, from]), `renames "${from}", but a ${KIND_NAMES[k]} with that id still exists`);
      else renames[k][from] = to;
    }
  }
  return renames;
}

const isPlural = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'other' in v && PluralText.safeParse(v).success;

/** A locale's keys, list lengths and placeholders must match English; plural forms follow the locale's own rules. */
function compareShape(en: unknown, other: unknown, file: string, path: string, report: Report, isUi: boolean): void {
  if (en === undefined) return;
  if (isUi && isPlural(en) && isPlural(other)) {
    comparePlaceholders(en.other ?? '', Object.values(other), file, path, report);
    return;
  }
  if (typeof en === 'string') {
    if (typeof other !== 'string') report(file, path, `should be text, as in English`);
    else comparePlaceholders(en, [other], file, path, report);
    return;
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(other)) report(file, path, 'should be a list, as in English');
    else if (other.length !== en.length) report(file, path, `has ${other.length} items, but English has ${en.length}: translate each item once`);
    else en.forEach((item, i) => compareShape(item, other[i], file, `${path}[${i}]`, report, isUi));
    return;
  }
  if (typeof en === 'object' && en !== null) {
    if (typeof other !== 'object' || other === null || Array.isArray(other)) {
      report(file, path, 'should be an object, as in English');
      return;
    }
    const o = other as Record<string, unknown>;
    for (const key of Object.keys(en)) {
      if (!(key in o)) report(file, `${path}${pathSegment(key)}`, 'is missing: English has it, so this locale must translate it');
      else compareShape((en as Record<string, unknown>)[key], o[key], file, `${path}${pathSegment(key)}`, report, isUi);
    }
    for (const key of Object.keys(o)) {
      if (!(key in en)) report(file, `${path}${pathSegment(key)}`, 'is not in English: remove it, or add it to English first');
    }
  }
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

function comparePlaceholders(en: string, others: string[], file: string, path: string, report: Report): void {
  const want = placeholders(en);
  for (const s of others) {
    if (placeholders(s) !== want) {
      report(file, path, `has the placeholders {${placeholders(s).split(',').join('}, {')}} but English has {${want.split(',').join('}, {')}}: keep them as written`);
      return;
    }
  }
}

function checkPlurals(locale: LocaleId, file: string, ui: Record<string, unknown>, report: Report): void {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  for (const [key, value] of Object.entries(ui)) {
    if (typeof value === 'string') continue;
    const have = Object.keys(value as object);
    const missing = categories.filter((c) => !have.includes(c));
    const extra = have.filter((c) => !categories.includes(c));
    if (missing.length > 0) report(file, jsonPath([key]), `needs the plural forms ${missing.map((c) => `"${c}"`).join(', ')} for this language (it uses ${categories.join(', ')})`);
    if (extra.length > 0) report(file, jsonPath([key]), `has plural forms this language does not use: ${extra.map((c) => `"${c}"`).join(', ')} (it uses ${categories.join(', ')})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Detection signals, beyond their schema (owned by the detector): every locale has phrases,
// patterns are safe from catastrophic backtracking, needed signals exist, and every signal strong
// enough to judge a page can be found by the page gate. See content/detect/compile.ts.
function checkSignals(data: Content['data'], report: Report): void {
  for (const p of signalProblems(data.signals)) report(`data/signals/${p.id}.json`, jsonPath(p.path), p.message);
}

/**
 * Call simulations (content/data/scenarios): every choice leads to a step of the same scenario,
 * every step can be reached from the start, no path loops back (so every path ends), every step
 * either offers choices or ends, and every ending has a lesson. Text is checked in English; the
 * other locales must match its shape (compareShape).
 */
function checkScenarios(data: Content['data'], known: Known, english: Record<string, TextOf<'scenarios'>> | undefined, report: Report): void {
  for (const [id, scenario] of data.scenarios) {
    const file = `data/scenarios/${id}.json`;
    const ref = (path: string, target: string, kind: DataKind) => {
      if (!known[kind].has(target)) report(file, path, `refers to the ${KIND_NAMES[kind]} "${target}", which does not exist: check the id or add content/data/${kind}/${target}.json`);
    };
    ref('$.scamType', scenario.scamType, 'scam-types');
    scenario.sources.forEach((s, i) => ref(`$.sources[${i}]`, s, 'sources'));

    const index = new Map<string, number>();
    scenario.steps.forEach((step, i) => {
      const at = `$.steps[${i}]`;
      if (index.has(step.id)) report(file, `${at}.id`, `is "${step.id}", which another step of this scenario already uses: give each step its own id`);
      else index.set(step.id, i);
      step.redFlags?.forEach((r, j) => ref(`${at}.redFlags[${j}]`, r, 'red-flags'));
      step.advice?.forEach((a, j) => ref(`${at}.advice[${j}]`, a, 'advice'));
      if (step.choices === undefined && step.ending === undefined) report(file, at, `the step "${step.id}" has neither choices nor an ending: add "choices", or mark it as an ending with "ending"`);
      if (step.choices !== undefined && step.ending !== undefined) report(file, at, `the step "${step.id}" has both choices and an ending: an ending offers no choices, so remove one of them`);
      if (step.choices !== undefined && step.choices.length < 2) report(file, `${at}.choices`, 'has fewer than two choices: give the class at least two things to choose from');
      const seen = new Set<string>();
      step.choices?.forEach((c, j) => {
        if (seen.has(c.id)) report(file, `${at}.choices[${j}].id`, `is "${c.id}", which another choice of this step already uses: give each choice its own id`);
        seen.add(c.id);
      });
    });
    if (!index.has(scenario.start)) {
      report(file, '$.start', `is "${scenario.start}", which is not a step of this scenario: use the id of its first step`);
      continue;
    }
    let broken = false;
    scenario.steps.forEach((step, i) =>
      step.choices?.forEach((c, j) => {
        if (index.has(c.next)) return;
        broken = true;
        report(file, `$.steps[${i}].choices[${j}].next`, `leads to the step "${c.next}", which is not in this scenario: use the id of one of its steps`);
      }),
    );
    if (broken) continue;

    // Depth-first from the start: a choice that leads back to a step on the current path is a loop.
    const state = new Map<string, 'open' | 'done'>();
    const visit = (stepId: string): void => {
      state.set(stepId, 'open');
      const i = index.get(stepId)!;
      scenario.steps[i]!.choices?.forEach((c, j) => {
        const s = state.get(c.next);
        if (s === 'open') report(file, `$.steps[${i}].choices[${j}].next`, `leads back to the step "${c.next}", so this path could go round forever: lead it to a later step or an ending`);
        else if (s === undefined) visit(c.next);
      });
      state.set(stepId, 'done');
    };
    visit(scenario.start);
    scenario.steps.forEach((step, i) => {
      if (!state.has(step.id) && index.get(step.id) === i) report(file, `$.steps[${i}]`, `the step "${step.id}" cannot be reached from the start: lead a choice to it, or remove it`);
    });

    const text = english?.[id];
    if (!text) continue;
    const textFile = 'text/en/scenarios.json';
    for (const stepId of Object.keys(text.steps)) {
      if (!index.has(stepId)) report(textFile, jsonPath([id, 'steps', stepId]), `is text for the step "${stepId}", which the scenario "${id}" does not have: remove it or add the step`);
    }
    for (const step of scenario.steps) {
      const path = [id, 'steps', step.id];
      const t = text.steps[step.id];
      if (!t) {
        report(textFile, jsonPath(path), `is missing: the step "${step.id}" has no English text`);
        continue;
      }
      if (step.ending !== undefined) {
        if (t.outcome === undefined) report(textFile, jsonPath([...path, 'outcome']), 'is missing: say how the call ended');
        if (t.lesson === undefined) report(textFile, jsonPath([...path, 'lesson']), 'is missing: every ending needs a lesson for the class');
        for (const extra of ['who', 'says', 'choices'] as const) {
          if (t[extra] !== undefined) report(textFile, jsonPath([...path, extra]), 'is not used on an ending: remove it');
        }
        continue;
      }
      if (t.says === undefined) report(textFile, jsonPath([...path, 'says']), 'is missing: write what the caller says');
      for (const extra of ['outcome', 'lesson'] as const) {
        if (t[extra] !== undefined) report(textFile, jsonPath([...path, extra]), 'is only used on an ending: remove it, or make the step an ending');
      }
      const choiceIds = new Set(step.choices?.map((c) => c.id));
      for (const c of choiceIds) {
        if (!t.choices?.[c]) report(textFile, jsonPath([...path, 'choices', c]), `is missing: write the label of the choice "${c}" and what happens after it`);
      }
      for (const c of Object.keys(t.choices ?? {})) {
        if (!choiceIds.has(c)) report(textFile, jsonPath([...path, 'choices', c]), `is text for the choice "${c}", which the step does not have: remove it or add the choice`);
      }
    }
  }
}
