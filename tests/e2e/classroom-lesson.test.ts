// Classroom mode's slides, built and served as a teacher gets them: keyboard and clicker keys,
// deep links, blank and full screen, reduced motion and accessibility.
import type { Browser, Page } from 'playwright-core';
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
const settings: Settings = { lang: 'en', types: ['fake-tech-support', 'courier-fake-police'], length: 40, country: 'gb', qr: '', paper: 'a4' };

async function open(hash: Parameters<typeof lessonUrl>[1], options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: options.reducedMotion ?? 'reduce' });
  const errors = watchErrors(page);
  await page.goto(lessonUrl(server, hash));
  await page.locator('.classroom').waitFor();
  return { page, errors };
}

describe('classroom slides', () => {
  it('runs a whole lesson by keyboard, forward to the end and back to the start', async () => {
    const { page, errors } = await open({ settings });
    // Set up by keyboard only: Tab to the last field, Enter submits the form.
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(en.ui['classroom.title']);
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === 'cr-qr')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const deck = buildDeck(en, settings).map((s) => s.id);
    await expect.poll(() => shownSlide(page)).toBe(deck[0]);

    // Forward with every key a keyboard or clicker sends.
    const forward = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
    for (let i = 1; i < deck.length; i++) {
      await page.keyboard.press(forward[i % forward.length]!);
      await expect.poll(() => shownSlide(page)).toBe(deck[i]);
    }
    await expect.poll(() => new URL(page.url()).hash).toContain(`slide=${deck.at(-1)}`);
    await page.keyboard.press('PageDown');
    expect(await shownSlide(page)).toBe(deck.at(-1));

    const back = ['ArrowLeft', 'PageUp', 'Shift+Space', 'ArrowUp'];
    for (let i = deck.length - 2; i >= 0; i--) {
      await page.keyboard.press(back[i % back.length]!);
      await expect.poll(() => shownSlide(page)).toBe(deck[i]);
    }
    await page.keyboard.press('End');
    await expect.poll(() => shownSlide(page)).toBe(deck.at(-1));
    await page.keyboard.press('Home');
    await expect.poll(() => shownSlide(page)).toBe(deck[0]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the script one line at a time: the answer comes on the next key press', async () => {
    const { page } = await open({ settings, view: 'slides', slide: 'courier-fake-police.says-1' });
    const step = en.scamTypes.find((s) => s.id === 'courier-fake-police')!.script[0]!;
    const slide = page.locator('main section.slide');
    await expect(slide.textContent()).resolves.toContain(step.says);
    expect(await slide.textContent()).not.toContain(step.really);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide.textContent()).toContain(step.really);
    await page.close();
  });

  it('opens the right slide from a deep link, in any language', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const content = lessonContent(lang);
      const type = content.scamTypes.find((s) => s.id === 'fake-tech-support')!;
      const gb = content.reportChannels.find((c) => c.id === 'gb')!;
      const cases: [string, string][] = [
        ['fake-tech-support.now', type.now],
        ['fake-tech-support.really-3', type.script[2]!.really],
        ['fake-tech-support.report', gb.phones[0]!.number],
        ['fake-tech-support.source', content.sources.find((s) => s.id === type.sources[0])!.title],
        ['courier-fake-police.start', content.scamTypes.find((s) => s.id === 'courier-fake-police')!.summary],
      ];
      const { page, errors } = await open({ settings: { ...settings, lang }, view: 'slides', slide: cases[0]![0] });
      for (const [id, text] of cases) {
        await page.goto(lessonUrl(server, { settings: { ...settings, lang }, view: 'slides', slide: id }));
        await page.reload();
        await expect.poll(() => shownSlide(page)).toBe(id);
        await expect(page.locator('main section.slide').textContent()).resolves.toContain(text);
        await expect.poll(() => page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      }
      // The arrows follow the reading direction.
      await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect.poll(() => shownSlide(page)).toBe('courier-fake-police.says-1');
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('blanks the screen with B and goes full screen with F', async () => {
    const { page } = await open({ settings, view: 'slides', slide: 'fake-tech-support.flags' });
    await page.keyboard.press('b');
    await expect(page.locator('.blank').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('img', { name: en.ui['classroom.blank.label'] as string }).count()).resolves.toBe(1);
    await page.keyboard.press('b');
    await expect(page.locator('.blank').count()).resolves.toBe(0);
    expect(await shownSlide(page)).toBe('fake-tech-support.flags');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await page.close();
  });

  it('keeps still for readers who ask for reduced motion', async () => {
    const still = await open({ settings, view: 'slides', slide: 'title' }, { reducedMotion: 'reduce' });
    await expect(still.page.locator('main section.slide').evaluate((e) => getComputedStyle(e).animationName)).resolves.toBe('none');
    await still.page.close();
    const moving = await open({ settings, view: 'slides', slide: 'title' }, { reducedMotion: 'no-preference' });
    await expect(moving.page.locator('main section.slide').evaluate((e) => getComputedStyle(e).animationName)).resolves.not.toBe('none');
    await moving.page.close();
  });

  it('has no accessibility violation in setup, slides, quiz, call practice and handouts', async () => {
    const { page, errors } = await open({ settings });
    const found: string[] = [];
    found.push(...(await axeViolations(page)));
    for (const slide of ['title', 'fake-tech-support.says-1', 'fake-tech-support.really-1', 'fake-tech-support.flags', 'fake-tech-support.paid', 'fake-tech-support.report', 'fake-tech-support.source', 'rules']) {
      await page.goto(lessonUrl(server, { settings, view: 'slides', slide }));
      await page.reload();
      await expect.poll(() => shownSlide(page)).toBe(slide);
      found.push(...(await axeViolations(page)).map((v) => `${slide} ${v}`));
    }
    await page.getByRole('button', { name: en.ui['classroom.nav.quiz'] as string }).click();
    await page.getByRole('button', { name: en.ui['classroom.quiz.start'] as string }).click();
    await page.getByRole('button', { name: en.ui['quiz.scam'] as string, exact: true }).click();
    found.push(...(await axeViolations(page)).map((v) => `quiz ${v}`));
    await page.getByRole('button', { name: en.ui['classroom.nav.practice'] as string }).click();
    found.push(...(await axeViolations(page)).map((v) => `practice list ${v}`));
    await page.getByRole('button', { name: new RegExp(en.ui['classroom.practice.start'] as string) }).first().click();
    await page.locator('.choice').last().click();
    found.push(...(await axeViolations(page)).map((v) => `practice step ${v}`));
    await page.getByRole('button', { name: en.ui['classroom.nav.handouts'] as string }).click();
    found.push(...(await axeViolations(page)).map((v) => `handouts ${v}`));
    expect(found).toEqual([]);
    // The check itself can fail: an image with no text alternative is found.
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'data:,' })));
    expect((await axeViolations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
