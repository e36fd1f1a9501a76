export type Band = 'good' | 'watch' | 'warning' | 'closure';

export interface BandThresholds {
  watch: number;
  warning: number;
  closure: number;
}

/** DOMAIN.md: good >= watch, watch >= warning, warning >= closure, else closure. Uses the rounded overall. */
export function bandFor(roundedOverall: number, t: BandThresholds): Band {
  if (roundedOverall >= t.watch) return 'good';
  if (roundedOverall >= t.warning) return 'watch';
  if (roundedOverall >= t.closure) return 'warning';
  return 'closure';
}
