// The quiz "Scam or not?" and the call practice, as a class uses them.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type RunningServer } from '../../scripts/server.ts';
import { PLANS } from '../../widget/classroom/deck.ts';
import type { Settings } from '../../widget/classroom/state.ts';
import { quizPoolIds } from '../../widget/classroom/views/quiz.tsx';
import { lessonContent, lessonUrl, watchErrors } from '../classroom/browser.ts';
import { launchChromium } from './browsers.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const en = lessonContent('en');
const settings: Settings = { lang: 'en', types: ['fake-tech-support', 'investment-call-centre'], length: 20, country: 'gb', qr: '', paper: 'a4' };
const ui = (key: string) => en.ui[key] as string;

async function open(view: 'quiz' | 'practice'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ reducedMotion: 'reduce' });
  const errors = watchErrors(page);
  await page.goto(lessonUrl(server, { settings, view }));
  await page.locator('.classroom').waitFor();
  return { page, errors };
}

describe('the quiz', () => {
  it('asks every item of the pool once before any comes back, and announces feedback that points at the red flags', async () => {
    const { page, errors } = await open('quiz');
    const pool = quizPoolIds(en, settings);
    const round = PLANS[settings.length].quizRound;
    const asked: string[] = [];
    const answers = ['scam', 'not-scam', 'check'] as const;
    const label = { scam: ui('quiz.scam'), 'not-scam': ui('quiz.notScam'), check: ui('classroom.quiz.check') };
    await page.getByRole('button', { name: ui('classroom.quiz.start') }).click();
    const feedback = page.getByRole('status').filter({ has: page.locator('.verdict') });
    // Enough rounds to go through the pool and into the next shuffle.
    while (asked.length < pool.length + round) {
      let points = 0;
      for (let q = 0; q < round; q++) {
        await expect(page.getByText(`Question ${q + 1} of ${round}`).isVisible()).resolves.toBe(true);
        const id = (await page.locator('.quiz-item').getAttribute('data-item'))!;
        asked.push(id);
        const item = en.quiz.find((x) => x.id === id)!;
        const live = page.locator('.feedback');
        expect(await live.getAttribute('aria-live')).toBe('polite');
        expect(await live.textContent()).toBe('');
        const answer = answers[asked.length % 3]!;
        await page.getByRole('button', { name: label[answer], exact: true }).click();
        const said = (await feedback.textContent())!;
        expect(said).toContain(item.explain);
        for (const flag of item.redFlags) expect(said).toContain(en.redFlags.find((f) => f.id === flag)!.name);
        // Checking first is never marked wrong.
        if (answer === 'check') expect(said).toContain(ui(item.isScam ? 'classroom.quiz.checkScam' : 'classroom.quiz.checkReal'));
        const right = answer === 'check' || (answer === 'scam') === item.isScam;
        if (right) points++;
        await page.getByRole('button', { name: q === round - 1 ? ui('classroom.quiz.finish') : ui('quiz.next') }).click();
      }
      await expect(page.getByRole('status').first().textContent()).resolves.toContain(`You got ${points} right out of ${round}.`);
      await page.getByRole('button', { name: ui('classroom.quiz.again') }).click();
    }
    const firstCycle = asked.slice(0, pool.length);
    expect(new Set(firstCycle).size).toBe(pool.length);
    expect([...firstCycle].sort()).toEqual([...pool].sort());
    // The second cycle starts over without repeating the item just asked.
    expect(asked[pool.length]).not.toBe(asked[pool.length - 1]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('call practice', () => {
  it('plays a call by keyboard to its ending, and shows the lesson', async () => {
    const { page, errors } = await open('practice');
    const scenario = en.scenarios.find((s) => s.id === 'courier-police-warrant')!;
    await page.getByRole('button', { name: `${ui('classroom.practice.start')} ${scenario.title}` }).click();
    // Go along with the caller (or ask a question) at every step: the longest path.
    let step = scenario.steps.find((s) => s.id === scenario.start)!;
    while (step.choices) {
      await expect(page.locator('.call blockquote').textContent()).resolves.toBe(step.says);
      const choice = step.choices.find((c) => c.action === 'go-along') ?? step.choices.find((c) => c.action === 'question')!;
      await page.locator(`[data-choice="${choice.id}"]`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.result').textContent()).toBe(choice.result);
      // A clicker's "next" moves the class on.
      await page.locator('body').focus();
      await page.keyboard.press('PageDown');
      step = scenario.steps.find((s) => s.id === choice.next)!;
      await expect.poll(() => page.locator('.call').getAttribute('data-step')).toBe(step.id);
    }
    expect(step.ending).toBe('harmed');
    const ending = page.locator('.ending');
    await expect(ending.textContent()).resolves.toContain(step.lesson);
    await expect(ending.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(ui('classroom.practice.ending.harmed'));
    // Focus moved to the ending, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.getByRole('button', { name: ui('classroom.practice.again') }).click();
    await page.getByRole('button', { name: new RegExp(scenario.steps[0]!.choices!.find((c) => c.action === 'hang-up')!.label) }).click();
    await page.getByRole('button', { name: ui('classroom.practice.continue') }).click();
    await expect(page.locator('.ending h2').textContent()).resolves.toBe(ui('classroom.practice.ending.safe'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
