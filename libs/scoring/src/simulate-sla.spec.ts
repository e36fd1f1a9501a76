import { DEFAULT_POLICY_RULES, type PolicyRules, type Severity } from '@franscore/domain';
import { compareSlaTargets, emptySlaCounts, outcomeUnder, slaCountsUnder, slaTargetsDiffer, type ComplaintReading } from './simulate-sla';

const SLA = DEFAULT_POLICY_RULES.slaMinutes; // acknowledge: critical 15, major 60, minor 240; resolve: 480, 1440, 2400

function reading(id: string, severity: Severity, ack: [number, boolean], resolve: [number, boolean], locationId = 'L1'): ComplaintReading {
  return {
    complaintId: id,
    reference: `FS-${id}`,
    locationId,
    severity,
    acknowledge: { elapsedMinutes: ack[0], stopped: ack[1] },
    resolve: { elapsedMinutes: resolve[0], stopped: resolve[1] },
  };
}

describe(outcomeUnder.name, () => {
  it.each([
    { name: 'stopped under the target', elapsed: 59, stopped: true, target: 60, outcome: 'met' },
    { name: 'stopped exactly at the target', elapsed: 60, stopped: true, target: 60, outcome: 'met' },
    { name: 'stopped a minute late', elapsed: 61, stopped: true, target: 60, outcome: 'breached' },
    { name: 'still running past the target', elapsed: 61, stopped: false, target: 60, outcome: 'breached' },
    { name: 'still running under the target', elapsed: 60, stopped: false, target: 60, outcome: 'open' },
  ])('$name', ({ elapsed, stopped, target, outcome }) => {
    expect(outcomeUnder({ elapsedMinutes: elapsed, stopped }, target)).toBe(outcome);
  });
});

describe(emptySlaCounts.name, () => {
  it('counts nothing, and each call is its own object to count into', () => {
    const zero = { decided: 0, onTime: 0 };
    const sut = emptySlaCounts();
    sut.acknowledge.minor.decided++;
    sut.criticalResolveBreaches.push('c-1');
    expect(emptySlaCounts()).toEqual({ acknowledge: { minor: zero, major: zero, critical: zero }, resolve: { minor: zero, major: zero, critical: zero }, criticalResolveBreaches: [] });
  });
});

describe(slaCountsUnder.name, () => {
  it('counts decided and on-time per severity and names critical resolve breaches', () => {
    const counts = slaCountsUnder(
      [
        reading('a', 'critical', [10, true], [500, true]),
        reading('b', 'critical', [20, true], [400, false]),
        reading('c', 'minor', [100, true], [2000, true]),
        reading('d', 'minor', [100, false], [100, false], 'L2'),
      ],
      SLA,
    );
    expect(counts.get('L1')).toEqual({
      acknowledge: { minor: { decided: 1, onTime: 1 }, major: { decided: 0, onTime: 0 }, critical: { decided: 2, onTime: 1 } },
      resolve: { minor: { decided: 1, onTime: 1 }, major: { decided: 0, onTime: 0 }, critical: { decided: 1, onTime: 0 } },
      criticalResolveBreaches: ['a'],
    });
    expect(counts.get('L2')?.acknowledge.minor).toEqual({ decided: 0, onTime: 0 });
  });
});

describe(compareSlaTargets.name, () => {
  const stricter: PolicyRules['slaMinutes'] = { ...SLA, acknowledge: { ...SLA.acknowledge, major: 30 } };

  it('lists the complaints a stricter target turns late, and recounts per severity', () => {
    const readings = [reading('1', 'major', [45, true], [100, true]), reading('2', 'major', [20, true], [100, true]), reading('3', 'major', [45, false], [45, false])];
    const result = compareSlaTargets(readings, SLA, stricter);
    expect(result.shifts).toEqual([
      { complaintId: '1', reference: 'FS-1', severity: 'major', clock: 'acknowledge', from: 'met', to: 'breached' },
      { complaintId: '3', reference: 'FS-3', severity: 'major', clock: 'acknowledge', from: 'open', to: 'breached' },
    ]);
    expect(result.perSeverity.acknowledge.major).toEqual({ current: { decided: 2, onTime: 2 }, draft: { decided: 3, onTime: 1 } });
    expect(result.perSeverity.resolve.major).toEqual({ current: { decided: 2, onTime: 2 }, draft: { decided: 2, onTime: 2 } });
  });

  it('changes nothing under the same targets', () => {
    expect(compareSlaTargets([reading('1', 'minor', [300, true], [3000, true])], SLA, SLA).shifts).toEqual([]);
  });
});

describe(slaTargetsDiffer.name, () => {
  it.each([
    { name: 'the same targets', b: SLA, differ: false },
    { name: 'one resolve target moved', b: { ...SLA, resolve: { ...SLA.resolve, minor: 2401 } }, differ: true },
  ])('$name', ({ b, differ }) => {
    expect(slaTargetsDiffer(SLA, b)).toBe(differ);
  });
});
