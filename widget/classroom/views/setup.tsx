// The teacher's choices: language, scam types, length, country (for where to report) and the
// address behind the handouts' QR code.
import { useRef, useState } from 'preact/hooks';
import { isLocale } from '../../../content/index.ts';
import type { Update } from '../app.tsx';
import { PLANS, type Slide } from '../deck.ts';
import { countryName, useBundle, useT } from '../lesson-context.ts';
import { isWebAddress, LENGTHS, type LessonLength, type LessonState, type Settings } from '../state.ts';

export function Setup({ state, update, deck, embedded }: { state: LessonState; update: Update; deck: readonly Slide[]; embedded: boolean }) {
  const b = useBundle();
  const t = useT();
  const [error, setError] = useState('');
  const typesRef = useRef<HTMLFieldSetElement>(null);
  const s = state.settings;
  const set = (patch: Partial<Settings>) => update((x) => ({ ...x, settings: { ...x.settings, ...patch } }));
  const names = new Map(b.reportChannels.map((c) => [c.id, countryName(b, c.id)]));
  const countries = [...names.keys()].sort((x, y) => (x === 'international' ? 1 : y === 'international' ? -1 : names.get(x)!.localeCompare(names.get(y)!, b.locale.id)));
  const toggleType = (id: string, on: boolean) => {
    setError('');
    const chosen = new Set(on ? [...s.types, id] : s.types.filter((x) => x !== id));
    // Keep the content's order, so the lesson does not depend on the order of the clicks.
    set({ types: b.scamTypes.map((x) => x.id).filter((x) => chosen.has(x)) });
  };
  const start = (e: Event) => {
    e.preventDefault();
    if (s.types.length === 0) {
      setError(t('classroom.setup.noTypes'));
      typesRef.current?.querySelector('input')?.focus();
      return;
    }
    update((x) => ({ ...x, view: 'slides', slide: 0, blank: false }));
  };
  const practices = b.scenarios.filter((x) => s.types.includes(x.scamType)).length;

  return (
    <form class="setup" onSubmit={start} noValidate>
      <h1>{t('classroom.title')}</h1>
      <p class="lead">{t('classroom.intro')}</p>
      {/* The widget's frame shows this note itself. */}
      {!b.locale.reviewed && !embedded && (
        <p class="note" role="note">
          {t('translation.unreviewed')}
        </p>
      )}
      <div class="field">
        <label for="cr-lang">{t('classroom.setup.language')}</label>
        <select id="cr-lang" value={s.lang} onChange={(e) => isLocale(e.currentTarget.value) && set({ lang: e.currentTarget.value })}>
          {b.locales.map((l) => (
            <option key={l.id} value={l.id} lang={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset ref={typesRef} aria-describedby={error ? 'cr-types-error' : undefined}>
        <legend>{t('classroom.setup.types')}</legend>
        <p class="hint">{t('classroom.setup.typesHint')}</p>
        <ul class="checks">
          {b.scamTypes.map((type) => (
            <li key={type.id}>
              <label>
                <input type="checkbox" name="types" value={type.id} checked={s.types.includes(type.id)} onChange={(e) => toggleType(type.id, e.currentTarget.checked)} />
                {type.name}
              </label>
            </li>
          ))}
        </ul>
        {error && (
          <p class="error" id="cr-types-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('classroom.setup.length')}</legend>
        <ul class="checks inline">
          {LENGTHS.map((n) => (
            <li key={n}>
              <label>
                <input type="radio" name="length" value={n} checked={s.length === n} onChange={() => set({ length: n as LessonLength })} />
                {t('classroom.setup.minutes', { count: n })}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div class="field">
        <label for="cr-country">{t('classroom.setup.country')}</label>
        <select id="cr-country" value={s.country} onChange={(e) => set({ country: e.currentTarget.value })}>
          {countries.map((id) => (
            <option key={id} value={id}>
              {names.get(id)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="cr-qr">{t('classroom.setup.qr')}</label>
        <input
          id="cr-qr"
          type="url"
          dir="ltr"
          value={s.qr}
          placeholder="https://"
          aria-describedby="cr-qr-hint"
          onChange={(e) => {
            const v = e.currentTarget.value.trim();
            if (v === '' || isWebAddress(v)) set({ qr: v });
          }}
        />
        <p class="hint" id="cr-qr-hint">
          {t('classroom.setup.qrHint')}
        </p>
      </div>
      <ul class="plan">
        <li>{t('classroom.setup.planSlides', { count: deck.length })}</li>
        <li>{t('classroom.setup.planQuiz', { count: PLANS[s.length].quizRound })}</li>
        <li>{t('classroom.setup.planPractice', { count: practices })}</li>
      </ul>
      <button type="submit" class="primary">
        {t('classroom.setup.start')}
      </button>
    </form>
  );
}
