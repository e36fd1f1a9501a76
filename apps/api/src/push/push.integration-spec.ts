import type { ComplaintReceipt, ErrorBody, PushKey, PushMessage, Role } from '@franscore/domain';
import { ApiClient, PushReceiver, TestSubscriber } from '@franscore/testing';
import { SYSTEM_ACTOR } from '../audit-log/audit-log.service';
import { UsersService } from '../org/users.service';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { startTestApp, TestApp } from '../test/test-app';
import { PushService } from './push.service';

const PASSWORD = 'pager-test-password-7Q!x';

/**
 * The pager (issue 14): web push reaches the phones an alert addresses, by the
 * same audience rules as the alert list, through a stand-in push service on
 * loopback whose messages the test decrypts as the browser would.
 */
describe('web push', () => {
  let t: TestApp;
  let world: DemoTestWorld;
  const receiver = new PushReceiver();
  const phones: Record<string, { client: ApiClient; sub: TestSubscriber }> = {};
  let ownCode: string;
  let n = 0;

  const signInAs = async (email: string, password = PASSWORD) => {
    const client = new ApiClient(() => t.baseUrl);
    expect((await client.login(email, password)).status).toBe(200);
    return client;
  };
  const addUser = async (email: string, role: Role, extra: { regionIds?: string[]; locationId?: string }) => {
    await t.app.get(UsersService).create(SYSTEM_ACTOR, { email, displayName: email, password: PASSWORD, role, regionIds: [], franchiseeId: null, locationId: null, ...extra });
    return signInAs(email);
  };
  const optIn = async (name: string, client: ApiClient) => {
    const sub = receiver.subscriber(`/${name}`);
    const res = await client.post('/api/push/subscriptions', { endpoint: sub.endpoint, expirationTime: null, keys: sub.keys });
    expect(res.status).toBe(204);
    phones[name] = { client, sub };
  };
  const file = async (category: string, code = ownCode): Promise<ComplaintReceipt> => {
    const res = await fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `pager-test-${++n}` },
      body: JSON.stringify({ category, description: 'Pager test', contact: { name: 'Ann', phone: '+7 900 000 00 00' } }),
    });
    const body = await res.json();
    expect(res.status === 201 ? 201 : body).toBe(201);
    return body as ComplaintReceipt;
  };
  /** Who was paged about a complaint, and what each phone decrypted. */
  const pagedAbout = async (receipt: ComplaintReceipt) => {
    await t.app.get(PushService).settled();
    const messages = new Map<string, { message: PushMessage; urgency: string | undefined }>();
    for (const [name, { sub }] of Object.entries(phones)) {
      for (const r of receiver.to(`/${name}`)) {
        const message = JSON.parse(sub.decrypt(r.body)) as PushMessage;
        if (message.complaintId === receipt.id) messages.set(name, { message, urgency: r.headers['urgency'] as string | undefined });
      }
    }
    return messages;
  };

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', PUSH_HTTP_LOOPBACK: 'on' });
    world = await withDemoNetwork(t);
    const staffUser = world.net.users.find((u) => u.role === 'location_staff');
    const own = world.net.locations.find((l) => l.id === staffUser?.locationId);
    if (!own) throw new Error('the demo network has no staff location');
    ownCode = own.code;
    const elsewhere = world.net.locations.find((l) => l.id !== own.id && l.status === 'active');
    const otherRegion = world.net.regions.find((r) => r.id !== own.regionId);
    if (!elsewhere || !otherRegion) throw new Error('the demo network is too small');
    await optIn('staff', await world.signIn('location_staff'));
    await optIn('franchisee', await world.signIn('franchisee', 0));
    await optIn('otherFranchisee', await world.signIn('franchisee', 1));
    await optIn('staffElsewhere', await addUser('staff-elsewhere@example.com', 'location_staff', { locationId: elsewhere.id }));
    await optIn('managerHere', await addUser('rm-here@example.com', 'regional_manager', { regionIds: [own.regionId] }));
    await optIn('managerThere', await addUser('rm-there@example.com', 'regional_manager', { regionIds: [otherRegion.id] }));
    await optIn('admin', await world.signIn('admin'));
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  it('gives the same VAPID public key every time, generated once and kept in the database', async () => {
    const first = await phones['staff'].client.get<PushKey>('/api/push/key');
    expect(first.status).toBe(200);
    expect(Buffer.from(first.body.publicKey, 'base64url')).toHaveLength(65);
    expect((await phones['admin'].client.get<PushKey>('/api/push/key')).body).toEqual(first.body);
    const [row] = await t.ds.query(`SELECT value FROM app_secret WHERE name = 'web_push_vapid'`);
    expect(JSON.parse(row.value).publicKey).toBe(first.body.publicKey);
  });

  it('pages the staff of the location and its franchisee of a new complaint, and no one else', async () => {
    const receipt = await file('food_quality');
    const paged = await pagedAbout(receipt);
    expect([...paged.keys()].sort()).toEqual(['franchisee', 'staff']);
    expect(paged.get('staff')).toEqual({
      urgency: 'normal',
      message: expect.objectContaining({ kind: 'complaint_received', reference: receipt.reference, locationCode: ownCode, critical: false, requireInteraction: false, url: `/complaints/${receipt.id}` }),
    });
  });

  it('pages a critical complaint loud and urgent, to the regional manager of the region too but not of another', async () => {
    const receipt = await file('safety');
    const paged = await pagedAbout(receipt);
    expect([...paged.keys()].sort()).toEqual(['franchisee', 'managerHere', 'staff']);
    for (const { message, urgency } of paged.values()) {
      expect(urgency).toBe('high');
      expect(message).toMatchObject({ severity: 'critical', critical: true, requireInteraction: true, tag: `critical-${receipt.reference}-complaint_received` });
      expect(message.title).toMatch(/^CRITICAL: /);
    }
    // The in-app alert reaches the regional manager at once too.
    const alerts = await phones['managerHere'].client.get<{ items: Array<{ complaintId: string }> }>('/api/alerts');
    expect(alerts.body.items.some((a) => a.complaintId === receipt.id)).toBe(true);
  });

  it('deletes a subscription the push service answers 410 for, and keeps the others', async () => {
    receiver.answer('/staffElsewhere', 410);
    const elsewhereCode = world.net.locations.find((l) => l.id !== world.net.users.find((u) => u.role === 'location_staff')?.locationId && l.status === 'active')?.code;
    const receipt = await file('food_quality', elsewhereCode);
    await pagedAbout(receipt);
    expect(receiver.to('/staffElsewhere').length).toBeGreaterThan(0);
    const rows: Array<{ endpoint: string }> = await t.ds.query(`SELECT endpoint FROM push_subscription`);
    expect(rows.map((r) => r.endpoint)).not.toContain(phones['staffElsewhere'].sub.endpoint);
    expect(rows.map((r) => r.endpoint)).toContain(phones['staff'].sub.endpoint);
  });

  it('never makes intake wait for the push service', async () => {
    receiver.hold();
    try {
      const before = receiver.received.length;
      // Answered while the push service has not: intake does not await the delivery.
      const receipt = await file('hygiene');
      expect(receipt.reference).toBeTruthy();
      await waitFor(() => receiver.received.length >= before + 2);
    } finally {
      receiver.release();
    }
    await t.app.get(PushService).settled();
  });

  it('refuses a bad subscription naming the field, and stores nothing', async () => {
    const count = async () => Number((await t.ds.query(`SELECT count(*) AS n FROM push_subscription`))[0].n);
    const before = await count();
    const sub = receiver.subscriber('/bad');
    const cases: Array<[unknown, string]> = [
      [{ endpoint: sub.endpoint, keys: { ...sub.keys, p256dh: 'short' } }, 'keys.p256dh'],
      [{ endpoint: 'not a url', keys: sub.keys }, 'endpoint'],
      [{ endpoint: sub.endpoint, keys: sub.keys, extra: 1 }, ''],
      [{ endpoint: 'http://push.example.com/x', keys: sub.keys }, 'endpoint'],
    ];
    for (const [body, field] of cases) {
      const res = await phones['staff'].client.post<ErrorBody>('/api/push/subscriptions', body);
      expect(res.status).toBe(400);
      if (field) expect(JSON.stringify(res.body.details)).toContain(field);
    }
    expect(await count()).toBe(before);
    const anonymous = await fetch(`${t.baseUrl}/api/push/key`);
    expect(anonymous.status).toBe(401);
  });

  it('stops paging a phone that opted out', async () => {
    const { client, sub } = phones['franchisee'];
    expect((await client.request('DELETE', '/api/push/subscriptions', { endpoint: sub.endpoint })).status).toBe(204);
    const paged = await pagedAbout(await file('food_quality'));
    expect([...paged.keys()]).toEqual(['staff']);
  });

  it('signing out deletes the subscriptions that session opted in, and pages that phone no more; another session\'s phone still rings', async () => {
    const endpoints = async () => (await t.ds.query(`SELECT endpoint FROM push_subscription`)).map((r: { endpoint: string }) => r.endpoint);
    await optIn('staffTablet', await world.signIn('location_staff'));
    expect(await endpoints()).toEqual(expect.arrayContaining([phones['staff'].sub.endpoint, phones['staffTablet'].sub.endpoint]));

    expect((await phones['staffTablet'].client.post('/api/auth/logout')).status).toBe(204);
    // Delivery skips a signed-out session's phone at once; the row goes as soon as the housekeeping ran.
    const paged = await pagedAbout(await file('food_quality'));
    expect([...paged.keys()]).toEqual(['staff']);
    expect(receiver.to('/staffTablet')).toEqual([]);
    expect(await endpoints()).not.toContain(phones['staffTablet'].sub.endpoint);
    expect(await endpoints()).toContain(phones['staff'].sub.endpoint);
  });
});

/** Polls a condition the app reaches asynchronously; the test's own timeout bounds it. */
async function waitFor(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 10));
}
