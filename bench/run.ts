// `npm run bench` (after `npm run build`): runs every section in bench/sections (or the ones named
// on the command line, keeping the other sections' figures from the last run), prints one table and
// writes bench/results.json. With `--readme` it also
// puts the table, as Markdown, in README.md's performance section (between the bench markers).
// To add figures, add a file bench/sections/<name>.ts whose default export is an async function
// returning Row[] (bench/row.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { meetsGoal, type Row } from './row.ts';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const toReadme = args.includes('--readme');
const only = args.filter((a) => a !== '--readme');
const sections = readdirSync(join(here, 'sections'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

type Result = Row[] | { error: string };
const resultsFile = join(here, 'results.json');
/** Sections measured by an earlier run, kept when only some sections are run now. */
function earlier(): Record<string, Result> {
  if (only.length === 0) return {};
  try {
    const old = JSON.parse(readFileSync(resultsFile, 'utf8')) as { sections?: Record<string, Result> };
    const known = new Set(readdirSync(join(here, 'sections')).map((f) => f.replace(/\.ts$/, '')));
    return Object.fromEntries(Object.entries(old.sections ?? {}).filter(([name]) => known.has(name) && !only.includes(name)));
  } catch {
    return {};
  }
}
const kept = earlier();
if (Object.keys(kept).length > 0) console.error(`bench: keeping the last run's figures for ${Object.keys(kept).join(', ')}`);
const results: Record<string, Result> = {};
let failed = false;
for (const name of sections) {
  const started = performance.now();
  try {
    const module = (await import(pathToFileURL(join(here, 'sections', `${name}.ts`)).href)) as { default?: () => Promise<Row[]> };
    if (typeof module.default !== 'function') throw new Error('has no default export returning rows');
    results[name] = await module.default();
    console.error(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    failed = true;
    results[name] = { error: e instanceof Error ? e.message : String(e) };
    console.error(`bench: ${name} failed: ${results[name].error}`);
  }
}

Object.assign(results, kept);
const table: string[][] = [['section', 'figure', 'value', 'goal', '']];
for (const [section, rows] of Object.entries(results).sort(([a], [b]) => a.localeCompare(b))) {
  if (!Array.isArray(rows)) {
    table.push([section, 'error', rows.error, '', 'FAIL']);
    continue;
  }
  for (const row of rows) {
    const ok = meetsGoal(row);
    const goal = row.goal === undefined ? '' : `${row.better === 'higher' ? '>=' : '<='} ${row.goal} ${row.unit}`;
    table.push([section, row.name, `${row.value} ${row.unit}`, goal, ok === undefined ? '' : ok ? 'ok' : 'MISS']);
  }
}
const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
for (const [i, r] of table.entries()) {
  console.log(r.map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

const machine = { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, date: new Date().toISOString() };
writeFileSync(resultsFile, `${JSON.stringify({ machine, sections: results }, null, 2)}\n`);
console.log(`\nwritten to bench/results.json (${machine.cpu}, ${machine.cores} cores, Node ${machine.node})`);

if (toReadme) {
  const readme = join(here, '..', 'README.md');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const text = readFileSync(readme, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`bench: README.md has no ${start} ... ${end} markers; the table was not written there`);
    failed = true;
  } else {
    const cell = (c: string) => c.replace(/\|/g, '\\|');
    const md = [
      `Measured ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}.`,
      '',
      `| ${table[0]!.map(cell).join(' | ')} |`,
      `|${table[0]!.map(() => ' --- ').join('|')}|`,
      ...table.slice(1).map((r) => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n');
    writeFileSync(readme, `${text.slice(0, from + start.length)}\n${md}\n${text.slice(to)}`);
    console.log('written to README.md (performance section)');
  }
}
if (failed) process.exitCode = 1;
