import { LeagueRow } from '@franscore/domain';
import { LeagueCsvLabels, leagueCsv } from './league-csv';

function makeRow(overrides: Partial<LeagueRow> = {}): LeagueRow {
  return {
    scorecardId: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e00',
    locationId: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e01',
    locationCode: 'MSK-001',
    locationName: 'Tverskaya',
    regionId: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e02',
    regionName: 'Moscow',
    franchiseeId: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e03',
    franchiseeName: 'Alpha Foods LLC',
    overall: 75.1,
    band: 'watch',
    provisional: false,
    rank: 1,
    rankOf: 12,
    moneyAtRisk: null,
    previousOverall: 80.3,
    standing: 'official',
    revisionId: null,
    ...overrides,
  };
}

const labels: LeagueCsvLabels = {
  headers: {
    rank: 'Rank',
    code: 'Code',
    name: 'Name',
    region: 'Region',
    franchisee: 'Franchisee',
    overall: 'Overall',
    previous: 'Previous',
    change: 'Change',
    band: 'Band',
    provisional: 'Provisional',
    enforcement: 'Enforcement',
    rankOf: 'Ranked',
    revenueAtRisk: 'Revenue at risk',
    currency: 'Currency',
  },
  band: (band) => (band ? band.toUpperCase() : 'NO SCORE'),
  level: (level) => `L:${level}`,
  yes: 'yes',
  no: 'no',
};

describe(leagueCsv.name, () => {
  it('writes a header and one line per row, with the open case level', () => {
    const first = makeRow({
      moneyAtRisk: {
        recovered: 1,
        lost: 3,
        unknown: 2,
        complainants: 6,
        revenueAtRisk: 252_000,
        currency: 'RUB',
      },
    });
    const second = makeRow({
      locationId: '0b3f2b2e-4a55-4c39-8d7e-0f3c8a1d2e09',
      locationCode: 'MSK-002',
      locationName: 'Arbat, "the old one"',
      overall: null,
      band: null,
      provisional: true,
      rank: null,
      previousOverall: null,
    });
    const sut = leagueCsv(
      [first, second],
      new Map([[second.locationId, 'final_warning' as const]]),
      labels,
    );
    expect(sut).toBe(
      '\uFEFF' +
        'Rank,Code,Name,Region,Franchisee,Overall,Previous,Change,Band,Provisional,Enforcement,Ranked,Revenue at risk,Currency\r\n' +
        '1,MSK-001,Tverskaya,Moscow,Alpha Foods LLC,75.1,80.3,-5.2,WATCH,no,,12,252000,RUB\r\n' +
        ',MSK-002,"Arbat, ""the old one""",Moscow,Alpha Foods LLC,,,,NO SCORE,yes,L:final_warning,12,,\r\n',
    );
  });

  it('neutralizes names a spreadsheet would run as formulas; negative figures stay numbers', () => {
    const row = makeRow({
      locationName: "=cmd|' /C calc'!A0",
      franchiseeName: '@SUM(A1)',
      regionName: '-East',
    });
    const [, line] = leagueCsv([row], new Map(), labels).split('\r\n');
    expect(line).toBe(
      `1,MSK-001,'=cmd|' /C calc'!A0,'-East,'@SUM(A1),75.1,80.3,-5.2,WATCH,no,,12,,`,
    );
  });

  it('writes only the header without rows', () => {
    expect(leagueCsv([], new Map(), labels).split('\r\n')).toHaveLength(2);
  });
});
