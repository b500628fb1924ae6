// `scam-tips check`: checks messages or pages with the red-flag detector and explains each red flag
// in plain words, in the reader's language. Content comes from content/generated when built, else
// from the content files themselves (validated in-process).
import { accessSync, constants, createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { LocaleBundle } from '../content/bundle.ts';
import { loadBundle, nodeDetector } from '../content/detect/node.ts';
import type { CheckResult } from '../content/detect/types.ts';
import { formatNumber, t } from '../content/format.ts';
import { LOCALES, type LocaleId, matchLocale } from '../content/locales.ts';

// Output goes through console.log and console.error: they keep order and flush before exit.
const print = (text: string) => console.log(text);
const warn = (text: string) => console.error(text);

interface Options {
  page: boolean;
  json: boolean;
  jsonl?: string;
  lang?: LocaleId;
  files: string[];
}

const USAGE = 'scam-tips check [--page] [--lang L] [--json] [FILE...]\nscam-tips check --jsonl FILE|- [--lang L]';

const bundles = new Map<LocaleId, LocaleBundle | undefined>();
function bundle(locale: LocaleId): LocaleBundle | undefined {
  if (!bundles.has(locale)) {
    try {
      bundles.set(locale, loadBundle(locale));
    } catch {
      bundles.set(locale, undefined);
    }
  }
  return bundles.get(locale);
}

/** An interface string in `locale`, falling back to English, then to the key. */
function say(locale: LocaleId, key: string, vars: Record<string, string | number> = {}): string {
  for (const l of [locale, 'en'] as const) {
    const b = bundle(l);
    if (b && b.ui[key] !== undefined) return t(b, key, vars);
  }
  return key;
}

function parse(args: string[]): Options | { error: string } {
  const options: Options = { page: false, json: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (name === '--page') options.page = true;
    else if (name === '--json') options.json = true;
    else if (name === '--jsonl') {
      const v = value();
      if (v === undefined) return { error: say('en', 'check.error.option', { option: '--jsonl' }) };
      options.jsonl = v;
    } else if (name === '--lang') {
      const v = value() ?? '';
      const locale = matchLocale([v]);
      if (!locale) return { error: say('en', 'check.error.lang', { lang: v, list: LOCALES.join(', ') }) };
      options.lang = locale;
    } else if (arg === '-') options.files.push('-');
    else if (arg.startsWith('-')) return { error: say('en', 'check.error.option', { option: arg }) };
    else options.files.push(arg);
  }
  return options;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** What the JSONL mode prints for each input: the verdict and the flags with their evidence. */
const summary = (id: unknown, r: CheckResult) => ({ id, verdict: r.verdict, score: r.score, flags: r.flags.map((f) => ({ id: f.id, evidence: f.evidence })) });

function explain(result: CheckResult, locale: LocaleId, out: string[]): void {
  out.push(say(locale, `check.verdict.${result.verdict}`));
  out.push(say(locale, 'check.score', { score: formatNumber(locale, result.score, { maximumFractionDigits: 2 }) }));
  if (result.flags.length > 0) {
    out.push('', say(locale, 'check.flags'));
    const flags = bundle(locale)?.redFlags ?? bundle('en')?.redFlags ?? [];
    for (const flag of result.flags) {
      const content = flags.find((f) => f.id === flag.id);
      out.push(`- ${content?.name ?? flag.id}`);
      if (content) out.push(`  ${content.explain}`);
      const words = [...new Set(flag.evidence.filter((e) => e.field !== 'facts').map((e) => e.text.replace(/\s+/g, ' ').trim()))]
        .filter(Boolean)
        .slice(0, 4)
        .map((w) => `"${w.length > 60 ? `${w.slice(0, 57)}...` : w}"`);
      if (words.length > 0) out.push(`  ${say(locale, 'check.words', { words: words.join(', ') })}`);
    }
  }
  out.push('', say(locale, `check.advice.${result.verdict}`));
}

async function jsonl(source: string, options: Options, stdin: Readable): Promise<number> {
  const locale = options.lang ?? 'en';
  const detector = nodeDetector();
  let input: Readable;
  if (source === '-') input = stdin;
  else {
    try {
      // Checked first, so a missing file is reported before anything is printed.
      accessSync(source, constants.R_OK);
      input = createReadStream(source);
    } catch (e) {
      warn(say(locale, 'check.error.read', { file: source, reason: (e as Error).message }));
      return 1;
    }
  }
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) print(pending.join('\n'));
    pending = [];
  };
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === '') continue;
    const error = (key: string, vars: Record<string, string | number> = {}) => {
      // Lines printed so far go first, so the two streams stay in order when they are joined.
      flush();
      warn(say(locale, key, { line, ...vars }));
    };
    let item: unknown;
    try {
      item = JSON.parse(raw);
    } catch {
      error('check.error.json');
      continue;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      error('check.error.object');
      continue;
    }
    const { id, text, url, title, kind } = item as Record<string, unknown>;
    if (id === undefined || id === null || id === '') {
      error('check.error.id');
      continue;
    }
    const idText = typeof id === 'string' ? id : JSON.stringify(id);
    if (typeof text !== 'string') {
      error('check.error.text', { id: idText });
      continue;
    }
    if (kind !== undefined && kind !== 'message' && kind !== 'page') {
      error('check.error.kind', { id: idText });
      continue;
    }
    const bad = (['url', 'title'] as const).find((f) => (item as Record<string, unknown>)[f] !== undefined && typeof (item as Record<string, unknown>)[f] !== 'string');
    if (bad) {
      error('check.error.field', { id: idText, field: bad });
      continue;
    }
    const isPage = kind === 'page' || (kind === undefined && (options.page || url !== undefined || title !== undefined));
    const result = isPage ? detector.checkPage({ url: (url as string | undefined) ?? '', title: (title as string | undefined) ?? '', text }) : detector.checkMessage(text);
    pending.push(JSON.stringify(summary(id, result)));
    if (pending.length >= 256) flush();
  }
  flush();
  return 0;
}

