import type { ComplaintDetail, ComplaintReceipt, ErrorBody } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { ComplaintHandlingService } from './complaint-handling.service';
import { startTestApp, TestApp } from '../test/test-app';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';

/** The playbook at work on a complaint: its compensation range, and the one-action recovery. */
describe(`${ComplaintHandlingService.name} with the playbook`, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let staff: ApiClient;
  let stranger: ApiClient;
  let staffLocationCode: string;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000' });
    world = await withDemoNetwork(t);
    [staff, stranger] = await Promise.all([world.signIn('location_staff'), world.signIn('franchisee', 1)]);
    const staffUser = world.net.users.find((u) => u.role === 'location_staff');
    staffLocationCode = world.net.locations.find((l) => l.id === staffUser?.locationId)?.code as string;
  });
  afterAll(() => t.close());

  /** The default food_quality playbook offers refund, voucher or free service, 0-1500 RUB. */
  async function file(category = 'food_quality'): Promise<ComplaintReceipt> {
    const res = await fetch(`${t.baseUrl}/api/public/locations/${staffLocationCode}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `recovery-${++n}` },
      body: JSON.stringify({ category, description: 'Cold burger' }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as ComplaintReceipt;
  }
  const step = (id: string, body: Record<string, unknown>) => staff.post<ComplaintDetail & ErrorBody>(`/api/complaints/${id}/events`, body);
  const recover = (id: string, body: Record<string, unknown>, client = staff) => client.post<ComplaintDetail & ErrorBody>(`/api/complaints/${id}/recover`, body);
  const eventsOf = async (id: string) => (await staff.get<ComplaintDetail>(`/api/complaints/${id}`)).body.events;

  it.each([
    { name: 'above the range', offer: { kind: 'voucher', value: 1501 }, field: 'value' },
    { name: 'a kind the playbook does not offer', offer: { kind: 'gift', value: 100 }, field: 'kind' },
  ])('refuses compensation $name without a reason: 400 naming the field, nothing recorded', async ({ offer, field }) => {
    const { id } = await file();
    const res = await step(id, { type: 'compensation_offered', ...offer });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('complaint.compensation_out_of_range');
    expect(res.body.details?.map((d) => d.field)).toEqual([field, 'reason']);
    expect(await eventsOf(id)).toEqual([]);
  });

  it('takes compensation outside the range with a written reason, kept with the event', async () => {
    const { id } = await file();
    const res = await step(id, { type: 'compensation_offered', kind: 'refund', value: 2400, reason: 'Family of four, whole order returned', note: 'Refunded at the till' });
    expect(res.status).toBe(201);
    expect(res.body.events[0]).toMatchObject({ type: 'compensation_offered', note: 'Refunded at the till', data: { kind: 'refund', value: 2400, reason: 'Family of four, whole order returned', currency: 'RUB' } });
  });

  it('refuses a reason on any other step', async () => {
    const { id } = await file();
    const res = await step(id, { type: 'apologized', reason: 'because' });
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toContain('reason');
  });

  it('recovers in one action: acknowledge, apology, action and compensation as their own events', async () => {
    const { id } = await file();
    const res = await recover(id, { apology: 'I am sorry your burger was cold.', action: 'Brought a fresh one', compensation: { kind: 'voucher', value: 300 } });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('acknowledged');
    expect(res.body.acknowledge.state).toBe('met');
    expect(res.body.events.map((e) => [e.type, e.note])).toEqual([
      ['acknowledged', null],
      ['apologized', 'I am sorry your burger was cold.'],
      ['action_taken', 'Brought a fresh one'],
      ['compensation_offered', null],
    ]);
    expect(res.body.events[3].data).toEqual({ kind: 'voucher', value: 300, currency: 'RUB' });
    const resolved = await step(id, { type: 'resolved', note: 'Thanked the guest; the grill is checked' });
    expect(resolved.body.status).toBe('resolved');
  });

  it('does not acknowledge twice, and leaves out what is not given', async () => {
    const { id } = await file();
    await step(id, { type: 'acknowledged' });
    const res = await recover(id, { apology: 'I am sorry.' });
    expect(res.body.events.map((e) => e.type)).toEqual(['acknowledged', 'apologized']);
  });

  it('records all or nothing: an out-of-range compensation refuses the whole recovery', async () => {
    const { id } = await file();
    const res = await recover(id, { apology: 'I am sorry.', compensation: { kind: 'voucher', value: 5000 } });
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toEqual(['compensation.value', 'compensation.reason']);
    expect(await eventsOf(id)).toEqual([]);
    const withReason = await recover(id, { apology: 'I am sorry.', compensation: { kind: 'voucher', value: 5000, reason: 'Birthday party ruined' } });
    expect(withReason.status).toBe(201);
  });

  it.each([
    { name: 'no apology', body: { compensation: { kind: 'voucher', value: 10 } }, field: 'apology' },
    { name: 'a blank apology', body: { apology: '   ' }, field: 'apology' },
    { name: 'an unknown key', body: { apology: 'Sorry', resolve: true }, field: 'resolve' },
    { name: 'a negative value', body: { apology: 'Sorry', compensation: { kind: 'voucher', value: -1 } }, field: 'compensation.value' },
  ])('refuses a recovery with $name: 400 naming the field', async ({ body, field }) => {
    const { id } = await file();
    const res = await recover(id, body);
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toContain(field);
    expect(await eventsOf(id)).toEqual([]);
  });

  it('refuses to recover a resolved complaint (409) and hides another franchisee\'s (404)', async () => {
    const { id } = await file();
    await step(id, { type: 'resolved' });
    expect((await recover(id, { apology: 'Sorry' })).status).toBe(409);
    const other = await file();
    expect((await recover(other.id, { apology: 'Sorry' }, stranger)).status).toBe(404);
    expect(await eventsOf(other.id)).toEqual([]);
  });
});
