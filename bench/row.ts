// One figure of `npm run bench`. A section (bench/sections/<name>.ts) exports a default async
// function returning rows; bench/run.ts runs every section, prints a table and writes
// bench/results.json.
export interface Row {
  name: string;
  value: number;
  unit: string;
  /** The target, when there is one. */
  goal?: number;
  /** Which side of the goal is good (default: lower, as for sizes and times). */
  better?: 'lower' | 'higher';
}

/** Whether a row meets its goal (undefined when it has none). */
export function meetsGoal(row: Row): boolean | undefined {
  if (row.goal === undefined) return undefined;
  return row.better === 'higher' ? row.value >= row.goal : row.value <= row.goal;
}
