import { BandName, LeagueRow } from '@franscore/domain';
import { bandMatrix } from './band-matrix';

const MOSCOW = '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01';
const URALS = '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e02';
let n = 0;

function row(regionId: string, regionName: string, band: BandName | null): LeagueRow {
  n += 1;
  return {
    scorecardId: `0b3f2b2e-4a55-4c39-8d7e-${String(n).padStart(12, '0')}`,
    locationId: `1b3f2b2e-4a55-4c39-8d7e-${String(n).padStart(12, '0')}`,
    locationCode: `L-${n}`,
    locationName: `Location ${n}`,
    regionId,
    regionName,
    franchiseeId: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e03',
    franchiseeName: 'Alpha Foods LLC',
    overall: band === null ? null : 60,
    band,
    provisional: false,
    rank: null,
    rankOf: 0,
    moneyAtRisk: null,
    previousOverall: null,
    standing: 'official',
    revisionId: null,
  };
}

describe(bandMatrix.name, () => {
  it('counts each region by band, the most trouble first', () => {
    const sut = bandMatrix([
      row(MOSCOW, 'Moscow', 'good'),
      row(MOSCOW, 'Moscow', 'good'),
      row(MOSCOW, 'Moscow', 'watch'),
      row(URALS, 'Urals', 'closure'),
      row(URALS, 'Urals', 'warning'),
      row(URALS, 'Urals', null),
    ]);
    expect(sut.rows).toEqual([
      {
        regionId: URALS,
        regionName: 'Urals',
        counts: { good: 0, watch: 0, warning: 1, closure: 1, none: 1 },
        total: 3,
        trouble: 2,
      },
      {
        regionId: MOSCOW,
        regionName: 'Moscow',
        counts: { good: 2, watch: 1, warning: 0, closure: 0, none: 0 },
        total: 3,
        trouble: 0,
      },
    ]);
    expect(sut.totals).toEqual({ good: 2, watch: 1, warning: 1, closure: 1, none: 1 });
    expect(sut.total).toBe(6);
  });

  it('orders regions with equal trouble by name', () => {
    const sut = bandMatrix([row(URALS, 'Urals', 'good'), row(MOSCOW, 'Moscow', 'good')]);
    expect(sut.rows.map((r) => r.regionName)).toEqual(['Moscow', 'Urals']);
  });

  it('is empty without rows', () => {
    expect(bandMatrix([])).toEqual({
      rows: [],
      totals: { good: 0, watch: 0, warning: 0, closure: 0, none: 0 },
      total: 0,
    });
  });
});
