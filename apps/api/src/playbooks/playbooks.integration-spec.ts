import { CATEGORIES, PlaybookContentSchema } from '@franscore/domain';
import type { Audit, ComplaintDetail, ErrorBody, Playbook, PlaybookContent } from '@franscore/domain';
import { playbookGaps } from '@franscore/scoring';
import { ApiClient } from '@franscore/testing';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { startTestApp, TestApp } from '../test/test-app';
import { DEFAULT_PLAYBOOKS } from './default-playbooks';
import { PlaybooksService } from './playbooks.service';

const makeContent = (overrides: Partial<PlaybookContent> = {}): PlaybookContent => ({
  ...DEFAULT_PLAYBOOKS.food_quality,
  compensation: { kinds: ['refund'], min: 100, max: 300, currency: 'RUB' },
  ...overrides,
});

describe(PlaybooksService.name, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;
  let staff: ApiClient;
  let auditor: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t, { complaints: true });
    [admin, staff, auditor] = await Promise.all([world.signIn('admin'), world.signIn('location_staff'), world.signIn('auditor')]);
  });
  afterAll(() => t.close());

  const match = (category: string, severity: string) => staff.get<Playbook & ErrorBody>(`/api/playbooks/match?category=${category}&severity=${severity}`);

  it('ships a published `*` playbook for every category, valid and written in both languages', async () => {
    const list = (await staff.get<Playbook[]>('/api/playbooks')).body;
    expect(list.map((p) => [p.category, p.severity, p.version, p.status]).sort()).toEqual(CATEGORIES.map((c) => [c, '*', 1, 'published']).sort());
    for (const p of list) {
      expect(PlaybookContentSchema.safeParse(p.content).success).toBe(true);
      const texts = [...p.content.steps.flatMap((s) => [s.title, s.detail]), ...p.content.sayPhrases, ...p.content.avoidPhrases, ...p.content.callIn];
      for (const text of texts) {
        expect(text.ru).toMatch(/[а-яё]/i);
        expect(text.ru).not.toBe(text.en);
      }
      expect(p.content.avoidPhrases.map((a) => a.en)).toContain('This should not have happened.');
    }
  });

  it('seeds the defaults once: a second start keeps what head office published', async () => {
    await t.app.get(PlaybooksService).onApplicationBootstrap();
    expect((await staff.get<Playbook[]>('/api/playbooks')).body).toHaveLength(CATEGORIES.length);
  });

  it('drafts, publishes per category and severity, serves the newest, and then refuses to change it', async () => {
    const draft = await admin.post<Playbook>('/api/playbooks', { category: 'wait_time', severity: 'critical', content: makeContent() });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', version: null });
    expect((await staff.get(`/api/playbooks/${draft.body.id}`)).status).toBe(404);
    expect((await match('wait_time', 'critical')).body).toMatchObject({ severity: '*', version: 1 });

    const edited = await admin.patch<Playbook>(`/api/playbooks/${draft.body.id}`, { content: makeContent({ compensation: { kinds: ['voucher'], min: 0, max: 50, currency: 'RUB' } }) });
    expect(edited.body.content.compensation.max).toBe(50);
    const published = await admin.post<Playbook>(`/api/playbooks/${draft.body.id}/publish`, {});
    expect(published.body).toMatchObject({ status: 'published', version: 1, severity: 'critical' });
    expect((await match('wait_time', 'critical')).body.id).toBe(draft.body.id);
    expect((await match('wait_time', 'minor')).body).toMatchObject({ severity: '*', version: 1 });

    // A new draft starts from what serves now; published, it is version 2 of its key.
    const second = await admin.post<Playbook>('/api/playbooks', { category: 'wait_time', severity: 'critical' });
    expect(second.body.content.compensation.max).toBe(50);
    expect((await admin.post<Playbook>(`/api/playbooks/${second.body.id}/publish`, {})).body.version).toBe(2);
    expect((await match('wait_time', 'critical')).body.id).toBe(second.body.id);

    expect((await admin.patch(`/api/playbooks/${draft.body.id}`, { content: makeContent() })).status).toBe(409);
    expect((await admin.post(`/api/playbooks/${draft.body.id}/publish`, {})).status).toBe(409);
    await expect(t.ds.query(`UPDATE playbook SET content = '{}' WHERE id = $1`, [draft.body.id])).rejects.toThrow(/immutable/);
    await expect(t.ds.query(`DELETE FROM playbook WHERE id = $1`, [draft.body.id])).rejects.toThrow(/immutable/);
    const log = await admin.get<{ items: Array<{ action: string }> }>(`/api/audit-log?entityType=playbook&entityId=${draft.body.id}`);
    expect(log.body.items.map((e) => e.action)).toEqual(['playbook.published', 'playbook.draft_updated', 'playbook.draft_created']);
  });

  it.each([
    { name: 'a range whose max is below its min', body: { category: 'billing', severity: '*', content: makeContent({ compensation: { kinds: ['refund'], min: 50, max: 10, currency: 'RUB' } }) }, field: 'content.compensation.max' },
    { name: 'an unknown severity', body: { category: 'billing', severity: 'urgent' }, field: 'severity' },
    { name: 'a step with a text in one language only', body: { category: 'billing', severity: '*', content: makeContent({ steps: [{ event: 'apologized', title: { en: 'Sorry' }, detail: { en: 'x', ru: 'х' }, withinMinutes: null }] }) }, field: 'content.steps.0.title.ru' },
    { name: 'a step ticked by an event that is not a handling step', body: { category: 'billing', severity: '*', content: makeContent({ steps: [{ event: 'followup_rating', title: { en: 'a', ru: 'а' }, detail: { en: 'x', ru: 'х' }, withinMinutes: null }] }) }, field: 'content.steps.0.event' },
  ])('refuses $name with a 400 naming the field, creating nothing', async ({ body, field }) => {
    const before = (await admin.get<Playbook[]>('/api/playbooks')).body.length;
    const res = await admin.post<ErrorBody>('/api/playbooks', body);
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field)).toContain(field);
    expect((await admin.get<Playbook[]>('/api/playbooks')).body).toHaveLength(before);
  });

  it('lets only head office write playbooks', async () => {
    expect((await staff.post('/api/playbooks', { category: 'billing', severity: '*' })).status).toBe(403);
    expect((await auditor.post('/api/playbooks', { category: 'billing', severity: '*' })).status).toBe(403);
  });

  it('shows the auditor, per sampled case, the steps its timeline has missing or late', async () => {
    const fid = world.net.users.find((u) => u.email === 'franchisee@franscore.demo')?.franchiseeId;
    const location = world.net.locations.find((l) => l.franchiseeId === fid);
    const audit = (await auditor.post<Audit>('/api/audits', { locationId: location?.id, period: '2026-10', sampleSize: 6 })).body;
    expect(audit.cases.length).toBeGreaterThan(0);
    for (const c of audit.cases) {
      const complaint = (await auditor.get<ComplaintDetail>(`/api/complaints/${c.complaintId}`)).body;
      const playbook = (await match(complaint.category, complaint.severity)).body;
      const expected = playbookGaps(playbook.content.steps, new Date(complaint.receivedAt), complaint.events.map((e) => ({ type: e.type, at: new Date(e.at) })));
      expect(c.playbookGaps.map((g) => [g.event, g.state])).toEqual(expected.map((g) => [g.step.event, g.state]));
    }
    // The demo timelines never record every step of the path: auditors have something to look at.
    expect(audit.cases.some((c) => c.playbookGaps.length > 0)).toBe(true);
  });
});
