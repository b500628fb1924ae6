// What a reader needs once they open something: a scam type's script, warning signs, what to do now,
// what to do if they already paid, where to report, and the sources behind it.
import { useState } from 'preact/hooks';
import type { PaymentMethodId } from '../../content/index.ts';
import type { Config, Warn } from '../config.ts';
import { Heading, tr } from '../frame.tsx';
import type { Emit, FullContent } from '../mode.ts';

type ScamType = FullContent['scamTypes'][number];
type Channel = FullContent['reportChannels'][number];

const PHONE_LABELS: Record<Channel['phones'][number]['kind'], string> = {
  report: 'report.phone',
  emergency: 'report.emergency',
  'bank-check': 'report.bankCheck',
  'scam-check': 'report.scamCheck',
  'sms-forward': 'report.sms',
  advice: 'widget.report.advice',
};

export function Sources({ ids, content, level }: { ids: readonly string[]; content: FullContent; level: number }) {
  const _ = tr(content);
  const sources = ids.map((id) => content.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <>
      <Heading level={level} class="h3">
        {_('section.sources')}
      </Heading>
      <ul class="sources">
        {sources.map((s) => (
          <li key={s.id}>
            {s.url ? <a href={s.url}>{s.title}</a> : <cite>{s.title}</cite>}
            <span class="muted">
              {' '}
              ({s.publisher}
              {s.date ? `, ${s.date}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A tip's details: the warning signs it answers and where it comes from. */
export function TipDetails({ id, content, level }: { id: string; content: FullContent; level: number }) {
  const _ = tr(content);
  const tip = content.advice.find((a) => a.id === id);
  if (!tip) return null;
  const flags = tip.redFlags.map((f) => content.redFlags.find((r) => r.id === f)).filter((f) => f !== undefined);
  return (
    <>
      <Heading level={level} class="h3">
        {_('widget.tip.answers')}
      </Heading>
      <TermList items={flags.map((f) => ({ id: f.id, term: f.name, text: f.explain }))} />
      <Sources ids={tip.sources} content={content} level={level} />
    </>
  );
}

/** The country the report section starts on: country="" when it has channels, else the language's region. */
export function startCountry(config: Pick<Config, 'country' | 'region'>, content: FullContent, warn: Warn): string {
  const has = (c: string | undefined) => c !== undefined && content.reportChannels.some((r) => r.id === c);
  const fromRegion = has(config.region) ? config.region! : '';
  if (config.country && !has(config.country)) {
    warn('country', config.country, content.reportChannels.map((r) => r.id).join(', '), fromRegion ? `"${fromRegion}"` : 'a country picker');
    return fromRegion;
  }
  return config.country ?? fromRegion;
}

const dateFormat = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });

function ChannelCard({ channel, content }: { channel: Channel; content: FullContent }) {
  const _ = tr(content);
  return (
    <div class="channel" part="channel">
      <p>
        <strong>{channel.organisation}</strong>
      </p>
      <p>{channel.what}</p>
      <ul class="contacts">
        {channel.phones.map((p) => (
          <li key={p.kind + p.number}>
            {_(PHONE_LABELS[p.kind])}{' '}
            <a href={`tel:${p.number.replace(/[^0-9+]/g, '')}`} dir="ltr">
              {p.number}
            </a>
          </li>
        ))}
        {channel.urls.map((u) => (
          <li key={u}>
            {_('report.website')}{' '}
            <a href={u} dir="ltr">
              {u.replace(/^https:\/\/(www\.)?/, '')}
            </a>
          </li>
        ))}
        {(channel.emails ?? []).map((e) => (
          <li key={e}>
            {_('report.email')}{' '}
            <a href={`mailto:${e}`} dir="ltr">
              {e}
            </a>
          </li>
        ))}
      </ul>
      <p class="muted small">{_('report.checked', { date: dateFormat(content.locale.id).format(new Date(channel.checked)) })}</p>
    </div>
  );
}

export interface ReportProps {
  content: FullContent;
  level: number;
  country: string;
  setCountry: (country: string) => void;
  /** Distinguishes the pickers when several are on screen. */
  idPrefix: string;
}

/** Where to report: a country picker and that country's checked channels. */
export function Report({ content, level, country, setCountry, idPrefix }: ReportProps) {
  const _ = tr(content);
  const locale = content.locale.id;
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  const countries = content.reportChannels
    .filter((r) => r.country)
    .map((r) => ({ id: r.id, name: names.of(r.country!) ?? r.country! }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const channel = content.reportChannels.find((r) => r.id === country);
  const selectId = `${idPrefix}-country`;
  return (
    <>
      <Heading level={level} class="h3">
        {_('section.whereToReport')}
      </Heading>
      <p class="field">
        <label for={selectId}>{_('report.chooseCountry')}</label>
        <select id={selectId} part="input" value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
          <option value="">{_('widget.report.choose')}</option>
          {countries.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value="international">{_('widget.report.other')}</option>
        </select>
      </p>
      <div aria-live="polite">{channel && <ChannelCard channel={channel} content={content} />}</div>
    </>
  );
}

export interface ScamTypeDetailsProps {
  type: ScamType;
  content: FullContent;
  level: number;
  mode: Config['mode'];
  emit: Emit;
  report: Omit<ReportProps, 'content' | 'level' | 'idPrefix'>;
}

export function ScamTypeDetails({ type, content, level, mode, emit, report }: ScamTypeDetailsProps) {
  const _ = tr(content);
  const [paid, setPaid] = useState<PaymentMethodId>();
  const flags = type.redFlags.map((id) => content.redFlags.find((r) => r.id === id)).filter((f) => f !== undefined);
  const tips = type.advice.map((id) => content.advice.find((a) => a.id === id)).filter((a) => a !== undefined);
  const method = content.paymentMethods.find((p) => p.id === paid);
  const choose = (id: PaymentMethodId) => {
    setPaid(id);
    emit('scam-tips:open', { mode, kind: 'payment', id });
  };
  return (
    <>
      <Heading level={level} class="h3">
        {_('section.whatToDoNow')}
      </Heading>
      <p class="now">{type.now}</p>

      <Heading level={level} class="h3">
        {_('section.script')}
      </Heading>
      <ol class="script">
        {type.script.map((step, i) => (
          <li key={i}>
            <span class="says">
              <strong>{_('script.says')}</strong> <q>{step.says}</q>
            </span>
            <span class="really">
              <strong>{_('script.really')}</strong> {step.really}
            </span>
          </li>
        ))}
      </ol>

      <Heading level={level} class="h3">
        {_('section.redFlags')}
      </Heading>
      <TermList items={flags.map((f) => ({ id: f.id, term: f.name, text: f.explain }))} />

      <Heading level={level} class="h3">
        {_('section.tips')}
      </Heading>
      <TermList items={tips.map((a) => ({ id: a.id, term: a.title, text: a.text }))} />

      <Heading level={level} class="h3">
        {_('section.ifYouPaid')}
      </Heading>
      <fieldset class="choices">
        <legend>{_('widget.paid.how')}</legend>
        {type.payments.map((id) => {
          const p = content.paymentMethods.find((m) => m.id === id);
          return (
            p && (
              <label key={id} class="choice">
                <input type="radio" name={`paid-${type.id}`} value={id} checked={paid === id} onChange={() => choose(id)} />
                {p.name}
              </label>
            )
          );
        })}
      </fieldset>
      <div aria-live="polite">
        {method && (
          <ol class="steps" aria-label={method.name}>
            {method.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        )}
      </div>

      <Report {...report} content={content} level={level} idPrefix={type.id} />
      <Sources ids={type.sources} content={content} level={level} />
    </>
  );
}

/** Short named items (red flags, tips): the name in bold, then its explanation. */
function TermList({ items }: { items: readonly { id: string; term: string; text: string }[] }) {
  return (
    <ul class="flags">
      {items.map((item) => (
        <li key={item.id}>
          <strong>{item.term}</strong> <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}
