/** Overall and component scores: one decimal, as DOMAIN.md rounds them; null when absent. */
export function formatScore(value: number | null | undefined, language: string): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export type ChangeDirection = 'up' | 'down' | 'same' | 'none';

export interface ScoreChange {
  readonly direction: ChangeDirection;
  /** Signed, one decimal ("+2.3", "−1.0"); empty when there is nothing to compare. */
  readonly text: string;
}

/**
 * The change against the previous period. Both are already rounded to one
 * decimal by the server, so the difference is rounded again only to drop
 * floating-point noise (80.3 - 80.1 = 0.19999...).
 */
export function scoreChange(
  current: number | null,
  previous: number | null,
  language: string,
): ScoreChange {
  if (current === null || previous === null) return { direction: 'none', text: '' };
  const delta = Math.round((current - previous) * 10) / 10;
  if (delta === 0) return { direction: 'same', text: formatScore(0, language) ?? '' };
  const magnitude = formatScore(Math.abs(delta), language) ?? '';
  // U+2212, the minus sign screen readers read as "minus".
  return delta > 0
    ? { direction: 'up', text: `+${magnitude}` }
    : { direction: 'down', text: `\u2212${magnitude}` };
}
