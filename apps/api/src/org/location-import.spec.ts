import { existingCodeErrors, ImportLookups, parseLocationCsv } from './location-import';

const REGION = '11111111-1111-4111-8111-111111111111';
const FRANCHISEE = '22222222-2222-4222-8222-222222222222';
const lookups = (): ImportLookups => ({
  regionIdByCode: new Map([['MSK', REGION]]),
  franchiseeIdsByName: new Map([['Acme LLC', [FRANCHISEE]], ['Twin LLC', [REGION, FRANCHISEE]]]),
});
const HEADER = 'code,name,address,region_code,franchisee,time_zone,mon,tue,wed,thu,fri,sat,sun';

describe(parseLocationCsv.name, () => {
  it('turns good rows into locations', () => {
    const csv = `${HEADER}\nMSK-002,Arbat,"Arbat 1, Moscow",MSK,Acme LLC,Europe/Moscow,09:00-21:00,09:00-21:00,09:00-21:00,09:00-21:00,09:00-23:00,10:00-02:00,`;
    const { rows, errors } = parseLocationCsv(csv, lookups());
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0].location).toMatchObject({
      code: 'MSK-002',
      address: 'Arbat 1, Moscow',
      regionId: REGION,
      franchiseeId: FRANCHISEE,
      businessHours: { mon: { open: '09:00', close: '21:00' }, sat: { open: '10:00', close: '02:00' }, sun: null },
    });
  });

  it.each([
    { name: 'unknown region', row: 'MSK-003,A,B,XXX,Acme LLC,Europe/Moscow,,,,,,,', column: 'region_code' },
    { name: 'unknown franchisee', row: 'MSK-003,A,B,MSK,Nobody,Europe/Moscow,,,,,,,', column: 'franchisee' },
    { name: 'ambiguous franchisee', row: 'MSK-003,A,B,MSK,Twin LLC,Europe/Moscow,,,,,,,', column: 'franchisee' },
    { name: 'bad time zone', row: 'MSK-003,A,B,MSK,Acme LLC,Mars/Olympus,,,,,,,', column: 'time_zone' },
    { name: 'bad hours', row: 'MSK-003,A,B,MSK,Acme LLC,Europe/Moscow,9-5,,,,,,', column: 'mon' },
    { name: 'bad code', row: 'msk 3,A,B,MSK,Acme LLC,Europe/Moscow,,,,,,,', column: 'code' },
    { name: 'empty name', row: 'MSK-003,,B,MSK,Acme LLC,Europe/Moscow,,,,,,,', column: 'name' },
  ])('names line and column for $name', ({ row, column }) => {
    const good = 'MSK-010,Good,Addr,MSK,Acme LLC,Europe/Moscow,,,,,,,';
    const { rows, errors } = parseLocationCsv(`${HEADER}\n${good}\n${row}`, lookups());
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors).toEqual([expect.objectContaining({ line: 3, column })]);
  });

  it('reports every bad row, not just the first', () => {
    const csv = `${HEADER}\nMSK-003,A,B,XXX,Acme LLC,Europe/Moscow,,,,,,,\nMSK-004,A,B,MSK,Acme LLC,Nowhere/Zone,,,,,,,\nMSK-004,A,B,MSK,Acme LLC,Europe/Moscow,,,,,,,`;
    const { errors } = parseLocationCsv(csv, lookups());
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'region_code'],
      [3, 'time_zone'],
      [4, 'code'],
    ]);
  });

  it('names a missing or unknown column on line 1', () => {
    const { errors } = parseLocationCsv('code,name,colour\nX-1,A,red', lookups());
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, column: 'address', message: 'missing column' }),
        expect.objectContaining({ line: 1, column: 'colour', message: 'unknown column' }),
      ]),
    );
  });
});

describe(existingCodeErrors.name, () => {
  it('names the line of a code the network already has', () => {
    const { rows } = parseLocationCsv(`${HEADER}\nMSK-001,A,B,MSK,Acme LLC,Europe/Moscow,,,,,,,\nMSK-002,A,B,MSK,Acme LLC,Europe/Moscow,,,,,,,`, lookups());
    expect(existingCodeErrors(rows, new Set(['MSK-001']))).toEqual([expect.objectContaining({ line: 2, column: 'code' })]);
  });
});
