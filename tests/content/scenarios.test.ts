// Broken call simulations fail the content build with file, JSON path and a plain sentence. Each
// case breaks the real content in one way; the problems it adds are compared exactly.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../content/validate.ts';
import { realFiles, seedNames, withEdit } from './helpers.ts';

const problemsOf = (files: ReturnType<typeof realFiles>) => validateContent(files, { seeds: seedNames() }).problems.map(formatProblem);
// Problems the real content already has (none once it is complete) are not this file's business.
const baseline = new Set(problemsOf(realFiles()));
const added = (files: ReturnType<typeof realFiles>) => problemsOf(files).filter((p) => !baseline.has(p));

const DATA = 'data/scenarios/fake-microsoft-support.json';
const FILE = 'content/data/scenarios/fake-microsoft-support.json';
const TEXT = 'content/text/en/scenarios.json';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
const step = (j: any, id: string) => j.steps.find((s: { id: string }) => s.id === id);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
const stepIndex = (j: any, id: string) => j.steps.findIndex((s: { id: string }) => s.id === id);
const real = JSON.parse(realFiles().find((f) => f.path === DATA)!.text);
const at = (id: string) => stepIndex(real, id);

describe('broken call simulations', () => {
  it('the real scenarios have no problem', () => {
    expect([...baseline].filter((p) => p.includes('scenarios'))).toEqual([]);
  });

  it('a choice that leads to a step that does not exist', () => {
    const files = withEdit(DATA, (j) => {
      step(j, 'call').choices[1].next = 'nowhere';
    });
    expect(added(files)).toEqual([
      `${FILE} $.steps[${at('call')}].choices[1].next: leads to the step "nowhere", which is not in this scenario: use the id of one of its steps`,
    ]);
  });

  it('a step no choice leads to', () => {
    const files = withEdit(DATA, (j) => {
      step(j, 'insist').choices[1].next = 'end-checked';
    });
    expect(added(files)).toEqual([`${FILE} $.steps[${at('end-asked')}]: the step "end-asked" cannot be reached from the start: lead a choice to it, or remove it`]);
  });

  it('a loop, so a path could never end', () => {
    const files = withEdit(DATA, (j) => {
      step(j, 'pay').choices[1].next = 'call';
    });
    expect(added(files)).toEqual([
      `${FILE} $.steps[${at('pay')}].choices[1].next: leads back to the step "call", so this path could go round forever: lead it to a later step or an ending`,
      `${FILE} $.steps[${at('end-harmed')}]: the step "end-harmed" cannot be reached from the start: lead a choice to it, or remove it`,
    ]);
  });

  it('an ending without a lesson', () => {
    const files = withEdit('text/en/scenarios.json', (j) => {
      delete j['fake-microsoft-support'].steps['end-stopped'].lesson;
    });
    const problems = added(files);
    expect(problems).toContain(`${TEXT} $["fake-microsoft-support"].steps["end-stopped"].lesson: is missing: every ending needs a lesson for the class`);
    // The other locales still have a lesson there, which English no longer has.
    expect(problems).toContain('content/text/de/scenarios.json $["fake-microsoft-support"].steps["end-stopped"].lesson: is not in English: remove it, or add it to English first');
  });

  it('a step with neither choices nor an ending, and one with both', () => {
    const files = withEdit(DATA, (j) => {
      delete step(j, 'end-refused').ending;
      step(j, 'end-asked').choices = step(j, 'install').choices;
    });
    expect(added(files)).toEqual([
      `${FILE} $.steps[${at('end-asked')}]: the step "end-asked" has both choices and an ending: an ending offers no choices, so remove one of them`,
      `${FILE} $.steps[${at('end-refused')}]: the step "end-refused" has neither choices nor an ending: add "choices", or mark it as an ending with "ending"`,
      `${TEXT} $["fake-microsoft-support"].steps["end-refused"].says: is missing: write what the caller says`,
      `${TEXT} $["fake-microsoft-support"].steps["end-refused"].outcome: is only used on an ending: remove it, or make the step an ending`,
      `${TEXT} $["fake-microsoft-support"].steps["end-refused"].lesson: is only used on an ending: remove it, or make the step an ending`,
    ]);
  });

  it('a start that is not a step', () => {
    const files = withEdit(DATA, (j) => {
      j.start = 'hello';
    });
    expect(added(files)).toEqual([`${FILE} $.start: is "hello", which is not a step of this scenario: use the id of its first step`]);
  });

  it('references to a scam type, red flag, tip or source that does not exist', () => {
    const files = withEdit(DATA, (j) => {
      j.scamType = 'tech-support';
      step(j, 'call').redFlags.push('no-such-flag');
      step(j, 'end-harmed').advice = ['no-such-tip'];
      j.sources = ['no-such-source'];
    });
    const flags = step(real, 'call').redFlags.length;
    expect(added(files)).toEqual([
      `${FILE} $.scamType: refers to the scam type "tech-support", which does not exist: check the id or add content/data/scam-types/tech-support.json`,
      `${FILE} $.sources[0]: refers to the source "no-such-source", which does not exist: check the id or add content/data/sources/no-such-source.json`,
      `${FILE} $.steps[${at('call')}].redFlags[${flags}]: refers to the red flag "no-such-flag", which does not exist: check the id or add content/data/red-flags/no-such-flag.json`,
      `${FILE} $.steps[${at('end-harmed')}].advice[0]: refers to the tip "no-such-tip", which does not exist: check the id or add content/data/advice/no-such-tip.json`,
    ]);
  });

  it('the same step id twice, a choice id twice, and a step with one choice', () => {
    const files = withEdit(DATA, (j) => {
      step(j, 'insist').choices[2].id = 'call-back';
      step(j, 'install').choices.pop();
      j.steps.push({ ending: 'safe', id: 'end-asked' });
    });
    expect(added(files)).toEqual([
      `${FILE} $.steps[${at('insist')}].choices[2].id: is "call-back", which another choice of this step already uses: give each choice its own id`,
      `${FILE} $.steps[${at('install')}].choices: has fewer than two choices: give the class at least two things to choose from`,
      `${FILE} $.steps[${real.steps.length}].id: is "end-asked", which another step of this scenario already uses: give each step its own id`,
      `${FILE} $.steps[${at('pay')}]: the step "pay" cannot be reached from the start: lead a choice to it, or remove it`,
      `${FILE} $.steps[${at('end-stopped')}]: the step "end-stopped" cannot be reached from the start: lead a choice to it, or remove it`,
      `${FILE} $.steps[${at('end-harmed')}]: the step "end-harmed" cannot be reached from the start: lead a choice to it, or remove it`,
      `${TEXT} $["fake-microsoft-support"].steps.insist.choices.agree: is text for the choice "agree", which the step does not have: remove it or add the choice`,
      `${TEXT} $["fake-microsoft-support"].steps.install.choices.install: is text for the choice "install", which the step does not have: remove it or add the choice`,
    ]);
  });

  it('a choice with an action that is not allowed, and an ending kind that is not allowed', () => {
    const files = withEdit(DATA, (j) => {
      step(j, 'call').choices[0].action = 'shout';
      step(j, 'end-harmed').ending = 'bad';
    });
    // A file that fails its schema is left out, so its text is reported as orphaned too: only this file's problems are compared.
    expect(added(files).filter((p) => p.startsWith(FILE))).toEqual([
      `${FILE} $.steps[${at('call')}].choices[0].action: should be one of: hang-up, check, ask-someone, question, go-along`,
      `${FILE} $.steps[${at('end-harmed')}].ending: should be one of: safe, stopped, harmed`,
    ]);
  });

  it('English text for a step the scenario does not have, and a choice with no text', () => {
    const files = withEdit('text/en/scenarios.json', (j) => {
      const s = j['fake-microsoft-support'].steps;
      s['end-ghost'] = { lesson: 'A.', outcome: 'B.' };
      delete s.call.choices.worried;
    });
    const problems = added(files);
    expect(problems).toContain(`${TEXT} $["fake-microsoft-support"].steps["end-ghost"]: is text for the step "end-ghost", which the scenario "fake-microsoft-support" does not have: remove it or add the step`);
    expect(problems).toContain(`${TEXT} $["fake-microsoft-support"].steps.call.choices.worried: is missing: write the label of the choice "worried" and what happens after it`);
  });

  it('a translation that drops a step', () => {
    const files = withEdit('text/fr/scenarios.json', (j) => {
      delete j['courier-police-warrant'].steps.collect;
    });
    expect(added(files)).toEqual(['content/text/fr/scenarios.json $["courier-police-warrant"].steps.collect: is missing: English has it, so this locale must translate it']);
  });
});
