// The presenter view: a second window with notes and the next slide, kept in step with the
// audience window in both directions, with no network.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type RunningServer } from '../../scripts/server.ts';
import { buildDeck } from '../../widget/classroom/deck.ts';
import type { Settings } from '../../widget/classroom/state.ts';
import { axeViolations, lessonContent, lessonUrl, shownSlide, watchErrors } from '../classroom/browser.ts';
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
const settings: Settings = { lang: 'en', types: ['investment-call-centre'], length: 40, country: 'no', qr: '', paper: 'a4' };
const deck = buildDeck(en, settings).map((s) => s.id);
const presenterSlide = (page: Page) => page.locator('.preview.now .slide').getAttribute('data-slide');
const presenterNext = (page: Page) => page.locator('.preview.next .slide').getAttribute('data-slide');

describe('the presenter view', () => {
  let context: BrowserContext;
  let audience: Page;
  let presenter: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    audience = await context.newPage();
    watchErrors(audience);
    await audience.goto(lessonUrl(server, { settings, view: 'slides', slide: deck[0] }));
    await audience.locator(`main section.slide[data-slide="${deck[0]}"]`).waitFor();
    [presenter] = await Promise.all([context.waitForEvent('page'), audience.getByRole('button', { name: en.ui['classroom.nav.presenter'] as string }).click()]);
    await presenter.locator('.presenter').waitFor();
    await presenter.waitForLoadState('load');
    context.on('request', (r) => requests.push(r.url()));
  });
  afterAll(() => context?.close());

  it('opens in a second window with the slide on screen, the next slide and speaker notes', async () => {
    expect(new URL(presenter.url()).hash).toContain('role=presenter');
    await expect.poll(() => presenterSlide(presenter)).toBe(deck[0]);
    expect(await presenterNext(presenter)).toBe(deck[1]);
    await expect(presenter.getByRole('region', { name: en.ui['classroom.notes.label'] as string }).textContent()).resolves.toContain(en.ui['classroom.notes.title']);
  });

  it('follows the audience window as the teacher moves through the slides', async () => {
    for (let i = 1; i <= 6; i++) {
      await audience.keyboard.press('PageDown');
      await expect.poll(() => shownSlide(audience)).toBe(deck[i]);
      await expect.poll(() => presenterSlide(presenter)).toBe(deck[i]);
      expect(await presenterNext(presenter)).toBe(deck[i + 1]);
    }
    // On a "they say" slide, the notes hold the answer the class is asked to find.
    const line = en.scamTypes.find((s) => s.id === 'investment-call-centre')!.script[2]!;
    expect(deck[6]).toBe('investment-call-centre.says-3');
    await expect(presenter.locator('.notes').textContent()).resolves.toContain(line.really);
    expect(await audience.locator('main section.slide').textContent()).not.toContain(line.really);
  });

  it('moves the audience window when the teacher clicks or presses keys in the presenter window', async () => {
    await presenter.getByRole('button', { name: en.ui['classroom.nav.next'] as string }).click();
    await expect.poll(() => shownSlide(audience)).toBe(deck[7]);
    await presenter.keyboard.press('PageUp');
    await presenter.keyboard.press('PageUp');
    await expect.poll(() => shownSlide(audience)).toBe(deck[5]);
    await expect.poll(() => new URL(audience.url()).hash).toContain(`slide=${deck[5]}`);
  });

  it('tells the presenter when the class screen is blank', async () => {
    await audience.keyboard.press('b');
    await expect(presenter.getByText(en.ui['classroom.presenter.blanked'] as string).isVisible()).resolves.toBe(true);
    // The presenter window itself never goes black.
    expect(await presenter.locator('.blank').count()).toBe(0);
    await presenter.keyboard.press('b');
    await expect.poll(() => audience.locator('.blank').count()).toBe(0);
  });

  it('follows the quiz and the call practice too, showing the teacher the answer', async () => {
    await audience.getByRole('button', { name: en.ui['classroom.nav.quiz'] as string }).click();
    await audience.getByRole('button', { name: en.ui['classroom.quiz.start'] as string }).click();
    const item = await audience.locator('.quiz-item').getAttribute('data-item');
    await expect.poll(() => presenter.locator('.quiz-item').getAttribute('data-item')).toBe(item);
    const quiz = en.quiz.find((q) => q.id === item)!;
    await expect(presenter.getByRole('complementary', { name: en.ui['classroom.presenter.answer'] as string }).textContent()).resolves.toContain(quiz.explain);
    expect(await audience.getByRole('complementary').count()).toBe(0);

    await audience.getByRole('button', { name: en.ui['classroom.nav.practice'] as string }).click();
    await audience.getByRole('button', { name: new RegExp(en.ui['classroom.practice.start'] as string) }).first().click();
    const scenario = await audience.locator('.call').getAttribute('data-scenario');
    await expect.poll(() => presenter.locator('.call').getAttribute('data-scenario')).toBe(scenario);
    await presenter.locator('.choice').first().click();
    await expect.poll(() => audience.locator('.result').textContent()).not.toBe('');
    expect(await axeViolations(presenter)).toEqual([]);
  });

  it('keeps in step without any network request', () => {
    expect(requests).toEqual([]);
  });
});
