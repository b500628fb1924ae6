// "What should I do?": the advice for the red flags the page showed, what to do if money or access
// was already given, and where to report, in the reader's language.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { t, type LocaleBundle, type ReportChannel } from '../../content/index.ts';
import '../shared/pages.css';
import { Unreviewed } from '../shared/Unreviewed.tsx';
import { loadAll, useContent, useLocale, useSettings } from '../shared/use-text.ts';

/** Tips everyone who met a scam page needs, after the ones its red flags point to. */
const ALWAYS = ['hang-up-and-call-back', 'talk-to-someone-you-trust', 'it-is-not-your-fault'];
const PAYMENTS_FIRST = ['remote-access', 'card', 'bank-transfer', 'gift-cards', 'crypto', 'cash-courier'];

function flagsFromAddress(): string[] {
  const raw = new URLSearchParams(location.search).get('flags') ?? '';
  return raw.split(',').filter((f) => /^[a-z0-9-]{1,80}$/.test(f)).slice(0, 20);
}

function regionGuess(bundle: LocaleBundle): string {
  for (const tag of navigator.languages) {
    const region = tag.split('-')[1]?.toLowerCase();
    if (region && bundle.reportChannels.some((c) => c.id === region)) return region;
  }
  return 'international';
}

function Advice() {
  const read = useSettings();
  const locale = useLocale(read);
  const bundle = useContent(locale, loadAll, 'extension.advice.title');
  const [country, setCountry] = useState<string>();
  if (!bundle || !locale) return <main aria-busy="true" />;
  const ids = flagsFromAddress();
  const flags = ids.map((id) => bundle.redFlags.find((f) => f.id === id)).filter((f) => f !== undefined);
  const adviceIds = [...new Set([...flags.flatMap((f) => f.advice), ...ALWAYS])];
  const advice = adviceIds.map((id) => bundle.advice.find((a) => a.id === id)).filter((a) => a !== undefined);
  const payments = PAYMENTS_FIRST.map((id) => bundle.paymentMethods.find((p) => p.id === id)).filter((p) => p !== undefined);
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const nameOf = (c: ReportChannel) => (c.country ? (regions.of(c.country) ?? c.country) : t(bundle, 'report.chooseCountry'));
  const channels = [...bundle.reportChannels].sort((a, b) => (a.id === 'international' ? 1 : b.id === 'international' ? -1 : nameOf(a).localeCompare(nameOf(b), locale)));
  const chosen = country ?? regionGuess(bundle);
  const channel = bundle.reportChannels.find((c) => c.id === chosen);

  return (
    <main>
      <h1>{t(bundle, 'extension.advice.title')}</h1>
      <p class="lead">{t(bundle, 'extension.advice.lead')}</p>
      {flags.length > 0 && (
        <section aria-labelledby="seen">
          <h2 id="seen">{t(bundle, 'extension.advice.seen')}</h2>
          <ul class="flags">
            {flags.map((f) => (
              <li key={f.id}>
                <span class="flag-name">{f.name}</span>
                <span>{f.explain}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="steps">
        <h2 id="steps">{t(bundle, 'extension.advice.steps')}</h2>
        {advice.map((a) => (
          <div class="card" key={a.id} data-advice={a.id}>
            <h3>{a.title}</h3>
            <p>{a.text}</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="paid">
        <h2 id="paid">{t(bundle, 'extension.advice.ifPaid')}</h2>
        {payments.map((p) => (
          <details key={p.id}>
            <summary>{p.name}</summary>
            <ol>
              {p.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
          </details>
        ))}
      </section>
      <section aria-labelledby="report">
        <h2 id="report">{t(bundle, 'extension.advice.report')}</h2>
        <label for="country">{t(bundle, 'report.chooseCountry')}</label>
        <select id="country" value={chosen} onChange={(e) => setCountry((e.target as HTMLSelectElement).value)}>
          {channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id === 'international' ? c.organisation : nameOf(c)}
            </option>
          ))}
        </select>
        {channel && <Channel bundle={bundle} channel={channel} locale={locale} />}
      </section>
      <p class="muted">{t(bundle, 'extension.advice.closeTab')}</p>
      <Unreviewed text={bundle} />
    </main>
  );
}

const PHONE_LABEL: Record<string, string> = {
  report: 'report.phone',
  emergency: 'report.emergency',
  'bank-check': 'report.bankCheck',
  'scam-check': 'report.scamCheck',
  'sms-forward': 'report.sms',
  advice: 'report.phone',
};

function Channel({ bundle, channel, locale }: { bundle: LocaleBundle; channel: ReportChannel; locale: string }) {
  const checked = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(`${channel.checked}T12:00:00Z`));
  return (
    <div class="card" data-channel={channel.id}>
      <h3>{channel.organisation}</h3>
      <p>{channel.what}</p>
      <ul class="plain">
        {channel.phones.map((p) => (
          <li key={`${p.kind}${p.number}`}>
            {t(bundle, PHONE_LABEL[p.kind] ?? 'report.phone')}: <a href={`tel:${p.number.replace(/[^\d+]/g, '')}`}>{p.number}</a>
          </li>
        ))}
        {channel.urls.map((u) => (
          <li key={u}>
            {t(bundle, 'report.website')}:{' '}
            <a href={u} target="_blank" rel="noopener noreferrer">
              {u.replace(/^https:\/\//, '')}
            </a>
          </li>
        ))}
        {(channel.emails ?? []).map((m) => (
          <li key={m}>
            {t(bundle, 'report.email')}: {m}
          </li>
        ))}
      </ul>
      <p class="muted">{t(bundle, 'report.checked', { date: checked })}</p>
    </div>
  );
}

render(<Advice />, document.getElementById('app')!);
