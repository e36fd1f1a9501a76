import { DEFAULT_POLICY_RULES } from '@franscore/domain';
import type { Policy, Simulation } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { PoliciesService } from './policies.service';
import { SlaSimulation } from './sla-simulation';
import { DemoTestWorld, withDemoNetwork } from '../test/demo-users';
import { startTestApp, TestApp } from '../test/test-app';

/** Issue 15 point 9: the simulator decides the period's complaints again under a draft's SLA targets. */
describe(SlaSimulation.name, () => {
  let t: TestApp;
  let world: DemoTestWorld;
  let admin: ApiClient;
  const PERIOD = '2026-10';

  beforeAll(async () => {
    t = await startTestApp();
    world = await withDemoNetwork(t, { complaints: true });
    admin = await world.signIn('admin');
  });
  afterAll(() => t.close());

  const simulate = async (rules: typeof DEFAULT_POLICY_RULES) => {
    const draft = (await admin.post<Policy>('/api/policies', { name: 'SLA draft', rules })).body;
    const res = await admin.post<Simulation>(`/api/policies/${draft.id}/simulate`, { period: PERIOD });
    expect(res.status).toBe(201);
    return res.body;
  };

  it('reads the clocks as the scorecards count them: under the targets in force, every location\'s SLA facts are the stored ones', async () => {
    const policies = t.app.get(PoliciesService);
    const inputs = await policies.simulationInputs(PERIOD);
    const { locations } = await t.app.get(SlaSimulation).retarget(inputs, PERIOD, t.clock.now(), DEFAULT_POLICY_RULES, DEFAULT_POLICY_RULES);
    expect(locations.map((l) => [l.locationCode, l.inputs.acknowledge, l.inputs.resolve, l.inputs.criticalResolveBreaches])).toEqual(
      inputs.map((l) => [l.locationCode, l.inputs.acknowledge, l.inputs.resolve, l.inputs.criticalResolveBreaches]),
    );
  });

  it('turns the complaints acknowledged later than a stricter target late, names them, and moves bands down only', async () => {
    const sla = DEFAULT_POLICY_RULES.slaMinutes;
    const result = await simulate({ ...DEFAULT_POLICY_RULES, slaMinutes: { ...sla, acknowledge: { minor: 5, major: 5, critical: 5 } } });
    expect(result.sla).toBeDefined();
    const cells = result.sla?.perSeverity.acknowledge;
    const onTime = (k: 'current' | 'draft') => Object.values(cells ?? {}).reduce((n, c) => n + c[k].onTime, 0);
    expect(onTime('draft')).toBeLessThan(onTime('current'));
    expect(result.sla?.shiftCount).toBeGreaterThan(0);
    for (const shift of result.sla?.shifts ?? []) {
      expect(shift).toMatchObject({ clock: 'acknowledge', to: 'breached' });
      expect(shift.from).not.toBe('breached');
      expect(shift.draftBreachedAt).not.toBeNull();
    }
    expect(result.better).toBe(0);
    expect(result.worse).toBeGreaterThan(0);
  });

  it('leaves the SLA section out when the draft keeps the targets', async () => {
    const result = await simulate({ ...DEFAULT_POLICY_RULES, thresholds: { watch: 81, warning: 70, closure: 50 } });
    expect(result.sla).toBeUndefined();
  });
});
