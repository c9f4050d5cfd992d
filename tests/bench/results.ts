import { writeFile } from 'node:fs/promises';

/** One line of bench-results.json. `goal` is compared with `ratio` or with `measured`, as `goalOn` says. */
export interface Figure {
  figure: string;
  measured: number;
  baseline: number;
  ratio: number;
  goal: number | null;
  goalOn: 'ratio' | 'measured';
  unit: string;
}

export function figure(name: string, measured: number, baseline: number, unit: string, goal: number | null = null, goalOn: 'ratio' | 'measured' = 'ratio'): Figure {
  const round = (value: number) => Math.round(value * 100) / 100;
  return { figure: name, measured: round(measured), baseline: round(baseline), ratio: round(baseline > 0 ? measured / baseline : 0), goal, goalOn, unit };
}

export function meetsGoal(row: Figure): boolean | null {
  if (row.goal === null) return null;
  return (row.goalOn === 'ratio' ? row.ratio : row.measured) <= row.goal;
}

export function formatFigure(row: Figure): string {
  const verdict = meetsGoal(row);
  const goal = row.goal === null ? 'no goal' : `goal ${row.goalOn === 'ratio' ? `<= ${row.goal}x` : `<= ${row.goal} ${row.unit}`}`;
  const mark = verdict === null ? '' : verdict ? '  ok' : '  MISSES';
  return `${row.figure.padEnd(64)} ${String(row.measured).padStart(9)} vs ${String(row.baseline).padStart(9)} ${row.unit.padEnd(3)} = ${row.ratio.toFixed(2).padStart(6)}x  (${goal})${mark}`;
}

export async function writeResults(path: string, rows: readonly Figure[]): Promise<void> {
  await writeFile(path, `${JSON.stringify(rows, null, 2)}\n`);
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export const percentile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
};
