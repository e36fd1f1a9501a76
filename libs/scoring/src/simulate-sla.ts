import type { PolicyRules, Severity } from '@franscore/domain';
import type { ScorecardInputs, TargetCounts } from './scorecard';

/**
 * One clock of one complaint as of the simulation's instant. The business
 * minutes it ran (less the time waiting on the customer) do not depend on the
 * target, so one reading answers for every target a draft may try.
 */
export interface ClockReading {
  elapsedMinutes: number;
  /** The awaited event happened (acknowledged, resolved). */
  stopped: boolean;
}

export interface ComplaintReading {
  complaintId: string;
  reference: string;
  locationId: string;
  severity: Severity;
  acknowledge: ClockReading;
  resolve: ClockReading;
}

export type TargetOutcome = 'met' | 'breached' | 'open';
export type ClockName = 'acknowledge' | 'resolve';
const CLOCKS: readonly ClockName[] = ['acknowledge', 'resolve'];
const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

/** Reaching the target exactly is on time; a clock still under it and running is not decided yet. */
export function outcomeUnder(reading: ClockReading, targetMinutes: number): TargetOutcome {
  if (reading.elapsedMinutes > targetMinutes) return 'breached';
  return reading.stopped ? 'met' : 'open';
}

export type SlaCounts = Pick<ScorecardInputs, 'acknowledge' | 'resolve' | 'criticalResolveBreaches'>;

const emptyCounts = (): Record<Severity, TargetCounts> => ({ minor: { decided: 0, onTime: 0 }, major: { decided: 0, onTime: 0 }, critical: { decided: 0, onTime: 0 } });

/** The SLA facts of a location with no decided clock: a fresh object each call, so callers may count into it. */
export const emptySlaCounts = (): SlaCounts & { criticalResolveBreaches: string[] } => ({ acknowledge: emptyCounts(), resolve: emptyCounts(), criticalResolveBreaches: [] });

/** The SLA facts of a scorecard (decided, on time, critical resolve breaches) per location under `sla`. */
export function slaCountsUnder(readings: readonly ComplaintReading[], sla: PolicyRules['slaMinutes']): Map<string, SlaCounts> {
  const out = new Map<string, SlaCounts & { criticalResolveBreaches: string[] }>();
  for (const r of readings) {
    const counts = out.get(r.locationId) ?? emptySlaCounts();
    for (const clock of CLOCKS) {
      const outcome = outcomeUnder(r[clock], sla[clock][r.severity]);
      if (outcome === 'open') continue;
      counts[clock][r.severity].decided++;
      if (outcome === 'met') counts[clock][r.severity].onTime++;
      else if (clock === 'resolve' && r.severity === 'critical') counts.criticalResolveBreaches.push(r.complaintId);
    }
    out.set(r.locationId, counts);
  }
  for (const counts of out.values()) counts.criticalResolveBreaches.sort();
  return out;
}

export interface SlaShift {
  complaintId: string;
  reference: string;
  severity: Severity;
  clock: ClockName;
  from: TargetOutcome;
  to: TargetOutcome;
}

export interface SlaComparison {
  /** Per clock and severity: decided complaints and how many met the target, now and under the draft. */
  perSeverity: Record<ClockName, Record<Severity, { current: TargetCounts; draft: TargetCounts }>>;
  /** Every complaint whose outcome the draft targets change, by reference. */
  shifts: SlaShift[];
}

/** What the draft's SLA targets would have done to the period's complaints. */
export function compareSlaTargets(readings: readonly ComplaintReading[], current: PolicyRules['slaMinutes'], draft: PolicyRules['slaMinutes']): SlaComparison {
  const perSeverity = Object.fromEntries(
    CLOCKS.map((clock) => [clock, Object.fromEntries(SEVERITIES.map((s) => [s, { current: { decided: 0, onTime: 0 }, draft: { decided: 0, onTime: 0 } }]))]),
  ) as SlaComparison['perSeverity'];
  const shifts: SlaShift[] = [];
  for (const r of readings) {
    for (const clock of CLOCKS) {
      const from = outcomeUnder(r[clock], current[clock][r.severity]);
      const to = outcomeUnder(r[clock], draft[clock][r.severity]);
      const cell = perSeverity[clock][r.severity];
      if (from !== 'open') cell.current.decided++;
      if (from === 'met') cell.current.onTime++;
      if (to !== 'open') cell.draft.decided++;
      if (to === 'met') cell.draft.onTime++;
      if (from !== to) shifts.push({ complaintId: r.complaintId, reference: r.reference, severity: r.severity, clock, from, to });
    }
  }
  shifts.sort((a, b) => a.reference.localeCompare(b.reference) || a.clock.localeCompare(b.clock));
  return { perSeverity, shifts };
}

/** True when a draft moves any SLA target, so the period's clocks must be read again. */
export function slaTargetsDiffer(a: PolicyRules['slaMinutes'], b: PolicyRules['slaMinutes']): boolean {
  return CLOCKS.some((clock) => SEVERITIES.some((s) => a[clock][s] !== b[clock][s]));
}
