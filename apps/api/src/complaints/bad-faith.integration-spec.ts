import type { ComplaintDetail, ComplaintFlag, ComplaintReceipt, ErrorBody, FlaggedComplaint } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { startTestApp, TestApp } from '../test/test-app';
import { withDemoNetwork, DemoTestWorld } from '../test/demo-users';

function found<T>(row: T | undefined): T {
  if (row === undefined) throw new Error('the demo network lacks a row this test needs');
  return row;
}

/** DOMAIN.md "Bad-faith signals" through the API: who sees the flag and which complaints behind it. */
describe('Bad-faith flags (GET /api/complaints/:id/flag, GET /api/complaint-flags)', () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let pattern: ComplaintReceipt[];
  let single: ComplaintReceipt;
  let admin: ApiClient;
  let franchisee: ApiClient;
  let staff: ApiClient;

  const file = async (code: string, key: string, contact: object): Promise<ComplaintReceipt> => {
    const res = await fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ category: 'food_quality', description: 'Cold food again, as every time', contact }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as ComplaintReceipt;
  };
  // The test app runs on its own clock: the period is the day the complaints were received.
  let filedOn: Date;
  const today = () => filedOn.toISOString().slice(0, 10);
  const tomorrow = () => new Date(filedOn.getTime() + 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t);
    const { net } = world;
    const active = net.locations.filter((l) => l.status === 'active');
    const first = found(active[0]);
    const others = active.filter((l) => l.franchiseeId !== first.franchiseeId);
    const second = found(others[0]);
    const third = found(others.find((l) => l.id !== second.id));
    const staffAt = net.users.filter((u) => u.role === 'location_staff').findIndex((u) => u.locationId === first.id);
    const ownerAt = net.users.filter((u) => u.role === 'franchisee').findIndex((u) => u.franchiseeId === first.franchiseeId);
    admin = await world.signIn('admin');
    franchisee = await world.signIn('franchisee', ownerAt);
    staff = staffAt >= 0 ? await world.signIn('location_staff', staffAt) : await world.signIn('location_staff');
    // One customer, three locations, one day: the first gave both, the second only the e-mail, the third only the phone (written differently).
    pattern = [
      await file(first.code, 'bad-faith-0001', { email: 'Serial.Filer@example.com', phone: '+7 (916) 555-01-01' }),
      await file(second.code, 'bad-faith-0002', { email: 'serial.filer@example.com' }),
      await file(third.code, 'bad-faith-0003', { phone: '79165550101' }),
    ];
    single = await file(first.code, 'bad-faith-0004', { email: 'once@example.com' });
    filedOn = new Date((await admin.get<ComplaintDetail>(`/api/complaints/${single.id}`)).body.receivedAt);
  });
  afterAll(() => t.close());

  it('flags every complaint of a customer who filed at three locations, naming the others for head office', async () => {
    for (const [i, receipt] of pattern.entries()) {
      const res = await admin.get<ComplaintFlag>(`/api/complaints/${receipt.id}/flag`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ flagged: true, rules: ['many_locations'], relatedElsewhere: 0 });
      expect(res.body.related.map((r) => r.reference).sort()).toEqual(pattern.filter((_, j) => j !== i).map((p) => p.reference).sort());
      expect(JSON.stringify(res.body)).not.toMatch(/serial\.filer|5550101|555-01-01/i);
    }
  });

  it('shows the franchisee the flag but only counts the complaints at other franchisees\' locations', async () => {
    const res = await franchisee.get<ComplaintFlag>(`/api/complaints/${pattern[0].id}/flag`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ flagged: true, related: [], relatedElsewhere: 2 });
    expect((await franchisee.get<ErrorBody>(`/api/complaints/${pattern[1].id}/flag`)).status).toBe(404);
  });

  it('does not flag a customer who complained once', async () => {
    const res = await admin.get<ComplaintFlag>(`/api/complaints/${single.id}/flag`);
    expect(res.body).toMatchObject({ flagged: false, rules: [], related: [] });
  });

  it('lists the flagged complaints of a period for head office, within the caller\'s scope for others', async () => {
    const all = await admin.get<FlaggedComplaint[]>(`/api/complaint-flags?from=${today()}&to=${tomorrow()}`);
    expect(all.status).toBe(200);
    expect(all.body.map((f) => f.id).sort()).toEqual(pattern.map((p) => p.id).sort());
    expect(all.body.every((f) => f.relatedCount === 2)).toBe(true);
    const own = await franchisee.get<FlaggedComplaint[]>(`/api/complaint-flags?from=${today()}&to=${tomorrow()}`);
    expect(own.body.map((f) => f.id)).toEqual([pattern[0].id]);
  });

  it('keeps flags from location staff', async () => {
    expect([403, 404]).toContain((await staff.get<ErrorBody>(`/api/complaints/${pattern[0].id}/flag`)).status);
  });

  it('names the field of a bad period', async () => {
    const res = await admin.get<ErrorBody>(`/api/complaint-flags?from=${tomorrow()}&to=${today()}`);
    expect(res.status).toBe(400);
    expect(res.body.details?.[0]?.field).toBe('to');
  });
});
