// "Check a message": paste a text, see its red flags explained. Runs the detector here, on the
// device: the message is never sent anywhere.
import { useState } from 'preact/hooks';
import { checkMessage, type CheckResult } from '../../content/detect/index.ts';
import { t, type Slice } from '../../content/index.ts';
import { FlagItems } from './FlagItems.tsx';

const MAX_MESSAGE = 20_000;

export function MessageCheck({ text }: { text: Slice<'tips'> }) {
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<CheckResult | 'empty'>();
  const check = (e: Event) => {
    e.preventDefault();
    const value = message.trim().slice(0, MAX_MESSAGE);
    setResult(value ? checkMessage(value) : 'empty');
  };
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{t(text, 'extension.popup.check.heading')}</h2>
      <form onSubmit={check}>
        <label for="message">{t(text, 'extension.popup.check.label')}</label>
        <textarea id="message" rows={4} value={message} onInput={(e) => setMessage((e.target as HTMLTextAreaElement).value)} />
        <p class="muted">{t(text, 'extension.popup.check.private')}</p>
        <button type="submit" class="primary">
          {t(text, 'extension.popup.check.button')}
        </button>
      </form>
      <div role="status" aria-live="polite" class="check-result">
        {result === 'empty' && <p>{t(text, 'extension.popup.check.empty')}</p>}
        {result && result !== 'empty' && (
          <>
            <p class={`verdict-${result.verdict}`} data-verdict={result.verdict}>
              {t(text, `extension.popup.check.${result.verdict}`)}
            </p>
            <FlagItems text={text} flags={result.flags} />
          </>
        )}
      </div>
    </section>
  );
}
