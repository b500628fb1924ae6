import type { LocaleBundle, Scenario } from './bundle.ts';
import { LOCALES, type LocaleId } from './schema/common.ts';
import type { ScenarioData, ScenarioText } from './schema/scenario.ts';
import type { Content, TextKind } from './validate.ts';

/** Joins data and one locale's text into the bundle every surface reads. Ids keep file order (sorted). */
export function assembleBundle(content: Content, locale: LocaleId): LocaleBundle {
  const text = content.text[locale];
  const join = <K extends TextKind>(kind: K) =>
    [...content.data[kind].values()].map((d) => ({ ...d, ...text[kind][(d as { id: string }).id] }));
  const info = (id: LocaleId) => {
    const l = content.data.locales.get(id);
    if (!l) throw new Error(`locale ${id} has no data`);
    return { id: l.id, name: l.name, dir: l.dir, reviewed: l.reviewed };
  };
  return {
    locale: info(locale),
    locales: LOCALES.map(info),
    ui: text.ui,
    sources: join('sources'),
    scamTypes: join('scam-types'),
    redFlags: join('red-flags'),
    advice: join('advice'),
    paymentMethods: join('payment-methods'),
    quiz: join('quiz'),
    reportChannels: join('report-channels'),
    scenarios: [...content.data.scenarios.values()].map((d) => joinScenario(d, text.scenarios[d.id])),
    renames: content.renames,
  } as LocaleBundle;
}

/** A scenario's steps are a list in data and a map by id in text: each step and choice gets its own text. */
function joinScenario(data: ScenarioData, text: ScenarioText | undefined): Scenario {
  const { steps: stepText = {}, ...rest } = text ?? {};
  const steps = data.steps.map((step) => {
    const { choices: choiceText, ...own } = stepText[step.id] ?? {};
    const choices = step.choices?.map((c) => ({ ...c, ...choiceText?.[c.id] }));
    return { ...step, ...own, ...(choices && { choices }) };
  });
  return { ...data, ...rest, steps } as Scenario;
}
