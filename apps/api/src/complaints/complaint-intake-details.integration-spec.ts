import type { ComplaintDetail, ComplaintReceipt, ErrorBody } from '@franscore/domain';
import { startTestApp, TestApp, TEST_NOW } from '../test/test-app';
import { withDemoNetwork, DemoTestWorld } from '../test/demo-users';

/** What a customer adds to help staff find the visit: an order number and when they were there. */
describe('Public form: order number and visit time', () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let code: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t);
    code = world.net.locations.find((l) => l.status === 'active')?.code ?? '';
  });
  afterAll(() => t.close());

  const submit = (body: unknown, key: string) =>
    fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
  const count = async () => Number((await t.ds.query(`SELECT count(*) AS n FROM complaint`))[0].n);

  it('keeps them and shows them on the complaint page', async () => {
    const visitedAt = new Date(TEST_NOW.getTime() - 90 * 60_000).toISOString();
    const res = await submit({ category: 'order_accuracy', description: 'No fries in the bag', orderNumber: ' #A-1042 ', visitedAt }, 'details-key-0001');
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as ComplaintReceipt;
    const admin = await world.signIn('admin');
    const detail = (await admin.get<ComplaintDetail>(`/api/complaints/${receipt.id}`)).body;
    expect(detail).toMatchObject({ orderNumber: '#A-1042', visitedAt, channel: 'qr_form' });
  });

  it('refuses a visit in the future naming visitedAt, and a bad order number naming orderNumber; nothing is written', async () => {
    const before = await count();
    const future = await submit({ category: 'other', description: 'Not yet', visitedAt: new Date(TEST_NOW.getTime() + 3_600_000).toISOString() }, 'details-key-0002');
    expect(future.status).toBe(400);
    expect(((await future.json()) as ErrorBody).details?.map((d) => d.field)).toEqual(['visitedAt']);
    const bad = await submit({ category: 'other', description: 'Bad order', orderNumber: '<script>' }, 'details-key-0003');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).details?.map((d) => d.field)).toEqual(['orderNumber']);
    expect(await count()).toBe(before);
  });
});
