/**
 * Ratios, not seconds: each figure is how many times longer the measured work takes than a baseline
 * measured in the same run, interleaved round by round, so a busy or slow machine moves both alike.
 */
export interface Comparison {
  name: string;
  baseline: string;
  medianRatio: number;
  lowRatio: number;
  highRatio: number;
}

const ROUNDS = 15;

async function timeIt(work: () => unknown, iterations: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await work();
  return (performance.now() - start) / iterations;
}

/** Picks an iteration count that takes about `targetMs` per round, so short work is not lost in timer noise. */
async function calibrate(work: () => unknown, targetMs = 40): Promise<number> {
  let iterations = 1;
  while (iterations < 1_000_000) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) await work();
    if (performance.now() - start >= targetMs) break;
    iterations *= 2;
  }
  return iterations;
}

export async function compare(name: string, work: () => unknown, baseline: string, base: () => unknown): Promise<Comparison> {
  const workIterations = await calibrate(work);
  const baseIterations = await calibrate(base);
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const b = await timeIt(base, baseIterations);
    const w = await timeIt(work, workIterations);
    ratios.push(w / b);
  }
  ratios.sort((x, y) => x - y);
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))]!;
  return { name, baseline, medianRatio: at(0.5), lowRatio: at(0.25), highRatio: at(0.75) };
}

export function formatTable(rows: readonly Comparison[]): string {
  const lines = rows.map(
    (row) =>
      `${row.name.padEnd(52)} ${row.medianRatio.toFixed(2).padStart(8)}x  (IQR ${row.lowRatio.toFixed(2)}-${row.highRatio.toFixed(2)})  of ${row.baseline}`,
  );
  return ['work'.padEnd(52) + '   ratio', ...lines].join('\n');
}
