// Lists every piece of content in one locale, with links to the others: a proof-reading page for
// editors and translators, and the first page of the demo site.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatFigure, isLocale, loadLocale, LOCALES, type LocaleBundle, type LocaleId, t } from '../../content/index.ts';

function App({ locale }: { locale: LocaleId }) {
  const [bundle, setBundle] = useState<LocaleBundle>();
  useEffect(() => {
    void loadLocale(locale).then((b) => {
      document.documentElement.lang = b.locale.id;
      document.documentElement.dir = b.locale.dir;
      document.title = `${t(b, 'app.title')}: ${b.locale.name}`;
      setBundle(b);
    });
  }, [locale]);
  if (!bundle) return <p>…</p>;
  const b = bundle;
  const redFlag = (id: string) => b.redFlags.find((r) => r.id === id);
  const source = (id: string) => b.sources.find((s) => s.id === id);
  const Sources = ({ ids }: { ids: readonly string[] }) => (
    <p class="sources">
      {t(b, 'section.sources')}:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <a href={`#source-${id}`}>{source(id)?.title ?? id}</a>
        </span>
      ))}
    </p>
  );
  return (
    <>
      <nav aria-label="Languages">
        <ul class="locales">
          {b.locales.map((l) => (
            <li key={l.id}>
              <a href={`?lang=${l.id}`} lang={l.id} aria-current={l.id === locale ? 'page' : undefined}>
                {l.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{t(b, 'app.title')}</h1>
      {!b.locale.reviewed && <p class="note" role="note">{t(b, 'translation.unreviewed')}</p>}

      <h2 id="scam-types">{t(b, 'nav.scamTypes')}</h2>
      {b.scamTypes.map((s) => (
        <article key={s.id} id={`scam-${s.id}`} class="card">
          <h3>{s.name}</h3>
          <p>{s.summary}</p>
          <h4>{t(b, 'section.script')}</h4>
          <ol>
            {s.script.map((step, i) => (
              <li key={i}>
                <strong>{t(b, 'script.says')}</strong> {step.says}
                <br />
                <strong>{t(b, 'script.really')}</strong> {step.really}
              </li>
            ))}
          </ol>
          <h4>{t(b, 'section.redFlags')}</h4>
          <ul>{s.redFlags.map((id) => <li key={id}>{redFlag(id)?.name}</li>)}</ul>
          <h4>{t(b, 'section.whatToDoNow')}</h4>
          <p>{s.now}</p>
          <h4>{t(b, 'section.ifYouPaid')}</h4>
          <ul>{s.payments.map((id) => <li key={id}>{b.paymentMethods.find((p) => p.id === id)?.name}</li>)}</ul>
          <Sources ids={s.sources} />
        </article>
      ))}

      <h2 id="tips">{t(b, 'nav.tips')}</h2>
      <ul class="tips">
        {b.advice.map((a) => (
          <li key={a.id}>
            <strong>{a.title}</strong> {a.text}
          </li>
        ))}
      </ul>

      <h2 id="red-flags">{t(b, 'section.redFlags')}</h2>
      <dl>
        {b.redFlags.map((r) => (
          <div key={r.id}>
            <dt>{r.name}</dt>
            <dd>{r.explain}</dd>
          </div>
        ))}
      </dl>

      <h2 id="if-you-paid">{t(b, 'section.ifYouPaid')}</h2>
      {b.paymentMethods.map((p) => (
        <section key={p.id}>
          <h3>{p.name}</h3>
          <ol>{p.steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
        </section>
      ))}

      <h2 id="quiz">{t(b, 'nav.quiz')}</h2>
      <ol>
        {b.quiz.map((q) => (
          <li key={q.id}>
            <p>
              <em>{q.from}</em>: “{q.excerpt}”
            </p>
            <p>
              <strong>{t(b, q.isScam ? 'quiz.scam' : 'quiz.notScam')}</strong> {q.explain}
            </p>
          </li>
        ))}
      </ol>

      <h2 id="report">{t(b, 'section.whereToReport')}</h2>
      {b.reportChannels.map((r) => (
        <section key={r.id}>
          <h3>{r.country ? new Intl.DisplayNames([b.locale.id], { type: 'region' }).of(r.country) : r.organisation}</h3>
          <p>{r.organisation}</p>
          <p>{r.what}</p>
          <ul>
            {r.urls.map((u) => <li key={u}><a href={u}>{u}</a></li>)}
            {r.phones.map((p) => <li key={p.number + p.kind}>{p.number} ({p.kind})</li>)}
          </ul>
          <p class="checked">{t(b, 'report.checked', { date: new Intl.DateTimeFormat(b.locale.id, { dateStyle: 'long' }).format(new Date(r.checked)) })}</p>
        </section>
      ))}

      <h2 id="sources">{t(b, 'section.sources')}</h2>
      {b.sources.map((s) => (
        <section key={s.id} id={`source-${s.id}`}>
          <h3>{s.title}</h3>
          <p>{s.summary}</p>
          <p class="publisher">{s.publisher}{s.date ? ` (${s.date})` : ''}</p>
          {s.figures.length > 0 && <ul>{s.figures.map((f, i) => <li key={i}>{formatFigure(b, f)}</li>)}</ul>}
        </section>
      ))}
      <p class="all-locales">{LOCALES.length} languages</p>
    </>
  );
}

const requested = new URLSearchParams(location.search).get('lang') ?? '';
const app = document.getElementById('app');
if (app) {
  app.textContent = '';
  render(<App locale={isLocale(requested) ? requested : 'en'} />, app);
}
