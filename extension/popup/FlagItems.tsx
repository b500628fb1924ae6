import type { FlagHit } from '../../content/detect/index.ts';
import { t, type Slice } from '../../content/index.ts';

/** Red flags found, named and explained in the reader's language, with the words that showed them. */
export function FlagItems({ text, flags }: { text: Slice<'tips'>; flags: FlagHit[] }) {
  const names = new Map(text.redFlags.map((f) => [f.id, f]));
  const shown = flags.filter((f) => names.has(f.id));
  if (shown.length === 0) return null;
  return (
    <ul class="flags">
      {shown.map((hit) => {
        const flag = names.get(hit.id)!;
        const words = [...new Set(hit.evidence.filter((e) => e.field !== 'facts').map((e) => e.text.trim()).filter(Boolean))].slice(0, 4);
        return (
          <li key={hit.id} data-flag={hit.id}>
            <span class="flag-name">{flag.name}</span>
            <span>{flag.explain}</span>
            {words.length > 0 && (
              <span class="words">
                {t(text, 'extension.page.wordsLabel')}{' '}
                {words.map((w, i) => (
                  <span key={i}>
                    {i > 0 && ', '}
                    <q>{w}</q>
                  </span>
                ))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
