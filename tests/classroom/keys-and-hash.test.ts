import { describe, expect, it } from 'vitest';
import { keyAction } from '../../widget/classroom/keys.ts';
import { pageUrlFrom } from '../../widget/classroom/mode.tsx';
import { parseHash, toHash } from '../../widget/classroom/state.ts';

describe('presenting keys', () => {
  it('moves with arrows, Page Up/Down and space, as keyboards and clickers send them', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].map((key) => keyAction({ key }))).toEqual(['next', 'next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].map((key) => keyAction({ key }))).toEqual(['prev', 'prev', 'prev', 'prev']);
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('prev');
    expect(keyAction({ key: 'Home' })).toBe('first');
    expect(keyAction({ key: 'End' })).toBe('last');
  });

  it('blanks with B (or ".", which some clickers send) and goes full screen with F', () => {
    expect(['b', 'B', '.'].map((key) => keyAction({ key }))).toEqual(['blank', 'blank', 'blank']);
    expect(['f', 'F'].map((key) => keyAction({ key }))).toEqual(['fullscreen', 'fullscreen']);
  });

  it('swaps the arrows in right-to-left languages, and leaves browser shortcuts alone', () => {
    expect(keyAction({ key: 'ArrowLeft' }, 'rtl')).toBe('next');
    expect(keyAction({ key: 'ArrowRight' }, 'rtl')).toBe('prev');
    expect(keyAction({ key: 'f', ctrlKey: true })).toBeUndefined();
    expect(keyAction({ key: 'x' })).toBeUndefined();
  });
});

describe('deep links in the URL hash', () => {
  it('round-trips the settings, the view and the slide', () => {
    const info = {
      settings: { lang: 'ar' as const, types: ['fake-tech-support', 'courier-fake-police'], length: 20 as const, country: 'gb', qr: 'https://example.org/scams?x=1', paper: 'letter' as const },
      view: 'slides' as const,
      slide: 'fake-tech-support.really-2',
      session: 'abc123',
      presenter: true,
    };
    const hash = toHash(info);
    expect(hash).toContain('types=fake-tech-support,courier-fake-police');
    expect(parseHash(hash)).toEqual(info);
  });

  it('ignores values it cannot use instead of failing', () => {
    const info = parseHash('#lang=xx&length=25&country=Great%20Britain&paper=a3&view=nowhere&qr=javascript:alert(1)&types=OK,fine&session=%3Cb%3E&call=Bad%20Id');
    expect(info).toEqual({ settings: { types: ['fine'] }, presenter: false });
    expect(parseHash('')).toEqual({ settings: {}, presenter: false });
  });
});

describe('the lesson page, as the widget finds it', () => {
  it('sits beside the widget script, however deep the chunk that asks is', () => {
    expect(pageUrlFrom('https://cdn.example.org/scam-tips/chunks/abc123/classroom.js')).toBe('https://cdn.example.org/scam-tips/classroom.html');
    expect(pageUrlFrom('https://example.org/w/chunks/classroom-x1.js')).toBe('https://example.org/w/classroom.html');
    expect(pageUrlFrom('https://example.org/w/classroom-x1.js')).toBe('https://example.org/w/classroom.html');
  });
});
