import type { ErrorBody, Location, Page } from '@franscore/domain';
import { demoWorld, DemoWorld } from '../support/demo-world';
import { RunningServer, startServer } from '../support/server';

const HEADER = 'code,name,address,region_code,franchisee,time_zone,mon,tue,wed,thu,fri,sat,sun';

describe('locations CSV import', () => {
  let server: RunningServer;
  let w: DemoWorld;

  beforeAll(async () => {
    server = await startServer();
    w = await demoWorld(server);
  });
  afterAll(() => server?.close());

  const total = async () => (await w.clients.admin.get<Page<Location>>('/api/locations?pageSize=1')).body.total;
  const row = (code: string, overrides: Partial<Record<'region' | 'franchisee' | 'tz' | 'mon', string>> = {}) =>
    [code, `Imported ${code}`, '"1 Import Road, Leeds"', overrides.region ?? w.regions[0].code, `"${overrides.franchisee ?? w.locations[0].franchiseeName}"`, overrides.tz ?? 'Europe/London', overrides.mon ?? '09:00-21:00', '', '', '', '', '', ''].join(',');

  it('imports nothing when any row is bad and names every bad line and column', async () => {
    const before = await total();
    const csv = [HEADER, row('IMP-001'), row('IMP-002', { region: 'NOPE' }), row('IMP-003'), row('IMP-004', { tz: 'Moon/Base', mon: '9 to 5' }), row(w.locations[0].code)].join('\n');
    const res = await w.clients.admin.post<ErrorBody>('/api/locations/import', csv, 'text/csv');
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toEqual([
      'line 3, region_code',
      'line 5, mon',
      'line 5, time_zone',
      'line 6, code',
    ]);
    expect(await total()).toBe(before);
  });

  it('imports every row of a good file, visible to the franchisee who owns them', async () => {
    const before = await total();
    const csv = [HEADER, row('IMP-101'), row('IMP-102')].join('\n');
    const res = await w.clients.admin.post<{ imported: number }>('/api/locations/import', csv, 'text/csv');
    expect(res).toMatchObject({ status: 201, body: { imported: 2 } });
    expect(await total()).toBe(before + 2);
    const owner = w.locations[0].franchiseeId;
    const seen = await w.clients.franchisee.get<Page<Location>>('/api/locations?search=IMP-10&pageSize=10');
    const expectedForFranchisee = owner === w.users.franchisee.franchiseeId ? 2 : 0;
    expect(seen.body.total).toBe(expectedForFranchisee);
  });
});
