import { syllable } from 'syllable';

/** Splits English prose into sentences, keeping abbreviations like "e.g." and numbers like "£200" whole. */
export function sentences(text: string): string[] {
  return text
    .replace(/\b(e\.g|i\.e|etc|Mr|Mrs|Dr|St|vs)\./g, '$1')
    .split(/(?<=[.!?…])["”’)]*\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export function words(sentence: string): string[] {
  return sentence.split(/[\s—–]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Flesch-Kincaid grade level of a passage. */
export function fleschKincaidGrade(text: string): number {
  const all = sentences(text);
  const ws = all.flatMap(words);
  if (ws.length === 0) return 0;
  const syllables = ws.reduce((n, w) => n + Math.max(1, syllable(w.replace(/[^\p{L}']/gu, '') || 'a')), 0);
  return 0.39 * (ws.length / all.length) + 11.8 * (syllables / ws.length) - 15.59;
}
