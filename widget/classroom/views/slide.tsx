// One slide of the lesson, its title (for screen readers and the presenter) and its speaker notes.
import { formatFigure, t, type ScamType, type Source } from '../../../content/index.ts';
import type { Slide } from '../deck.ts';
import { GOLDEN_RULES } from '../golden-rules.ts';
import { byId, countryName, formatDate, reportChannel, useBundle, useT, type Lesson } from '../lesson-context.ts';
import { ReportDetails } from '../report-details.tsx';
import type { Settings } from '../state.ts';

const typeOf = (b: Lesson, slide: Slide): ScamType | undefined => ('type' in slide ? b.scamTypes.find((s) => s.id === slide.type) : undefined);

/** A short title for a slide: announced when it appears and shown in the presenter view. */
export function slideTitle(b: Lesson, slide: Slide, settings: Settings): string {
  const type = typeOf(b, slide);
  switch (slide.kind) {
    case 'title':
      return t(b, 'classroom.lesson.title');
    case 'rules':
      return t(b, 'classroom.slide.rules');
    case 'end':
      return t(b, 'classroom.slide.end');
    case 'start':
      return `${type?.name}: ${t(b, 'classroom.slide.start')}`;
    case 'script':
      return `${type?.name}: ${t(b, 'classroom.slide.script', { current: slide.step + 1, total: type?.script.length ?? 0 })}`;
    case 'flags':
      return `${type?.name}: ${t(b, 'section.redFlags')}`;
    case 'now':
      return `${type?.name}: ${t(b, 'classroom.slide.now')}`;
    case 'paid':
      return `${type?.name}: ${t(b, 'classroom.slide.paid')}`;
    case 'report':
      return `${type?.name}: ${t(b, 'classroom.slide.report', { country: countryName(b, settings.country) })}`;
    case 'source':
      return `${type?.name}: ${t(b, 'section.sources')}`;
  }
}

function SourceLine({ ids }: { ids: readonly string[] }) {
  const b = useBundle();
  const t = useT();
  return <p class="slide-source">{t('classroom.slide.fromOperation', { title: byId(b.sources, ids).map((s) => s.title).join('; ') })}</p>;
}

function SourceFacts({ source }: { source: Source }) {
  const b = useBundle();
  return (
    <article class="source">
      <h3>{source.title}</h3>
      <p>{source.summary}</p>
      {source.figures.length > 0 && (
        <ul class="figures">
          {source.figures.map((f) => (
            <li key={`${f.kind}-${f.value}`}>{formatFigure(b, f)}</li>
          ))}
        </ul>
      )}
      <p class="publisher">
        {source.publisher}
        {source.date && ` · ${source.date}`}
      </p>
    </article>
  );
}

export function SlideContent({ slide, settings }: { slide: Slide; settings: Settings }) {
  const b = useBundle();
  const t = useT();
  const type = typeOf(b, slide);
  switch (slide.kind) {
    case 'title': {
      const types = settings.types.flatMap((id) => b.scamTypes.find((s) => s.id === id) ?? []);
      return (
        <>
          <h2 class="slide-heading title">{t('classroom.lesson.title')}</h2>
          <p>{t('classroom.lesson.topics')}</p>
          <ul class="topics">
            {types.map((s) => (
              <li key={s.id}>{s.name}</li>
            ))}
          </ul>
          <p class="calm">{t('classroom.lesson.noShame')}</p>
        </>
      );
    }
    case 'rules':
      return (
        <>
          <h2 class="slide-heading">{t('classroom.slide.rules')}</h2>
          <ol class="rules">
            {byId(b.advice, GOLDEN_RULES).map((a) => (
              <li key={a.id}>{a.title}</li>
            ))}
          </ol>
        </>
      );
    case 'end':
      return (
        <>
          <h2 class="slide-heading title">{t('classroom.slide.end')}</h2>
          <p>{t('classroom.slide.endNext')}</p>
        </>
      );
  }
  if (!type) return null;
  switch (slide.kind) {
    case 'start':
      return (
        <>
          <p class="kicker">{t('classroom.slide.start')}</p>
          <h2 class="slide-heading">{type.name}</h2>
          <p class="lead">{type.summary}</p>
          <p>
            {t('classroom.slide.channels')} {type.channels.map((c) => t(`classroom.channel.${c}`)).join(', ')}
          </p>
          <SourceLine ids={type.sources} />
        </>
      );
    case 'script': {
      const step = type.script[slide.step];
      if (!step) return null;
      return (
        <>
          <p class="kicker">
            {type.name} · {t('classroom.slide.script', { current: slide.step + 1, total: type.script.length })}
          </p>
          <figure class="says">
            <figcaption>{t('script.says')}</figcaption>
            <blockquote>
              <p>{step.says}</p>
            </blockquote>
          </figure>
          {slide.reveal ? (
            <div class="really">
              <h3>{t('script.really')}</h3>
              <p>{step.really}</p>
            </div>
          ) : (
            <p class="guess">{t('classroom.slide.guess')}</p>
          )}
        </>
      );
    }
    case 'flags':
      return (
        <>
          <p class="kicker">{type.name}</p>
          <h2 class="slide-heading">{t('section.redFlags')}</h2>
          <ul class="flags">
            {byId(b.redFlags, type.redFlags).map((f) => (
              <li key={f.id}>{f.name}</li>
            ))}
          </ul>
        </>
      );
    case 'now':
      return (
        <>
          <p class="kicker">{type.name}</p>
          <h2 class="slide-heading">{t('classroom.slide.now')}</h2>
          <p class="the-one-thing">{type.now}</p>
        </>
      );
    case 'paid': {
      const fault = b.advice.find((a) => a.id === 'it-is-not-your-fault');
      return (
        <>
          <p class="kicker">{type.name}</p>
          <h2 class="slide-heading">{t('classroom.slide.paid')}</h2>
          <ul class="paid">
            {byId(b.paymentMethods, type.payments).map((p) => (
              <li key={p.id}>
                <strong>{p.name}:</strong> {p.steps[0]}
              </li>
            ))}
          </ul>
          {fault && <p class="calm">{fault.text}</p>}
        </>
      );
    }
    case 'report': {
      const channel = reportChannel(b, settings);
      return (
        <>
          <p class="kicker">{type.name}</p>
          <h2 class="slide-heading">{t('classroom.slide.report', { country: countryName(b, settings.country) })}</h2>
          {channel && <ReportDetails channel={channel} showWhat={false} />}
        </>
      );
    }
    case 'source':
      return (
        <>
          <p class="kicker">{type.name}</p>
          <h2 class="slide-heading">{t('section.sources')}</h2>
          {byId(b.sources, type.sources).map((s) => (
            <SourceFacts key={s.id} source={s} />
          ))}
        </>
      );
  }
}

