// The shape of one locale's compiled content, as emitted by content/build.ts and read by every
// surface. Type-only imports keep zod out of anything shipped.
import type { AdviceData, AdviceText } from './schema/advice.ts';
import type { LocaleId } from './schema/common.ts';
import type { LocaleData } from './schema/locale.ts';
import type { PaymentMethodData, PaymentMethodText } from './schema/payment-method.ts';
import type { QuizItemData, QuizItemText } from './schema/quiz-item.ts';
import type { RedFlagData, RedFlagText } from './schema/red-flag.ts';
import type { ReportChannelData, ReportChannelText } from './schema/report-channel.ts';
import type { ScamTypeData, ScamTypeText } from './schema/scam-type.ts';
import type { ScenarioChoiceData, ScenarioChoiceText, ScenarioData, ScenarioStepData, ScenarioStepText, ScenarioText } from './schema/scenario.ts';
import type { SourceData, SourceText } from './schema/source.ts';
import type { UiText } from './schema/ui.ts';

export type Source = SourceData & SourceText;
export type ScamType = ScamTypeData & ScamTypeText;
export type RedFlag = RedFlagData & RedFlagText;
export type Advice = AdviceData & AdviceText;
export type PaymentMethod = PaymentMethodData & PaymentMethodText;
export type QuizItem = QuizItemData & QuizItemText;
export type ReportChannel = ReportChannelData & ReportChannelText;
export type ScenarioChoice = ScenarioChoiceData & ScenarioChoiceText;
export type ScenarioStep = Omit<ScenarioStepData, 'choices'> & Omit<ScenarioStepText, 'choices'> & { choices?: ScenarioChoice[] };
/** A call simulation with its text joined in: each step carries what is said, each choice its label and result. */
export type Scenario = Omit<ScenarioData, 'steps'> & Omit<ScenarioText, 'steps'> & { steps: ScenarioStep[] };
export type LocaleInfo = Pick<LocaleData, 'id' | 'name' | 'dir' | 'reviewed'>;

export interface LocaleBundle {
  locale: LocaleInfo;
  /** Every locale, for language pickers. */
  locales: LocaleInfo[];
  ui: UiText;
  sources: Source[];
  scamTypes: ScamType[];
  redFlags: RedFlag[];
  advice: Advice[];
  paymentMethods: PaymentMethod[];
  quiz: QuizItem[];
  reportChannels: ReportChannel[];
  /** Call simulations for the classroom. */
  scenarios: Scenario[];
  /** Old id -> new id per kind (content/renames.json), for saved settings and embed attributes. */
  renames: Partial<Record<'advice' | 'red-flags' | 'scam-types', Record<string, string>>>;
}

export type { LocaleId };
