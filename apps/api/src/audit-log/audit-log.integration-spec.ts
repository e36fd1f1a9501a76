import { AuditLogService, SYSTEM_ACTOR } from './audit-log.service';
import { NetworkService } from '../org/network.service';
import { startTestApp, TestApp } from '../test/test-app';

describe(AuditLogService.name, () => {
  let t: TestApp;
  let sut: AuditLogService;
  let network: NetworkService;

  beforeAll(async () => {
    t = await startTestApp();
    sut = t.app.get(AuditLogService);
    network = t.app.get(NetworkService);
    const region = await network.createRegion(SYSTEM_ACTOR, { code: 'R1', name: 'One' });
    await network.updateRegion(SYSTEM_ACTOR, region.id, { name: 'One renamed' });
    const franchisee = await network.createFranchisee(SYSTEM_ACTOR, { legalName: 'Acme LLC' });
    await network.createLocation(SYSTEM_ACTOR, {
      code: 'R1-001',
      name: 'First',
      address: '1 Main St',
      regionId: region.id,
      franchiseeId: franchisee.id,
      timeZone: 'Europe/Berlin',
      businessHours: {},
      status: 'active',
      growthEligible: true,
    });
  });
  afterAll(() => t.close());

  it('records every admin change with before and after, chained', async () => {
    const page = await sut.list({ page: 1, pageSize: 50 });
    expect(page.items.map((e) => e.action).reverse()).toEqual(['region.created', 'region.updated', 'franchisee.created', 'location.created']);
    const update = page.items.find((e) => e.action === 'region.updated');
    expect(update?.before).toMatchObject({ name: 'One' });
    expect(update?.after).toMatchObject({ name: 'One renamed' });
    expect(await sut.verify()).toEqual({ ok: true, checked: 4, firstBrokenSeq: null, reason: null });
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => network.createRegion(SYSTEM_ACTOR, { code: `C${i}`, name: `Concurrent ${i}` })));
    expect(await sut.verify()).toMatchObject({ ok: true, checked: 16 });
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    await expect(t.ds.query(`UPDATE audit_log SET actor_label = 'mallory' WHERE seq = 2`)).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM audit_log WHERE seq = 2`)).rejects.toThrow(/append-only/);
  });

  it('names the first tampered entry when someone goes around the trigger', async () => {
    await t.ds.transaction(async (m) => {
      await m.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await m.query(`UPDATE audit_log SET after = jsonb_set(after, '{name}', '"Forged"') WHERE seq = 3`);
      await m.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    });
    expect(await sut.verify()).toMatchObject({ ok: false, firstBrokenSeq: 3, reason: 'content does not match its hash' });
  });
});
