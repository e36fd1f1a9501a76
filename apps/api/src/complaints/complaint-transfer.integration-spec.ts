import type { ComplaintDetail, ComplaintSummary, ErrorBody, Page } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { ComplaintTransferService } from './complaint-transfer.service';
import { startTestApp, TestApp } from '../test/test-app';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';

const HEADER = 'reference,location_code,channel,category,severity,received_at,description,remedy_sought,contact_email,contact_phone,events';

describe(ComplaintTransferService.name, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;
  let franchisee: ApiClient;
  let ownCode: string;
  let otherCode: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t);
    [admin, franchisee] = await Promise.all([world.signIn('admin'), world.signIn('franchisee')]);
    const fid = world.net.users.find((u) => u.email === 'franchisee@franscore.demo')?.franchiseeId;
    ownCode = world.net.locations.find((l) => l.franchiseeId === fid)?.code as string;
    otherCode = world.net.locations.find((l) => l.franchiseeId !== fid)?.code as string;
  });
  afterAll(() => t.close());

  const count = async () => Number((await t.ds.query(`SELECT count(*) AS n FROM complaint`))[0].n);
  const importCsv = (rows: string[]) => admin.post<ErrorBody & { imported: number }>('/api/complaints/import', [HEADER, ...rows].join('\n'), 'text/csv');

  it('imports nothing when a row is bad, naming line and column', async () => {
    const before = await count();
    const res = await importCsv([
      `ZD-1,${ownCode},email,food_quality,,2026-10-01T10:00:00Z,Cold soup,,,,acknowledged@2026-10-01T10:05:00Z`,
      `ZD-2,${ownCode},email,food_quality,,2026-10-01T10:00:00Z,Cold soup,,,,resolved@2026-10-01T10:05:00Z;resolved@2026-10-01T11:00:00Z`,
      `ZD-3,NOPE-1,email,food_quality,,2026-10-01T10:00:00Z,Cold soup,,,,`,
    ]);
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toEqual(['line 3, events', 'line 4, location_code']);
    expect(await count()).toBe(before);
  });

  it('imports complaints with their timelines, derived exactly as if handled live', async () => {
    const res = await importCsv([
      `ZD-10,${ownCode},email,food_quality,major,2026-10-05T10:00:00Z,Cold soup,Refund,ann@example.com,,acknowledged@2026-10-05T10:05:00Z;resolved@2026-10-05T12:00:00Z;followup_rating:5@2026-10-06T09:00:00Z`,
      `ZD-11,${otherCode},phone,hygiene,,2026-10-06T10:00:00Z,Dirty table,,,,`,
    ]);
    expect(res).toMatchObject({ status: 201, body: { imported: 2 } });
    const mine = await franchisee.get<Page<ComplaintSummary>>('/api/complaints?pageSize=200');
    expect(mine.body.items.map((c) => c.reference)).toEqual(['ZD-10']);
    const detail = await franchisee.get<ComplaintDetail>(`/api/complaints/${mine.body.items[0].id}`);
    expect(detail.body).toMatchObject({ status: 'closed', rating: 5, contact: { email: 'ann@example.com' } });
    expect(detail.body.events.map((e) => e.type)).toEqual(['acknowledged', 'resolved', 'followup_rating']);
    expect((await importCsv([`ZD-10,${ownCode},email,food_quality,,2026-10-05T10:00:00Z,Again,,,,`])).status).toBe(400);
  });

  it('exports the filtered list in scope as CSV, without personal data', async () => {
    const res = await fetch(`${t.baseUrl}/api/complaints/export?category=food_quality`, { headers: { cookie: franchisee.cookieHeader() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('reference,location_code,location_name,channel,category,severity,status,received_at,acknowledge_sla,resolve_sla,dispute');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['ZD-10']);
    expect(lines.join('\n')).not.toMatch(/ann@example.com/);
  });

  it('refuses the import to anyone but an admin', async () => {
    expect((await franchisee.post('/api/complaints/import', `${HEADER}\n`, 'text/csv')).status).toBe(403);
  });
});
