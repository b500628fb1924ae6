// Printable handouts, printed to PDF by Chromium on A4 and Letter: one page per card and one
// golden-rules page, with the expected text. Pages and text are read back with poppler-utils
// (pdfinfo, pdftotext; .ci/run installs them).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type LocaleId } from '../../content/locales.ts';
import { startDemoServer, type RunningServer } from '../../scripts/server.ts';
import { GOLDEN_RULES } from '../../widget/classroom/golden-rules.ts';
import type { Paper, Settings } from '../../widget/classroom/state.ts';
import { lessonContent, lessonUrl, watchErrors } from '../classroom/browser.ts';
import { launchChromium } from './browsers.ts';

let server: RunningServer;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'classroom-pdf-'));
beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const QR = 'https://example.org/scam-tips/classroom';

async function printHandouts(lang: LocaleId, paper: Paper, types: string[], country: string): Promise<string> {
  const settings: Settings = { lang, types, length: 40, country, qr: QR, paper };
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(lessonUrl(server, { settings, view: 'handouts' }));
  await page.locator('.sheet').first().waitFor();
  expect(await page.locator('.sheet').count()).toBe(types.length + 1);
  // The golden rules carry a QR code, drawn as SVG with a text alternative naming the address.
  const qr = page.getByRole('img', { name: new RegExp(QR.replace(/[.]/g, '\\.')) });
  expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: paper === 'a4' ? 'A4' : 'Letter', preferCSSPageSize: true, printBackground: true });
  expect(errors).toEqual([]);
  await page.close();
  const file = join(dir, `${lang}-${paper}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pageText = (file: string, n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('printed handouts', () => {
  for (const [paper, size] of [
    ['a4', /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/],
    ['letter', /Page size:\s+612 x 792 pts \(letter\)/],
  ] as const) {
    it(`give one ${paper} page per scam type, then the golden rules with where to report`, async () => {
      const en = lessonContent('en');
      // Every scam type, to prove even the longest card fits on its page.
      const types = en.scamTypes.map((s) => s.id);
      const file = await printHandouts('en', paper, types, 'gb');
      const meta = info(file);
      expect(meta).toMatch(new RegExp(`Pages:\\s+${types.length + 1}\\n`));
      expect(meta).toMatch(size);
      for (const [i, id] of types.entries()) {
        const type = en.scamTypes.find((s) => s.id === id)!;
        const text = squash(pageText(file, i + 1));
        expect(text, `page ${i + 1}`).toContain(squash(type.name));
        expect(text).toContain(squash(type.now));
        expect(text).toContain('0300 123 2040');
        // The card's last line, its sources, is on the page: nothing was cut off.
        expect(text).toContain(squash(en.sources.find((src) => src.id === type.sources[0])!.title));
        // Nothing from the next card spills onto this page.
        const next = en.scamTypes.find((s) => s.id === types[i + 1]);
        if (next) expect(text).not.toContain(squash(next.summary));
      }
      const rules = squash(pageText(file, types.length + 1));
      expect(rules).toContain(en.ui['classroom.handouts.rulesTitle']);
      for (const id of GOLDEN_RULES) expect(rules).toContain(squash(en.advice.find((a) => a.id === id)!.title));
      expect(rules).toContain('reportfraud.police.uk');
      // A long address may wrap in its column (and pdftotext joins a line ending in "-" without it).
      const bare = (t: string) => t.replace(/[\s-]/g, '');
      expect(bare(rules)).toContain(bare(QR));
    });
  }

  it('fit every card on its page in every language, shrinking the text no further than allowed', async () => {
    const page = await browser.newPage();
    const overflowing: string[] = [];
    for (const lang of LOCALES) {
      const content = lessonContent(lang);
      const types = content.scamTypes.map((s) => s.id);
      await page.goto(lessonUrl(server, { settings: { lang, types, length: 40, country: 'gb', qr: QR, paper: 'a4' }, view: 'handouts' }));
      await page.reload();
      for (const paper of ['a4', 'letter'] as const) {
        await page.getByRole('radio', { name: content.ui[`classroom.handouts.${paper}`] as string }).check();
        await page.locator(`.sheets.paper-${paper} .sheet`).nth(types.length).waitFor();
        const sheets = await page.locator('.sheet').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-sheet'), over: e.scrollHeight - e.clientHeight, fit: e.getAttribute('data-fit') })));
        for (const sheet of sheets) if (sheet.over > 1) overflowing.push(`${lang} ${paper} ${sheet.id} (${sheet.over}px over at fit ${sheet.fit})`);
      }
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });

  it('print in the class language, with that country for reporting', async () => {
    const de = lessonContent('de');
    const types = ['courier-fake-police', 'investment-call-centre'];
    const file = await printHandouts('de', 'a4', types, 'de');
    expect(info(file)).toMatch(/Pages:\s+3\n/);
    const first = squash(pageText(file, 1));
    expect(first).toContain(squash(de.scamTypes.find((s) => s.id === types[0])!.now));
    expect(squash(pageText(file, 3))).toContain(squash(de.ui['classroom.handouts.rulesTitle'] as string));
    expect(squash(pageText(file, 3))).toContain('110');
  });
});
