import type { FlagView } from '../../shared/messages.ts';

/** Red flags with their explanation and the words on the page that showed them. */
export function FlagList({ flags, wordsLabel }: { flags: FlagView[]; wordsLabel: string }) {
  return (
    <ul>
      {flags.map((flag) => (
        <li key={flag.id}>
          <span class="flag">{flag.name}</span>
          <span class="explain">{flag.explain}</span>
          {flag.words.length > 0 && (
            <span class="words">
              {wordsLabel}{' '}
              {flag.words.map((w, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <q>{w}</q>
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
