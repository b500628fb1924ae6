// Builds what the page UI shows, in the reader's language, from the text pack.
import { t, type LocaleId } from '../../content/index.ts';
import type { FlagHit, PageFacts } from '../../content/detect/index.ts';
import type { FlagView, PageUiKind, PageUiView } from '../shared/messages.ts';
import type { TextPack } from '../shared/text-pack.ts';

const PAGE_PREFIX = 'extension.page.';
const MAX_WORDS = 3;
/** The strongest red flags only: a frightened reader needs a few reasons, not a report. */
const MAX_FLAGS = 5;
/** Red flags of pages that say the computer is infected or locked. */
const COMPUTER_SCARE = new Set(['fake-virus-alert', 'browser-locked', 'phone-number-in-alert', 'unexpected-tech-support']);

export function buildView(
  pack: TextPack,
  input: { kind: PageUiKind; verdict: PageUiView['verdict']; site: string; flags: FlagHit[]; tool?: string | undefined; facts?: PageFacts },
): PageUiView {
  const vars = { site: input.site, tool: input.tool ?? '' };
  const text: Record<string, string> = {};
  for (const key of Object.keys(pack.ui)) if (key.startsWith(PAGE_PREFIX)) text[key.slice('extension.'.length)] = t(pack, key, vars);
  const names = new Map(pack.redFlags.map((f) => [f.id, f]));
  const flags: FlagView[] = [];
  for (const hit of input.flags) {
    const known = names.get(hit.id);
    if (!known || flags.some((f) => f.id === hit.id)) continue;
    const words = [...new Set(hit.evidence.filter((e) => e.field === 'text' || e.field === 'title').map((e) => e.text.trim()).filter(Boolean))].slice(0, MAX_WORDS);
    flags.push({ id: hit.id, name: known.name, explain: known.explain, words });
    if (flags.length === MAX_FLAGS) break;
  }
  return {
    kind: input.kind,
    verdict: input.verdict,
    lang: pack.locale.id as LocaleId,
    dir: pack.locale.dir,
    site: input.site,
    flags,
    isComputerScare: input.flags.some((f) => COMPUTER_SCARE.has(f.id)),
    isStopped: input.verdict === 'scam' && input.kind === 'warning' && Object.values(input.facts ?? {}).some(Boolean),
    ...(input.tool ? { tool: input.tool } : {}),
    text,
  };
}
