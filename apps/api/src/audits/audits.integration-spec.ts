import type { Audit, ErrorBody, Page } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { AuditsService } from './audits.service';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { startTestApp, TestApp } from '../test/test-app';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

describe(AuditsService.name, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let auditor: ApiClient;
  let franchisee: ApiClient;
  let stranger: ApiClient;
  let audit: Audit;

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t, { complaints: true });
    [auditor, franchisee, stranger] = await Promise.all([world.signIn('auditor'), world.signIn('franchisee', 0), world.signIn('franchisee', 1)]);
    const fid = world.net.users.find((u) => u.email === 'franchisee@franscore.demo')?.franchiseeId;
    const location = world.net.locations.find((l) => l.franchiseeId === fid);
    const res = await auditor.post<Audit>('/api/audits', { locationId: location?.id, period: '2026-10', sampleSize: 4 });
    expect(res.status).toBe(201);
    audit = res.body;
  });
  afterAll(() => t.close());

  const upload = (findingId: string, bytes: Buffer, type: string) => {
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(bytes)], { type }), 'photo.jpg');
    return fetch(`${t.baseUrl}/api/audits/${audit.id}/findings/${findingId}/photos`, {
      method: 'POST',
      headers: { cookie: auditor.cookieHeader(), 'x-csrf-token': auditor.csrfToken ?? '' },
      body: form,
    });
  };

  it('samples handled complaints of the period, stratified by severity', () => {
    expect(audit.status).toBe('draft');
    expect(audit.cases.length).toBeGreaterThan(0);
    expect(audit.cases.length).toBeLessThanOrEqual(4);
    expect(new Set(audit.cases.map((c) => c.complaintId)).size).toBe(audit.cases.length);
  });

  it('keeps photos of findings after checking their type and size', async () => {
    const withFinding = await auditor.post<Audit>(`/api/audits/${audit.id}/findings`, { text: 'Complaint log not kept at the till' });
    const finding = withFinding.body.findings[0];
    const ok = await upload(finding.id, JPEG, 'image/jpeg');
    expect(ok.status).toBe(201);
    const photo = ((await ok.json()) as Audit).findings[0].photos[0];
    expect(photo).toMatchObject({ contentType: 'image/jpeg', sizeBytes: JPEG.length });
    const back = await fetch(`${t.baseUrl}/api/audits/${audit.id}/photos/${photo.id}`, { headers: { cookie: franchisee.cookieHeader() } });
    expect(back.status).toBe(200);
    expect(Buffer.from(await back.arrayBuffer()).equals(JPEG)).toBe(true);
    expect((await fetch(`${t.baseUrl}/api/audits/${audit.id}/photos/${photo.id}`, { headers: { cookie: stranger.cookieHeader() } })).status).toBe(404);

    const script = await upload(finding.id, Buffer.from('<script>alert(1)</script>'), 'image/jpeg');
    expect(script.status).toBe(400);
    expect(((await script.json()) as ErrorBody).details?.[0].field).toBe('photo');
    const huge = await upload(finding.id, Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]), 'image/jpeg');
    expect(huge.status).toBe(413);
    expect((await auditor.get<Audit>(`/api/audits/${audit.id}`)).body.findings[0].photos).toHaveLength(1);
  });

  it('shows the audit to its franchisee read-only and hides it from another (404)', async () => {
    expect((await franchisee.get<Page<Audit>>('/api/audits')).body.items.map((a) => a.id)).toContain(audit.id);
    expect((await franchisee.post(`/api/audits/${audit.id}/findings`, { text: 'Not mine to write' })).status).toBe(403);
    expect((await stranger.get(`/api/audits/${audit.id}`)).status).toBe(404);
  });

  it('refuses to open an audit with nothing to sample, or for a location out of scope', async () => {
    const res = await auditor.post<ErrorBody>('/api/audits', { locationId: world.net.locations[5].id, period: '2020-01' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('audit.no_cases');
    expect((await franchisee.post('/api/audits', { locationId: world.net.locations[5].id, period: '2026-10' })).status).toBe(403);
  });
});
