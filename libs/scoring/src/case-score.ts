/** One LATTE+ criterion: 0 not done, 1 partly, 2 done well, null = N/A. */
export type CriterionScore = 0 | 1 | 2 | null;

/** DOMAIN.md: case score = 100 * points / (2 * criteria not N/A); null when every criterion is N/A. */
export function caseScore(criteria: readonly CriterionScore[]): number | null {
  const rated = criteria.filter((c): c is 0 | 1 | 2 => c !== null);
  if (rated.length === 0) return null;
  return (100 * rated.reduce<number>((s, c) => s + c, 0)) / (2 * rated.length);
}
