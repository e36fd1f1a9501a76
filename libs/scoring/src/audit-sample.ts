import type { Severity } from '@franscore/domain';
import { SeededRandom } from './seeded-random';

export interface SampleCandidate {
  id: string;
  severity: Severity;
}

const ORDER: readonly Severity[] = ['critical', 'major', 'minor'];

/**
 * A stratified sample of handled complaints for an audit: every severity
 * present gets at least one case (critical first), the rest in proportion.
 * The same candidates, size and seed always give the same sample.
 */
export function sampleCases(candidates: readonly SampleCandidate[], size: number, seed: number): string[] {
  const strata = ORDER.map((s) => candidates.filter((c) => c.severity === s).sort((a, b) => (a.id < b.id ? -1 : 1))).filter((s) => s.length);
  const target = Math.min(size, candidates.length);
  const quota = strata.map(() => 0);
  for (let i = 0; i < strata.length && i < target; i++) quota[i] = 1;
  let left = target - quota.reduce((a, b) => a + b, 0);
  while (left > 0) {
    // Give the next case to the stratum furthest below its proportional share.
    let best = -1;
    let bestGap = -Infinity;
    strata.forEach((s, i) => {
      if (quota[i] >= s.length) return;
      const gap = (s.length / candidates.length) * target - quota[i];
      if (gap > bestGap) [best, bestGap] = [i, gap];
    });
    quota[best]++;
    left--;
  }
  const rnd = new SeededRandom(seed);
  const picked: string[] = [];
  strata.forEach((s, i) => {
    const pool = [...s];
    for (let k = 0; k < quota[i]; k++) picked.push(pool.splice(Math.floor(rnd.next() * pool.length), 1)[0].id);
  });
  return picked;
}