/** What the teacher sees under the slide in the presenter view: a prompt, and the facts behind it. */
export function SlideNotes({ slide, settings }: { slide: Slide; settings: Settings }) {
  const b = useBundle();
  const t = useT();
  const type = typeOf(b, slide);
  switch (slide.kind) {
    case 'title':
      return <p>{t('classroom.notes.title')}</p>;
    case 'rules':
      return (
        <>
          <p>{t('classroom.notes.rules')}</p>
          <ul>
            {byId(b.advice, GOLDEN_RULES).map((a) => (
              <li key={a.id}>{a.text}</li>
            ))}
          </ul>
        </>
      );
    case 'end':
      return <p>{t('classroom.notes.end')}</p>;
  }
  if (!type) return null;
  switch (slide.kind) {
    case 'start':
      return <p>{t('classroom.notes.start')}</p>;
    case 'script': {
      const step = type.script[slide.step];
      return (
        <>
          <p>{slide.reveal ? t('classroom.notes.really') : t('classroom.notes.says')}</p>
          <p>
            <strong>{t('script.really')}:</strong> {step?.really}
          </p>
        </>
      );
    }
    case 'flags':
      return (
        <>
          <p>{t('classroom.notes.flags')}</p>
          <ul>
            {byId(b.redFlags, type.redFlags).map((f) => (
              <li key={f.id}>
                <strong>{f.name}:</strong> {f.explain}
              </li>
            ))}
          </ul>
        </>
      );
    case 'now':
      return (
        <>
          <p>{t('classroom.notes.now')}</p>
          <ul>
            {byId(b.advice, type.advice).map((a) => (
              <li key={a.id}>
                <strong>{a.title}:</strong> {a.text}
              </li>
            ))}
          </ul>
        </>
      );
    case 'paid':
      return (
        <>
          <p>{t('classroom.notes.paid')}</p>
          {byId(b.paymentMethods, type.payments).map((p) => (
            <div key={p.id}>
              <strong>{p.name}</strong>
              <ol>
                {p.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </div>
          ))}
        </>
      );
    case 'report': {
      const channel = reportChannel(b, settings);
      if (!channel) return null;
      return (
        <>
          <p>{t('classroom.notes.report', { date: formatDate(b, channel.checked) })}</p>
          <p>{channel.what}</p>
          <p class="small">{channel.checkedAgainst}</p>
        </>
      );
    }
    case 'source':
      return (
        <>
          <p>{t('classroom.notes.source')}</p>
          {byId(b.sources, type.sources).map((s) => (
            <div key={s.id}>
              <strong>{s.title}</strong>
              <p>{s.agencies.join('; ')}</p>
              {s.seed && <p class="small">{t('classroom.notes.seed', { file: s.seed })}</p>}
              {s.url && (
                <p class="small">
                  <bdi dir="ltr">{s.url}</bdi>
                </p>
              )}
            </div>
          ))}
        </>
      );
  }
}
