import type { ErrorBody, HeadOfficeSettings, Role } from '@franscore/domain';
import { DEFAULT_HEAD_OFFICE_SETTINGS } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { startTestApp, TestApp } from '../test/test-app';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { DEMO_HEAD_OFFICE } from './demo-settings';
import { SettingsService } from './settings.service';

const makeSettings = (overrides: Record<string, unknown> = {}) => ({
  name: 'Acme Franchising LLC',
  postalAddress: '1 Main St, Springfield',
  customerLifetimeValue: 250.5,
  currency: 'EUR',
  wordOfMouthMultiplier: 4,
  ...overrides,
});

describe(SettingsService.name, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;
  let sut: SettingsService;

  beforeAll(async () => {
    t = await startTestApp();
    sut = t.app.get(SettingsService);
  });
  afterAll(() => t.close());

  it('answers the defaults before anything was saved (RUB, multiplier 6)', async () => {
    expect(await sut.get()).toEqual(DEFAULT_HEAD_OFFICE_SETTINGS);
  });

  describe('over HTTP, on the demo network', () => {
    beforeAll(async () => {
      world = await withDemoNetwork(t);
      admin = await world.signIn('admin');
    });

    it('the demo seeds its head office, and every signed-in role reads it', async () => {
      for (const role of ['admin', 'auditor', 'regional_manager', 'franchisee', 'location_staff'] as Role[]) {
        const client = role === 'admin' ? admin : await world.signIn(role);
        const res = await client.get<HeadOfficeSettings>('/api/settings');
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject(DEMO_HEAD_OFFICE);
      }
    });

    it('no one signed out reads them (401)', async () => {
      expect((await new ApiClient(() => t.baseUrl).get('/api/settings')).status).toBe(401);
    });

    it('an admin replaces them; the audit log keeps before and after', async () => {
      const res = await admin.request<HeadOfficeSettings>('PUT', '/api/settings', makeSettings({ currency: 'eur' }));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject(makeSettings());
      expect(res.body.updatedBy).toBe('admin@franscore.demo');
      expect(await sut.get()).toMatchObject(makeSettings());
      const [entry] = await t.ds.query(`SELECT * FROM audit_log WHERE action = 'settings.updated' ORDER BY seq DESC LIMIT 1`);
      expect(entry.actor_label).toBe('admin@franscore.demo');
      expect(entry.before).toMatchObject(DEMO_HEAD_OFFICE);
      expect(entry.after).toMatchObject(makeSettings());
    });

    it.each(['auditor', 'regional_manager', 'franchisee', 'location_staff'] as Role[])('%s may not change them (403), nothing changes', async (role) => {
      const before = await sut.get();
      const res = await (await world.signIn(role)).request<ErrorBody>('PUT', '/api/settings', makeSettings({ name: 'Hijacked' }));
      expect(res.status).toBe(403);
      expect(await sut.get()).toEqual(before);
    });

    it.each([
      { name: 'an unknown currency', body: makeSettings({ currency: 'XYZ' }), field: 'currency' },
      { name: 'a currency that is not a code', body: makeSettings({ currency: 'rubles' }), field: 'currency' },
      { name: 'a negative lifetime value', body: makeSettings({ customerLifetimeValue: -1 }), field: 'customerLifetimeValue' },
      { name: 'a lifetime value as text', body: makeSettings({ customerLifetimeValue: '100' }), field: 'customerLifetimeValue' },
      { name: 'a negative multiplier', body: makeSettings({ wordOfMouthMultiplier: -2 }), field: 'wordOfMouthMultiplier' },
      { name: 'an empty name', body: makeSettings({ name: '   ' }), field: 'name' },
      { name: 'a missing address', body: { ...makeSettings(), postalAddress: undefined }, field: 'postalAddress' },
      { name: 'an unknown field', body: makeSettings({ colour: 'red' }), field: 'colour' },
    ])('refuses $name with a 400 naming $field, and changes nothing', async ({ body, field }) => {
      const before = await sut.get();
      const [{ n: logged }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log`);
      const res = await admin.request<ErrorBody>('PUT', '/api/settings', body);
      expect(res.status).toBe(400);
      expect(res.body.details?.map((d) => d.field).join(' ')).toContain(field);
      expect(await sut.get()).toEqual(before);
      const [{ n: after }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log`);
      expect(after).toBe(logged);
    });
  });
});
