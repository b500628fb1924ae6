import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../content/detect/types.ts';
import { readCorpus } from './corpus.ts';
import { redFlagIds, sourceDetector } from './helpers.ts';

const d = sourceDetector();
const ids = (r: CheckResult) => r.flags.map((f) => f.id);
const evidence = (r: CheckResult, flag: string) => r.flags.find((f) => f.id === flag)?.evidence.map((e) => e.text) ?? [];

/** One scam SMS per locale, written for this test (the corpus has many more). */
const SCAM_SMS: Record<string, [string, string]> = {
  en: ['HMRC: a warrant for your arrest has been issued. Pay the fine today with Google Play gift cards and read us the codes.', 'gift-card-payment'],
  nb: ['Politiet: Du er mistenkt for hvitvasking. For å bevise at du er uskyldig må du overføre sparepengene dine til en sikker konto.', 'prove-innocence-payment'],
  it: ['Ciao mamma, questo è il mio nuovo numero. Puoi pagare una bolletta per me oggi? Ti restituisco tutto domani.', 'urgency'],
  fr: ['Bonjour, je vous appelle du support Microsoft. Téléchargez AnyDesk et donnez-moi le code affiché.', 'remote-access-request'],
  de: ['Sparkasse: Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Daten: http://sparkasse-login-check.top/de', 'suspicious-link'],
  es: ['Le he grabado a través de su cámara web. Pague 800 euros en bitcoin o enviaré el vídeo a todos sus contactos.', 'intimate-images-threat'],
  pl: ['Inwestuj z naszym robotem: gwarantowany zysk 4% dziennie, bez ryzyka. Zacznij od 1000 zł.', 'guaranteed-returns'],
  ru: ['Служба безопасности банка: ваши деньги под угрозой, переведите их на безопасный счет. Никому не говорите.', 'prove-innocence-payment'],
  uk: ['Вітаю, я з технічної підтримки Microsoft. Ваш комп\'ютер надсилає помилки. Завантажте AnyDesk і продиктуйте код.', 'remote-access-request'],
  hi: ['आपके नाम से भेजे गए पार्सल में ड्रग्स मिले हैं। गिरफ्तारी से बचने के लिए जुर्माना भरें।', 'parcel-linked-to-crime'],
  'zh-Hans': ['您好，这里是公安局。您涉嫌洗钱，请把资金转到安全账户配合调查。', 'prove-innocence-payment'],
  ar: ['لقد ربحت جائزة كبيرة! لاستلام الجائزة ادفع رسوم التسجيل 100 دولار.', 'too-good-to-be-true-price'],
};

