import type { ComplaintReceipt, ComplaintSummary, ErrorBody, Page } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { startTestApp, TestApp } from '../test/test-app';
import { withDemoNetwork, DemoTestWorld } from '../test/demo-users';

function demoRow<T>(row: T | undefined): T {
  if (row === undefined) throw new Error('the demo network lacks a row this test needs');
  return row;
}

/** Finding a complaint from a phone call: by reference, words of the description, or (only for roles that see contacts) e-mail or phone. */
describe('Complaint search (q on GET /api/complaints)', () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let here: ComplaintReceipt;
  let elsewhere: ComplaintReceipt;
  const who: Record<'staff' | 'franchisee' | 'regional' | 'admin' | 'auditor', ApiClient> = {} as never;

  const file = async (code: string, key: string, body: unknown): Promise<ComplaintReceipt> => {
    const res = await fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as ComplaintReceipt;
  };
  const search = async (as: ApiClient, q: string) => {
    const res = await as.get<Page<ComplaintSummary>>(`/api/complaints?q=${encodeURIComponent(q)}&pageSize=100`);
    expect(res.status).toBe(200);
    return res.body.items.map((c) => c.id).sort();
  };

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t);
    const { net } = world;
    const staffUsers = net.users.filter((u) => u.role === 'location_staff');
    const staffAt = staffUsers.findIndex((u) => net.locations.find((l) => l.id === u.locationId)?.status === 'active');
    const loc = demoRow(net.locations.find((l) => l.id === staffUsers[staffAt].locationId));
    const nth = (role: 'franchisee' | 'regional_manager', ok: (u: (typeof net.users)[number]) => boolean) => net.users.filter((u) => u.role === role).findIndex(ok);
    const away = demoRow(net.locations.find((l) => l.status === 'active' && l.regionId !== loc.regionId && l.franchiseeId !== loc.franchiseeId));
    who.staff = await world.signIn('location_staff', staffAt);
    who.franchisee = await world.signIn('franchisee', nth('franchisee', (u) => u.franchiseeId === loc.franchiseeId));
    who.regional = await world.signIn('regional_manager', nth('regional_manager', (u) => u.regionIds.includes(loc.regionId) && !u.regionIds.includes(away.regionId)));
    who.admin = await world.signIn('admin');
    who.auditor = await world.signIn('auditor');
    const contact = { email: 'Nadia.Caller@example.com', phone: '+44 20 7946 0958' };
    here = await file(loc.code, 'search-here-0001', { category: 'food_quality', description: 'The zanzibar milkshake was warm', contact });
    elsewhere = await file(away.code, 'search-away-0001', { category: 'food_quality', description: 'Another zanzibar milkshake, also warm', contact });
  });
  afterAll(() => t.close());

  it('finds a complaint by its reference, in any case, for every role that sees it', async () => {
    for (const as of Object.values(who)) expect(await search(as, here.reference.toLowerCase())).toEqual([here.id]);
  });

  it('finds by words of the description, all of them, within the caller\'s scope only', async () => {
    expect(await search(who.staff, 'zanzibar warm')).toEqual([here.id]);
    expect(await search(who.franchisee, 'milkshake zanzibar')).toEqual([here.id]);
    expect(await search(who.regional, 'zanzibar')).toEqual([here.id]);
    expect(await search(who.admin, 'zanzibar milkshake')).toEqual([here.id, elsewhere.id].sort());
    expect(await search(who.admin, 'zanzibar burger')).toEqual([]);
  });

  it('finds by the customer\'s e-mail (any case) or phone (any formatting) for the roles that see contacts', async () => {
    for (const as of [who.staff, who.franchisee]) {
      expect(await search(as, 'nadia.caller@EXAMPLE.com')).toEqual([here.id]);
      expect(await search(as, '020-7946-0958')).toEqual([here.id]);
    }
    expect(await search(who.admin, 'nadia.caller@example.com')).toEqual([here.id, elsewhere.id].sort());
    expect(await search(who.auditor, '7946 0958')).toEqual([here.id, elsewhere.id].sort());
  });

  it('never finds a complaint by contact for a role that may not see contacts, nor out of scope', async () => {
    expect(await search(who.regional, 'nadia.caller@example.com')).toEqual([]);
    expect(await search(who.regional, '+44 20 7946 0958')).toEqual([]);
    expect(await search(who.regional, '79460958')).toEqual([]);
    // In scope for contacts, but not for the other location's complaint.
    expect(await search(who.staff, 'nadia.caller@example.com')).not.toContain(elsewhere.id);
    expect(await search(who.franchisee, '79460958')).not.toContain(elsewhere.id);
  });

  it('never returns a contact to a role that may not see it, whatever the search found', async () => {
    const list = await who.regional.get<Page<ComplaintSummary>>(`/api/complaints?q=zanzibar&pageSize=100`);
    expect(list.body.items.map((c) => c.id)).toContain(here.id);
    const detail = await who.regional.get<Record<string, unknown>>(`/api/complaints/${here.id}`);
    for (const body of [list.body, detail.body]) {
      const text = JSON.stringify(body).toLowerCase();
      expect(text).not.toContain('nadia.caller');
      expect(text).not.toContain('7946');
    }
    expect(detail.body).not.toHaveProperty('contact');
    // The roles that handle the case do get it.
    expect((await who.franchisee.get<{ contact: unknown }>(`/api/complaints/${here.id}`)).body.contact).toMatchObject({ email: 'Nadia.Caller@example.com' });
  });

  it('the CSV export searches as the list does: by contact only for the roles that see contacts', async () => {
    const csv = async (as: ApiClient, q: string) => String((await as.get<string>(`/api/complaints/export?q=${encodeURIComponent(q)}`)).body);
    expect(await csv(who.franchisee, 'nadia.caller@example.com')).toContain(here.reference);
    expect(await csv(who.regional, 'nadia.caller@example.com')).not.toContain(here.reference);
    expect(await csv(who.regional, 'zanzibar')).toContain(here.reference);
  });

  it('reads LIKE wildcards as plain characters, and refuses a one-letter search naming q', async () => {
    expect(await search(who.admin, '%%')).toEqual([]);
    expect(await search(who.admin, '__')).toEqual([]);
    const res = await who.admin.get<ErrorBody>('/api/complaints?q=a');
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toEqual(['q']);
  });
});
