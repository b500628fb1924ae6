// browse mode: every scam type, filterable by how it reaches people and searchable; each opens its
// script, warning signs, what to do now, what to do if you already paid, and where to report.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Channel } from '../../content/index.ts';
import type { Warn } from '../config.ts';
import { Heading, Icon, tr } from '../frame.tsx';
import type { FullContent, ViewProps } from '../mode.ts';
import { ScamTypeDetails, startCountry } from '../ui/details.tsx';
import css from './browse.css?inline';

export { css };
export { TipDetails } from '../ui/details.tsx';

// Points to the end of the line (turned for right-to-left text in browse.css).
const CHEVRON = 'm9 5-1.4 1.4 5.6 5.6-5.6 5.6L9 19l7-7-7-7Z';

const CHANNEL_ORDER: readonly Channel[] = ['phone', 'sms', 'email', 'social', 'ad', 'website', 'pop-up', 'in-person'];

/** Lowercase, without accents, so "Polizei" finds "polizei" and "tele" finds "Télé". */
export function normalize(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

/** The scam types topics="" names (renamed ids followed), or all of them. */
export function typesFor(content: FullContent, topics: readonly string[], warn: Warn): FullContent['scamTypes'] {
  if (topics.length === 0) return content.scamTypes;
  const renamed = content.renames['scam-types'] ?? {};
  const wanted = topics.map((t) => renamed[t] ?? t);
  const unknown = topics.filter((_, i) => !content.scamTypes.some((s) => s.id === wanted[i]));
  if (unknown.length > 0) warn('topics', unknown.join(' '), content.scamTypes.map((s) => s.id).join(', '), unknown.length < topics.length ? 'the other topics' : 'every topic');
  const chosen = content.scamTypes.filter((s) => wanted.includes(s.id));
  return chosen.length > 0 ? chosen : content.scamTypes;
}

export function View({ config, content, emit, warn }: ViewProps<FullContent>) {
  const _ = tr(content);
  const locale = content.locale.id;
  const types = typesFor(content, config.topics, warn);
  const [query, setQuery] = useState('');
  const [channel, setChannel] = useState<Channel | 'all'>('all');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [country, setCountry] = useState(() => startCountry(config, content, warn));
  // A new country="" (or language) from the host page replaces the reader's pick.
  const isFirst = useRef(true);
  useEffect(() => {
    if (isFirst.current) isFirst.current = false;
    else setCountry(startCountry(config, content, warn));
  }, [config.country, config.region, content]);

  const channels = CHANNEL_ORDER.filter((c) => types.some((s) => s.channels.includes(c)));
  const haystacks = useMemo(
    () =>
      new Map(
        content.scamTypes.map((s) => [
          s.id,
          normalize(
            [s.name, s.summary, s.now, ...s.script.flatMap((x) => [x.says, x.really]), ...s.redFlags.map((id) => content.redFlags.find((r) => r.id === id)?.name ?? '')].join(' '),
            locale,
          ),
        ]),
      ),
    [content, locale],
  );
  const words = normalize(query, locale).split(/\s+/).filter(Boolean);
  const shown = types.filter((s) => (channel === 'all' || s.channels.includes(channel)) && words.every((w) => haystacks.get(s.id)?.includes(w)));

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      emit('scam-tips:open', { mode: config.mode, kind: 'scam-type', id });
    }
    setOpen(next);
  };
  const chooseChannel = (c: Channel | 'all') => {
    setChannel(c);
    emit('scam-tips:filter', { channel: c });
  };
  const chooseCountry = (c: string) => {
    setCountry(c);
    emit('scam-tips:country', { country: c });
  };
  const level = config.headingLevel;

  return (
    <section class="browse" aria-labelledby="browse-title">
      <Heading level={level} class="h" id="browse-title" part="heading">
        {_('nav.scamTypes')}
      </Heading>
      <div class="tools">
        <p class="field">
          <label for="browse-search">{_('widget.browse.search')}</label>
          <input id="browse-search" type="search" part="input" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
        </p>
        {channels.length > 1 && (
          <fieldset class="choices channels">
            <legend>{_('widget.browse.channel')}</legend>
            {(['all', ...channels] as const).map((c) => (
              <label key={c} class="choice">
                <input type="radio" name="channel" value={c} checked={channel === c} onChange={() => chooseChannel(c)} />
                {_(c === 'all' ? 'widget.browse.all' : `widget.channel.${c}`)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <p class="count muted" role="status">
        {shown.length > 0 ? _('widget.browse.count', { count: shown.length }) : _('widget.browse.none')}
      </p>
      <ul class="types">
        {shown.map((s) => {
          const isOpen = open.has(s.id);
          return (
            <li key={s.id} class="type" part="item">
              <Heading level={level + 1} class="h2">
                <button type="button" class="toggle" aria-expanded={isOpen ? 'true' : 'false'} aria-controls={`type-${s.id}`} onClick={() => toggle(s.id)}>
                  <Icon d={CHEVRON} />
                  <span>{s.name}</span>
                </button>
              </Heading>
              <p class="summary">{s.summary}</p>
              <div id={`type-${s.id}`} class="panel" hidden={!isOpen}>
                {isOpen && <ScamTypeDetails type={s} content={content} level={level + 2} mode={config.mode} emit={emit} report={{ country, setCountry: chooseCountry }} />}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
