import type { AuditEntry, AuditFacets, AuditVerify, ErrorBody, Franchisee, Location, Page, PasswordReset, Region, SessionsEnded, User } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { startTestApp, TestApp } from '../test/test-app';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { UsersService } from './users.service';

/** What head office does from the administration screens, over HTTP on the demo network. */
describe(`${UsersService.name} and the network's administration`, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t);
    admin = await world.signIn('admin');
  });
  afterAll(() => t.close());

  const counts = async () => {
    const [row] = await t.ds.query(
      `SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM location) AS locations,
              (SELECT count(*)::int FROM region) AS regions, (SELECT count(*)::int FROM franchisee) AS franchisees,
              (SELECT count(*)::int FROM audit_log) AS audit`,
    );
    return row as Record<string, number>;
  };
  /** The changes logged for an entity, oldest first (sign-ins, logged against the user too, left out). */
  const auditOf = async (entityId: string) =>
    (await admin.get<Page<AuditEntry>>(`/api/audit-log?entityId=${entityId}&pageSize=50`)).body.items
      .map((e) => e.action)
      .filter((action) => !action.startsWith('auth.'))
      .reverse();
  const makeUser = (overrides: Record<string, unknown> = {}) => ({
    email: `new.${Math.random().toString(36).slice(2, 8)}@example.com`,
    displayName: 'Nina Novak',
    password: 'violet-harbour-lantern-42',
    role: 'auditor',
    ...overrides,
  });

  describe('users', () => {
    it('creates a regional manager scoped to a region, lists them by role and search, and logs it', async () => {
      const region = world.net.regions[1];
      const res = await admin.post<User>('/api/users', makeUser({ email: 'rm.two@example.com', role: 'regional_manager', regionIds: [region.id] }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ role: 'regional_manager', regionIds: [region.id], franchiseeId: null, locationId: null, active: true });
      const listed = await admin.get<Page<User>>('/api/users?role=regional_manager&search=rm.two');
      expect(listed.body.items.map((u) => u.email)).toEqual(['rm.two@example.com']);
      expect(await auditOf(res.body.id)).toEqual(['user.created']);
      const signedIn = new ApiClient(() => t.baseUrl);
      expect((await signedIn.login('rm.two@example.com', 'violet-harbour-lantern-42')).status).toBe(200);
    });

    it.each([
      { name: 'a franchisee user without a franchisee', body: () => makeUser({ role: 'franchisee' }), field: 'franchiseeId' },
      { name: 'staff without a location', body: () => makeUser({ role: 'location_staff' }), field: 'locationId' },
      { name: 'a regional manager without a region', body: () => makeUser({ role: 'regional_manager' }), field: 'regionIds' },
      { name: 'an unknown role', body: () => makeUser({ role: 'owner' }), field: 'role' },
      { name: 'a bad e-mail', body: () => makeUser({ email: 'nobody' }), field: 'email' },
      { name: 'a short password', body: () => makeUser({ password: 'short' }), field: 'password' },
      { name: 'a common password', body: () => makeUser({ password: 'password1234' }), field: 'password' },
    ])('refuses $name (400 naming $field) and writes nothing', async ({ body, field }) => {
      const before = await counts();
      const res = await admin.post<ErrorBody>('/api/users', body());
      expect(res.status).toBe(400);
      expect(res.body.details?.map((d) => d.field)).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('changes a role with its scope, ends the sessions opened under the old role, and logs before and after', async () => {
      const created = (await admin.post<User>('/api/users', makeUser({ email: 'changing@example.com' }))).body;
      const session = new ApiClient(() => t.baseUrl);
      await session.login('changing@example.com', 'violet-harbour-lantern-42');
      const location = world.net.locations[0];
      const res = await admin.patch<User>(`/api/users/${created.id}`, { role: 'location_staff', locationId: location.id });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ role: 'location_staff', locationId: location.id });
      expect((await session.get('/api/auth/me')).status).toBe(401);
      const [entry] = (await admin.get<Page<AuditEntry>>(`/api/audit-log?entityId=${created.id}&action=user.updated`)).body.items;
      expect(entry.before).toMatchObject({ role: 'auditor', locationId: null });
      expect(entry.after).toMatchObject({ role: 'location_staff', locationId: location.id });
    });

    it('refuses a role change that lacks its scope, naming the field, and changes nothing', async () => {
      const created = (await admin.post<User>('/api/users', makeUser())).body;
      const before = await counts();
      const res = await admin.patch<ErrorBody>(`/api/users/${created.id}`, { role: 'franchisee' });
      expect(res.status).toBe(400);
      expect(res.body.details?.map((d) => d.field)).toContain('franchiseeId');
      expect((await admin.get<User>(`/api/users/${created.id}`)).body.role).toBe('auditor');
      expect(await counts()).toEqual(before);
    });

    it('deactivates a user: they cannot sign in, and the list filters them as inactive', async () => {
      const created = (await admin.post<User>('/api/users', makeUser({ email: 'leaving@example.com' }))).body;
      expect((await admin.patch<User>(`/api/users/${created.id}`, { active: false })).body.active).toBe(false);
      expect((await new ApiClient(() => t.baseUrl).login('leaving@example.com', 'violet-harbour-lantern-42')).status).toBe(401);
      const inactive = (await admin.get<Page<User>>('/api/users?status=inactive&pageSize=200')).body.items.map((u) => u.email);
      const active = (await admin.get<Page<User>>('/api/users?status=active&pageSize=200')).body.items.map((u) => u.email);
      expect(inactive).toContain('leaving@example.com');
      expect(active).not.toContain('leaving@example.com');
    });

    it('resets a password: a temporary one shown once that passes the policy, the old one and its sessions end, logged without the password', async () => {
      const created = (await admin.post<User>('/api/users', makeUser({ email: 'forgetful@example.com' }))).body;
      const session = new ApiClient(() => t.baseUrl);
      await session.login('forgetful@example.com', 'violet-harbour-lantern-42');
      const res = await admin.post<PasswordReset>(`/api/users/${created.id}/reset-password`);
      expect(res.status).toBe(201);
      expect(res.body.temporaryPassword.length).toBeGreaterThanOrEqual(12);
      expect(res.body.sessionsEnded).toBe(1);
      expect((await session.get('/api/auth/me')).status).toBe(401);
      expect((await new ApiClient(() => t.baseUrl).login('forgetful@example.com', 'violet-harbour-lantern-42')).status).toBe(401);
      expect((await new ApiClient(() => t.baseUrl).login('forgetful@example.com', res.body.temporaryPassword)).status).toBe(200);
      expect(await auditOf(created.id)).toEqual(['user.created', 'user.password_reset']);
      const rows = await t.ds.query(`SELECT before, after FROM audit_log WHERE entity_id = $1`, [created.id]);
      expect(JSON.stringify(rows)).not.toContain(res.body.temporaryPassword);
    });

    it('ends every session of a user and says how many', async () => {
      const created = (await admin.post<User>('/api/users', makeUser({ email: 'twodevices@example.com' }))).body;
      const [phone, laptop] = [new ApiClient(() => t.baseUrl), new ApiClient(() => t.baseUrl)];
      await phone.login('twodevices@example.com', 'violet-harbour-lantern-42');
      await laptop.login('twodevices@example.com', 'violet-harbour-lantern-42');
      const res = await admin.post<SessionsEnded>(`/api/users/${created.id}/end-sessions`);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ sessionsEnded: 2 });
      expect((await phone.get('/api/auth/me')).status).toBe(401);
      expect((await laptop.get('/api/auth/me')).status).toBe(401);
      const [entry] = (await admin.get<Page<AuditEntry>>(`/api/audit-log?entityId=${created.id}&action=user.sessions_ended`)).body.items;
      expect(entry.after).toEqual({ email: 'twodevices@example.com', sessionsEnded: 2 });
    });

    it('answers 404 for an unknown user and writes nothing', async () => {
      const before = await counts();
      const missing = '00000000-0000-4000-8000-000000000000';
      expect((await admin.post(`/api/users/${missing}/reset-password`)).status).toBe(404);
      expect((await admin.post(`/api/users/${missing}/end-sessions`)).status).toBe(404);
      expect(await counts()).toEqual(before);
    });

    it.each(['auditor', 'regional_manager', 'franchisee', 'location_staff'] as const)('%s may not manage users (403), nothing changes', async (role) => {
      const client = await world.signIn(role);
      const target = world.net.users.find((u) => u.role === 'admin')?.id as string;
      const before = await counts();
      for (const res of [
        await client.get('/api/users'),
        await client.post('/api/users', makeUser()),
        await client.post(`/api/users/${target}/reset-password`),
        await client.post(`/api/users/${target}/end-sessions`),
      ]) {
        expect(res.status).toBe(403);
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe('regions, franchisees and locations', () => {
    it('creates and renames a region and a franchisee, logged', async () => {
      const region = (await admin.post<Region>('/api/regions', { code: 'KZN', name: 'Kazan' })).body;
      expect((await admin.patch<Region>(`/api/regions/${region.id}`, { name: 'Kazan and Tatarstan' })).body.name).toBe('Kazan and Tatarstan');
      const franchisee = (await admin.post<Franchisee>('/api/franchisees', { legalName: 'Volga Foods LLC', contactEmail: 'ops@volga.example' })).body;
      expect((await admin.patch<Franchisee>(`/api/franchisees/${franchisee.id}`, { contactPhone: '+7 843 000 00 00' })).body.contactPhone).toBe('+7 843 000 00 00');
      expect(await auditOf(region.id)).toEqual(['region.created', 'region.updated']);
      expect(await auditOf(franchisee.id)).toEqual(['franchisee.created', 'franchisee.updated']);
    });

    it('creates a location, edits its hours and time zone, and closes it, each logged with before and after', async () => {
      const base = world.net.locations[0];
      const created = await admin.post<Location>('/api/locations', {
        code: 'ADM-001',
        name: 'Admin test',
        address: '1 Test St',
        regionId: base.regionId,
        franchiseeId: base.franchiseeId,
        timeZone: 'Europe/Moscow',
        businessHours: { mon: { open: '09:00', close: '18:00' } },
      });
      expect(created.status).toBe(201);
      const id = created.body.id;
      const hours = { mon: { open: '08:00', close: '20:00' }, sat: { open: '10:00', close: '02:00' }, sun: null };
      const edited = await admin.patch<Location>(`/api/locations/${id}`, { businessHours: hours, timeZone: 'Asia/Yekaterinburg' });
      expect(edited.body).toMatchObject({ timeZone: 'Asia/Yekaterinburg', businessHours: hours });
      expect((await admin.patch<Location>(`/api/locations/${id}`, { status: 'closed' })).body.status).toBe('closed');
      const entries = (await admin.get<Page<AuditEntry>>(`/api/audit-log?entityId=${id}&action=location.`)).body.items.reverse();
      expect(entries.map((e) => e.action)).toEqual(['location.created', 'location.updated', 'location.updated']);
      expect(entries[1].before).toMatchObject({ timeZone: 'Europe/Moscow' });
      expect(entries[2].after).toMatchObject({ status: 'closed' });
    });

    it.each([
      { name: 'a bad time zone', body: { timeZone: 'Mars/Olympus' }, field: 'timeZone' },
      { name: 'bad hours', body: { businessHours: { tue: { open: '25:00', close: '18:00' } } }, field: 'businessHours.tue.open' },
      { name: 'an unknown status', body: { status: 'gone' }, field: 'status' },
    ])('refuses $name on a location (400 naming $field) and changes nothing', async ({ body, field }) => {
      const id = world.net.locations[1].id;
      const before = (await admin.get<Location>(`/api/locations/${id}`)).body;
      const total = await counts();
      const res = await admin.patch<ErrorBody>(`/api/locations/${id}`, body);
      expect(res.status).toBe(400);
      expect(res.body.details?.map((d) => d.field)).toContain(field);
      expect((await admin.get<Location>(`/api/locations/${id}`)).body).toEqual(before);
      expect(await counts()).toEqual(total);
    });

    it('imports locations from CSV all or none, naming the line and column of every bad cell', async () => {
      const region = world.net.regions[0];
      const franchisee = world.net.franchisees[0];
      const header = 'code,name,address,region_code,franchisee,time_zone,mon,tue,wed,thu,fri,sat,sun';
      const good = `IMP-001,Imported,"1 Import St",${region.code},${franchisee.legalName},Europe/Moscow,09:00-21:00,,,,,,`;
      const bad = `IMP-002,Broken,"2 Import St",${region.code},${franchisee.legalName},Mars/Olympus,9-5,,,,,,`;
      const before = await counts();
      const refused = await admin.post<ErrorBody>('/api/locations/import', `${header}\n${good}\n${bad}`, 'text/csv');
      expect(refused.status).toBe(400);
      expect(refused.body.details?.map((d) => d.field).sort()).toEqual(['line 3, mon', 'line 3, time_zone']);
      expect(await counts()).toEqual(before);
      const ok = await admin.post<{ imported: number }>('/api/locations/import', `${header}\n${good}`, 'text/csv');
      expect(ok.body).toEqual({ imported: 1 });
    });
  });

  describe('audit log', () => {
    it('filters by actor, action prefix, entity and days, and offers the actions and entity types it holds', async () => {
      const byAdmin = (await admin.get<Page<AuditEntry>>('/api/audit-log?actor=ADMIN@franscore&pageSize=200')).body.items;
      expect(byAdmin.length).toBeGreaterThan(0);
      expect(new Set(byAdmin.map((e) => e.actorLabel))).toEqual(new Set(['admin@franscore.demo']));
      const userChanges = (await admin.get<Page<AuditEntry>>('/api/audit-log?action=user.&pageSize=200')).body.items;
      expect(userChanges.length).toBeGreaterThan(0);
      expect(userChanges.every((e) => e.action.startsWith('user.'))).toBe(true);
      const regions = (await admin.get<Page<AuditEntry>>('/api/audit-log?entityType=region')).body.items;
      expect(regions.every((e) => e.entityType === 'region')).toBe(true);
      const today = new Date().toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const all = (await admin.get<Page<AuditEntry>>('/api/audit-log?pageSize=1')).body.total;
      expect((await admin.get<Page<AuditEntry>>(`/api/audit-log?from=2000-01-01&to=${tomorrow}&pageSize=1`)).body.total).toBe(all);
      expect((await admin.get<Page<AuditEntry>>(`/api/audit-log?from=${tomorrow}&pageSize=1`)).body.total).toBe(0);
      expect((await admin.get<Page<AuditEntry>>(`/api/audit-log?to=2000-01-01&pageSize=1`)).body.total).toBe(0);
      expect(today <= tomorrow).toBe(true);
      const facets = (await admin.get<AuditFacets>('/api/audit-log/facets')).body;
      expect(facets.actions).toEqual(expect.arrayContaining(['user.created', 'user.password_reset', 'location.imported', 'settings.updated']));
      expect(facets.entityTypes).toEqual(expect.arrayContaining(['user', 'location', 'region', 'settings']));
    });

    it.each([
      { query: 'from=yesterday', field: 'from' },
      { query: 'from=2026-02-10&to=2026-02-01', field: 'to' },
      { query: 'colour=red', field: 'colour' },
    ])('refuses ?$query naming $field', async ({ query, field }) => {
      const res = await admin.get<ErrorBody>(`/api/audit-log?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.details?.map((d) => d.field)).toContain(field);
    });

    it('verifies the chain after all these changes', async () => {
      const res = await admin.get<AuditVerify>('/api/audit-log/verify');
      expect(res.body).toMatchObject({ ok: true, firstBrokenSeq: null });
      expect(res.body.checked).toBe((await counts()).audit);
    });
  });
});
