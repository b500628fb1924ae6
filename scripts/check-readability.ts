// Prints the reading grade of each English text entry and every sentence over 25 words.
// Usage: npx tsx scripts/check-readability.ts [kind]
import { readFileSync, readdirSync } from 'node:fs';
import { fleschKincaidGrade, sentences, words } from './readability.ts';

const only = process.argv[2];
const dir = 'content/text/en';
let problems = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && (!only || f === `${only}.json`))) {
  const entries = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>;
  for (const [id, value] of Object.entries(entries)) {
    const strings = collect(value);
    const text = strings.map((s) => (/[.!?]$/.test(s) ? s : `${s}.`)).join(' ');
    const grade = fleschKincaidGrade(text);
    const long = strings.flatMap(sentences).filter((s) => words(s).length > 25);
    const bad = grade > 7 || long.length > 0;
    if (bad) problems++;
    console.log(`${bad ? 'FIX' : 'ok '} ${file} ${id}: grade ${grade.toFixed(1)}${long.map((s) => `\n    long sentence (${words(s).length} words): ${s}`).join('')}`);
  }
}
console.log(problems === 0 ? 'All English text reads at grade 7 or below.' : `${problems} entries to simplify.`);

function collect(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(collect);
  if (v && typeof v === 'object') return Object.values(v).flatMap(collect);
  return [];
}
