import { useState } from 'preact/hooks';
import { t, type Slice } from '../../content/index.ts';

/** A list of sites with a remove button each, and (if `onAdd`) a field to add one. */
export function SiteList(props: {
  text: Slice<'tips'>;
  id: string;
  heading: string;
  empty: string;
  sites: string[];
  onRemove(site: string): void;
  /** Returns an error message, or undefined when added. */
  onAdd?(input: string): string | undefined;
}) {
  const { text, id } = props;
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const add = (e: Event) => {
    e.preventDefault();
    const problem = props.onAdd?.(value);
    setError(problem);
    if (!problem) setValue('');
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{props.heading}</h2>
      {props.sites.length === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <ul class="plain" data-testid={`${id}-sites`}>
          {props.sites.map((site) => (
            <li key={site} class="row">
              <span>{site}</span>
              <button type="button" class="link" onClick={() => props.onRemove(site)}>
                {t(text, 'extension.options.trusted.remove', { site })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.onAdd && (
        <form class="row" onSubmit={add}>
          <label for={`${id}-add`}>{t(text, 'extension.options.trusted.addLabel')}</label>
          <input
            id={`${id}-add`}
            type="text"
            inputMode="url"
            autocomplete="off"
            value={value}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{t(text, 'extension.options.trusted.add')}</button>
          {error && (
            <p id={`${id}-error`} class="message problem" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
