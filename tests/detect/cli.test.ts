// `scam-tips check`, run as a person would: the bin script spawned with node, text on stdin or in
// files, plain words, --json and --jsonl (with bad lines), in every locale.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/locales.ts';
import { loadBundle } from '../../content/detect/node.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/scam-tips.js');
const dir = mkdtempSync(join(tmpdir(), 'scam-tips-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A scam SMS per locale, and the red flag its explanation must name. */
const SMS: Record<string, [string, string]> = {
  en: ['Your parcel is on hold. Pay the £1.99 customs fee now: https://royalmail-fee.top/pay', 'brand-impersonation'],
  nb: ['Hei mamma, dette er mitt nye nummer. Kan du betale en regning for meg i dag?', 'urgency'],
  it: ['Sono un tecnico Microsoft. Il suo computer sta inviando errori. Scarichi AnyDesk e mi dica il codice.', 'remote-access-request'],
  fr: ['Gendarmerie : un mandat d\'arrêt a été émis. Payez l\'amende en coupons PCS et envoyez-nous les codes.', 'arrest-threat'],
  de: ['Hier ist die Polizei. Ihr Geld ist nicht sicher. Ein Kollege holt das Bargeld heute ab. Sagen Sie niemandem etwas davon.', 'cash-collection'],
  es: ['Invierta con nuestro robot: ganancia garantizada del 3% diario, sin riesgo.', 'guaranteed-returns'],
  pl: ['Twoja wypłata jest wstrzymana. Aby wypłacić zyski, musisz najpierw zapłacić podatek 10%.', 'withdrawal-blocked'],
  ru: ['Служба безопасности банка. Ваши деньги под угрозой, переведите их на безопасный счет. Назовите код из СМС.', 'prove-innocence-payment'],
  uk: ['Я зламав ваш комп\'ютер і записав вас через веб-камеру. Переведіть 1000 доларів у біткоїнах, інакше я надішлю відео всім вашим контактам.', 'intimate-images-threat'],
  hi: ['मैं सीबीआई अधिकारी बोल रहा हूँ। आपके खिलाफ गिरफ्तारी वारंट जारी हुआ है। केस बंद करने के लिए जुर्माना भरें।', 'arrest-threat'],
  'zh-Hans': ['不好意思，我刚才把验证码发到你手机上了，麻烦把验证码告诉我一下。', 'asks-for-codes'],
  ar: ['مرحبا، معك الدعم الفني من مايكروسوفت. جهازك يرسل أخطاء. نزّل برنامج AnyDesk وأعطني الرمز.', 'remote-access-request'],
};

describe('scam-tips check', () => {
  it('explains a scam SMS in each of the 12 languages, in that language', () => {
    for (const locale of LOCALES) {
      const [text, flag] = SMS[locale]!;
      const bundle = loadBundle(locale);
      const r = run(['check'], text);
      expect(r.code, `${locale}: ${r.stderr}`).toBe(0);
      expect(r.stdout, locale).not.toContain(String(bundle.ui['check.verdict.safe']));
      expect(r.stdout, locale).toContain(bundle.redFlags.find((f) => f.id === flag)!.name);
      expect(r.stdout, locale).toContain(String(bundle.ui['check.flags']));
    }
  }, 120_000);

  it('reads files, says which file, explains in the language asked for, and says safe for honest text', () => {
    const scam = file('scam.txt', 'Hello, this is Microsoft. Your computer is sending errors. Download AnyDesk and give me the code.');
    const honest = file('honest.txt', 'See you at 7 outside the cinema!');
    const r = run(['check', '--lang', 'de', scam, honest]);
    expect(r.code).toBe(0);
    const de = loadBundle('de');
    expect(r.stdout).toContain(`Datei: ${scam}`);
    expect(r.stdout).toContain(String(de.ui['check.verdict.scam']));
    expect(r.stdout).toContain(String(de.ui['check.verdict.safe']));
    expect(r.stdout).toContain(de.redFlags.find((f) => f.id === 'remote-access-request')!.name);
    expect(r.stdout).toContain('"AnyDesk"');
  }, 60_000);

  it('prints the result object with --json, and checks a page with --page', () => {
    const r = run(['check', '--json', '--page'], 'Access to this PC has been blocked. Your computer is infected with a Trojan. Call 0800 555 0136 now.');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.verdict).toBe('scam');
    expect(result.flags.map((f: { id: string }) => f.id)).toContain('browser-locked');
    expect(result.flags[0].evidence[0]).toEqual(expect.objectContaining({ field: 'text', start: expect.any(Number), end: expect.any(Number), text: expect.any(String) }));
  }, 60_000);

  it('--jsonl: one line per good input in order, an error per bad line naming its line and id', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Hi mum, this is my new number. Can you pay a bill for me today?' }),
      'this is not json',
      JSON.stringify({ id: 'b', text: 'See you at seven.' }),
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({ text: 'no id here' }),
      JSON.stringify({ id: 'd', text: 'x', kind: 'fax' }),
      JSON.stringify({ id: 7, kind: 'page', url: 'https://secure-pc-alert.xyz/', title: 'Windows Defender', text: 'Your computer is infected. Call 0800 555 0136. Do not close this page.' }),
      JSON.stringify({ id: 'e', text: 'ok', title: 5 }),
    ];
    const r = run(['check', '--jsonl', file('in.jsonl', lines.join('\n'))]);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 7]);
    expect(out.map((o) => o.verdict)).toEqual(['suspicious', 'safe', 'scam']);
    expect(Object.keys(out[0]).sort()).toEqual(['flags', 'id', 'score', 'verdict']);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/^Line 2: .*not valid JSON/),
      expect.stringMatching(/^Line 4 \(id c\): .*"text"/),
      expect.stringMatching(/^Line 6: .*"id"/),
      expect.stringMatching(/^Line 7 \(id d\): .*"kind"/),
      expect.stringMatching(/^Line 9 \(id e\): .*"title"/),
    ]);
  }, 60_000);

  it('--jsonl - reads standard input and keeps up with thousands of lines', () => {
    const n = 3000;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `m${i}`, text: i % 2 ? 'Your code is 123456. Never share it.' : 'Pay the fine today with Google Play gift cards or you will be arrested.' })).join('\n');
    const r = run(['check', '--jsonl', '-'], input);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(n);
    expect(out.every((o, i) => o.id === `m${i}` && (o.verdict === 'safe') === (i % 2 === 1))).toBe(true);
  }, 120_000);

  it('exits 1 when a file cannot be read, 2 on a wrong option, and still checks the other files', () => {
    const ok = file('ok.txt', 'Lunch at one?');
    const missing = run(['check', join(dir, 'nope.txt'), ok]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.txt/);
    expect(missing.stdout).toContain('No red flags found.');
    expect(run(['check', '--jsonl', join(dir, 'nope.jsonl')]).code).toBe(1);
    const bad = run(['check', '--colour']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown option: --colour');
    expect(run(['check', '--lang', 'xx']).stderr).toContain('Unknown language: xx');
  }, 60_000);
});
