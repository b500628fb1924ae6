// Printable handouts: one page per scam type and one page of golden rules with a QR code to the
// online version. The preview on screen has the paper's real size; print styles (classroom.css)
// put each sheet on its own page, in A4 or Letter.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ScamType } from '../../../content/index.ts';
import type { Update } from '../app.tsx';
import { chosenTypes } from '../deck.ts';
import { GOLDEN_RULES } from '../golden-rules.ts';
import { byId, countryName, reportChannel, useBundle, useT } from '../lesson-context.ts';
import { QrCode } from '../qr-code.tsx';
import { ReportDetails } from '../report-details.tsx';
import type { LessonState, Paper } from '../state.ts';

/** Steps of text size a sheet may shrink by (classroom.css: .sheet[data-fit]) before it fits its page. */
const FIT_STEPS = 6;

/** Shrinks the text of each sheet that would run over its page, one step at a time. */
export function fitSheets(root: ParentNode): void {
  for (const sheet of root.querySelectorAll<HTMLElement>('.sheet')) {
    let fit = 0;
    sheet.dataset.fit = '0';
    while (sheet.scrollHeight > sheet.clientHeight + 1 && fit < FIT_STEPS) {
      fit++;
      sheet.dataset.fit = String(fit);
    }
  }
}

export function onlineAddress(qr: string): string {
  if (qr) return qr;
  const here = new URL(location.href);
  here.hash = '';
  return here.href;
}

function Card({ type, state }: { type: ScamType; state: LessonState }) {
  const b = useBundle();
  const t = useT();
  const channel = reportChannel(b, state.settings);
  return (
    <article class="sheet card" data-sheet={type.id}>
      <p class="brand">{t('app.title')}</p>
      <h2>{type.name}</h2>
      <p class="lead">{type.summary}</p>
      <section>
        <h3>{t('section.redFlags')}</h3>
        <ul>
          {byId(b.redFlags, type.redFlags).map((f) => (
            <li key={f.id}>{f.name}</li>
          ))}
        </ul>
      </section>
      <section class="box">
        <h3>{t('classroom.slide.now')}</h3>
        <p>{type.now}</p>
      </section>
      <section>
        <h3>{t('classroom.slide.paid')}</h3>
        <ul>
          {byId(b.paymentMethods, type.payments).map((p) => (
            <li key={p.id}>
              <strong>{p.name}:</strong> {p.steps[0]}
            </li>
          ))}
        </ul>
      </section>
      {channel && (
        <section>
          <h3>{t('classroom.slide.report', { country: countryName(b, state.settings.country) })}</h3>
          <ReportDetails channel={channel} showWhat={false} />
        </section>
      )}
      <p class="sheet-sources">{t('classroom.slide.fromOperation', { title: byId(b.sources, type.sources).map((s) => s.title).join('; ') })}</p>
    </article>
  );
}

function RulesSheet({ state }: { state: LessonState }) {
  const b = useBundle();
  const t = useT();
  const channel = reportChannel(b, state.settings);
  const url = onlineAddress(state.settings.qr);
  return (
    <article class="sheet rules-sheet" data-sheet="golden-rules">
      <p class="brand">{t('app.title')}</p>
      <h2>{t('classroom.handouts.rulesTitle')}</h2>
      <ol class="rules">
        {byId(b.advice, GOLDEN_RULES).map((a) => (
          <li key={a.id}>
            <strong>{a.title}.</strong> {a.text}
          </li>
        ))}
      </ol>
      <div class="report-and-qr">
        {channel && (
          <section>
            <h3>{t('classroom.slide.report', { country: countryName(b, state.settings.country) })}</h3>
            <ReportDetails channel={channel} />
          </section>
        )}
        <div class="qr-block">
          <QrCode text={url} label={t('classroom.handouts.qrLabel', { url })} />
          <p>{t('classroom.handouts.scan')}</p>
          <p class="url">
            <bdi dir="ltr">{url}</bdi>
          </p>
        </div>
      </div>
    </article>
  );
}

export function Handouts({ state, update, onPrint }: { state: LessonState; update: Update; onPrint: () => void }) {
  const b = useBundle();
  const t = useT();
  const sheets = useRef<HTMLDivElement>(null);
  const paper = state.settings.paper;
  const setPaper = (p: Paper) => update((s) => ({ ...s, settings: { ...s.settings, paper: p } }));
  useLayoutEffect(() => {
    if (sheets.current) fitSheets(sheets.current);
  });
  return (
    <>
      <section class="handouts-controls" aria-labelledby="handouts-title">
        <h1 id="handouts-title">{t('classroom.handouts.title')}</h1>
        <p class="lead">{t('classroom.handouts.intro')}</p>
        <fieldset>
          <legend>{t('classroom.handouts.paper')}</legend>
          <ul class="checks inline">
            {(['a4', 'letter'] as const).map((p) => (
              <li key={p}>
                <label>
                  <input type="radio" name="paper" value={p} checked={paper === p} onChange={() => setPaper(p)} />
                  {t(`classroom.handouts.${p}`)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="button" class="primary" onClick={onPrint}>
          {t('classroom.handouts.print')}
        </button>
      </section>
      <div class={`sheets paper-${paper}`} ref={sheets} lang={b.locale.id}>
        {chosenTypes(b, state.settings).map((type) => (
          <Card key={type.id} type={type} state={state} />
        ))}
        <RulesSheet state={state} />
      </div>
    </>
  );
}
