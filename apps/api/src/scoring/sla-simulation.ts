import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PolicyRules, Simulation } from '@franscore/domain';
import { compareSlaTargets, emptySlaCounts, slaCountsUnder, type ComplaintReading, type SimulatedLocation } from '@franscore/scoring';
import { clocksOf, ClockFacts, readingOf, SlaReadingsRepository } from './sla-readings.repository';

/** How many changed clocks the answer names; the count covers them all. */
const MAX_SHIFTS = 200;

/**
 * The simulator's answer to new SLA targets: the period's complaints decided
 * again under the draft (due and breach instants recomputed in each
 * location's business hours), and each location's facts under both, so the
 * band changes come from the same readings on either side.
 */
@Injectable()
export class SlaSimulation {
  constructor(
    private readonly ds: DataSource,
    private readonly readings: SlaReadingsRepository,
  ) {}

  async retarget(locations: SimulatedLocation[], period: string, asOf: Date, current: PolicyRules, draft: PolicyRules): Promise<{ locations: SimulatedLocation[]; sla: NonNullable<Simulation['sla']> }> {
    const facts: ClockFacts[] = [];
    for (let i = 0; i < locations.length; i += BATCH) {
      facts.push(...(await this.readings.read(this.ds.manager, locations.slice(i, i + BATCH).map((l) => l.locationId), period, asOf)));
    }
    const readings: ComplaintReading[] = facts.map((f) => readingOf(f, current, asOf));
    const now = slaCountsUnder(readings, current.slaMinutes);
    const then = slaCountsUnder(readings, draft.slaMinutes);
    const retargeted = locations.map((l) => ({
      ...l,
      inputs: { ...l.inputs, ...(now.get(l.locationId) ?? emptySlaCounts()) },
      draftInputs: { ...l.inputs, ...(then.get(l.locationId) ?? emptySlaCounts()) },
    }));
    const { perSeverity, shifts } = compareSlaTargets(readings, current.slaMinutes, draft.slaMinutes);
    const byId = new Map(facts.map((f) => [f.id, f]));
    return {
      locations: retargeted,
      sla: {
        perSeverity,
        shiftCount: shifts.length,
        shifts: shifts.slice(0, MAX_SHIFTS).map((s) => {
          const f = byId.get(s.complaintId) as ClockFacts;
          return { ...s, draftBreachedAt: clocksOf(f, draft, asOf)[s.clock].breachedAt?.toISOString() ?? null };
        }),
      },
    };
  }
}

const BATCH = 500;
