import type { ComplaintReceipt, Location } from '@franscore/domain';
import { ComplaintTransferService } from './complaint-transfer.service';
import { signInFirstAdmin } from '../test/admin';
import { ALWAYS_OPEN } from '../test/scenario';
import { startTestApp, TestApp } from '../test/test-app';

/** A location name is typed by people; the export must never hand a spreadsheet a formula to run. */
describe(`${ComplaintTransferService.name} export`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('neutralizes a location name that is a formula, and keeps the row otherwise as it was', async () => {
    const admin = await signInFirstAdmin(t);
    const regionId = (await admin.post<{ id: string }>('/api/regions', { code: 'CSV', name: 'Exports' })).body.id;
    const franchiseeId = (await admin.post<{ id: string }>('/api/franchisees', { legalName: 'Export Foods Ltd' })).body.id;
    const name = "=cmd|' /C calc'!A0";
    const loc = await admin.post<Location>('/api/locations', { code: 'CSV-1', name, address: '1 Test Road', regionId, franchiseeId, timeZone: 'UTC', businessHours: ALWAYS_OPEN });
    expect(loc.status).toBe(201);
    expect(loc.body.name).toBe(name);
    const filed = await fetch(`${t.baseUrl}/api/public/locations/CSV-1/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'csv-export-1' },
      body: JSON.stringify({ category: 'wait_time', description: 'Slow service' }),
    });
    expect(filed.status).toBe(201);
    const { reference } = (await filed.json()) as ComplaintReceipt;

    const res = await fetch(`${t.baseUrl}/api/complaints/export`, { headers: { cookie: admin.cookieHeader() } });
    expect(res.status).toBe(200);
    const [header, row, ...rest] = (await res.text()).split('\n');
    expect(rest).toEqual(['']);
    const cells = header.split(',');
    const values = row.split(',');
    expect(values).toHaveLength(cells.length);
    expect(values[cells.indexOf('location_name')]).toBe(`'${name}`);
    expect(values[cells.indexOf('reference')]).toBe(reference);
    expect(values[cells.indexOf('location_code')]).toBe('CSV-1');
  });
});
