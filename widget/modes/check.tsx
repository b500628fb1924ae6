// check mode: paste a message, see its warning signs. The detector and the full content load on the
// first check, never up front; the message stays on the device and is never part of an event.
import { useRef, useState } from 'preact/hooks';
import type { CheckResult } from '../../content/detect/index.ts';
import { Heading, Icon, SHIELD, tr, WARN } from '../frame.tsx';
import type { CheckContent, ViewProps } from '../mode.ts';
import css from './check.css?inline';

export { css };

/** The longest message checked; longer pastes are cut here (a letter is far shorter). */
export const MAX_LENGTH = 20_000;

interface Checked {
  result: CheckResult;
  text: string;
}

/** The words the detector matched, with a few whole words around them. */
export function excerpt(text: string, start: number, end: number, room = 40): [string, string, string] {
  let from = Math.max(0, start - room);
  let to = Math.min(text.length, end + room);
  // Cut at spaces, not inside a word (unless the text has no spaces, as in Chinese).
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (from > start) from = start;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return [(from > 0 ? '…' : '') + text.slice(from, start), text.slice(start, end), text.slice(end, to) + (to < text.length ? '…' : '')];
}

export function View({ config, content, emit }: ViewProps<CheckContent>) {
  const _ = tr(content);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked>();
  const field = useRef<HTMLTextAreaElement>(null);
  const level = config.headingLevel;

  const check = async (e: Event) => {
    e.preventDefault();
    // The field itself, not the last render's state: a paste and an instant Enter must both count.
    const message = (field.current?.value ?? text).trim();
    if (!message) {
      setError(_('widget.check.empty'));
      setChecked(undefined);
      field.current?.focus();
      return;
    }
    setError('');
    setBusy(true);
    try {
      const detector = await import('../../content/detect/index.ts');
      const result = detector.checkMessage(message);
      setChecked({ result, text: message });
      emit('scam-tips:check', { verdict: result.verdict, score: result.score, flags: result.flags.map((f) => f.id) });
    } catch (err) {
      setChecked(undefined);
      setError(_('widget.check.error'));
      emit('scam-tips:error', { message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  const clear = () => {
    setText('');
    setChecked(undefined);
    setError('');
    field.current?.focus();
  };

  const result = checked?.result;
  const flags = result ? result.flags.map((f) => ({ hit: f, flag: content.redFlags.find((r) => r.id === f.id) })).filter((f) => f.flag) : [];
  const adviceIds = [...new Set(flags.flatMap((f) => f.flag!.advice))].slice(0, 3);
  const advice = adviceIds.map((id) => content.advice.find((a) => a.id === id)).filter((a) => a !== undefined);
  const verdictText = result ? _(`widget.check.verdict.${result.verdict}`) : '';
  const status = isBusy ? _('widget.check.checking') : result ? `${verdictText} ${result.verdict === 'safe' ? '' : _('widget.check.found', { count: flags.length })}`.trim() : '';

  return (
    <section class="check" aria-labelledby="check-title">
      <Heading level={level} class="h" id="check-title" part="heading">
        {_('widget.check.heading')}
      </Heading>
      <p id="check-intro">{_('widget.check.intro')}</p>
      <form onSubmit={check} noValidate>
        <p class="field">
          <label for="check-text">{_('widget.check.label')}</label>
          <textarea
            id="check-text"
            ref={field}
            part="input"
            rows={6}
            maxLength={MAX_LENGTH}
            value={text}
            aria-describedby={error ? 'check-intro check-error' : 'check-intro'}
            aria-invalid={error ? 'true' : 'false'}
            onInput={(e) => setText(e.currentTarget.value)}
            spellcheck={false}
            autocomplete="off"
          />
        </p>
        {error && (
          <p id="check-error" class="error">
            <Icon d={WARN} /> {error}
          </p>
        )}
        <div class="actions">
          {/* The click itself runs the check: a frame sandboxed without allow-forms never fires submit.
              https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#form-submission-algorithm (step 3) */}
          <button type="submit" part="button" disabled={isBusy} onClick={check}>
            {_('widget.check.button')}
          </button>
          <button type="button" class="quiet" part="button" onClick={clear}>
            {_('widget.check.clear')}
          </button>
        </div>
      </form>
      <p class="sr-only" role="status">
        {status}
      </p>
      {result && checked && (
        <div class={`result verdict-${result.verdict}`} part="verdict">
          <Heading level={level + 1} class="h2 verdict">
            <Icon d={result.verdict === 'safe' ? SHIELD : WARN} /> {verdictText}
          </Heading>
          {flags.length > 0 && (
            <>
              <p>{_('widget.check.found', { count: flags.length })}</p>
              <ul class="flags">
                {flags.map(({ hit, flag }) => {
                  const ev = hit.evidence.find((x) => x.field === 'text');
                  const parts = ev ? excerpt(checked.text, ev.start, ev.end) : undefined;
                  return (
                    <li key={hit.id}>
                      <strong>{flag!.name}</strong> <span>{flag!.explain}</span>
                      {parts && (
                        <span class="evidence">
                          {_('widget.check.inMessage')}{' '}
                          <q dir="auto">
                            {parts[0]}
                            <mark part="mark">{parts[1]}</mark>
                            {parts[2]}
                          </q>
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <Heading level={level + 1} class="h3">
            {_('section.whatToDoNow')}
          </Heading>
          {result.verdict === 'safe' ? (
            <p>{_('widget.check.stillUnsure')}</p>
          ) : (
            <ul class="flags">
              {advice.map((a) => (
                <li key={a.id}>
                  <strong>{a.title}</strong> <span>{a.text}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