/** Runs the command; returns the exit code (0, or 1 when a file cannot be read, 2 for bad usage). */
export async function main(args: string[], stdin: Readable): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h' || (args[0] === 'check' && (args[1] === '--help' || args[1] === '-h'))) {
    print(`${say('en', 'check.usage')}\n\n${USAGE}`);
    return 0;
  }
  if (args[0] !== 'check') {
    warn(USAGE);
    return 2;
  }
  const options = parse(args.slice(1));
  if ('error' in options) {
    warn(`${options.error}\n\n${USAGE}`);
    return 2;
  }
  if (options.jsonl !== undefined) return jsonl(options.jsonl, options, stdin);

  const detector = nodeDetector();
  const inputs: { name?: string; text?: string; error?: string }[] = [];
  if (options.files.length === 0) inputs.push({ text: await readAll(stdin) });
  for (const file of options.files) {
    try {
      inputs.push({ name: file, text: file === '-' ? await readAll(stdin) : readFileSync(file, 'utf8') });
    } catch (e) {
      inputs.push({ name: file, error: (e as Error).message });
    }
  }
  let code = 0;
  const out: string[] = [];
  for (const input of inputs) {
    if (input.error !== undefined) {
      warn(say(options.lang ?? 'en', 'check.error.read', { file: input.name ?? '-', reason: input.error }));
      code = 1;
      continue;
    }
    const text = input.text ?? '';
    const result = options.page ? detector.checkPage({ url: '', title: '', text }) : detector.checkMessage(text);
    if (options.json) {
      out.push(JSON.stringify(result));
      continue;
    }
    const locale = options.lang ?? detector.guessLocale(text) ?? 'en';
    if (inputs.length > 1) out.push(say(locale, 'check.file', { file: input.name ?? '-' }));
    if (text.trim() === '') out.push(say(locale, 'check.empty'));
    else explain(result, locale, out);
    out.push('');
  }
  if (out.length > 0) print(out.join('\n').replace(/\n+$/, ''));
  return code;
}
