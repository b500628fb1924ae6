// Call practice: the class hears what the caller says, chooses, sees what happens, and every path
// ends with a lesson.
import { useEffect, useRef } from 'preact/hooks';
import type { Scenario } from '../../../content/index.ts';
import type { Update } from '../app.tsx';
import { byId, useBundle, useT } from '../lesson-context.ts';
import { position } from '../practice.ts';
import { initialPractice, type LessonState } from '../state.ts';

const LETTERS = 'ABCDEFGH';

export function Practice({ state, update, presenter }: { state: LessonState; update: Update; presenter: boolean }) {
  const b = useBundle();
  const t = useT();
  const p = state.practice;
  const scenario = p.scenario ? b.scenarios.find((s) => s.id === p.scenario) : undefined;
  const set = (practice: LessonState['practice']) => update((s) => ({ ...s, practice }));

  if (!scenario) {
    const chosen = new Set(state.settings.types);
    const list = [...b.scenarios].sort((x, y) => Number(chosen.has(y.scamType)) - Number(chosen.has(x.scamType)));
    return (
      <section class="practice" aria-labelledby="practice-title">
        <h1 id="practice-title">{t('classroom.practice.title')}</h1>
        <p class="lead">{t('classroom.practice.intro')}</p>
        <ul class="scenario-list">
          {list.map((s) => (
            <li key={s.id}>
              <h2 id={`call-${s.id}`}>{s.title}</h2>
              <p class="kicker">{b.scamTypes.find((x) => x.id === s.scamType)?.name}</p>
              <p>{s.intro}</p>
              <button type="button" class="primary" id={`start-${s.id}`} aria-labelledby={`start-${s.id} call-${s.id}`} onClick={() => set({ scenario: s.id, choices: [], moved: true })}>
                {t('classroom.practice.start')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return <Call scenario={scenario} state={state} set={set} presenter={presenter} />;
}

function Call({ scenario, state, set, presenter }: { scenario: Scenario; state: LessonState; set: (p: LessonState['practice']) => void; presenter: boolean }) {
  const b = useBundle();
  const t = useT();
  const p = state.practice;
  const at = position(scenario, p.choices, p.moved);
  const { step, pending } = at;
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to each new step, so keyboard and screen-reader users start reading there.
  useEffect(() => {
    if (p.choices.length > 0 && p.moved) heading.current?.focus();
  }, [p.choices.length, p.moved]);

  const flagsSeen = [...new Set([...at.trail.map((x) => x.step), ...(step.ending ? [] : [step])].flatMap((s) => s.redFlags ?? []))];
  const sources = byId(b.sources, scenario.sources);
  const restart = () => set({ ...initialPractice, scenario: scenario.id });

  return (
    <section class="practice call" aria-labelledby="call-title" data-scenario={scenario.id} data-step={step.id}>
      <div class="call-head">
        <h1 id="call-title">{scenario.title}</h1>
        <button type="button" onClick={() => set(initialPractice)}>
          {t('classroom.practice.other')}
        </button>
      </div>
      {at.trail.length === 0 && <p class="lead">{scenario.intro}</p>}
      {step.ending ? (
        <div class={`ending ending-${step.ending}`}>
          <h2 ref={heading} tabIndex={-1}>
            {t(`classroom.practice.ending.${step.ending}`)}
          </h2>
          <p class="outcome">{step.outcome}</p>
          <h3>{t('classroom.practice.lesson')}</h3>
          <p class="lesson">{step.lesson}</p>
          {step.advice && step.advice.length > 0 && (
            <ul class="tips">
              {byId(b.advice, step.advice).map((a) => (
                <li key={a.id}>
                  <strong>{a.title}:</strong> {a.text}
                </li>
              ))}
            </ul>
          )}
          {flagsSeen.length > 0 && (
            <>
              <h3>{t('classroom.practice.flagsSeen')}</h3>
              <ul class="flags">
                {byId(b.redFlags, flagsSeen).map((f) => (
                  <li key={f.id}>{f.name}</li>
                ))}
              </ul>
            </>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={restart}>
              {t('classroom.practice.again')}
            </button>
            <button type="button" onClick={() => set(initialPractice)}>
              {t('classroom.practice.other')}
            </button>
          </div>
        </div>
      ) : (
        <div class="step">
          <p class="kicker">{t('classroom.practice.step', { current: at.number })}</p>
          <figure class="says">
            <figcaption>
              <h2 ref={heading} tabIndex={-1}>
                {step.who}
              </h2>
            </figcaption>
            <blockquote>
              <p>{step.says}</p>
            </blockquote>
          </figure>
          <div class="choices" role="group" aria-labelledby="choose-label">
            <p id="choose-label" class="choose">
              {t('classroom.practice.choose')}
            </p>
            {step.choices?.map((c, i) => (
              <button
                key={c.id}
                type="button"
                class="choice"
                data-choice={c.id}
                aria-pressed={pending?.id === c.id}
                aria-disabled={pending && pending.id !== c.id ? 'true' : undefined}
                onClick={() => !pending && set({ ...p, choices: [...p.choices, c.id], moved: false })}
              >
                <span class="letter" aria-hidden="true">
                  {LETTERS[i]}
                </span>{' '}
                {c.label}
              </button>
            ))}
          </div>
        </div>
      )}
      <div class="result" role="status" aria-live="polite">
        {pending && <p>{pending.result}</p>}
      </div>
      {pending && (
        <button type="button" class="primary" onClick={() => set({ ...p, moved: true })}>
          {t('classroom.practice.continue')}
        </button>
      )}
      {presenter && !step.ending && (
        <aside class="notes" aria-label={t('classroom.notes.label')}>
          <h2>{t('classroom.notes.label')}</h2>
          <p>{t('classroom.practice.notes')}</p>
          <ul>
            {byId(b.redFlags, step.redFlags ?? []).map((f) => (
              <li key={f.id}>
                <strong>{f.name}:</strong> {f.explain}
              </li>
            ))}
          </ul>
        </aside>
      )}
      <p class="slide-source">{t('classroom.slide.fromOperation', { title: sources.map((s) => s.title).join('; ') })}</p>
    </section>
  );
}