describe('checkMessage', () => {
  for (const [locale, [text, flag]] of Object.entries(SCAM_SMS)) {
    it(`flags a scam SMS in ${locale} with the right red flag`, () => {
      const r = d.checkMessage(text);
      expect(r.verdict).not.toBe('safe');
      expect(ids(r)).toContain(flag);
    });
  }

  it('gives evidence spans that point at the words in the text', () => {
    const text = 'Hello, this is Microsoft calling. Please download AnyDesk now and give me the code on your screen.';
    const r = d.checkMessage(text);
    expect(r.verdict).toBe('scam');
    for (const flag of r.flags) {
      for (const e of flag.evidence) {
        expect(e.field).toBe('text');
        expect(text.slice(e.start, e.end)).toBe(e.text);
      }
    }
    expect(evidence(r, 'remote-access-request')).toEqual(expect.arrayContaining(['download', 'AnyDesk']));
    expect(evidence(r, 'unexpected-tech-support')).toContain('this is Microsoft');
  });

  it('shows a whole word for a prefix phrase, and keeps look-alike letters in the evidence as written', () => {
    const text = 'Buy three Gοogle Plаy gift cards and send me photos of the cards.';
    const r = d.checkMessage(text);
    expect(ids(r)).toContain('gift-card-payment');
    for (const e of r.flags.flatMap((f) => f.evidence)) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(evidence(r, 'gift-card-payment').join(' ')).toMatch(/cards/);
  });

  it('reads through case, accents, full-width letters, Cyrillic look-alikes and hidden characters', () => {
    for (const text of [
      'YOUR COMPUTER IS INFECTED! CALL 0800 555 0136 NOW',
      'Ｙｏｕｒ ｃｏｍｐｕｔｅｒ ｉｓ ｉｎｆｅｃｔｅｄ! Call 0800 555 0136 now',
      'Yоur cоmputеr is infеctеd! Call 0800 555 0136 now',
      'Your com\u200bputer is in\u00adfected! Call 0800\u200d 555 0136 now',
      'Your computer is infe\u0301cted! Call 0800 555 0136 now',
    ]) {
      const r = d.checkMessage(text);
      expect(ids(r), text).toContain('phone-number-in-alert');
    }
    // A Russian word stays Russian: "не" (not) is not the English "he".
    expect(d.checkMessage('Не переводите деньги на безопасный счет, это мошенники.').verdict).toBe('safe');
  });

  it('reads advice and warnings as advice, and conditional threats as threats', () => {
    expect(d.checkMessage('Never give remote access to someone who calls you. Microsoft will never call you.').verdict).toBe('safe');
    expect(d.checkMessage('Your code is 482913. Do not share this code with anyone, not even our staff.').verdict).toBe('safe');
    const threat = d.checkMessage('This is the police. If you do not pay the fine today, you will be arrested.');
    expect(threat.verdict).not.toBe('safe');
    expect(ids(threat)).toContain('arrest-threat');
  });

  it('reads numbers with their currency and ranges ("earn $80-$300 daily")', () => {
    expect(ids(d.checkMessage('Part-time job: earn $80-$300 daily from home, just like videos.'))).toContain('easy-money-job');
    expect(ids(d.checkMessage('Zarabiaj 400 zł dziennie z domu przez telefon.'))).toContain('easy-money-job');
  });

  it('uses only the phrases of the locales asked for, and always the language-independent signals', () => {
    const text = 'Hallo, hier ist Microsoft. Bitte laden Sie AnyDesk herunter.';
    expect(ids(d.checkMessage(text, { locales: ['de'] }))).toContain('remote-access-request');
    expect(ids(d.checkMessage(text, { locales: ['fr'] }))).not.toContain('remote-access-request');
  });

  it('returns no flags for a safe verdict and only red flags that exist in the content', () => {
    const known = redFlagIds();
    expect(known.size).toBeGreaterThanOrEqual(27);
    for (const item of readCorpus()) {
      const r = item.kind === 'page' ? d.checkPage({ url: item.url ?? '', title: item.title ?? '', text: item.text }) : d.checkMessage(item.text);
      if (r.verdict === 'safe') expect(r.flags).toEqual([]);
      for (const f of r.flags) expect(known, `${item.id}: ${f.id}`).toContain(f.id);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('finds the red flags the corpus says a correct reading must find', () => {
    for (const item of readCorpus().filter((i) => i.flags)) {
      const r = d.checkMessage(item.text);
      for (const f of item.flags!) expect(ids(r), item.id).toContain(f);
    }
  });
});

describe('checkPage', () => {
  const alert = {
    url: 'https://secure-alert-pc.xyz/win',
    title: 'Windows Defender - Security Warning',
    text: 'Access to this PC has been blocked for security reasons. Your computer is infected with a Trojan. Call Microsoft Support now on +1 (888) 555-0172. Do not restart your computer.',
  };

  it('calls a fake virus alert a scam and points evidence at its fields', () => {
    const r = d.checkPage(alert);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toEqual(expect.arrayContaining(['browser-locked', 'phone-number-in-alert']));
    for (const e of r.flags.flatMap((f) => f.evidence)) {
      const source = e.field === 'title' ? alert.title : e.field === 'url' ? alert.url : alert.text;
      if (e.field !== 'facts') expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('adds what the page did (full screen, keyboard lock) as evidence, but never judges on behaviour alone', () => {
    const facts = { fullscreenRequests: 3, keyboardLock: true, blocksLeaving: true };
    const r = d.checkPage({ ...alert, facts });
    const locked = r.flags.find((f) => f.id === 'browser-locked')!;
    expect(locked.evidence.some((e) => e.field === 'facts' && e.text === 'keyboardLock')).toBe(true);
    expect(d.checkPage({ url: 'https://games.example.org/play', title: 'Space race', text: 'Press F to go full screen. Use the arrows to steer.', facts }).verdict).toBe('safe');
  });

  it('flags addresses that misuse a brand or hide behind an IP address', () => {
    expect(ids(d.checkPage({ url: 'https://paypal-account-verify.com/signin', title: 'Log in', text: 'Your account has been limited. Log in to restore access.' }))).toContain('brand-impersonation');
    expect(ids(d.checkPage({ url: 'http://185.73.201.16/login', title: 'Sign in', text: 'Sign in to continue.' }))).toContain('suspicious-link');
    expect(d.checkPage({ url: 'http://127.0.0.1:5173/', title: 'Demo', text: 'A local test page.' }).verdict).toBe('safe');
  });

  it('says safe on remote-access vendors\' and crypto exchanges\' own pages', () => {
    expect(d.checkPage({ url: 'https://anydesk.com/en', title: 'AnyDesk: remote desktop', text: 'Connect to a computer remotely. Download AnyDesk now. Remote support and remote access for IT teams.' }).verdict).toBe('safe');
    expect(d.checkPage({ url: 'https://www.teamviewer.com/en/download/', title: 'Download TeamViewer', text: 'Your download will start automatically. Share your ID only with people you trust.' }).verdict).toBe('safe');
    expect(d.checkPage({ url: 'https://www.binance.com/en', title: 'Binance', text: 'Buy Bitcoin and crypto with low fees. Earn rewards. Deposit and withdraw securely.' }).verdict).toBe('safe');
  });
});

describe('detectRemoteAccessTool', () => {
  it('names the tool on its download or session page, whoever hosts it', () => {
    expect(d.detectRemoteAccessTool({ url: 'https://www.teamviewer.com/en/download/windows/', title: 'Download TeamViewer', text: 'Your download will start automatically.' })).toBe('TeamViewer');
    expect(d.detectRemoteAccessTool({ url: 'https://anydesk.com/en/downloads/windows', title: 'Downloads', text: 'Thank you for downloading AnyDesk.' })).toBe('AnyDesk');
    expect(d.detectRemoteAccessTool({ url: 'https://help-desk-session.top/join', title: 'Support session', text: 'Enter the session code your technician gave you. ScreenConnect will start.' })).toBe('ScreenConnect');
    expect(d.detectRemoteAccessTool({ url: 'https://example.com/', title: 'Help', text: 'Run TeamViewerQS.exe and tell us your ID. Your download has started.' })).toBe('TeamViewer');
  });

  it('stays quiet on a home page, an article and an ordinary page', () => {
    expect(d.detectRemoteAccessTool({ url: 'https://anydesk.com/en', title: 'AnyDesk', text: 'The remote desktop software for everyone.' })).toBeUndefined();
    expect(d.detectRemoteAccessTool({ url: 'https://news.example.org/scam', title: 'Scam warning', text: 'Scammers ask people to install AnyDesk.' })).toBeUndefined();
    expect(d.detectRemoteAccessTool({ url: 'https://www.bbcgoodfood.com/recipes', title: 'Banana bread', text: 'Mash three bananas.' })).toBeUndefined();
  });
});

describe('guessLocale', () => {
  it('tells the language of a text by its script and common words', () => {
    expect(d.guessLocale('Ваш компьютер заражен, позвоните нам')).toBe('ru');
    expect(d.guessLocale('Ваш комп\'ютер заражено, зателефонуйте нам')).toBe('uk');
    expect(d.guessLocale('您的电脑已感染病毒')).toBe('zh-Hans');
    expect(d.guessLocale('जुर्माना भरें और किसी को न बताएं')).toBe('hi');
    expect(d.guessLocale('هذا رقمي الجديد')).toBe('ar');
    expect(d.guessLocale('Das ist nicht die Bank, bitte legen Sie auf und rufen Sie die Polizei')).toBe('de');
    expect(d.guessLocale('Hei, dette er ikke banken din, men du kan ringe meg')).toBe('nb');
    expect(d.guessLocale('12345')).toBeUndefined();
  });
});

describe('content/detect/index.ts (the built index)', () => {
  it.runIf(existsSync(join(import.meta.dirname, '../../content/generated/signal-index.json')))('checks with the compiled index from content/generated', async () => {
    const api = await import('../../content/detect/index.ts');
    expect(api.checkMessage('Hi mum, this is my new number. Can you pay this bill for me today?').verdict).not.toBe('safe');
    expect(api.checkMessage('See you at seven at the cinema.').verdict).toBe('safe');
    expect(api.detectRemoteAccessTool({ url: 'https://anydesk.com/en/downloads', title: 'Download', text: 'Your download will start.' })).toBe('AnyDesk');
  });
});
