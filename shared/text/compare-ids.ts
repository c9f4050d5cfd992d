/**
 * Orders ids (machine-made, never shown) by their code units: a fixed tie-break so equal-dated entries never
 * swap places between renders. Not `localeCompare`: that builds the platform's collation tables the first
 * time it runs, about 15 ms that landed on the first screen's render (the timeline's sort, issue 16), for
 * strings no person reads.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
