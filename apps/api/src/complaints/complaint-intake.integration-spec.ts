import type { BusinessHours, ComplaintReceipt, ErrorBody, PolicyRules } from '@franscore/domain';
import { addBusinessMinutes } from '@franscore/scoring';
import { PolicySource } from '../scoring/policy-source';
import { ComplaintIntakeService } from './complaint-intake.service';
import { startTestApp, TestApp } from '../test/test-app';
import { withDemoNetwork, DemoTestWorld } from '../test/demo-users';

describe(ComplaintIntakeService.name, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let code: string;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '100000', INTAKE_RATE_LIMIT_LOCATION: '100000' });
    world = await withDemoNetwork(t);
    code = world.net.locations[0].code;
  });
  afterAll(() => t.close());

  const count = async () => Number((await t.ds.query(`SELECT count(*) AS n FROM complaint`))[0].n);
  const submit = (body: unknown, key: string | null, raw?: string, loc = code) =>
    fetch(`${t.baseUrl}/api/public/locations/${loc}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: raw ?? JSON.stringify(body),
    });
  const good = (n: number) => ({ category: 'wait_time', description: `Waited forty minutes (${n})`, contact: { email: `c${n}@example.com` } });

  it('200 concurrent submissions with 150 distinct keys create exactly 150 complaints', async () => {
    const before = await count();
    const keys = Array.from({ length: 200 }, (_, i) => `load-key-${i % 150}`);
    const answers = await Promise.all(keys.map(async (k, i) => {
      const res = await submit(good(i % 150), k);
      return { key: k, status: res.status, body: (await res.json()) as ComplaintReceipt };
    }));
    expect(answers.every((a) => a.status === 201 || a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(150);
    expect(await count()).toBe(before + 150);
    // Every retry of a key answered the one complaint that key created.
    const byKey = new Map<string, Set<string>>();
    for (const a of answers) byKey.set(a.key, (byKey.get(a.key) ?? new Set()).add(a.body.id));
    expect([...byKey.values()].every((ids) => ids.size === 1)).toBe(true);
  });

  it('a retry with the same body answers the first receipt, status link included', async () => {
    const first = await submit(good(1), 'retry-key-0001');
    const { contact, ...rest } = good(1);
    const again = await submit({ contact, ...rest, description: `  ${rest.description} ` }, 'retry-key-0001');
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
  });

  it('the same key with another body is a 409 naming Idempotency-Key, without the first receipt', async () => {
    const first = (await (await submit(good(6), 'conflict-key-0001')).json()) as ComplaintReceipt;
    const before = await count();
    const again = await submit({ ...good(6), description: 'A different text' }, 'conflict-key-0001');
    const body = (await again.json()) as ErrorBody;
    expect(again.status).toBe(409);
    expect(body.code).toBe('complaint.idempotency_conflict');
    expect(body.details?.map((d) => d.field)).toEqual(['Idempotency-Key']);
    expect(JSON.stringify(body)).not.toContain(first.statusToken);
    expect(await count()).toBe(before);
  });

  it('a complaint filed before request hashes were kept answers a retry with 409, not its receipt', async () => {
    await submit(good(8), 'legacy-key-0001');
    await t.ds.query(`UPDATE complaint SET request_hash = NULL WHERE idempotency_key = 'legacy-key-0001'`);
    expect((await submit(good(8), 'legacy-key-0001')).status).toBe(409);
  });

  it('the same key at two locations files two complaints, and the second never sees the first status link', async () => {
    const other = world.net.locations[2].code;
    const first = await submit(good(7), 'shared-key-0001');
    const second = await submit(good(7), 'shared-key-0001', undefined, other);
    expect([first.status, second.status]).toEqual([201, 201]);
    const [a, b] = [(await first.json()) as ComplaintReceipt, (await second.json()) as ComplaintReceipt];
    expect(b.id).not.toBe(a.id);
    expect(b.statusToken).not.toBe(a.statusToken);
    expect(JSON.stringify(b)).not.toContain(a.reference);
    const rows = await t.ds.query(`SELECT l.code FROM complaint c JOIN location l ON l.id = c.location_id WHERE c.idempotency_key = 'shared-key-0001' ORDER BY l.code`);
    expect(rows.map((r: { code: string }) => r.code).sort()).toEqual([code, other].sort());
  });

  it.each([
    { name: 'no idempotency key', body: good(3), key: null, field: 'Idempotency-Key' },
    { name: 'unknown category', body: { ...good(3), category: 'vibes' }, key: 'bad-key-0001', field: 'category' },
    { name: 'unknown field', body: { ...good(3), mood: 'angry' }, key: 'bad-key-0002', field: 'mood' },
    { name: 'empty description', body: { ...good(3), description: '' }, key: 'bad-key-0003', field: 'description' },
    { name: 'bad contact email', body: { ...good(3), contact: { email: 'nope' } }, key: 'bad-key-0004', field: 'contact.email' },
    { name: 'honeypot filled by a bot', body: { ...good(3), website: 'http://spam.example' }, key: 'bad-key-0005', field: 'website' },
    { name: 'description too long', body: { ...good(3), description: 'x'.repeat(4001) }, key: 'bad-key-0006', field: 'description' },
    { name: 'a machine channel without a token', body: { ...good(3), channel: 'in_store_button' }, key: 'bad-key-0007', field: 'channel' },
    { name: 'a partner channel without a token', body: { ...good(3), channel: 'delivery_partner' }, key: 'bad-key-0008', field: 'channel' },
    { name: 'a severity chosen by the customer', body: { ...good(3), severity: 'critical' }, key: 'bad-key-0009', field: 'severity' },
  ])('$name answers 400 naming $field and creates nothing', async ({ body, key, field }) => {
    const before = await count();
    const res = await submit(body, key);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).details?.map((d) => d.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it.each([
    { name: 'oversized body', raw: JSON.stringify({ ...good(4), remedySought: 'y'.repeat(20_000) }), status: 413 },
    { name: 'malformed JSON', raw: '{"category": "wait_time", ', status: 400 },
  ])('$name answers $status and creates nothing', async ({ raw, status }) => {
    const before = await count();
    const res = await submit(null, 'raw-key-0001', raw);
    expect(res.status).toBe(status);
    expect(await count()).toBe(before);
  });

  it('answers 404 for an unknown or closed location', async () => {
    expect((await submit(good(5), 'nowhere-key-1', undefined, 'NOPE-999')).status).toBe(404);
    await t.ds.query(`UPDATE location SET status = 'closed' WHERE code = $1`, [world.net.locations[1].code]);
    expect((await submit(good(5), 'closed-key-1', undefined, world.net.locations[1].code)).status).toBe(404);
  });

  it('checks a location it filed for before again on every filing: hours, policy in force and status as they are now', async () => {
    const loc = world.net.locations[3];
    const dueOf = async (res: Response) => {
      const { id } = (await res.json()) as ComplaintReceipt;
      const [row] = await t.ds.query(`SELECT received_at, ack_due_at FROM complaint WHERE id = $1`, [id]);
      return row as { received_at: Date; ack_due_at: Date };
    };
    const expected = (row: { received_at: Date }, hours: BusinessHours, rules: PolicyRules) =>
      addBusinessMinutes({ timeZone: loc.timeZone, hours }, row.received_at, rules.slaMinutes.acknowledge.minor);
    const rules = await t.app.get(PolicySource).current();
    const first = await dueOf(await submit({ category: 'wait_time', description: 'First' }, 'known-key-1', undefined, loc.code));
    expect(first.ack_due_at).toEqual(expected(first, loc.businessHours, rules));

    const allWeek: BusinessHours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, { open: '00:00', close: '00:00' }]));
    await t.ds.query(`UPDATE location SET business_hours = $2 WHERE code = $1`, [loc.code, JSON.stringify(allWeek)]);
    const second = await dueOf(await submit({ category: 'wait_time', description: 'Second' }, 'known-key-2', undefined, loc.code));
    expect(second.ack_due_at).toEqual(expected(second, allWeek, rules));

    const stricter: PolicyRules = { ...rules, slaMinutes: { ...rules.slaMinutes, acknowledge: { ...rules.slaMinutes.acknowledge, minor: 7 } } };
    await t.ds.query(
      `INSERT INTO policy (name, version, status, rules, effective_from, created_at, published_at)
       SELECT 'Stricter', max(version) + 1, 'published', $1, $2::date, $2, $2 FROM policy`,
      [JSON.stringify(stricter), t.clock.now()],
    );
    const third = await dueOf(await submit({ category: 'wait_time', description: 'Third' }, 'known-key-3', undefined, loc.code));
    expect(third.ack_due_at).toEqual(expected(third, allWeek, stricter));

    await t.ds.query(`UPDATE location SET status = 'suspended' WHERE code = $1`, [loc.code]);
    const before = await count();
    expect((await submit({ category: 'wait_time', description: 'Fourth' }, 'known-key-4', undefined, loc.code)).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it.each([
    { category: 'safety', severity: 'critical' },
    { category: 'hygiene', severity: 'major' },
    { category: 'billing', severity: 'minor' },
  ])('files $category as $severity (suggested from the category) and starts both SLA clocks', async ({ category, severity }) => {
    const res = await submit({ category, description: 'Something went wrong' }, `sev-key-${category}`);
    const { id } = (await res.json()) as ComplaintReceipt;
    const [row] = await t.ds.query(`SELECT severity, channel, ack_due_at, resolve_due_at FROM complaint WHERE id = $1`, [id]);
    expect(row).toMatchObject({ severity, channel: 'qr_form' });
    expect(row.ack_due_at).not.toBeNull();
    expect(row.resolve_due_at.getTime()).toBeGreaterThan(row.ack_due_at.getTime());
  });
});

describe('public intake rate limits', () => {
  let t: TestApp;
  let code: string;

  beforeAll(async () => {
    t = await startTestApp({ INTAKE_RATE_LIMIT_CLIENT: '3', INTAKE_RATE_LIMIT_LOCATION: '100' });
    code = (await withDemoNetwork(t)).net.locations[0].code;
  });
  afterAll(() => t.close());

  it('answers 429 past the per-client limit and creates nothing more', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${t.baseUrl}/api/public/locations/${code}/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `limit-key-${i}` },
        body: JSON.stringify({ category: 'billing', description: 'Charged twice' }),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(Number((await t.ds.query(`SELECT count(*) AS n FROM complaint`))[0].n)).toBe(3);
  });
});
