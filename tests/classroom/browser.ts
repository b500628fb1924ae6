// Shared pieces of the classroom's browser tests (tests/e2e/classroom-*.test.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { LocaleId } from '../../content/locales.ts';
import type { Lesson } from '../../widget/classroom/lesson-context.ts';
import { toHash, type HashInfo } from '../../widget/classroom/state.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The built classroom slice a language's lesson loads. */
export const lessonContent = (locale: LocaleId): Lesson => JSON.parse(readFileSync(`content/generated/${locale}.classroom.json`, 'utf8')) as Lesson;

/** The address of the built classroom page, with a deep link. */
export const lessonUrl = (server: { url: string }, info: Partial<HashInfo> = {}) =>
  `${server.url}widget/classroom.html${toHash({ settings: {}, presenter: false, ...info })}`;

/** The id of the slide on screen. */
export const shownSlide = (page: Page) => page.locator('main section.slide').getAttribute('data-slide');

/** axe-core's WCAG 2.2 AA violations on the page, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** Collects uncaught errors and console errors, to assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // The test server has no favicon.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
  });
  return errors;
}
