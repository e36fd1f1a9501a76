import { BandName } from '@franscore/domain';

export interface TrendPoint {
  readonly period: string;
  readonly overall: number | null;
  readonly band: BandName | null;
}

export interface TrendBar extends TrendPoint {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TrendLayout {
  readonly width: number;
  /** The plot's height; scores run 0-100 over it. */
  readonly height: number;
  readonly gap: number;
}

/**
 * Bars of a score trend, oldest on the left, on a fixed 0-100 scale so two
 * charts compare at a glance. A period without a score keeps its slot, empty.
 */
export function trendBars(points: readonly TrendPoint[], layout: TrendLayout): TrendBar[] {
  if (points.length === 0) return [];
  const slot = layout.width / points.length;
  const width = Math.max(1, slot - layout.gap);
  return points.map((point, i) => {
    const score = point.overall === null ? 0 : Math.min(100, Math.max(0, point.overall));
    const height = (score / 100) * layout.height;
    return { ...point, x: i * slot + layout.gap / 2, y: layout.height - height, width, height };
  });
}

/** Oldest first, at most `limit` of the newest; the API lists a location's cards newest first. */
export function oldestFirst<T extends { readonly period: string }>(
  cards: readonly T[],
  limit: number,
): T[] {
  return [...cards].sort((a, b) => a.period.localeCompare(b.period)).slice(-limit);
}
