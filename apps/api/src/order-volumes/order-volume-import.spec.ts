import { parseOrderVolumeCsv } from './order-volume-import';

const codes = new Map([['MSK-001', 'L1']]);

describe(parseOrderVolumeCsv.name, () => {
  it('reads one figure per location and day', () => {
    const { rows, problems } = parseOrderVolumeCsv('location_code,day,orders\nMSK-001,2026-10-01,1200\nMSK-001,2026-10-02,0', codes);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, locationId: 'L1', locationCode: 'MSK-001', day: '2026-10-01', orders: 1200 },
      { line: 3, locationId: 'L1', locationCode: 'MSK-001', day: '2026-10-02', orders: 0 },
    ]);
  });

  it.each([
    { row: 'NOPE,2026-10-01,5', column: 'location_code' },
    { row: 'MSK-001,2026-13-01,5', column: 'day' },
    { row: 'MSK-001,2026-10-01,-5', column: 'orders' },
    { row: 'MSK-001,2026-10-01,1.5', column: 'orders' },
    { row: 'MSK-001,2026-10-09,5', column: 'day' },
  ])('names $column in $row', ({ row, column }) => {
    const { problems } = parseOrderVolumeCsv(`location_code,day,orders\nMSK-001,2026-10-09,1\n${row}`, codes);
    expect(problems).toEqual([expect.objectContaining({ line: 3, column })]);
  });
});
