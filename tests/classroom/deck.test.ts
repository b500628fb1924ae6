import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/locales.ts';
import { buildDeck, PLANS, slideIndex } from '../../widget/classroom/deck.ts';
import { GOLDEN_RULES } from '../../widget/classroom/golden-rules.ts';
import { LENGTHS } from '../../widget/classroom/state.ts';
import { english, lessons } from './lesson-content.ts';

const types = ['fake-tech-support', 'courier-fake-police'];

describe('the slides of a lesson', () => {
  it('has every part for each scam type, in the teacher order, with a unique deep-link id per slide', () => {
    const deck = buildDeck(english, { types, length: 40 });
    const ids = deck.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('title');
    expect(ids.slice(-2)).toEqual(['rules', 'end']);
    for (const type of types) {
      const steps = english.scamTypes.find((s) => s.id === type)!.script.length;
      const own = ids.filter((id) => id.startsWith(`${type}.`));
      expect(own).toEqual([
        `${type}.start`,
        ...Array.from({ length: steps }, (_, i) => [`${type}.says-${i + 1}`, `${type}.really-${i + 1}`]).flat(),
        `${type}.flags`,
        `${type}.now`,
        `${type}.paid`,
        `${type}.report`,
        `${type}.source`,
      ]);
    }
    expect(ids.indexOf('fake-tech-support.start')).toBeLessThan(ids.indexOf('courier-fake-police.start'));
  });

  it('reveals the script line by line in longer lessons, and shows each line with its answer in a short one', () => {
    const short = buildDeck(english, { types, length: 20 });
    const long = buildDeck(english, { types, length: 60 });
    expect(short.some((s) => s.kind === 'script' && !s.reveal)).toBe(false);
    expect(long.filter((s) => s.kind === 'script' && !s.reveal)).toHaveLength(long.filter((s) => s.kind === 'script' && s.reveal).length);
    expect(short.length).toBeLessThan(long.length);
    for (const length of LENGTHS) expect(PLANS[length].quizRound).toBeGreaterThan(0);
    expect(PLANS[20].quizRound).toBeLessThan(PLANS[60].quizRound);
  });

  it('keeps the same slide ids in every language, so a deep link works whatever the language', () => {
    const ids = buildDeck(english, { types, length: 40 }).map((s) => s.id);
    for (const locale of LOCALES) expect(buildDeck(lessons[locale], { types, length: 40 }).map((s) => s.id)).toEqual(ids);
  });

  it('finds a slide by id, and falls back to the first slide for an unknown one', () => {
    const deck = buildDeck(english, { types, length: 40 });
    expect(deck[slideIndex(deck, 'courier-fake-police.report')]?.id).toBe('courier-fake-police.report');
    expect(slideIndex(deck, 'no-such.slide')).toBe(0);
    expect(slideIndex(deck, undefined)).toBe(0);
  });

  it('skips unknown scam types rather than failing', () => {
    expect(buildDeck(english, { types: ['no-such-type'], length: 20 }).map((s) => s.id)).toEqual(['title', 'rules', 'end']);
  });

  it('builds the golden rules from tips that exist', () => {
    for (const id of GOLDEN_RULES) expect(english.advice.map((a) => a.id)).toContain(id);
  });
});
