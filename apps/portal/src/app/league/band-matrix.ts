import { BANDS, BandName, LeagueRow } from '@franscore/domain';

/** A band, or no score at all (no component had enough sample). */
export type MatrixColumn = BandName | 'none';
export const MATRIX_COLUMNS = [...BANDS, 'none'] as const satisfies readonly MatrixColumn[];

export type BandCounts = Readonly<Record<MatrixColumn, number>>;

export interface MatrixRow {
  readonly regionId: string;
  readonly regionName: string;
  readonly counts: BandCounts;
  readonly total: number;
  /** Locations in warning or closure: where trouble is. */
  readonly trouble: number;
}

export interface BandMatrix {
  readonly rows: readonly MatrixRow[];
  readonly totals: BandCounts;
  readonly total: number;
}

const zero = (): Record<MatrixColumn, number> => ({
  good: 0,
  watch: 0,
  warning: 0,
  closure: 0,
  none: 0,
});

/**
 * Regions x bands: how many of each region's locations landed in each band in
 * the period. Regions with the most trouble first (then by name), so the eye
 * goes where action is needed.
 */
export function bandMatrix(rows: readonly LeagueRow[]): BandMatrix {
  const regions = new Map<string, { regionName: string; counts: Record<MatrixColumn, number> }>();
  const totals = zero();
  for (const row of rows) {
    const column: MatrixColumn = row.band ?? 'none';
    const region = regions.get(row.regionId) ?? { regionName: row.regionName, counts: zero() };
    region.counts[column] += 1;
    regions.set(row.regionId, region);
    totals[column] += 1;
  }
  const matrixRows = [...regions].map(([regionId, { regionName, counts }]) => ({
    regionId,
    regionName,
    counts,
    total: MATRIX_COLUMNS.reduce((sum, column) => sum + counts[column], 0),
    trouble: counts.warning + counts.closure,
  }));
  matrixRows.sort((a, b) => b.trouble - a.trouble || a.regionName.localeCompare(b.regionName));
  return { rows: matrixRows, totals, total: rows.length };
}
