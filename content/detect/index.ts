/**
 * The red-flag detector, the one import surface for checking a message or a page. Synchronous and
 * offline; the compiled signal index (content/generated/signal-index.json) comes with it.
 */
import signalIndex from '../generated/signal-index.json' with { type: 'json' };
import { createDetector } from './engine.ts';
import type { SignalIndex } from './index-format.ts';
import type { CheckOptions, CheckResult, PageInput } from './types.ts';

export type * from './types.ts';

const detector = createDetector(signalIndex as unknown as SignalIndex);

/** Checks a message (SMS, e-mail, chat, what a caller said): verdict, score and red flags with evidence. */
export const checkMessage: (text: string, options?: CheckOptions) => CheckResult = detector.checkMessage;

/** Checks a page: its address, title, text and the behaviour the extension saw. */
export const checkPage: (input: PageInput, options?: CheckOptions) => CheckResult = detector.checkPage;

/**
 * The name of a remote-access tool (AnyDesk, TeamViewer, Quick Assist...) when the page is a
 * download or session page of one, else undefined. The extension shows a gentle notice for these.
 */
export const detectRemoteAccessTool: (input: { url: string; title: string; text: string }) => string | undefined = detector.detectRemoteAccessTool;

/** The locale a text is most likely written in, when it can tell. */
export const guessLocale = detector.guessLocale;
